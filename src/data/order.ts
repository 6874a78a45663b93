// Machine strings (ISO timestamps, yyyy-MM-dd days, UUIDv7 ids) sort by their code units: the same order
// `localeCompare` gives them, without the device's collator (far slower, and costly to start on a cold
// launch). Names and words people read are still compared by the locale.

/** For `sort`: earlier (smaller) machine string first. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
