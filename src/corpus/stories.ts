// Finds the same story published more than once (syndication, republishing) by shared runs of words.
import type { Document } from '../types.js';
import { tokenize } from '../text.js';
import type { Pace } from '../pace.js';
import { lowerBound } from '../bisect.js';

const SHINGLE = 6;
const SAMPLE = 16; // keep one shingle hash in sixteen: enough to find copies, cheap at newsroom scale
/** A sample shared by more documents than this is boilerplate, not a story: it links none of them. */
const COMMON = 50;
const THRESHOLD = 0.6;
/** Documents are numbered below 2^21 (see placeKey): (hash, doc) packs exactly into one double. */
const DOCS = 2 ** 21;

/** FNV-1a (32 bits) of the shingle at word i, its words joined by spaces, without making the joined string. */
function shingleHash(words: string[], i: number): number {
  let h = 2166136261;
  for (let k = i; k < i + SHINGLE; k++) {
    if (k > i) h = Math.imul(h ^ 32, 16777619);
    const w = words[k]!;
    for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 16777619);
  }
  return h >>> 0;
}

/** A sample of the document's six-word shingles: what copies of a story share. Computed once per document. */
export function storySample(doc: Document): number[] {
  const words = tokenize(doc.text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = shingleHash(words, i);
    if (h % SAMPLE === 0) out.add(h);
  }
  return [...out];
}

/**
 * A story id per document: documents that share most of their text share an id, the number of the first of
 * them. The (sample, document) pairs are kept sorted beside the ids, so that new documents are compared with
 * the others without going over every pair again (see extendStories).
 */
export interface Stories {
  ids: number[];
  /** sample * 2^21 + document, ascending; absent after a snapshot load until prepareStories works them out. */
  readonly pairs?: Float64Array;
}

export async function storyIds(samples: number[][], p: Pace): Promise<Stories> {
  const pairs = await sortedPairsPaced(samples, 0, p);
  const ids = samples.map((_, i) => i);
  await link(ids, samples, pairs, 0, p);
  return { ids, pairs };
}

/**
 * The stories once documents `from` onwards are added (none removed or changed), equal to storyIds over all of
 * them. Null when a sample the earlier documents shared became too common to count, which unlinks them.
 */
export async function extendStories(previous: Stories, samples: number[][], from: number, p: Pace): Promise<Stories | null> {
  const before = previous.pairs ?? (await sortedPairsPaced(samples.slice(0, from), 0, p));
  const pairs = merge(before, await sortedPairsPaced(samples.slice(from), from, p));
  for (let d = from; d < samples.length; d++) {
    if (p.due()) await p.pause();
    for (const h of samples[d]!) {
      const old = count(before, h);
      if (old >= 2 && old <= COMMON && count(pairs, h) > COMMON) return null;
    }
  }
  // Ids as storyIds gives them (the first document of each story), whatever numbering they were saved with.
  const first = new Map<number, number>();
  const ids = previous.ids.map((id, d) => first.get(id) ?? (first.set(id, d), d));
  for (let d = from; d < samples.length; d++) ids.push(d);
  await link(ids, samples, pairs, from, p);
  return { ids, pairs };
}

/** After a snapshot load: the stories with their sorted pairs, worked out again for extensions. */
export async function prepareStories(stories: Stories, samples: number[][], p: Pace): Promise<Stories> {
  if (stories.pairs) return stories;
  return { ids: stories.ids, pairs: await sortedPairsPaced(samples, 0, p) };
}

/** Pairs of documents counted (or samples looked up, or links looked at) between two chances to give way. */
const LINK_STEP = 4096;

/**
 * Joins the stories of documents that share enough samples, counting only pairs whose later document is
 * `from` or after (those before were joined already).
 */
async function link(ids: number[], samples: number[][], pairs: Float64Array, from: number, p: Pace): Promise<void> {
  const n = samples.length;
  const shared = new Map<number, number>();
  // The samples to look at: all of them, or only the new documents' when extending.
  let starts: number[] | null = null;
  if (from > 0) {
    const wanted = new Set<number>();
    for (let d = from; d < n; d++) for (const h of samples[d]!) wanted.add(h);
    starts = [];
    for (const h of wanted) {
      if (starts.length % LINK_STEP === LINK_STEP - 1 && p.due()) await p.pause();
      starts.push(lowerBound(pairs, h * DOCS));
    }
  }
  let [i, g, work] = [0, 0, 0];
  while (starts ? g < starts.length : i < pairs.length) {
    if (starts) i = starts[g++]!;
    // Work counted in pairs of documents: a common sample counts many pairs at once.
    if (++work >= LINK_STEP) {
      work = 0;
      if (p.due()) await p.pause();
    }
    const h = Math.floor(pairs[i]! / DOCS);
    // The end of the sample's run: found by halving when extending (a boilerplate sample may have thousands).
    let j = i + 1;
    if (starts) j = lowerBound(pairs, (h + 1) * DOCS, j);
    else while (j < pairs.length && Math.floor(pairs[j]! / DOCS) === h) j++;
    const size = j - i;
    if (size >= 2 && size <= COMMON && pairs[j - 1]! % DOCS >= from) {
      for (let b = i + 1; b < j; b++) {
        const db = pairs[b]! % DOCS;
        if (db < from) continue;
        work += b - i;
        for (let a = i; a < b; a++) {
          // Pairs of documents as one number (a * n + b), for a map cheaper than one keyed by strings.
          const k = (pairs[a]! % DOCS) * n + db;
          shared.set(k, (shared.get(k) ?? 0) + 1);
        }
      }
    }
    i = j;
  }
  work = 0;
  for (const [k, c] of shared) {
    if (++work % LINK_STEP === 0 && p.due()) await p.pause();
    const [a, b] = [Math.floor(k / n), k % n];
    const smaller = Math.min(samples[a]!.length, samples[b]!.length);
    if (smaller > 0 && c / smaller >= THRESHOLD) join(ids, a, b);
  }
  // Every document takes the id of its story's first document (see join).
  for (let d = 0; d < n; d++) {
    if (d % LINK_STEP === LINK_STEP - 1 && p.due()) await p.pause();
    ids[d] = ids[ids[d]!]!;
  }
}

/**
 * One story from two. `ids` is a forest whose roots are each story's first document (each id is a document at or
 * before the one holding it): the later root goes under the earlier one, and the pass at the end of link sets every
 * document to its root. Looking a root up halves the path it walks.
 */
function join(ids: number[], a: number, b: number): void {
  const root = (x: number) => {
    while (ids[x] !== x) x = ids[x] = ids[ids[x]!]!;
    return x;
  };
  const [ra, rb] = [root(a), root(b)];
  if (ra !== rb) ids[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** Documents whose pairs are sorted at a time (at least), between two chances to give way. */
const SORT_STEP = 512;
/** At most this many parts are merged one after the other: more would copy the growing whole too often. */
const SORT_PARTS = 16;

/** sortedPairs in parts, sorted and merged one at a time, giving way between them: the bot serves meanwhile. */
async function sortedPairsPaced(samples: number[][], first: number, p: Pace): Promise<Float64Array> {
  if (samples.length <= SORT_STEP) return sortedPairs(samples, first);
  const step = Math.max(SORT_STEP, Math.ceil(samples.length / SORT_PARTS));
  let pairs: Float64Array = new Float64Array(0);
  for (let from = 0; from < samples.length; from += step) {
    if (p.due()) await p.pause();
    pairs = merge(pairs, sortedPairs(samples.slice(from, from + step), first + from));
  }
  return pairs;
}

function sortedPairs(samples: number[][], first: number): Float64Array {
  const out = new Float64Array(samples.reduce((n, s) => n + s.length, 0));
  let k = 0;
  samples.forEach((s, d) => {
    for (const h of s) out[k++] = h * DOCS + first + d;
  });
  return out.sort();
}

function merge(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  // A few new pairs among many: each put in place by halving, the runs of `a` between them copied at once.
  if (b.length * 32 < a.length) {
    for (; j < b.length; j++) {
      const at = lowerBound(a, b[j]!, i);
      out.set(a.subarray(i, at), k);
      k += at - i;
      i = at;
      out[k++] = b[j]!;
    }
  }
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  out.set(a.subarray(i), k);
  out.set(b.subarray(j), k + a.length - i);
  return out;
}

/** How many documents hold this sample. */
function count(pairs: Float64Array, h: number): number {
  return lowerBound(pairs, (h + 1) * DOCS) - lowerBound(pairs, h * DOCS);
}

