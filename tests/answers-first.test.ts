// A paced build (a reload) gives way to every answer queued for Discord: it takes its next slice only once none waits.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWERING_FOR_MS, ANSWERING_SLICE_MS, answersWaiting, pace } from '../src/pace.js';
import { WorkQueue } from '../src/discord/queue.js';

/** A build of `slices` slices, each due to give way, logging its slices into `order`. */
async function build(order: string[], slices: number): Promise<void> {
  const p = pace(0);
  for (let k = 0; k < slices; k++) {
    order.push(`slice ${k}`);
    if (p.due()) await p.pause();
  }
}

describe('answers first', () => {
  it('runs every queued answer before the build takes its next slice', async () => {
    const order: string[] = [];
    const queue = new WorkQueue();
    const building = build(order, 4);
    // Three answers arrive while the first slice runs.
    const answers = [1, 2, 3].map((n) => queue.run(() => void order.push(`answer ${n}`)));
    expect(answersWaiting()).toBe(3);
    await Promise.all([building, ...answers]);
    expect(order).toEqual(['slice 0', 'answer 1', 'answer 2', 'answer 3', 'slice 1', 'slice 2', 'slice 3']);
    expect(answersWaiting()).toBe(0);
  });

  it('waits for an answer that is itself waiting (on Discord, say), then carries on', async () => {
    const order: string[] = [];
    const queue = new WorkQueue();
    let release!: () => void;
    const building = build(order, 3);
    const answer = queue.run(async () => {
      order.push('answer starts');
      await new Promise<void>((r) => (release = r));
      order.push('answer ends');
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(['slice 0', 'answer starts']);
    release();
    await Promise.all([building, answer]);
    expect(order).toEqual(['slice 0', 'answer starts', 'answer ends', 'slice 1', 'slice 2']);
  });

  it('counts a failed answer out too, so the build never waits for ever', async () => {
    const queue = new WorkQueue();
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(answersWaiting()).toBe(0);
    const order: string[] = [];
    await build(order, 2);
    expect(order).toEqual(['slice 0', 'slice 1']);
  });
});

describe('short slices while answers come in', () => {
  afterEach(() => vi.useRealTimers());

  /**
   * A build of `units` units of work, each taking `unitMs` on the faked clock, that gives way when its pace says so;
   * `at(k)` runs before unit k (to ask for an answer there). Returns the units done in each slice.
   */
  async function slices(units: number, unitMs: number, at: (k: number) => Promise<unknown> | void = () => {}) {
    const p = pace(8);
    const sizes: number[] = [0];
    const asked: Promise<unknown>[] = [];
    for (let k = 0; k < units; k++) {
      const answer = at(k);
      if (answer) asked.push(answer);
      vi.advanceTimersByTime(unitMs);
      sizes[sizes.length - 1]!++;
      if (p.due()) {
        await p.pause();
        sizes.push(0);
      }
    }
    await Promise.all(asked);
    return sizes.filter((n) => n > 0);
  }

  it('keeps to slices of ANSWERING_SLICE_MS from the moment an answer is asked, to whole ones once none was for a while', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const queue = new WorkQueue();
    // No answer asked lately: whole slices of 8 ms, 32 units of a quarter millisecond.
    await queue.run(() => undefined);
    vi.advanceTimersByTime(ANSWERING_FOR_MS);
    expect(await slices(96, 0.25)).toEqual([32, 32, 32]);
    // An answer asked before unit 40: from there, slices of 1 ms (4 units), and the answer runs before the next one.
    const order: string[] = [];
    const sizes = await slices(64, 0.25, (k) => {
      if (k === 40) return queue.run(() => void order.push(`answered after unit ${k}`));
    });
    expect(sizes.slice(0, 2)).toEqual([32, 9]);
    expect(sizes.slice(2)).toEqual([4, 4, 4, 4, 4, 3]);
    expect(ANSWERING_SLICE_MS / 0.25).toBe(4);
    expect(order).toEqual(['answered after unit 40']);
    // Answers stop: once ANSWERING_FOR_MS has passed since the last, whole slices again.
    vi.advanceTimersByTime(ANSWERING_FOR_MS);
    expect(await slices(64, 0.25)).toEqual([32, 32]);
  });
});
