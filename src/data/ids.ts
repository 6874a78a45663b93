// Keys the device makes for new records: UUIDv7 (RFC 9562 §5.7), so keys sort by when they were made.
// 48 bits of Unix milliseconds, the version, 12 bits that count up within one millisecond on this device
// (starting from a random value; on overflow the time part borrows the next millisecond, never going
// backwards), the variant, then 62 random bits from the platform's cryptographic generator. (It replaced
// the uuidv7 package: 4 KB of the app shell for these lines.)
let lastMs = -1;
let sequence = 0;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function newId(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  if (now > lastMs) {
    lastMs = now;
    sequence = ((bytes[6] as number) << 4) & 0x7ff; // a random start, with room to count up
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  let ms = lastMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = Array.from(bytes, (b) => HEX[b]).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
