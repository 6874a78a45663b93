// Failed sign-ins are limited per email and per client address: a password cannot be guessed at speed.
// In memory, per process: behind several processes each counts its own (documented in the README).

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before another try, or 0 when a try is allowed. */
  retryAfter(keys: readonly string[]): number {
    const cutoff = this.now() - this.windowMs;
    let wait = 0;
    for (const key of keys) {
      const recent = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
      this.failures.set(key, recent);
      if (recent.length >= this.maxFailures)
        wait = Math.max(wait, Math.ceil(((recent[0] as number) + this.windowMs - this.now()) / 1000));
    }
    return wait;
  }

  fail(keys: readonly string[]): void {
    for (const key of keys) this.failures.set(key, [...(this.failures.get(key) ?? []), this.now()]);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
