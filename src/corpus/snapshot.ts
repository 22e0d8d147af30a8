// The corpus state on disk, with a checksum, so that a restart loads it instead of rebuilding.
// A snapshot that is corrupt, of another version or of another folder is refused and rebuilt, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import type { SkippedFile } from '../types.js';
import type { FileInfo } from './read.js';
import type { FileResult } from './ingest.js';
import type { Mention } from '../people/extract.js';
import { assemble, type CorpusState, type FileCache } from './load.js';
import { PassageIndex, miniOptions } from '../search/index.js';
import { PeopleDirectory } from '../people/directory.js';
import type { TimelineEvent } from '../timeline/timeline.js';

const MAGIC = 'DOSSIER-SNAPSHOT';
/** Bump when the shape of what is saved, or how it is made, changes. */
export const SNAPSHOT_VERSION = 3;

interface Meta {
  version: number;
  dir: string;
  builtAt: string;
  files: [string, FileInfo][];
  skipped: SkippedFile[];
  stories: number[];
}

/** Text is stored once, in each document: passages and sentences become offsets into it. */
type Span = [number, number];

function spanOf(text: string, part: string): Span | string {
  const at = text.indexOf(part);
  return at >= 0 ? [at, at + part.length] : part;
}

function textOf(text: string, span: Span | string): string {
  return typeof span === 'string' ? span : text.slice(span[0], span[1]);
}

function pack(r: FileResult): unknown {
  return {
    ...r,
    docs: r.docs.map((d) => ({ ...d, passages: d.passages.map((p) => ({ n: p.n, start: p.start, end: p.end })) })),
    // Mentions are many: stored as tuples rather than objects with repeated keys.
    mentions: r.mentions.map((list, i) =>
      list.map((m) => [m.name, m.full ? 1 : 0, m.evidence ? 1 : 0, m.passage, spanOf(r.docs[i]!.text, m.sentence), m.affiliation, ...m.roles]),
    ),
    events: r.events.map((list, i) => list.map((e) => ({ ...e, sentence: spanOf(r.docs[i]!.text, e.sentence) }))),
  };
}

function unpack(raw: unknown): FileResult {
  const r = raw as Omit<FileResult, 'mentions'> & { mentions: unknown[][][]; events: { sentence: Span | string }[][] };
  for (const d of r.docs) for (const p of d.passages) p.text = d.text.slice(p.start, p.end);
  const mentions: Mention[][] = r.mentions.map((list, i) =>
    list.map((t) => {
      const [name, full, evidence, passage, span, affiliation, ...roles] = t as [string, number, number, number, Span | string, string | null, ...string[]];
      return { name, full: full === 1, evidence: evidence === 1, passage, sentence: textOf(r.docs[i]!.text, span), affiliation, roles };
    }),
  );
  r.events.forEach((list, i) => list.forEach((e) => (e.sentence = textOf(r.docs[i]!.text, e.sentence))));
  return { ...(r as unknown as FileResult), mentions };
}

/**
 * Layout: a header line, then one JSON document a line (the corpus-wide parts, then one line per file, so no
 * single string grows past what V8 allows at newsroom scale), then a trailer with the SHA-256 and byte length
 * of everything between.
 */
export async function saveSnapshot(path: string, dir: string, state: CorpusState, cache: FileCache): Promise<number> {
  const meta = { version: SNAPSHOT_VERSION, dir: resolve(dir), builtAt: state.builtAt.toISOString(), files: [...state.files], skipped: state.skipped, stories: state.stories };
  await mkdir(dirname(path), { recursive: true });
  // Written aside and renamed: a crash mid-write never leaves a half snapshot under the real name.
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const out = await open(tmp, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  const line = async (value: unknown) => {
    const buf = Buffer.from(JSON.stringify(value) + '\n');
    hash.update(buf);
    bytes += buf.length;
    await out.write(buf);
  };
  try {
    await out.write(`${MAGIC} ${SNAPSHOT_VERSION}\n`);
    await line(meta);
    await line(state.index.mini.toJSON());
    await line(state.people.toJSON());
    await line(state.events);
    for (const [hashKey, r] of cache) await line([hashKey, pack(r)]);
    await out.write(`END ${hash.digest('hex')} ${bytes}\n`);
  } finally {
    await out.close();
  }
  await rename(tmp, path);
  return bytes;
}

export type Loaded = { ok: true; state: CorpusState; cache: FileCache } | { ok: false; reason: string };

export async function loadSnapshot(path: string, dir: string): Promise<Loaded> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch {
    return { ok: false, reason: 'no snapshot' };
  }
  const first = raw.indexOf(10);
  const [magic, version] = raw.subarray(0, Math.max(0, first)).toString('utf8').split(' ');
  if (magic !== MAGIC || first < 0) return { ok: false, reason: 'not a snapshot' };
  if (Number(version) !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${version}, expected ${SNAPSHOT_VERSION}` };
  const end = raw.lastIndexOf('\nEND ', raw.length - 2);
  const trailer = end < 0 ? [] : raw.subarray(end + 1).toString('utf8').trim().split(' ');
  const body = end < 0 ? raw.subarray(0, 0) : raw.subarray(first + 1, end + 1);
  if (trailer[0] !== 'END' || body.length !== Number(trailer[2]) || createHash('sha256').update(body).digest('hex') !== trailer[1]) {
    return { ok: false, reason: 'checksum mismatch (corrupt or truncated snapshot)' };
  }
  let meta: Meta;
  let index: unknown;
  let people: unknown[];
  let events: TimelineEvent[];
  const cache: FileCache = new Map();
  try {
    let at = 0;
    const next = () => {
      const nl = body.indexOf(10, at);
      const value = JSON.parse(body.subarray(at, nl).toString('utf8'));
      at = nl + 1;
      return value;
    };
    meta = next();
    index = next();
    people = next();
    events = next();
    while (at < body.length) {
      const [hash, r] = next() as [string, unknown];
      cache.set(hash, unpack(r));
    }
  } catch {
    return { ok: false, reason: 'unreadable snapshot' };
  }
  if (meta.dir !== resolve(dir)) return { ok: false, reason: `snapshot of another folder (${meta.dir})` };
  try {
    const files = new Map(meta.files);
    const results = [...files.values()].map((info) => cache.get(info.hash)).filter((r): r is FileResult => !!r);
    const docs = results.flatMap((r) => r.docs);
    const idx = new PassageIndex(docs, MiniSearch.loadJS(index as never, miniOptions));
    const state = assemble(results, meta.skipped, files, null, idx, {
      stories: meta.stories,
      people: PeopleDirectory.fromJSON(people),
      events,
    });
    state.builtAt = new Date(meta.builtAt);
    return { ok: true, state, cache };
  } catch (err) {
    return { ok: false, reason: `snapshot could not be restored (${(err as Error).message})` };
  }
}
