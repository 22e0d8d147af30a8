// The reload worker keeps its heap cap by hand when a process-wide --max-old-space-size overrode Node's
// resourceLimits (src/corpus/worker-heap.ts): it collects once its heap passes half the cap, or a quarter of the cap
// over what its last collection left, and never otherwise.
import { describe, expect, it } from 'vitest';
import type { HeapInfo } from 'node:v8';
import { heapKeeper } from '../src/corpus/worker-heap.js';

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

  it('after a collection, waits for a quarter of the cap of new garbage over what it left live', () => {
    const { s, stats } = heap(16_432);
    const keep = heapKeeper(256, stats);
    // The collection leaves 140 MB live (caches grown with the files read): not a collection after every file.
    s.used = 140 * MB;
    expect(keep()).toBe(true);
    s.used = 150 * MB;
    expect(keep()).toBe(false);
    s.used = 203 * MB;
    expect(keep()).toBe(false);
    s.used = 205 * MB;
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
