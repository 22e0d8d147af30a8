import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Engine } from '../src/engine.js';
import { answered, seedDocuments, tempCorpus, json } from './helpers.js';
import { loadSnapshot } from '../src/corpus/snapshot.js';
import { PARTS } from '../src/corpus/parts.js';

const QUERIES = [
  '/source cpec',
  '/source ttp',
  '/search Paktika bombardment',
  '/who dar',
  '/who mutaqi',
  '/who zelensky',
  '/timeline',
  '/timeline from:2025-05-01 to:2025-06-30 topic:cpec',
  '/timeline person:muttaqi',
  '/stats',
  'what did Pakistan say about the TTP?',
];

async function answers(engine: Engine) {
  const out: unknown[] = [];
  for (const q of QUERIES) {
    const a = await json(engine, q);
    if (a.command === 'stats') {
      delete a.loadedAt;
      delete a.buildMs;
    }
    out.push(a);
  }
  return out;
}

/** A corpus folder with the seed articles, and an engine that has built it and saved its snapshot. */
async function snapshotted(name: string) {
  const dir = tempCorpus({}, true);
  const path = join(tmpdir(), `dossier-${name}-${process.pid}-${Date.now()}.json`);
  const engine = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
  await (
    await engine.start()
  ).caughtUp;
  await engine.saveSnapshot();
  // The save the build asked for runs after this one: done before a test writes over the file.
  await engine.saved();
  return { dir, path, engine };
}

describe('snapshots', () => {
  it('a restart from the snapshot answers exactly as a fresh build', async () => {
    const { dir, path, engine: fresh } = await snapshotted('snap');
    const restarted = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    const report = await restarted.start();
    expect(report.snapshot).toMatch(/^loaded/);
    // Serving at once from the snapshot; the catch-up finds nothing changed and builds nothing.
    expect(restarted.corpus.docs.length).toBe(seedDocuments());
    expect((await report.caughtUp).added).toEqual([]);
    expect(restarted.builds).toBe(1);
    expect(restarted.corpus.docs.length).toBe(seedDocuments());
    expect(await answers(restarted)).toEqual(await answers(fresh));
  });

  it('reads only the files added since the snapshot was made', async () => {
    const { dir, path } = await snapshotted('snap2');
    writeFileSync(
      join(dir, 'zz-new.txt'),
      'Harbour strike ends\nUpdated 10 March 2026\nDock workers ended a nine-day strike on Friday after the harbour authority agreed to raise wages by eight percent, union leaders said.',
    );
    const next = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    const report = await next.start();
    expect(report.snapshot).toMatch(/^loaded/);
    expect((await report.caughtUp).added).toEqual(['zz-new.txt']);
    expect((await answered(next, '/search dock strike')).results[0]!.doc).toBe('zz-new.txt');
    // The same answers as a build from nothing.
    const scratch = new Engine({ dir, maxFileBytes: 1e6 });
    await scratch.start();
    expect(await answers(next)).toEqual(await answers(scratch));
  });

  it('reads the rebuild-only section when a reload needs it, and rebuilds from the files when it is corrupt', async () => {
    const { dir, path } = await snapshotted('snap4');
    const good = readFileSync(path);
    // A byte of the second section (just before the trailer line) flipped: serving is unaffected.
    const trailer = good.lastIndexOf(10, good.length - 2);
    const bad = Buffer.from(good);
    bad[trailer - 20] = bad[trailer - 20] === 0x31 ? 0x32 : 0x31;
    writeFileSync(path, bad);
    const next = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    const report = await next.start();
    expect(report.snapshot).toMatch(/^loaded/);
    expect((await report.caughtUp).added).toEqual([]);
    // A new file needs the people and dates of every file: read again from the folder, as the section is refused.
    writeFileSync(
      join(dir, 'zz-new.txt'),
      'Harbour strike ends\nUpdated 10 March 2026\nDock workers ended a nine-day strike on Friday after the harbour authority agreed to raise wages by eight percent, union leaders said.',
    );
    const reload = await next.reload();
    expect(reload.ok).toBe(true);
    expect(reload.added).toEqual(['zz-new.txt']);
    const scratch = new Engine({ dir, maxFileBytes: 1e6 });
    await scratch.start();
    expect(await answers(next)).toEqual(await answers(scratch));
  });

  it('reads the rebuild-only section once: a second reader waits for the first, and hears if it failed', async () => {
    const { FileCache } = await import('../src/corpus/load.js');
    const { emptyResult } = await import('../src/corpus/ingest.js');
    let fail!: (err: Error) => void;
    const cache = FileCache.pending([['h', emptyResult()]], () => new Promise<void>((_, reject) => (fail = reject)));
    const [first, second] = [cache.complete(), cache.complete()];
    fail(new Error('corrupt'));
    expect([await first, await second, await cache.complete()]).toEqual([false, false, false]);
    expect(cache.size).toBe(0);
  });

  it('reads people and events written several to a line, as a large corpus has them', async () => {
    const { saveSnapshot } = await import('../src/corpus/snapshot.js');
    const { dir, path, engine: fresh } = await snapshotted('snap6');
    const cache = (fresh as unknown as { cache: import('../src/corpus/load.js').FileCache }).cache;
    expect(fresh.corpus.people.people.length).toBeGreaterThan(9);
    await saveSnapshot(path, dir, fresh.corpus, cache, 4);
    const restarted = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    expect((await restarted.start()).snapshot).toMatch(/^loaded/);
    expect(restarted.corpus.people.people.map((p) => p.key)).toEqual(fresh.corpus.people.people.map((p) => p.key));
    expect(restarted.corpus.timeline.events).toEqual(fresh.corpus.timeline.events);
    expect(await answers(restarted)).toEqual(await answers(fresh));
  });

  it('reads lines that span read chunks', async () => {
    const { dir, path, engine: fresh } = await snapshotted('snap5');
    const loaded = await loadSnapshot(path, dir, 7);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(await loaded.cache.complete()).toBe(true);
    expect(loaded.state.docs.map((d) => d.text)).toEqual(fresh.corpus.docs.map((d) => d.text));
    expect(loaded.state.people.people.map((p) => p.mentions.list())).toEqual(
      fresh.corpus.people.people.map((p) => p.mentions.list()),
    );
    // The rebuild-only section too: what each file gave, as the engine that saved it has it.
    const saved = (fresh as unknown as { cache: Map<string, { extracts: Record<string, unknown[]> }> }).cache;
    expect(loaded.cache.size).toBe(saved.size);
    for (const [hash, r] of loaded.cache) {
      const s = saved.get(hash)!;
      // Every part that takes an extract from each article: the loop knows none by name.
      expect(Object.keys(r.extracts).sort()).toEqual(
        PARTS.filter((p) => p.extract)
          .map((p) => p.name)
          .sort(),
      );
      expect(r.extracts).toEqual(s.extracts);
    }
  });

  it('refuses a corrupt, truncated, foreign or other-version snapshot and rebuilds', async () => {
    const { dir, path } = await snapshotted('snap3');
    // The snapshot holds raw bytes (the index arrays): handled as bytes, never decoded.
    const good = readFileSync(path);
    const corrupt = Buffer.from(good);
    const at = good.indexOf('"title"') + 12;
    corrupt[at] = good[at] === 0x58 ? 0x59 : 0x58;
    writeFileSync(path, corrupt);
    expect(await loadSnapshot(path, dir)).toMatchObject({ ok: false, reason: expect.stringMatching(/checksum/) });
    const rebuilt = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    expect((await rebuilt.start()).snapshot).toMatch(/^rebuilt: checksum/);
    expect(rebuilt.corpus.docs.length).toBe(seedDocuments());
    // The rebuild saves a sound snapshot in the background: let it finish before the file is damaged again.
    await rebuilt.saved();
    writeFileSync(path, good.subarray(0, good.length / 2));
    expect(await loadSnapshot(path, dir)).toMatchObject({ ok: false, reason: expect.stringMatching(/checksum/) });
    const header = good.indexOf(10);
    writeFileSync(path, Buffer.concat([Buffer.from('DOSSIER-SNAPSHOT 0'), good.subarray(header)]));
    expect(await loadSnapshot(path, dir)).toMatchObject({ ok: false, reason: expect.stringMatching(/version/) });
    writeFileSync(path, good);
    expect(await loadSnapshot(path, tempCorpus({}))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/another folder/),
    });
  });
});
