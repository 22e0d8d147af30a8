// Per-user and per-channel rate limits: token buckets, refilled continuously. Over the limit, a caller is told
// once; then the bot stays silent to them until their budget has refilled, so a flood is never answered in kind.

interface Bucket {
  tokens: number;
  at: number;
  /** Told to slow down since the bucket was last full. */
  told: boolean;
}

/** Allowed (wait 0), or refused: the seconds to wait, and whether this refusal is the one to tell. */
interface Verdict {
  wait: number;
  notice: boolean;
}

const ALLOWED: Verdict = { wait: 0, notice: false };

export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  /** capacity requests at once, refilled at capacity per windowMs. */
  constructor(
    private readonly capacity: number,
    private readonly windowMs: number,
  ) {}

  /** Takes one token for key; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    return this.attempt(key, now).wait;
  }

  /** Takes one token for key; a refusal says whether it is the first since the bucket was last full. */
  attempt(key: string, now = Date.now()): Verdict {
    if (this.capacity <= 0) return ALLOWED;
    const rate = this.capacity / this.windowMs;
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: now, told: false };
    b.tokens = Math.min(this.capacity, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (b.tokens >= this.capacity) b.told = false;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      this.buckets.set(key, b);
      if (this.buckets.size > 50_000) this.sweep(now);
      return ALLOWED;
    }
    const notice = !b.told;
    b.told = true;
    this.buckets.set(key, b);
    return { wait: Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000)), notice };
  }

  private sweep(now: number) {
    for (const [k, b] of this.buckets) if (now - b.at > this.windowMs) this.buckets.delete(k);
  }
}

export type Limiter = (userId: string, channelId: string) => Verdict;

/** The limiter the bot uses: a user and the channel they write in must both have room. `clock` gives the time in ms. */
export function userAndChannelLimiter(
  perUser: number,
  perChannel: number,
  windowMs = 60_000,
  clock: () => number = Date.now,
): Limiter {
  const users = new RateLimiter(perUser, windowMs);
  const channels = new RateLimiter(perChannel, windowMs);
  return (userId, channelId) => {
    const now = clock();
    const user = users.attempt(userId, now);
    return user.wait > 0 ? user : channels.attempt(channelId, now);
  };
}
