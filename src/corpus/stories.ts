// Finds the same story published more than once (syndication, republishing) by shared runs of words.
import type { Document } from '../types.js';
import { tokenize } from '../text.js';
import type { Pace } from '../pace.js';

const SHINGLE = 6;
const SAMPLE = 16; // keep one shingle hash in sixteen: enough to find copies, cheap at newsroom scale

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A sample of the document's six-word shingles: what copies of a story share. Computed once per document. */
export function storySample(doc: Document): number[] {
  const words = tokenize(doc.text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = hash(words.slice(i, i + SHINGLE).join(' '));
    if (h % SAMPLE === 0) out.add(h);
  }
  return [...out];
}

/** A story id per document: documents that share most of their text share an id. */
export async function storyIds(samples: number[][], p: Pace, threshold = 0.6): Promise<number[]> {
  const parent = samples.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const postings = new Map<number, number[]>();
  for (const [i, set] of samples.entries()) {
    if (p.due()) await p.pause();
    for (const h of set) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  }
  // Pairs of documents as one number (a * n + b), for a map cheaper than one keyed by strings.
  const n = samples.length;
  const shared = new Map<number, number>();
  let seen = 0;
  for (const list of postings.values()) {
    if (++seen % 1024 === 0 && p.due()) await p.pause();
    if (list.length < 2 || list.length > 50) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const k = list[a]! * n + list[b]!;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
  }
  for (const [k, count] of shared) {
    const [a, b] = [Math.floor(k / n), k % n];
    const smaller = Math.min(samples[a]!.length, samples[b]!.length);
    if (smaller > 0 && count / smaller >= threshold) parent[find(a)] = find(b);
  }
  return samples.map((_, i) => find(i));
}
