// Rate limits tell a caller once, then stay silent until the budget has refilled.
import { describe, expect, it } from 'vitest';
import { RateLimiter, userAndChannelLimiter } from '../src/ratelimit.js';
import { PageCache } from '../src/discord/pagecache.js';

describe('rate limiter', () => {
  it('refuses over the budget, tells once, and tells again only after the bucket was full again', () => {
    const l = new RateLimiter(3, 60_000);
    const at = (s: number) => s * 1000;
    expect([0, 0, 0].map(() => l.attempt('u', at(0)))).toEqual([
      { wait: 0, notice: false },
      { wait: 0, notice: false },
      { wait: 0, notice: false },
    ]);
    expect(l.attempt('u', at(1))).toEqual({ wait: 19, notice: true });
    expect(l.attempt('u', at(2)).notice).toBe(false);
    // One token back after 20 s: served, but the bucket is not full, so a refusal after it stays silent.
    expect(l.attempt('u', at(21)).wait).toBe(0);
    expect(l.attempt('u', at(22))).toMatchObject({ notice: false });
    // Full again after a quiet minute: the next flood is told once more.
    for (let k = 0; k < 3; k++) expect(l.attempt('u', at(90)).wait).toBe(0);
    expect(l.attempt('u', at(90)).notice).toBe(true);
    expect(l.attempt('other', at(90))).toEqual({ wait: 0, notice: false });
  });

  it('checks the user first, then the channel, each telling once', () => {
    const limit = userAndChannelLimiter(1, 2);
    expect(limit('a', 'c').wait).toBe(0);
    expect(limit('a', 'c')).toMatchObject({ notice: true });
    expect(limit('b', 'c').wait).toBe(0);
    expect(limit('d', 'c')).toMatchObject({ notice: true });
    expect(limit('e', 'c')).toMatchObject({ notice: false });
  });
});

describe('page cache', () => {
  const pages = (n: number) => Array.from({ length: n }, () => ({ embeds: [] }));

  it('keeps answers of several pages for their lifetime, and at most so many', () => {
    const cache = new PageCache(1000, 2);
    cache.set('one', pages(1), 0);
    expect(cache.get('one', 0)).toBeUndefined();
    cache.set('a', pages(2), 0);
    cache.set('b', pages(3), 10);
    expect(cache.get('a', 500)).toHaveLength(2);
    expect(cache.get('a', 1000)).toBeUndefined();
    cache.set('c', pages(2), 20);
    cache.set('d', pages(2), 30);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 40)).toBeUndefined();
    expect(cache.get('d', 40)).toHaveLength(2);
  });
});
