// Turns the files of a corpus folder into cleaned, dated, attributed documents.
import type { Document, SkippedFile } from '../types.js';
import { readDocuments } from '../ingest/pipeline.js';
import type { RawFile } from './read.js';
import { PARTS } from './parts.js';
import type { Pace } from '../pace.js';

export interface FileResult {
  docs: Document[];
  skipped?: SkippedFile;
  /** What each corpus part took from each document (part name -> one extract per document, in document order). */
  extracts: Record<string, unknown[]>;
}

/**
 * The work of one file, as steps: each `yield` is a point where a long file may give way to other events (see
 * ingestFileAsync). The ingestion pipeline (src/ingest/) gives the documents; what each needs is then taken by each
 * corpus part (parts.ts), passage by passage where a part works so, giving way between slices.
 */
function* ingestSteps(raw: RawFile): Generator<void, FileResult> {
  const read = yield* readDocuments(raw.file, raw.text);
  if ('reason' in read) return { ...emptyResult(), skipped: { file: raw.file, reason: read.reason } };
  const docs = read.docs;
  // What each corpus part takes from each document (parts.ts).
  const extracts: Record<string, unknown[]> = {};
  for (const part of PARTS) {
    if (!part.extract) continue;
    const list: unknown[] = (extracts[part.name] = []);
    for (const d of docs) list.push(yield* part.extract(d));
    yield;
  }
  return { docs, extracts };
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
const FILE_BUDGET_MS = 60_000;

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
  return { docs: [], extracts: {} };
}
