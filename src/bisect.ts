// Binary search over a sorted range: the one loop the directory, the stories and the timeline use to find a place.

/** The first index in [from, to) at which `below(i)` is false, `below` being true up to some index and false after. */
export function firstNotBelow(from: number, to: number, below: (i: number) => boolean): number {
  let [lo, hi] = [from, to];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first place at or after `from` in ascending `a` whose value is not below x. */
export function lowerBound(a: ArrayLike<number>, x: number, from = 0): number {
  return firstNotBelow(from, a.length, (i) => a[i]! < x);
}
