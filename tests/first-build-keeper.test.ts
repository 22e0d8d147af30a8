// A first build read in the worker collects its main thread's garbage as it goes (src/corpus/heap-keeper.ts): the
// keeper is asked after each file and at each pause of the build, and only then — a reload, which has a corpus
// serving, and a build small enough to read on the main thread, never collect by hand.
import { describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { tempCorpus } from './helpers.js';

const kept = vi.hoisted(() => ({ keepers: 0, asked: 0 }));

vi.mock('../src/corpus/heap-keeper.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/corpus/heap-keeper.js')>();
  return {
    ...real,
    firstBuildKeeper: () => {
      kept.keepers++;
      return () => (kept.asked++, false);
    },
  };
});

const TEST_WORKER = new URL('./fixtures/test-worker.ts', import.meta.url);
const story = (port: string) =>
  `${port} port reopens after storm\nUpdated 12 March 2026\nThe ${port} harbour authority said on Monday that the port would reopen to container ships on Thursday, after dock workers cleared debris left by the storm.`;
const files = (n: number, from = 0) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${from + i}.txt`, story(`Harbourtown${from + i}`)]));

describe('the first build keeper', () => {
  it('is asked after every file of a first build read in the worker, and not by the reload after it', async () => {
    const dir = tempCorpus(files(12));
    const engine = new Engine({ dir, maxFileBytes: 1e6, worker: { minFiles: 1, entry: TEST_WORKER } });
    await engine.reload();
    expect(engine.corpus.docs.length).toBe(12);
    expect(kept.keepers).toBe(1);
    expect(kept.asked).toBeGreaterThanOrEqual(12);
    const after = kept.asked;
    for (const [name, body] of Object.entries(files(3, 12))) writeFileSync(join(dir, name), body);
    await engine.reload();
    expect(engine.corpus.docs.length).toBe(15);
    expect([kept.keepers, kept.asked]).toEqual([1, after]);
  });

  it('is not made for a first build read on the main thread', async () => {
    const before = kept.keepers;
    const engine = new Engine({ dir: tempCorpus(files(3)), maxFileBytes: 1e6, worker: { minFiles: 100 } });
    await engine.reload();
    expect(engine.corpus.docs.length).toBe(3);
    expect(kept.keepers).toBe(before);
  });
});
