// Collections by hand (src/corpus/heap-keeper.ts). The reload worker keeps its heap cap when a process-wide
// --max-old-space-size overrode Node's resourceLimits: it collects once its heap passes half the cap, or an eighth of
// the cap over what its last collection left, and never otherwise. A first build's main thread collects past 128 MB,
// then 32 MB over what is live, at the pauses of its pace.
import { describe, expect, it } from 'vitest';
import type { HeapInfo } from 'node:v8';
import { firstBuildKeeper, heapKeeper, keepingHeap } from '../src/corpus/heap-keeper.js';
import type { Pace } from '../src/pace.js';

const MB = 1048576;
/** Heap statistics with the two figures the keeper reads, `used` changed by the test as it goes. */
function heap(limitMb: number) {
  const s = { limit: limitMb * MB, used: 0 };
  const stats = () => ({ heap_size_limit: s.limit, used_heap_size: s.used }) as HeapInfo;
  return { s, stats };
}

describe('worker heap keeper', () => {
  it('collects past half the cap when the process flag lifted the limit far above it', () => {
    const { s, stats } = heap(16_432);
    const keep = heapKeeper(256, stats);
    s.used = 120 * MB;
    expect(keep()).toBe(false);
    s.used = 129 * MB;
    expect(keep()).toBe(true);
  });

  it('after a collection, waits for an eighth of the cap of new garbage over what it left live', () => {
    const { s, stats } = heap(16_432);
    const keep = heapKeeper(256, stats);
    // The collection leaves 140 MB live (caches grown with the files read): not a collection after every file.
    s.used = 140 * MB;
    expect(keep()).toBe(true);
    s.used = 150 * MB;
    expect(keep()).toBe(false);
    s.used = 171 * MB;
    expect(keep()).toBe(false);
    s.used = 173 * MB;
    expect(keep()).toBe(true);
    // Never past nine tenths of the cap, however much is live.
    s.used = 240 * MB;
    expect(keep()).toBe(true);
    s.used = 232 * MB;
    expect(keep()).toBe(true);
  });

  it('leaves collecting to V8 when the cap is in force, however full the heap', () => {
    const { s, stats } = heap(304);
    const keep = heapKeeper(256, stats);
    s.used = 250 * MB;
    expect(keep()).toBe(false);
  });

  it('does nothing without a cap', () => {
    const { s, stats } = heap(16_432);
    s.used = 4000 * MB;
    expect(heapKeeper(undefined, stats)()).toBe(false);
  });

  it('really collects: garbage made before the call is gone after it', () => {
    const keep = heapKeeper(1, () => ({ heap_size_limit: 1e12, used_heap_size: 1e12 }) as HeapInfo);
    // Made and dropped in a function of its own: nothing here holds it once the call returns.
    const made = (() => Array.from({ length: 300_000 }, (_, i) => ({ i })).length)();
    const before = process.memoryUsage().heapUsed;
    expect(made).toBe(300_000);
    expect(keep()).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 5 * MB);
  });
});

describe('first build keeper', () => {
  it('collects past 128 MB, then 32 MB over what is live, with no ceiling: the corpus grows as it is built', () => {
    const { s, stats } = heap(4096);
    const keep = firstBuildKeeper(stats);
    s.used = 120 * MB;
    expect(keep()).toBe(false);
    s.used = 300 * MB;
    expect(keep()).toBe(true);
    s.used = 331 * MB;
    expect(keep()).toBe(false);
    s.used = 333 * MB;
    expect(keep()).toBe(true);
    // What is live keeps growing past any cap the worker's keeper would hold to.
    s.used = 900 * MB;
    expect(keep()).toBe(true);
    s.used = 920 * MB;
    expect(keep()).toBe(false);
  });

  it('runs at the pauses of the pace it is given, not at each check of whether one is due', async () => {
    const calls: string[] = [];
    const base: Pace = {
      due: () => (calls.push('due'), true),
      pause: () => (calls.push('pause'), Promise.resolve()),
    };
    const p = keepingHeap(base, () => (calls.push('keep'), false));
    expect(p.due()).toBe(true);
    await p.pause();
    expect(calls).toEqual(['due', 'keep', 'pause']);
  });
});
