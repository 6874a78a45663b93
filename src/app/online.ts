// Whether the device has a connection. Only a hint (navigator.onLine lies on captive Wi-Fi); nothing on
// the tap path depends on it.
import { createStatus } from '../data/index.ts';

export const connection = createStatus<boolean>(typeof navigator === 'undefined' ? true : navigator.onLine);

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => connection.set(true));
  window.addEventListener('offline', () => connection.set(false));
}
