// Builds a complete, immutable corpus state from a folder: documents, index, stories, people, events.
import type { Document, SkippedFile } from '../types.js';
import { readCorpusDir, type FileIo } from './read.js';
import { ingestFile, type FileResult } from './ingest.js';
import { findAcronyms } from './acronyms.js';
import { storyIds } from './stories.js';
import { PassageIndex } from '../search/index.js';
import { PeopleDirectory } from '../people/directory.js';
import type { Mention } from '../people/extract.js';
import type { EventMention } from '../timeline/events.js';
import { buildTimeline, type TimelineEvent } from '../timeline/timeline.js';

export interface CorpusOptions {
  dir: string;
  maxFileBytes: number;
  /** Seams for tests: the file system, and the function that turns a file into documents. */
  io?: FileIo;
  ingest?: typeof ingestFile;
}

export interface CorpusState {
  docs: Document[];
  byId: Map<string, number>;
  skipped: SkippedFile[];
  /** Content hash of each file read, to tell what a reload changed. */
  fileHashes: Map<string, string>;
  acronyms: Map<string, Set<string>>;
  index: PassageIndex;
  /** Story id per document: republished copies share one. */
  stories: number[];
  people: PeopleDirectory;
  /** Dated events, oldest first. */
  events: TimelineEvent[];
  builtAt: Date;
  buildMs: number;
}

/** What was learned from one file, kept between reloads so unchanged files are not processed again. */
export type FileCache = Map<string, FileResult>;

export async function loadCorpus(opts: CorpusOptions, cache: FileCache = new Map()): Promise<{ state: CorpusState; cache: FileCache }> {
  const started = performance.now();
  const { files, skipped } = await readCorpusDir(opts.dir, { maxFileBytes: opts.maxFileBytes }, opts.io);
  const ingest = opts.ingest ?? ingestFile;
  const next: FileCache = new Map();
  const docs: Document[] = [];
  const mentions: Mention[][] = [];
  const events: EventMention[][] = [];
  const fileHashes = new Map<string, string>();
  for (const f of files) {
    let result = cache.get(f.hash);
    if (!result) {
      try {
        result = ingest(f);
      } catch (err) {
        result = { docs: [], mentions: [], events: [], skipped: { file: f.file, reason: `could not be processed (${(err as Error).message})` } };
      }
    }
    // The same bytes under another name are re-labelled, not re-read.
    if (result.docs[0] && result.docs[0].file !== f.file) result = relabel(result, f.file);
    next.set(f.hash, result);
    fileHashes.set(f.file, f.hash);
    if (result.skipped) skipped.push(result.skipped);
    docs.push(...result.docs);
    mentions.push(...result.mentions);
    events.push(...result.events);
  }
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  const acronyms = new Map<string, Set<string>>();
  for (const d of docs) findAcronyms(d.text, acronyms);
  const state: CorpusState = {
    docs,
    byId: new Map(docs.map((d, i) => [d.doc, i])),
    skipped,
    fileHashes,
    acronyms,
    index: new PassageIndex(docs),
    stories: storyIds(docs),
    people: PeopleDirectory.build(docs, mentions),
    events: buildTimeline(events),
    builtAt: new Date(),
    buildMs: 0,
  };
  state.buildMs = Math.round(performance.now() - started);
  return { state, cache: next };
}

function relabel(result: FileResult, file: string): FileResult {
  const many = result.docs.length > 1;
  return { ...result, docs: result.docs.map((d, n) => ({ ...d, file, doc: many ? `${file}#${n + 1}` : file })) };
}
