// Hybrid logical clock shared by the app, the sync client and the server.
// An HLC string is `<ISO-8601 UTC ms>-<counter, 4 hex>-<node, 16 hex>`, so string order is clock order.

export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const NODE_PATTERN = /^[0-9a-f]{16}$/;

export interface Timestamp {
  /** Wall-clock part, epoch milliseconds. */
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

export class ClockDriftError extends Error {
  constructor(
    readonly remote: string,
    readonly driftMs: number,
  ) {
    super(`Clock drift of ${Math.round(driftMs / 1000)} s is more than the 5 minutes allowed (${remote}).`);
    this.name = 'ClockDriftError';
  }
}

export class ClockOverflowError extends Error {
  constructor() {
    super('More than 65,535 changes in one millisecond: the clock counter overflowed.');
    this.name = 'ClockOverflowError';
  }
}

export function isNodeId(node: string): boolean {
  return NODE_PATTERN.test(node);
}

/** The epoch ms of an ISO-8601 UTC time, or NaN; refuses dates that do not exist (30 February). */
function strictMillis(iso: string): number {
  const millis = Date.parse(iso);
  // Date.parse rolls 2026-02-30 over to 2 March; a real date prints back as itself.
  return Number.isNaN(millis) || new Date(millis).toISOString() !== iso ? Number.NaN : millis;
}

export function isHlc(value: string): boolean {
  const parts = HLC_PATTERN.exec(value);
  return parts !== null && !Number.isNaN(strictMillis(parts[1] as string));
}

export function formatHlc(ts: Timestamp): string {
  return `${new Date(ts.millis).toISOString()}-${ts.counter.toString(16).padStart(4, '0')}-${ts.node}`;
}

/** Parses an HLC string; throws on anything that is not one. */
export function parseHlc(value: string): Timestamp {
  const parts = HLC_PATTERN.exec(value);
  const millis = parts ? strictMillis(parts[1] as string) : Number.NaN;
  if (!parts || Number.isNaN(millis)) throw new Error(`Not a hybrid logical clock timestamp: ${value}`);
  return { millis, counter: Number.parseInt(parts[2] as string, 16), node: parts[3] as string };
}

/** A random 16-hex-digit node id for a new device. */
export function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One device's clock. `send` stamps a local event; `receive` folds in a remote stamp so that every later
 * `send` is greater than both. Monotonic even when the wall clock steps back.
 */
export class HybridClock {
  private last: Timestamp;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last?: string,
  ) {
    if (!isNodeId(node)) throw new Error(`A node id is 16 hex digits, not "${node}".`);
    this.last = last ? { ...parseHlc(last), node } : { millis: 0, counter: 0, node };
  }

  /** The latest timestamp this clock has issued or seen, for persisting. */
  get current(): string {
    return formatHlc(this.last);
  }

  send(): string {
    const wall = this.now();
    const millis = Math.max(this.last.millis, wall);
    const counter = millis === this.last.millis ? this.last.counter + 1 : 0;
    return this.advance(millis, counter);
  }

  /** Folds in a remote timestamp; refuses one more than MAX_DRIFT_MS ahead of this device's wall clock. */
  receive(remote: string): string {
    const theirs = parseHlc(remote);
    const wall = this.now();
    if (theirs.millis - wall > MAX_DRIFT_MS) throw new ClockDriftError(remote, theirs.millis - wall);
    const millis = Math.max(this.last.millis, theirs.millis, wall);
    let counter = 0;
    if (millis === this.last.millis && millis === theirs.millis) {
      counter = Math.max(this.last.counter, theirs.counter) + 1;
    } else if (millis === this.last.millis) {
      counter = this.last.counter + 1;
    } else if (millis === theirs.millis) {
      counter = theirs.counter + 1;
    }
    return this.advance(millis, counter);
  }

  /**
   * Moves this clock up to a timestamp it issued itself earlier (kept in storage, or written by another tab
   * of this device). No drift check: it is our own stamp.
   */
  observe(own: string): void {
    const seen = parseHlc(own);
    if (
      seen.millis > this.last.millis ||
      (seen.millis === this.last.millis && seen.counter > this.last.counter)
    ) {
      this.last = { millis: seen.millis, counter: seen.counter, node: this.node };
    }
  }

  private advance(millis: number, counter: number): string {
    if (counter > MAX_COUNTER) throw new ClockOverflowError();
    this.last = { millis, counter, node: this.node };
    return formatHlc(this.last);
  }
}
