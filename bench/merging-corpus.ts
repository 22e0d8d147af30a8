// The timeline of a folder of real articles (one .txt a story, as /work/shared/realnews/reuters), for the merging
// bench and the hand check's sample: the articles and the events a full build gives them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../src/corpus/ingest.js';
import { buildTimeline, type TimelineEvent } from '../src/timeline/timeline.js';
import { extractsOf } from '../src/corpus/load.js';
import { timelinePart } from '../src/corpus/parts/timeline.js';
import { NEVER } from '../src/pace.js';
import type { Document } from '../src/types.js';

export interface MergingCorpus {
  files: number;
  docs: Document[];
  events: TimelineEvent[];
}

/** The first `limit` .txt files of `dir` (by name), ingested, and their timeline. */
export async function mergingCorpus(dir: string, limit = Infinity): Promise<MergingCorpus> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit);
  const perDoc = [];
  const docs: Document[] = [];
  for (const file of files) {
    const r = ingestFile({ file, text: readFileSync(join(dir, file), 'utf8'), hash: file });
    docs.push(...r.docs);
    perDoc.push(...extractsOf(timelinePart, [r]));
  }
  return { files: files.length, docs, events: await buildTimeline(perDoc, NEVER) };
}

/**
 * `n` of the items drawn at random, the same ones for the same seed on every run: each item ranks by a hash of the
 * seed and its key, so an item kept from one build to the next keeps its rank (a rule change that splits or merges
 * some events leaves the rest of the sample as it was).
 */
export function seededSample<T>(items: T[], n: number, seed: number, key: (item: T) => string): T[] {
  return items
    .map((x) => [hash(`${seed}\u0000${key(x)}`), x] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(([, x]) => x);
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** An event's key for sampling: its date and first source. */
export const eventKey = (e: TimelineEvent) => `${e.date}|${e.end ?? ''}|${e.sources[0]!.doc}|${e.sources[0]!.sentence}`;
