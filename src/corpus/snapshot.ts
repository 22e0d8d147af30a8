// The corpus state on disk, with a checksum, so that a restart loads it instead of rebuilding.
// A snapshot that is corrupt, of another version or of another folder is refused and rebuilt, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
export const SNAPSHOT_VERSION = 2;

interface Body {
  version: number;
  dir: string;
  builtAt: string;
  files: [string, FileInfo][];
  results: [string, FileResult][];
  skipped: SkippedFile[];
  index: unknown;
  stories: number[];
  people: unknown[];
  events: TimelineEvent[];
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

export async function saveSnapshot(path: string, dir: string, state: CorpusState, cache: FileCache): Promise<number> {
  const body: Body = {
    version: SNAPSHOT_VERSION,
    dir: resolve(dir),
    builtAt: state.builtAt.toISOString(),
    files: [...state.files],
    results: [...cache].map(([hash, r]) => [hash, pack(r) as FileResult]),
    skipped: state.skipped,
    index: state.index.mini.toJSON(),
    stories: state.stories,
    people: state.people.toJSON(),
    events: state.events,
  };
  const text = JSON.stringify(body);
  const checksum = createHash('sha256').update(text).digest('hex');
  const bytes = Buffer.byteLength(text);
  await mkdir(dirname(path), { recursive: true });
  // Written aside and renamed: a crash mid-write never leaves a half snapshot under the real name.
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${MAGIC} ${SNAPSHOT_VERSION} ${checksum} ${bytes}\n${text}`);
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
  const nl = raw.indexOf(10);
  const [magic, version, checksum, length] = raw.subarray(0, Math.max(0, nl)).toString('utf8').split(' ');
  if (magic !== MAGIC || nl < 0) return { ok: false, reason: 'not a snapshot' };
  if (Number(version) !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${version}, expected ${SNAPSHOT_VERSION}` };
  const bytes = raw.subarray(nl + 1);
  if (bytes.length !== Number(length) || createHash('sha256').update(bytes).digest('hex') !== checksum) {
    return { ok: false, reason: 'checksum mismatch (corrupt or truncated snapshot)' };
  }
  let body: Body;
  try {
    body = JSON.parse(bytes.toString('utf8')) as Body;
  } catch {
    return { ok: false, reason: 'unreadable snapshot' };
  }
  if (body.dir !== resolve(dir)) return { ok: false, reason: `snapshot of another folder (${body.dir})` };
  try {
    const cache: FileCache = new Map(body.results.map(([hash, r]) => [hash, unpack(r)]));
    const files = new Map(body.files);
    const results = [...files.values()].map((info) => cache.get(info.hash)).filter((r): r is FileResult => !!r);
    const docs = results.flatMap((r) => r.docs);
    const index = new PassageIndex(docs, MiniSearch.loadJS(body.index as never, miniOptions));
    const state = assemble(results, body.skipped, files, null, index, {
      stories: body.stories,
      people: PeopleDirectory.fromJSON(body.people),
      events: body.events,
    });
    state.builtAt = new Date(body.builtAt);
    return { ok: true, state, cache };
  } catch (err) {
    return { ok: false, reason: `snapshot could not be restored (${(err as Error).message})` };
  }
}
