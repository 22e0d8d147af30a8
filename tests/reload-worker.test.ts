// Large reloads and cold builds read their files in a worker thread (src/corpus/off-thread.ts): answers are given
// from the previous index meanwhile, whatever the worker is doing, and a worker that fails or stops fails the
// reload with its reason while the previous index keeps serving. Order and causality only, no clock.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { loadCorpus, WORKER_MIN_FILES } from '../src/corpus/load.js';
import { FEED_AHEAD, OffThreadIngest, WORKER_OLD_SPACE_MB } from '../src/corpus/off-thread.js';
import { WorkQueue } from '../src/discord/queue.js';
import { search } from '../src/queries/search.js';
import { MARK, type TestWorkerData } from './fixtures/test-worker.js';
import { SEED_DIR, tempCorpus } from './helpers.js';

const TEST_WORKER = new URL('./fixtures/test-worker.ts', import.meta.url);

/** A short wire story about one port, its name making it findable. */
const story = (port: string) =>
  `${port} port reopens after storm\nUpdated 12 March 2026\nThe ${port} harbour authority said on Monday that the port would reopen to container ships on Thursday, after dock workers cleared debris left by the storm.`;

/** A page of site navigation only: read, then skipped for having no article text. */
const CHROME_ONLY = '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>';

const hits = (engine: Engine, query: string) => search(engine.corpus, query).items.length;

/** An engine whose builds of `minFiles` files or more go through the test worker with `data`. */
function engineWith(dir: string, data: TestWorkerData, minFiles = 1): Engine {
  return new Engine({ dir, maxFileBytes: 1e6, worker: { minFiles, entry: TEST_WORKER, data } });
}

describe('the reload worker', () => {
  it('is handed the files a batch at a time after it starts, the thread giving way between batches, and reads them all', async () => {
    const files = Array.from({ length: 80 }, (_, i) => {
      const text = story(`Harbourtown${String.fromCharCode(97 + (i % 26))}${i}`);
      return { file: `p${i}.txt`, text, hash: `h${i}` };
    });
    const events: string[] = [];
    const p = { due: () => true, pause: async () => void events.push('gave way') };
    const off = new OffThreadIngest(files, { entry: TEST_WORKER, pace: p });
    // The caller may let its texts go at once: the worker is handed its own.
    for (const f of files) f.text = '';
    try {
      const read = await Promise.all(files.map((f) => off.result(f.hash)));
      expect(read.map((r) => r.docs[0]?.source)).toEqual(files.map(() => MARK));
      expect(read.map((r) => r.docs[0]?.title)).toEqual(
        files.map((_, i) => expect.stringContaining(`${i} port reopens`)),
      );
    } finally {
      await off.stop();
    }
    // Eighty files in batches of sixteen: four chances to give way between the five batches.
    expect(events.length).toBe(4);
  });

  it('is handed the next files only as it answers for those before: never more than FEED_AHEAD it has not done', async () => {
    const files = Array.from({ length: FEED_AHEAD * 3 }, (_, i) => ({
      file: `p${i}.txt`,
      text: story(`Harbourtown${i}`),
      hash: `h${i}`,
    }));
    // The worker waits at its first file until the gate opens: nothing is answered meanwhile.
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const off = new OffThreadIngest(files, { entry: TEST_WORKER, data: { gate: gate.buffer as SharedArrayBuffer } });
    try {
      for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(off.posted).toBe(FEED_AHEAD);
      Atomics.store(gate, 0, files.length);
      Atomics.notify(gate, 0);
      const read = await Promise.all(files.map((f) => off.result(f.hash)));
      expect(read.map((r) => r.docs[0]?.source)).toEqual(files.map(() => MARK));
      expect(off.posted).toBe(files.length);
    } finally {
      await off.stop();
    }
  });

  it('builds what the main thread builds, the articles the same objects in shape and order', async () => {
    const off = await loadCorpus({ dir: SEED_DIR, maxFileBytes: 2e6, worker: { minFiles: 1 } });
    const on = await loadCorpus({ dir: SEED_DIR, maxFileBytes: 2e6, worker: { minFiles: Infinity } });
    const json = (s: object) =>
      JSON.stringify({ ...s, builtAt: 0, buildMs: 0 }, (_, v) =>
        v instanceof Map || v instanceof Set ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
      );
    expect(json(off.state)).toEqual(json(on.state));
    expect(JSON.stringify([...off.cache.values()].map((r) => r.extracts))).toEqual(
      JSON.stringify([...on.cache.values()].map((r) => r.extracts)),
    );
  });

  it('reads a first build of many files in the worker, its old generation capped; a first build of fewer on the main thread', async () => {
    const files = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}.txt`, story(`Harbourtown${i}`)]));
    // No minFiles given: the default, for a first build as for a reload.
    const firstBuild = async (n: number) => {
      const engine = new Engine({
        dir: tempCorpus(files(n)),
        maxFileBytes: 1e6,
        worker: { entry: TEST_WORKER, data: { limits: true } },
      });
      await engine.reload();
      return new Set(engine.corpus.docs.map((d) => d.source));
    };
    expect(await firstBuild(WORKER_MIN_FILES)).toEqual(
      new Set([`${MARK} (old generation ${WORKER_OLD_SPACE_MB} MB, kept at ${WORKER_OLD_SPACE_MB} MB)`]),
    );
    const fewer = await firstBuild(WORKER_MIN_FILES - 1);
    expect([...fewer].some((s) => s?.startsWith(MARK))).toBe(false);
  });

  it('answers a search sent after a reload started from the previous index, while the worker holds its first file', async () => {
    const dir = tempCorpus({ 'a.txt': story('Gdansk'), 'b.txt': story('Antwerp') });
    const engine = engineWith(dir, {}, Infinity);
    await engine.reload();
    const before = engine.corpus;
    // The next build's worker waits at its first file until the gate opens.
    const gate = new Int32Array(new SharedArrayBuffer(4));
    engine.options.worker = { minFiles: 1, entry: TEST_WORKER, data: { gate: gate.buffer as SharedArrayBuffer } };
    writeFileSync(join(dir, 'c.txt'), story('Valparaiso'));
    const order: string[] = [];
    const reload = engine.reload().then((r) => (order.push('reload ends'), r));
    const answer = await new WorkQueue().run(() => {
      order.push('answered');
      return { gdansk: hits(engine, 'gdansk'), valparaiso: hits(engine, 'valparaiso'), corpus: engine.corpus };
    });
    expect(answer.corpus).toBe(before);
    expect(answer.gdansk).toBeGreaterThan(0);
    expect(answer.valparaiso).toBe(0);
    expect(engine.reloading).toBe(true);
    Atomics.store(gate, 0, 1_000);
    Atomics.notify(gate, 0);
    const report = await reload;
    expect(order).toEqual(['answered', 'reload ends']);
    expect(report.added).toEqual(['c.txt']);
    expect(hits(engine, 'valparaiso')).toBeGreaterThan(0);
    expect(engine.corpus.docs.map((d) => d.source === MARK)).toEqual([false, false, true]);
  });

  it('reads a few files on the main thread and more in the worker: progress file by file, a failed file skipped with its reason, the same bytes under two names read once', async () => {
    const dir = tempCorpus({
      'a.txt': story('Gdansk'),
      'bad.txt': story('Antwerp'),
      'copy.txt': story('Gdansk'),
      'e1.html': CHROME_ONLY,
      'e2.html': CHROME_ONLY,
    });
    // Three distinct files to read: a.txt (copy.txt has its bytes), bad.txt, e1.html (e2.html has its bytes).
    const few = engineWith(dir, { failOn: 'bad.txt' }, 4);
    await few.reload();
    expect(few.corpus.docs.map((d) => [d.doc, d.source === MARK])).toEqual([
      ['a.txt', false],
      ['bad.txt', false],
      ['copy.txt', false],
    ]);
    const engine = engineWith(dir, { failOn: 'bad.txt' }, 3);
    const seen: string[] = [];
    engine.watchProgress((p) => seen.push(`${p.phase} ${p.files}/${p.total} ${p.articles}`));
    const report = await engine.reload();
    expect(report.ok).toBe(true);
    expect(engine.corpus.docs.map((d) => [d.doc, d.file, d.source])).toEqual([
      ['a.txt', 'a.txt', MARK],
      ['copy.txt', 'copy.txt', MARK],
    ]);
    expect(report.skipped.map((s) => [s.file, s.reason.startsWith('could not be processed')])).toEqual([
      ['bad.txt', true],
      ['e1.html', false],
      ['e2.html', false],
    ]);
    expect(report.skipped[0]!.reason).toBe('could not be processed (the parser gave up)');
    expect(report.skipped[1]!.reason).toBe(report.skipped[2]!.reason);
    expect(seen).toEqual([
      'reading 0/5 0',
      'reading 1/5 1',
      'reading 2/5 1',
      'reading 3/5 2',
      'reading 4/5 2',
      'reading 5/5 2',
      'assembling 5/5 2',
    ]);
  });

  it('fails the reload with the reason when the worker fails as it starts, and the previous index keeps serving', async () => {
    const dir = tempCorpus({ 'a.txt': story('Gdansk') });
    const engine = engineWith(dir, {}, Infinity);
    await engine.reload();
    const before = engine.corpus;
    writeFileSync(join(dir, 'b.txt'), story('Antwerp'));
    engine.options.worker = { minFiles: 1, entry: TEST_WORKER, data: { crash: 'the model file is missing' } };
    const report = await engine.reload();
    expect(report.ok).toBe(false);
    expect(report.error).toContain('the reload worker failed: the model file is missing');
    expect(report.error).toContain('the previous index keeps serving');
    expect(engine.corpus).toBe(before);
    expect(hits(engine, 'gdansk')).toBeGreaterThan(0);
    // A later reload takes the new file in.
    engine.options.worker = { minFiles: Infinity };
    expect((await engine.reload()).added).toEqual(['b.txt']);
  });

  it('fails the reload with the exit code when the worker stops part way, and the previous index keeps serving', async () => {
    const dir = tempCorpus({ 'a.txt': story('Gdansk') });
    const engine = engineWith(dir, {}, Infinity);
    await engine.reload();
    const before = engine.corpus;
    writeFileSync(join(dir, 'b.txt'), story('Antwerp'));
    writeFileSync(join(dir, 'c.txt'), story('Valparaiso'));
    engine.options.worker = { minFiles: 1, entry: TEST_WORKER, data: { exitAfter: 1 } };
    const report = await engine.reload();
    expect(report.ok).toBe(false);
    expect(report.error).toContain('the reload worker stopped (exit code 3)');
    expect(engine.corpus).toBe(before);
    expect(engine.ready).toBe(true);
    expect(hits(engine, 'antwerp')).toBe(0);
  });
});
