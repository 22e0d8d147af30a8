// /search through the bot's answer queue, as Discord's events reach it: once with nothing else running, once while
// a reload of many new files runs. Each query arrives on a timer; its latency runs from when it was due to its answer,
// so a build that holds the event loop is charged to the queries it delays.
import type { Engine } from '../src/engine.js';
import { WorkQueue } from '../src/discord/queue.js';
import { search } from '../src/queries/search.js';

/** Milliseconds between one answer and the next query's arrival: a busy server's steady trickle. */
const GAP_MS = 10;

/** When a query was due and when it was answered (performance.now() ms). */
export interface SearchSample {
  due: number;
  done: number;
}

/** Queries sent one after another while `busy()` holds, at least `min` and at most `max` of them: when each was due and answered. */
export async function searchSamples(
  engine: Engine,
  queries: string[],
  busy: () => boolean,
  min: number,
  max: number,
): Promise<SearchSample[]> {
  const queue = new WorkQueue();
  const out: SearchSample[] = [];
  for (let k = 0; k < max && (k < min || busy()); k++) {
    const due = performance.now() + GAP_MS;
    await new Promise((r) => setTimeout(r, GAP_MS));
    await queue.run(() => search(engine.corpus, queries[k % queries.length]!));
    out.push({ due, done: performance.now() });
  }
  return out;
}

/** Latencies (ms) of queries sent one after another while `busy()` holds, at least `min` and at most `max` of them. */
export async function searchLatencies(
  engine: Engine,
  queries: string[],
  busy: () => boolean,
  min: number,
  max: number,
): Promise<number[]> {
  return (await searchSamples(engine, queries, busy, min, max)).map((s) => s.done - s.due);
}

/** The longest the event loop went without a turn while `work` ran, and how long `work` took. */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 1);
  const t = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - t, stallMs };
  } finally {
    clearInterval(ticker);
  }
}
