// What one sync works on: a device's store, the way to its server, and who it is.
import type { Store } from '../data/index.ts';
import type { SyncTransport } from './transport.ts';

export interface SyncTarget {
  store: Store;
  transport: SyncTransport;
  token: string;
  deviceId: string;
  /** Smaller batches and pages than the defaults (tests open the windows a slow network opens). */
  sizes?: { pushBatch?: number; pullPage?: number };
}
