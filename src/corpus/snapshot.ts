// The corpus state on disk, with checksums, so that a restart loads it instead of rebuilding.
// A snapshot that is corrupt, of another version or of another folder is refused and rebuilt, never trusted.
//
// Three sections, each with its own checksum. The first is what serving needs, as JSON lines: the meta line, one
// line per file's documents, then each corpus part's rows (parts.ts, in their order). The second is the parts' raw
// arrays (the term index's), aligned, used in place once read. The third is what only a rebuild needs: per file,
// each part's extracts of its documents; it is read when a reload first finds a change, not at start. Each part
// packs and unpacks its own rows and extracts and has a version of its own (docs/snapshot.md). JSON is written in
// ASCII (other characters as \u escapes): Node decodes ASCII bytes many times faster than UTF-8, which made most
// of a start's time.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { arraysIn, CHUNK, headerOf, openSections, padded, readLines, readSection, SectionWriter } from './sections.js';
import { basename, dirname, join, resolve } from 'node:path';
import type { SkippedFile } from '../types.js';
import type { FileInfo } from './read.js';
import type { FileResult } from './ingest.js';
import { assemble, FileCache, type CorpusState } from './load.js';
import { PARTS, type AnyPart, type PartValues } from './parts.js';
import { packDocs, packExtracts, unpackDocs, unpackExtracts } from './file-pack.js';

const MAGIC = 'DOSSIER-SNAPSHOT';
/** The layout's version: bump when the sections or the meta line change. Each part has a version of its own. */
export const SNAPSHOT_VERSION = 16;
const HEADER = headerOf(MAGIC, SNAPSHOT_VERSION);
const parts = PARTS as readonly AnyPart[];

/** Where a part's rows and arrays are, and which version of it wrote them. */
interface PartEntry {
  version: number;
  /** Lines of rows in section one. */
  lines: number;
  /** Byte lengths of its arrays in section two, in order. */
  bytes: number[];
}

interface SnapshotMeta {
  version: number;
  dir: string;
  builtAt: string;
  files: [string, FileInfo][];
  skipped: SkippedFile[];
  /** How many file lines follow the meta line; then each part's lines, in the order of `parts`. */
  entries: number;
  parts: Record<string, PartEntry>;
}

/**
 * Rows are written this many to a line: each line is packed, turned into JSON and written while the bot serves,
 * and one line of every person held the event loop for a third of a second at 10k articles.
 */
const ROWS_PER_LINE = 1024;

/**
 * Layout: a header line; section one (the meta line, one line per file's documents, then each part's rows,
 * `rowsPerLine` to a line); section two (each part's arrays); section three (one line per file: its extracts); a
 * trailer line `END` then `<sha1> <bytes>` for each section. One JSON document a line, so no single string grows
 * past what V8 allows at newsroom scale. (`rowsPerLine` is a seam for tests.)
 */
export async function saveSnapshot(path: string, dir: string, state: CorpusState, cache: FileCache, rowsPerLine = ROWS_PER_LINE): Promise<number> {
  // Whatever of the cache is still on disk is read in first: the new file replaces the old.
  await cache.complete();
  const entries = [...cache];
  // Files in the order of their articles (which may be the order they came, not their names): a load numbers the
  // articles in this order, as the parts do.
  const order = [...new Set([...state.docs.map((d) => d.file), ...state.files.keys()])];
  const files = order.filter((f) => state.files.has(f)).map((f): [string, FileInfo] => [f, state.files.get(f)!]);
  const saved = parts.map((part) => part.save((state as unknown as Record<string, unknown>)[part.name], state.docs));
  const meta: SnapshotMeta = {
    version: SNAPSHOT_VERSION,
    dir: resolve(dir),
    builtAt: state.builtAt.toISOString(),
    files,
    skipped: state.skipped,
    entries: entries.length,
    parts: Object.fromEntries(parts.map((part, i) => [part.name, { version: part.version, lines: Math.ceil(saved[i]!.count / rowsPerLine), bytes: (saved[i]!.arrays ?? []).map((a) => a.byteLength) }])),
  };
  await mkdir(dirname(path), { recursive: true });
  // Written aside and renamed: a crash mid-write never leaves a half snapshot under the real name.
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const out = await open(tmp, 'w');
  let total = 0;
  try {
    await out.write(HEADER);
    const w = new SectionWriter(out);
    const sums: string[] = [];
    await w.line(meta);
    for (const [hash, r] of entries) await w.line([hash, packDocs(r)]);
    for (const [i, part] of parts.entries()) {
      const { rows } = saved[i]!;
      for (let l = 0; l < meta.parts[part.name]!.lines; l++) await w.line(rows(l * rowsPerLine, (l + 1) * rowsPerLine));
    }
    total += w.bytes;
    sums.push(w.end());
    for (const { arrays } of saved) {
      for (const a of arrays ?? []) {
        await w.raw(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
        if (padded(a.byteLength) > a.byteLength) await w.raw(new Uint8Array(padded(a.byteLength) - a.byteLength));
      }
    }
    total += w.bytes;
    sums.push(w.end());
    for (const [hash, r] of entries) await w.line([hash, packExtracts(r)]);
    total += w.bytes;
    sums.push(w.end());
    await out.write(`END ${sums.join(' ')}\n`);
  } catch (err) {
    // A save that fails (a full disk) leaves nothing behind.
    await out.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await out.close();
  await rename(tmp, path).catch(async (err) => {
    await unlink(tmp).catch(() => undefined);
    throw err;
  });
  return total;
}

/**
 * Removes what saves cut short (the process killed mid-write) left beside the snapshot: `<path>.<pid>.<hex>.tmp`
 * files of processes no longer running. Returns the names removed.
 */
export async function sweepStaleSaves(path: string): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = /^\.?(\d+)\.[0-9a-f]+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!m || running(Number(m[1]))) continue;
    try {
      await unlink(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: left as it is.
    }
  }
  return removed;
}

/** Whether a process runs under this id (another process saving the same snapshot: its file is left alone). */
function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type Loaded = { ok: true; state: CorpusState; cache: FileCache } | { ok: false; reason: string };

/**
 * The corpus state in a snapshot, or why it is refused: whatever is found under the path (a folder, a pipe,
 * damaged bytes) gives a reason, never an exception. `chunkBytes` is the read size (a seam for tests).
 */
export async function loadSnapshot(path: string, dir: string, chunkBytes = CHUNK): Promise<Loaded> {
  try {
    return await readSnapshot(path, dir, chunkBytes);
  } catch (err) {
    return { ok: false, reason: `unreadable snapshot (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
}

async function readSnapshot(path: string, dir: string, chunkBytes: number): Promise<Loaded> {
  const opened = await openSections(path, MAGIC, SNAPSHOT_VERSION);
  if ('reason' in opened) return { ok: false, reason: opened.reason };
  const { fh, trailer } = opened;
  // Each line is turned into what it stands for as it is read, so raw rows never pile up.
  const lines: unknown[] = [];
  const cache = new Map<string, FileResult>();
  let entries = -1;
  const onLine = (value: unknown) => {
    if (lines.length === 0) entries = (value as SnapshotMeta).entries;
    if (lines.length >= 1 && lines.length < 1 + entries) {
      const [hash, packed] = value as [string, unknown];
      cache.set(hash, unpackDocs(packed));
      lines.push(null);
    } else lines.push(value);
  };
  let raw: Buffer | null = null;
  let status: 'ok' | 'corrupt' | 'unreadable';
  try {
    status = await readLines(fh, trailer.sections[0], onLine, chunkBytes);
    if (status === 'ok') raw = await readSection(fh, trailer.sections[1]);
  } finally {
    await fh.close();
  }
  if (status === 'corrupt' || (status === 'ok' && !raw)) return { ok: false, reason: 'checksum mismatch (corrupt or truncated snapshot)' };
  let meta: SnapshotMeta;
  const stored: { rows: unknown[]; body: Buffer; bytes: number[] }[] = [];
  try {
    if (status !== 'ok') throw new Error('unreadable');
    meta = lines[0] as SnapshotMeta;
    if (cache.size !== meta.entries) throw new Error('file lines do not match');
    let line = 1 + meta.entries;
    let at = 0;
    for (const part of parts) {
      const entry = meta.parts?.[part.name];
      if (!entry) throw new Error(`no ${part.name}`);
      if (entry.version !== part.version) return { ok: false, reason: `snapshot ${part.name} version ${entry.version}, expected ${part.version}` };
      const size = entry.bytes.reduce((n, b) => n + padded(b), 0);
      stored.push({ rows: (lines.slice(line, line + entry.lines) as unknown[][]).flat(), body: raw!.subarray(at, at + size), bytes: entry.bytes });
      line += entry.lines;
      at += size;
    }
    if (line !== lines.length || at !== raw!.length) throw new Error('parts do not match');
    lines.length = 0;
  } catch {
    return { ok: false, reason: 'unreadable snapshot' };
  }
  if (meta.dir !== resolve(dir)) return { ok: false, reason: `snapshot of another folder (${meta.dir})` };
  try {
    const files = new Map(meta.files);
    const results = [...files.values()].map((info) => cache.get(info.hash)).filter((x): x is FileResult => !!x);
    const docs = results.flatMap((x) => x.docs);
    const loaded: Record<string, unknown> = {};
    for (const [i, part] of parts.entries()) {
      const { rows, body, bytes } = stored[i]!;
      loaded[part.name] = await part.load({ rows, arrays: (kinds) => arraysIn(body, kinds, bytes) }, docs);
    }
    const state = await assemble({ results, skipped: meta.skipped, files, loaded: loaded as unknown as PartValues });
    state.builtAt = new Date(meta.builtAt);
    // Section three stays on disk until a reload needs it; it must still be the file this state came from.
    const rest = async () => {
      const again = await openSections(path, MAGIC, SNAPSHOT_VERSION);
      if ('reason' in again) throw new Error(again.reason);
      try {
        if (again.trailer.line !== trailer.line) throw new Error('the snapshot changed since it was loaded');
        const status = await readLines(again.fh, trailer.sections[2], (value) => {
          const [hash, packed] = value as [string, Record<string, unknown[]>];
          const entry = cache.get(hash);
          if (entry) unpackExtracts(entry, packed);
        }, chunkBytes);
        if (status !== 'ok') throw new Error(`rebuild section ${status}`);
      } finally {
        await again.fh.close();
      }
    };
    return { ok: true, state, cache: FileCache.pending(cache, rest) };
  } catch (err) {
    return { ok: false, reason: `snapshot could not be restored (${(err as Error).message})` };
  }
}
