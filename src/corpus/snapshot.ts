// The corpus state on disk, with checksums, so that a restart loads it instead of rebuilding.
// A snapshot that is corrupt, of another version or of another folder is refused and rebuilt, never trusted.
//
// Three sections, each with its own checksum. The first is what serving needs, as JSON lines: documents,
// people, events, stories. The second is the term index's arrays, raw and aligned, used in place once read.
// The third is what only a rebuild needs: per file, the people named, dated sentences and story samples; it is
// read when a reload first finds a change, not at start. Sentences everywhere are stored as offsets into their
// document's text, which is stored once. JSON is written in ASCII (other characters as \u escapes): Node
// decodes ASCII bytes many times faster than UTF-8, which made most of a start's time.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { arraysIn, CHUNK, headerOf, openSections, padded, readLines, readSection, SectionWriter } from './sections.js';
import { basename, dirname, join, resolve } from 'node:path';
import type { Document, SkippedFile } from '../types.js';
import type { FileInfo } from './read.js';
import type { FileResult } from './ingest.js';
import { spanOf, textOf, type Span } from './spans.js';
import type { EventMention } from '../timeline/events.js';
import { assemble, FileCache, type CorpusState } from './load.js';
import { PassageIndex } from '../search/index.js';
import { ARRAY_KINDS, TermIndex, type IndexMeta } from '../search/postings.js';
import { PeopleDirectory, withPackedMentions, type Person, type PersonMention } from '../people/directory.js';
import type { TimelineEvent } from '../timeline/timeline.js';

const MAGIC = 'DOSSIER-SNAPSHOT';
/** Bump when the shape of what is saved, or how it is made, changes. */
export const SNAPSHOT_VERSION = 15;
const HEADER = headerOf(MAGIC, SNAPSHOT_VERSION);

interface Meta {
  version: number;
  dir: string;
  builtAt: string;
  files: [string, FileInfo][];
  skipped: SkippedFile[];
  stories: number[];
  /** How many file lines follow the index; then how many lines of people, and of events. */
  entries: number;
  peopleLines: number;
  eventLines: number;
}

/**
 * People and events are written this many to a line: each line is packed, turned into JSON and written while
 * the bot serves, and one line of every person held the event loop for a third of a second at 10k articles.
 */
const ROWS_PER_LINE = 1024;


// Section one, per file: its documents (passages as offsets), acronyms, and why it was skipped.
function packDocs(r: FileResult): unknown {
  return [r.docs.map((d) => ({ ...d, passages: d.passages.map((p) => [p.n, p.start, p.end, p.sentences ?? null]) })), r.acronyms, r.skipped ?? null];
}

function unpackDocs(raw: unknown): FileResult {
  const [docs, acronyms, skipped] = raw as [(Omit<Document, 'passages'> & { passages: [number, number, number, number[] | null][] })[], [string, string[]][], SkippedFile | null];
  return {
    docs: docs.map((d) => ({ ...d, url: d.url ?? null, passages: d.passages.map(([n, start, end, sentences]) => ({ n, start, end, text: d.text.slice(start, end), ...(sentences ? { sentences } : {}) })) })),
    acronyms,
    ...(skipped ? { skipped } : {}),
    mentions: [],
    events: [],
    samples: [],
  };
}

// Section three, per file: mentions (packed already, see people/packed.ts), events, samples.
function packRest(r: FileResult): unknown {
  return [
    r.mentions,
    r.events.map((list, i) => list.map((e) => ({ ...e, sentence: spanOf(r.docs[i]!, e.passage, e.sentence) }))),
    r.samples,
  ];
}

function unpackRest(r: FileResult, raw: unknown): void {
  const [mentions, events, samples] = raw as [string[], (Omit<EventMention, 'sentence'> & { sentence: Span })[][], number[][]];
  r.mentions = mentions;
  r.events = events.map((list, i) => list.map((e) => ({ ...e, sentence: textOf(r.docs[i]!, e.sentence) })));
  r.samples = samples;
}

// People and events, with their sentences as spans. A person's mentions are many: one flat list of numbers,
// five a mention (doc, passage, start, end, flags); a sentence not found in its article is kept aside.
function packPeople(people: Person[], docs: Document[]): unknown {
  return PeopleDirectory.toJSON(people).map((p) => {
    const flat: number[] = [];
    const texts: string[] = [];
    for (const m of p.mentions) {
      const span = spanOf(docs[m.doc]!, m.passage, m.sentence);
      const [start, end] = typeof span === 'string' ? [-1, texts.push(span) - 1] : span;
      flat.push(m.doc, m.passage, start, end, (m.defining ? 1 : 0) | (m.full ? 2 : 0));
    }
    return { ...p, roles: p.roles.map((r) => [r.role, r.date, r.doc, spanOf(docs[r.doc]!, -1, r.sentence)]), mentions: flat, texts };
  });
}

function unpackPeople(rows: unknown[], docs: Document[]): Promise<PeopleDirectory> {
  type Row = Omit<Person, 'roles' | 'mentions' | 'affiliations' | 'docs'> & { roles: [string, string | null, number, Span][]; mentions: number[]; texts: string[]; affiliations: [string, number][]; docs: number[] };
  const people = (rows as Row[]).map(({ texts, mentions: m, ...r }) => {
    const places = new Int32Array(m.length / 5 * 2);
    for (let i = 0, j = 0; i < m.length; i += 5, j += 2) [places[j], places[j + 1]] = [m[i]!, m[i + 1]!];
    const person = { ...r, roles: r.roles.map(([role, date, doc, span]) => ({ role, date, doc, sentence: textOf(docs[doc]!, span) })), affiliations: new Map(r.affiliations), docs: new Set(r.docs) };
    return withPackedMentions(person, places, () => {
      const out: PersonMention[] = [];
      for (let i = 0; i < m.length; i += 5) {
        const [doc, passage, start, end, flags] = [m[i]!, m[i + 1]!, m[i + 2]!, m[i + 3]!, m[i + 4]!];
        out.push({ doc, passage, sentence: start < 0 ? texts[end]! : docs[doc]!.text.slice(start, end), defining: (flags & 1) === 1, full: (flags & 2) === 2 });
      }
      return out;
    });
  });
  return PeopleDirectory.of(people);
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

/**
 * Layout: a header line; section one (meta, the index's vocabulary and array lengths, one line per file's
 * documents, then people and events, `rowsPerLine` to a line); section two (the index arrays); section three (one
 * line per file); a trailer line `END` then `<sha1> <bytes>` for each section. One JSON document a line, so no
 * single string grows past what V8 allows at newsroom scale. (`rowsPerLine` is a seam for tests.)
 */
export async function saveSnapshot(path: string, dir: string, state: CorpusState, cache: FileCache, rowsPerLine = ROWS_PER_LINE): Promise<number> {
  // Whatever of the cache is still on disk is read in first: the new file replaces the old.
  await cache.complete();
  const entries = [...cache];
  // Files in the order of their articles (which may be the order they came, not their names): a load numbers the
  // articles in this order, as people, events and stories do.
  const order = [...new Set([...state.docs.map((d) => d.file), ...state.files.keys()])];
  const files = order.filter((f) => state.files.has(f)).map((f): [string, FileInfo] => [f, state.files.get(f)!]);
  const { people } = state.people;
  const meta: Meta = {
    version: SNAPSHOT_VERSION,
    dir: resolve(dir),
    builtAt: state.builtAt.toISOString(),
    files,
    skipped: state.skipped,
    stories: state.stories.ids,
    entries: entries.length,
    peopleLines: Math.ceil(people.length / rowsPerLine),
    eventLines: Math.ceil(state.events.length / rowsPerLine),
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
    const { meta: indexMeta, arrays } = state.index.terms.toParts();
    await w.line(meta);
    await w.line({ ...indexMeta, bytes: arrays.map((a) => a.byteLength) });
    for (const [hash, r] of entries) await w.line([hash, packDocs(r)]);
    for (let i = 0; i < meta.peopleLines; i++) await w.line(packPeople(people.slice(i * rowsPerLine, (i + 1) * rowsPerLine), state.docs));
    for (let i = 0; i < meta.eventLines; i++) await w.line(packEvents(state.events.slice(i * rowsPerLine, (i + 1) * rowsPerLine), state.docs));
    total += w.bytes;
    sums.push(w.end());
    for (const a of arrays) {
      await w.raw(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      if (padded(a.byteLength) > a.byteLength) await w.raw(new Uint8Array(padded(a.byteLength) - a.byteLength));
    }
    total += w.bytes;
    sums.push(w.end());
    for (const [hash, r] of entries) await w.line([hash, packRest(r)]);
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

export type Loaded = { ok: true; state: CorpusState; cache: FileCache } | { ok: false; reason: string };

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
    if (lines.length === 0) entries = (value as Meta).entries;
    if (lines.length >= 2 && lines.length < 2 + entries) {
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
  let meta: Meta;
  let index: { meta: IndexMeta; arrays: ArrayBufferView[] };
  let peopleRows: unknown[];
  let eventRows: unknown[];
  try {
    if (status !== 'ok') throw new Error('unreadable');
    meta = lines[0] as Meta;
    const indexMeta = lines[1] as IndexMeta & { bytes: number[] };
    const kinds = [...ARRAY_KINDS.head, ...indexMeta.segments.flatMap(() => ARRAY_KINDS.segment)];
    const peopleAt = 2 + meta.entries;
    const eventsAt = peopleAt + meta.peopleLines;
    if (kinds.length !== indexMeta.bytes.length || lines.length !== eventsAt + meta.eventLines) throw new Error('index arrays do not match');
    index = { meta: indexMeta, arrays: arraysIn(raw!, kinds, indexMeta.bytes) };
    if (cache.size !== meta.entries) throw new Error('file lines do not match');
    peopleRows = (lines.slice(peopleAt, eventsAt) as unknown[][]).flat();
    eventRows = (lines.slice(eventsAt) as unknown[][]).flat();
    lines.length = 0;
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
      stories: { ids: meta.stories, pairs: null },
      people: await unpackPeople(peopleRows, docs),
      events: unpackEvents(eventRows, docs),
    });
    state.builtAt = new Date(meta.builtAt);
    // Section three stays on disk until a reload needs it; it must still be the file this state came from.
    const rest = async () => {
      const again = await openSections(path, MAGIC, SNAPSHOT_VERSION);
      if ('reason' in again) throw new Error(again.reason);
      try {
        if (again.trailer.line !== trailer.line) throw new Error('the snapshot changed since it was loaded');
        const status = await readLines(again.fh, trailer.sections[2], (value) => {
          const [hash, packed] = value as [string, unknown];
          const entry = cache.get(hash);
          if (entry) unpackRest(entry, packed);
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
