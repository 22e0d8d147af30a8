// Turns the files of a corpus folder into cleaned, dated, attributed documents.
import type { Document, SkippedFile } from '../types.js';
import { readDocuments } from '../ingest/pipeline.js';
import type { RawFile } from './read.js';
import { extractMentions, type Mention } from '../people/extract.js';
import { packMentions } from '../people/packed.js';
import { extractEvents, type EventMention } from '../timeline/events.js';
import { storySample } from './stories.js';
import { findAcronyms } from './acronyms.js';
import type { Pace } from '../pace.js';

export interface FileResult {
  docs: Document[];
  skipped?: SkippedFile;
  /** People named in each document, in document order, packed (see people/packed.ts). */
  mentions: string[];
  /** Dated events of each document, in document order. */
  events: EventMention[][];
  /** Shingle samples of each document, to find republished stories. */
  samples: number[][];
  /** Acronyms the file defines, with their expansions. */
  acronyms: [string, string[]][];
}

/** Passages handed to people and date extraction at a time, between two chances to give way. */
const PASSAGES_PER_STEP = 16;

/**
 * The work of one file, as steps: each `yield` is a point where a long file may give way to other events (see
 * ingestFileAsync). The ingestion pipeline (src/ingest/) gives the documents; people and dates are then
 * found passage by passage, so a long article is worked in slices of passages, which gives the same results as
 * one pass.
 */
function* ingestSteps(raw: RawFile): Generator<void, FileResult> {
  const read = yield* readDocuments(raw.file, raw.text);
  if ('reason' in read) return { ...emptyResult(), skipped: { file: raw.file, reason: read.reason } };
  const docs = read.docs;
  const acronyms = new Map<string, Set<string>>();
  for (const d of docs) findAcronyms(d.text, acronyms);
  const mentions: string[] = [];
  const events: EventMention[][] = [];
  const samples: number[][] = [];
  for (const d of docs) {
    const found: Mention[] = [];
    const dated: EventMention[] = [];
    for (let i = 0; i < d.passages.length; i += PASSAGES_PER_STEP) {
      const slice = i === 0 && d.passages.length <= PASSAGES_PER_STEP ? d : { ...d, passages: d.passages.slice(i, i + PASSAGES_PER_STEP) };
      found.push(...extractMentions(slice));
      yield;
      dated.push(...extractEvents(slice));
      yield;
    }
    mentions.push(packMentions(d, found));
    events.push(dated);
    samples.push(storySample(d));
    yield;
  }
  return { docs, mentions, events, samples, acronyms: [...acronyms].map(([k, v]) => [k, [...v]]) };
}

/** Articles of one file; a file with no article text left after cleaning is reported as skipped. */
export function ingestFile(raw: RawFile): FileResult {
  const steps = ingestSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Most working time one file may take (time given way to other events not counted) before it is skipped. */
export const FILE_BUDGET_MS = 60_000;

/**
 * ingestFile, giving way to other events whenever `p` says so, inside the file as between files: a long page
 * never holds up answers. A file that has worked for more than `budgetMs` is given up and skipped with the reason.
 */
export async function ingestFileAsync(raw: RawFile, p: Pace, budgetMs = FILE_BUDGET_MS): Promise<FileResult> {
  const steps = ingestSteps(raw);
  let worked = 0;
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (!p.due()) continue;
    worked += performance.now() - since;
    if (worked > budgetMs) {
      return { ...emptyResult(), skipped: { file: raw.file, reason: `took too long to process (over ${Math.round(budgetMs / 1000)} s of work); split it into smaller files` } };
    }
    await p.pause();
    since = performance.now();
  }
}

export function emptyResult(): FileResult {
  return { docs: [], mentions: [], events: [], samples: [], acronyms: [] };
}
