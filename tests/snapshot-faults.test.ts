// Snapshots that are damaged, or not files at all, are refused and rebuilt; saves leave nothing half written.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { loadSnapshot, saveSnapshot } from '../src/corpus/snapshot.js';
import { seedDocuments, tempCorpus } from './helpers.js';

function place(): { dir: string; cache: string; path: string } {
  const dir = tempCorpus({}, true);
  const cache = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
  return { dir, cache, path: join(cache, 'snapshot.json') };
}

async function snapshotted() {
  const p = place();
  const engine = new Engine({ dir: p.dir, maxFileBytes: 1e6, snapshotPath: p.path });
  await engine.reload();
  await engine.saveSnapshot();
  // The save the reload asked for runs after this one: done before a test writes over the file.
  await engine.saved();
  return { ...p, engine };
}

/** The snapshot with its trailer's section lengths changed by `shift`, the total kept so the file size still adds up. */
function withLengths(path: string, shift: (lengths: number[]) => number[]): void {
  const buf = readFileSync(path);
  const cut = buf.lastIndexOf('\nEND ') + 1;
  const [end, ...sums] = buf.subarray(cut).toString('latin1').trimEnd().split(' ');
  const lengths = shift([Number(sums[1]), Number(sums[3]), Number(sums[5])]);
  const line = `${end} ${sums[0]} ${lengths[0]} ${sums[2]} ${lengths[1]} ${sums[4]} ${lengths[2]}\n`;
  writeFileSync(path, Buffer.concat([buf.subarray(0, cut), Buffer.from(line, 'latin1')]));
}

/** A process id that is certainly not running: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('malformed snapshots are refused and the corpus rebuilt', () => {
  it('a folder where the snapshot should be', async () => {
    const { dir, path } = place();
    mkdirSync(path);
    const engine = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    const report = await engine.start();
    expect(report.ok).toBe(true);
    expect(report.snapshot).toBe('rebuilt: the snapshot path is not a regular file (a folder)');
    expect(engine.corpus.docs.length).toBe(seedDocuments());
    await engine.stop();
  });

  it('a named pipe where the snapshot should be, without waiting on it', async () => {
    const { dir, path } = place();
    execFileSync('mkfifo', [path]);
    const engine = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    const report = await engine.start();
    expect(report.snapshot).toBe('rebuilt: the snapshot path is not a regular file (a named pipe)');
    expect(engine.corpus.docs.length).toBe(seedDocuments());
    await engine.stop();
  });

  it('a negative section length that the others make up for', async () => {
    const { dir, path } = await snapshotted();
    withLengths(path, ([a, b, c]) => [-64, a! + b! + 64, c!]);
    expect(await loadSnapshot(path, dir)).toEqual({
      ok: false,
      reason: 'checksum mismatch (corrupt or truncated snapshot)',
    });
    const engine = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    expect((await engine.start()).snapshot).toMatch(/^rebuilt: checksum mismatch/);
    expect(engine.corpus.docs.length).toBe(seedDocuments());
  });

  it('a huge section length that a negative one makes up for', async () => {
    const { dir, path } = await snapshotted();
    withLengths(path, ([a, b, c]) => [a!, b! + 2 ** 40, c! - 2 ** 40]);
    expect(await loadSnapshot(path, dir)).toEqual({
      ok: false,
      reason: 'checksum mismatch (corrupt or truncated snapshot)',
    });
  });
});

describe('snapshot saves', () => {
  it('sweeps saves a killed process left behind at the next start, and leaves a running one alone', async () => {
    const { dir, engine, path, cache } = await snapshotted();
    await engine.stop();
    const stale = `${path}.${deadPid()}.0a1b2c3d.tmp`;
    const live = `${path}.${process.ppid}.0a1b2c3d.tmp`;
    writeFileSync(stale, 'DOSSIER-SNAPSHOT 12\npartial');
    writeFileSync(live, 'DOSSIER-SNAPSHOT 12\nbeing written');
    writeFileSync(join(cache, 'unrelated.tmp'), 'not ours');
    const next = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    expect((await next.start()).snapshot).toMatch(/^loaded/);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(join(cache, 'unrelated.tmp'))).toBe(true);
    await next.stop();
  });

  it('waits for the save a build started before stopping, and leaves no temporary file', async () => {
    const { dir, path, cache } = place();
    const engine = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    await engine.start();
    await engine.stop();
    expect(existsSync(path)).toBe(true);
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await loadSnapshot(path, dir)).toMatchObject({ ok: true });
  });

  it('a save that fails removes what it had written', async () => {
    const { dir, engine, path, cache } = await snapshotted();
    await engine.stop();
    const blocked = join(cache, 'blocked');
    mkdirSync(join(blocked, 'in-the-way'), { recursive: true });
    await expect(
      saveSnapshot(blocked, dir, engine.corpus, new (await import('../src/corpus/load.js')).FileCache()),
    ).rejects.toThrow();
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    void path;
  });
});
