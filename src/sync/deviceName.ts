// The name a device gives the sync server when it signs in, unless she chose one.
/** "iPad", "Mac", "Chromebook"…, from the browser's user agent. */
export function guessDeviceName(
  userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent,
): string {
  if (/iPad/.test(userAgent) || (/Macintosh/.test(userAgent) && /Mobile/.test(userAgent))) return 'iPad';
  if (/iPhone/.test(userAgent)) return 'iPhone';
  if (/CrOS/.test(userAgent)) return 'Chromebook';
  if (/Android/.test(userAgent)) return 'Android tablet';
  if (/Macintosh/.test(userAgent)) return 'Mac';
  if (/Windows/.test(userAgent)) return 'Windows computer';
  return 'Browser';
}
