// Per-user and per-channel rate limits: token buckets, refilled continuously.

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  /** capacity requests at once, refilled at capacity per windowMs. */
  constructor(private readonly capacity: number, private readonly windowMs: number) {}

  /** Takes one token for key; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    if (this.capacity <= 0) return 0;
    const rate = this.capacity / this.windowMs;
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    b.tokens = Math.min(this.capacity, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      this.buckets.set(key, b);
      if (this.buckets.size > 50_000) this.sweep(now);
      return 0;
    }
    this.buckets.set(key, b);
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }

  private sweep(now: number) {
    for (const [k, b] of this.buckets) if (now - b.at > this.windowMs) this.buckets.delete(k);
  }
}

/** The limiter the bot uses: a user and the channel they write in must both have room. */
export function userAndChannelLimiter(perUser: number, perChannel: number, windowMs = 60_000) {
  const users = new RateLimiter(perUser, windowMs);
  const channels = new RateLimiter(perChannel, windowMs);
  return (userId: string, channelId: string): number => users.take(userId) || channels.take(channelId);
}
