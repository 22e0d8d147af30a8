// The corpus state on disk, with checksums, so that a restart loads it instead of rebuilding.
// A snapshot that is corrupt, of another version or of another folder is refused and rebuilt, never trusted.
//
// Two sections. The first is what serving needs: documents, the term index (as raw bytes), people, events,
// stories. The second is what only a rebuild needs: per file, the people named, dated sentences and story
// samples; it is read when a reload first finds a change, not at start. Sentences everywhere are stored as
// offsets into their document's text, which is stored once.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Document, SkippedFile } from '../types.js';
import type { FileInfo } from './read.js';
import type { FileResult } from './ingest.js';
import type { Mention } from '../people/extract.js';
import type { EventMention } from '../timeline/events.js';
import { assemble, FileCache, type CorpusState } from './load.js';
import { PassageIndex } from '../search/index.js';
import { ARRAY_KINDS, TermIndex, type IndexMeta } from '../search/postings.js';
import { PeopleDirectory } from '../people/directory.js';
import type { TimelineEvent } from '../timeline/timeline.js';

const MAGIC = 'DOSSIER-SNAPSHOT';
/** Bump when the shape of what is saved, or how it is made, changes. */
export const SNAPSHOT_VERSION = 5;
const HEADER = `${MAGIC} ${SNAPSHOT_VERSION}\n`;

interface Meta {
  version: number;
  dir: string;
  builtAt: string;
  files: [string, FileInfo][];
  skipped: SkippedFile[];
  stories: number[];
  /** How many file lines follow the index. */
  entries: number;
}

/** A sentence as [start, end) in its document's text; the text itself when it is not found there. */
type Span = [number, number] | string;

function spanOf(d: Document, passage: number, sentence: string): Span {
  const p = d.passages[passage];
  const at = p ? p.text.indexOf(sentence) : -1;
  if (at >= 0) return [p!.start + at, p!.start + at + sentence.length];
  const anywhere = d.text.indexOf(sentence);
  return anywhere >= 0 ? [anywhere, anywhere + sentence.length] : sentence;
}

function textOf(d: Document, span: Span): string {
  return typeof span === 'string' ? span : d.text.slice(span[0], span[1]);
}

// Section one, per file: its documents (passages as offsets), acronyms, and why it was skipped.
function packDocs(r: FileResult): unknown {
  return [r.docs.map((d) => ({ ...d, passages: d.passages.map((p) => [p.n, p.start, p.end]) })), r.acronyms, r.skipped ?? null];
}

function unpackDocs(raw: unknown): FileResult {
  const [docs, acronyms, skipped] = raw as [(Omit<Document, 'passages'> & { passages: [number, number, number][] })[], [string, string[]][], SkippedFile | null];
  return {
    docs: docs.map((d) => ({ ...d, passages: d.passages.map(([n, start, end]) => ({ n, start, end, text: d.text.slice(start, end) })) })),
    acronyms,
    ...(skipped ? { skipped } : {}),
    mentions: [],
    events: [],
    samples: [],
  };
}

// Section two, per file: mentions as tuples (they are many), events, samples.
function packRest(r: FileResult): unknown {
  return [
    r.mentions.map((list, i) => list.map((m) => [m.name, m.full ? 1 : 0, m.evidence ? 1 : 0, m.passage, spanOf(r.docs[i]!, m.passage, m.sentence), m.affiliation, ...m.roles])),
    r.events.map((list, i) => list.map((e) => ({ ...e, sentence: spanOf(r.docs[i]!, e.passage, e.sentence) }))),
    r.samples,
  ];
}

function unpackRest(r: FileResult, raw: unknown): void {
  const [mentions, events, samples] = raw as [unknown[][][], (Omit<EventMention, 'sentence'> & { sentence: Span })[][], number[][]];
  r.mentions = mentions.map((list, i): Mention[] =>
    list.map((t) => {
      const [name, full, evidence, passage, span, affiliation, ...roles] = t as [string, number, number, number, Span, string | null, ...string[]];
      return { name, full: full === 1, evidence: evidence === 1, passage, sentence: textOf(r.docs[i]!, span), affiliation, roles };
    }),
  );
  r.events = events.map((list, i) => list.map((e) => ({ ...e, sentence: textOf(r.docs[i]!, e.sentence) })));
  r.samples = samples;
}

// People and events, with their sentences as spans.
function packPeople(people: PeopleDirectory, docs: Document[]): unknown {
  return people.toJSON().map((p) => ({
    ...p,
    roles: p.roles.map((r) => [r.role, r.date, r.doc, spanOf(docs[r.doc]!, -1, r.sentence)]),
    mentions: p.mentions.map((m) => [m.doc, m.passage, spanOf(docs[m.doc]!, m.passage, m.sentence), m.defining ? 1 : 0, m.full ? 1 : 0]),
  }));
}

function unpackPeople(rows: unknown[], docs: Document[]): PeopleDirectory {
  return PeopleDirectory.fromJSON(
    (rows as { roles: [string, string | null, number, Span][]; mentions: [number, number, Span, number, number][] }[]).map((p) => ({
      ...p,
      roles: p.roles.map(([role, date, doc, span]) => ({ role, date, doc, sentence: textOf(docs[doc]!, span) })),
      mentions: p.mentions.map(([doc, passage, span, defining, full]) => ({ doc, passage, sentence: textOf(docs[doc]!, span), defining: defining === 1, full: full === 1 })),
    })),
  );
}

function packEvents(events: TimelineEvent[], docs: Document[]): unknown {
  return events.map((e) => ({
    ...e,
    text: e.text === e.sources[0]?.sentence ? 0 : e.text,
    sources: e.sources.map((s) => [s.doc, s.passage, spanOf(docs[s.doc]!, s.passage, s.sentence)]),
  }));
}

function unpackEvents(rows: unknown[], docs: Document[]): TimelineEvent[] {
  return (rows as (Omit<TimelineEvent, 'text' | 'sources'> & { text: string | 0; sources: [number, number, Span][] })[]).map((e) => {
    const sources = e.sources.map(([doc, passage, span]) => ({ doc, passage, sentence: textOf(docs[doc]!, span) }));
    return { ...e, text: e.text === 0 ? sources[0]!.sentence : e.text, sources };
  });
}

/** Writes checksummed sections: JSON lines, and raw bytes where a line says so. */
class SectionWriter {
  private hash = createHash('sha256');
  bytes = 0;
  constructor(private readonly out: FileHandle) {}

  async raw(buf: Uint8Array): Promise<void> {
    this.hash.update(buf);
    this.bytes += buf.length;
    await this.out.write(buf);
  }

  line(value: unknown): Promise<void> {
    return this.raw(Buffer.from(JSON.stringify(value) + '\n'));
  }

  /** Ends the section: its checksum and length, for the trailer. */
  end(): string {
    const sum = `${this.hash.digest('hex')} ${this.bytes}`;
    this.hash = createHash('sha256');
    this.bytes = 0;
    return sum;
  }
}

/**
 * Layout: a header line; section one (meta, the term index's line and its arrays' bytes, one line per file's
 * documents, people, events); section two (one line per file); a trailer line `END <sha256> <bytes>` for each
 * section. One JSON document a line, so no single string grows past what V8 allows at newsroom scale.
 */
export async function saveSnapshot(path: string, dir: string, state: CorpusState, cache: FileCache): Promise<number> {
  // Whatever of the cache is still on disk is read in first: the new file replaces the old.
  await cache.complete();
  const entries = [...cache];
  const meta: Meta = { version: SNAPSHOT_VERSION, dir: resolve(dir), builtAt: state.builtAt.toISOString(), files: [...state.files], skipped: state.skipped, stories: state.stories, entries: entries.length };
  await mkdir(dirname(path), { recursive: true });
  // Written aside and renamed: a crash mid-write never leaves a half snapshot under the real name.
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const out = await open(tmp, 'w');
  let total = 0;
  try {
    await out.write(HEADER);
    const w = new SectionWriter(out);
    await w.line(meta);
    const { meta: indexMeta, arrays } = state.index.terms.toParts();
    await w.line({ ...indexMeta, bytes: arrays.map((a) => a.byteLength) });
    for (const a of arrays) await w.raw(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    for (const [hash, r] of entries) await w.line([hash, packDocs(r)]);
    await w.line(packPeople(state.people, state.docs));
    await w.line(packEvents(state.events, state.docs));
    total += w.bytes;
    const first = w.end();
    for (const [hash, r] of entries) await w.line([hash, packRest(r)]);
    total += w.bytes;
    const second = w.end();
    await out.write(`END ${first} ${second}\n`);
  } finally {
    await out.close();
  }
  await rename(tmp, path);
  return total;
}

export type Loaded = { ok: true; state: CorpusState; cache: FileCache } | { ok: false; reason: string };

interface Trailer {
  line: string;
  first: { sha: string; bytes: number };
  second: { sha: string; bytes: number };
}

/** Header and trailer of a snapshot file, or why it is not one this version can use. */
async function openSnapshot(path: string): Promise<{ fh: FileHandle; trailer: Trailer } | { reason: string }> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch {
    return { reason: 'no snapshot' };
  }
  const size = (await fh.stat()).size;
  const head = Buffer.alloc(Math.min(64, size));
  await fh.read(head, 0, head.length, 0);
  const nl = head.indexOf(10);
  const [magic, version] = head.subarray(0, Math.max(0, nl)).toString('utf8').split(' ');
  const fail = async (reason: string) => {
    await fh.close();
    return { reason };
  };
  if (magic !== MAGIC || nl < 0) return fail('not a snapshot');
  if (Number(version) !== SNAPSHOT_VERSION) return fail(`snapshot version ${version}, expected ${SNAPSHOT_VERSION}`);
  const tail = Buffer.alloc(Math.min(256, size));
  await fh.read(tail, 0, tail.length, size - tail.length);
  const line = tail.toString('latin1').trimEnd().split('\n').pop() ?? '';
  const [end, sha1, bytes1, sha2, bytes2] = line.split(' ');
  const trailer = { line, first: { sha: sha1 ?? '', bytes: Number(bytes1) }, second: { sha: sha2 ?? '', bytes: Number(bytes2) } };
  if (end !== 'END' || HEADER.length + trailer.first.bytes + trailer.second.bytes + line.length + 1 !== size) {
    return fail('checksum mismatch (corrupt or truncated snapshot)');
  }
  return { fh, trailer };
}

async function readSection(fh: FileHandle, at: number, section: { sha: string; bytes: number }): Promise<Buffer | null> {
  const body = Buffer.alloc(section.bytes);
  await fh.read(body, 0, body.length, at);
  return createHash('sha256').update(body).digest('hex') === section.sha ? body : null;
}

/** Reads JSON lines, and raw bytes after a line that gives their lengths. */
class SectionReader {
  at = 0;
  constructor(private readonly body: Buffer) {}
  get done(): boolean {
    return this.at >= this.body.length;
  }
  line(): unknown {
    const nl = this.body.indexOf(10, this.at);
    if (nl < 0) throw new Error('truncated line');
    const value = JSON.parse(this.body.toString('utf8', this.at, nl));
    this.at = nl + 1;
    return value;
  }
  /** Bytes copied out into a typed array of the given kind, so each is aligned and the section can be let go. */
  array(Kind: { new (n: number): ArrayBufferView; BYTES_PER_ELEMENT: number }, bytes: number): ArrayBufferView {
    const a = new Kind(bytes / Kind.BYTES_PER_ELEMENT);
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength).set(this.body.subarray(this.at, this.at + bytes));
    this.at += bytes;
    return a;
  }
}

export async function loadSnapshot(path: string, dir: string): Promise<Loaded> {
  const opened = await openSnapshot(path);
  if ('reason' in opened) return { ok: false, reason: opened.reason };
  const { fh, trailer } = opened;
  let body: Buffer | null;
  try {
    body = await readSection(fh, HEADER.length, trailer.first);
  } finally {
    await fh.close();
  }
  if (!body) return { ok: false, reason: 'checksum mismatch (corrupt or truncated snapshot)' };
  const r = new SectionReader(body);
  let meta: Meta;
  let index: { meta: IndexMeta; arrays: ArrayBufferView[] };
  const cache = new Map<string, FileResult>();
  let peopleRows: unknown[];
  let eventRows: unknown[];
  try {
    meta = r.line() as Meta;
    const indexMeta = r.line() as IndexMeta & { bytes: number[] };
    const kinds = [...ARRAY_KINDS.head, ...indexMeta.segments.flatMap(() => ARRAY_KINDS.segment)];
    if (kinds.length !== indexMeta.bytes.length) throw new Error('index arrays do not match');
    index = { meta: indexMeta, arrays: indexMeta.bytes.map((n, i) => r.array(kinds[i]!, n)) };
    for (let i = 0; i < meta.entries; i++) {
      const [hash, packed] = r.line() as [string, unknown];
      cache.set(hash, unpackDocs(packed));
    }
    peopleRows = r.line() as unknown[];
    eventRows = r.line() as unknown[];
  } catch {
    return { ok: false, reason: 'unreadable snapshot' };
  }
  if (meta.dir !== resolve(dir)) return { ok: false, reason: `snapshot of another folder (${meta.dir})` };
  try {
    const files = new Map(meta.files);
    const results = [...files.values()].map((info) => cache.get(info.hash)).filter((x): x is FileResult => !!x);
    const docs = results.flatMap((x) => x.docs);
    const idx = new PassageIndex(docs, TermIndex.fromParts(index.meta, index.arrays, new Map(docs.map((d) => [d.doc, d]))));
    const state = await assemble(results, meta.skipped, files, null, idx, {
      stories: meta.stories,
      people: unpackPeople(peopleRows, docs),
      events: unpackEvents(eventRows, docs),
    });
    state.builtAt = new Date(meta.builtAt);
    // Section two stays on disk until a reload needs it; it must still be the file this state came from.
    const rest = async () => {
      const again = await openSnapshot(path);
      if ('reason' in again) throw new Error(again.reason);
      try {
        if (again.trailer.line !== trailer.line) throw new Error('the snapshot changed since it was loaded');
        const second = await readSection(again.fh, HEADER.length + trailer.first.bytes, trailer.second);
        if (!second) throw new Error('checksum mismatch');
        const r2 = new SectionReader(second);
        while (!r2.done) {
          const [hash, packed] = r2.line() as [string, unknown];
          const entry = cache.get(hash);
          if (entry) unpackRest(entry, packed);
        }
      } finally {
        await again.fh.close();
      }
    };
    return { ok: true, state, cache: FileCache.pending(cache, rest) };
  } catch (err) {
    return { ok: false, reason: `snapshot could not be restored (${(err as Error).message})` };
  }
}
