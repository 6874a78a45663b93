// Limits on sign-in and account creation, so a password cannot be guessed at speed, and so that someone
// else's wrong guesses never lock a teacher out of her own account: failures count per email and address
// together (with a delay that grows with each one), with a higher ceiling per email alone (a guesser who
// spreads over many addresses) and per address alone (a whole school can share one address).
// In memory, per process: behind several processes each counts its own (documented in the README).

export class FailureWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until a try is allowed again, or 0. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.max) return 0;
    return Math.ceil(((recent[recent.length - this.max] as number) + this.windowMs - this.now()) / 1000);
  }

  /** Counts a failure now; the stamp it returns can be given back (giveBack). */
  fail(key: string): number {
    // Bounded memory: a flood of made-up keys cannot grow the map for ever.
    if (this.failures.size > 100_000) this.failures.clear();
    const stamp = this.now();
    this.failures.set(key, [...this.recent(key), stamp]);
    return stamp;
  }

  /**
   * Counts a try as a failure before it is made, in the same turn as the check, so that tries sent all
   * at once are counted one by one: the seconds to wait (nothing counted), or 0 and the stamp counted.
   */
  take(key: string): { wait: number; stamp: number } {
    const wait = this.retryAfter(key);
    return wait > 0 ? { wait, stamp: 0 } : { wait: 0, stamp: this.fail(key) };
  }

  /** Uncounts one try taken with take() that turned out not to be a failure. */
  giveBack(key: string, stamp: number): void {
    const recent = this.recent(key);
    const at = recent.lastIndexOf(stamp);
    if (at < 0) return;
    recent.splice(at, 1);
    if (recent.length === 0) this.failures.delete(key);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

const MINUTE = 60_000;

export interface SignInLimits {
  /** Failures of one email from one address before that pair waits out the window. */
  pair: number;
  /** Failures of one email from anywhere: the ceiling against a guesser on many addresses. */
  email: number;
  /** Failures from one address, whatever the email. */
  address: number;
  windowMs: number;
  /** Free failures of a pair before each further try must wait 2^n seconds (capped by the window). */
  freeTries: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  pair: 10,
  email: 100,
  address: 300,
  windowMs: 15 * MINUTE,
  freeTries: 3,
};

export class SignInGuard {
  private readonly pair: FailureWindow;
  private readonly email: FailureWindow;
  private readonly address: FailureWindow;

  constructor(
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.pair = new FailureWindow(limits.pair, limits.windowMs, now);
    this.email = new FailureWindow(limits.email, limits.windowMs, now);
    this.address = new FailureWindow(limits.address, limits.windowMs, now);
  }

  /** Seconds to wait before this email may try from this address, or 0. */
  retryAfter(email: string, address: string): number {
    const pairKey = `${email}\u0000${address}`;
    const recent = this.pair.recent(pairKey);
    let growing = 0;
    if (recent.length >= this.limits.freeTries) {
      const delayMs = Math.min(this.limits.windowMs, 1000 * 2 ** (recent.length - this.limits.freeTries));
      growing = Math.max(0, Math.ceil(((recent.at(-1) as number) + delayMs - this.now()) / 1000));
    }
    return Math.max(
      growing,
      this.pair.retryAfter(pairKey),
      this.email.retryAfter(email),
      this.address.retryAfter(address),
    );
  }

  fail(email: string, address: string): void {
    this.pair.fail(`${email}\u0000${address}`);
    this.email.fail(email);
    this.address.fail(address);
  }

  succeed(email: string, address: string): void {
    this.pair.clear(`${email}\u0000${address}`);
  }
}

/** Accounts made from one address: enough for a school's teachers, not for a script. */
export class CreationLimit {
  private readonly made: FailureWindow;
  constructor(max = 20, windowMs = 60 * MINUTE, now: () => number = Date.now) {
    this.made = new FailureWindow(max, windowMs, now);
  }
  retryAfter(address: string): number {
    return this.made.retryAfter(address);
  }
  record(address: string): void {
    this.made.fail(address);
  }
}
