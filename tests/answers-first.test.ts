// A paced build (a reload) gives way to every answer queued for Discord: it takes its next slice only once none waits.
import { describe, expect, it } from 'vitest';
import { answersWaiting, pace } from '../src/pace.js';
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
