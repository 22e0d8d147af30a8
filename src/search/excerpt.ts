// Picks the sentences of a passage that best answer a query, and marks the words that matched.
import { sentences, fold } from '../text.js';
import { processTerm } from './index.js';

export interface Excerpt {
  text: string;
  /** [start, end) character ranges of matched words within text. */
  highlights: [number, number][];
}

/** What a query asks for: per concept, the alternative term lists that satisfy it (an acronym, or all words of its expansion). */
export type ConceptTerms = string[][][];

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’]s)?/gu;

/** Index term of each word seen: words repeat across articles, folding and stemming them again does not pay. */
const keys = new Map<string, string | null>();
const KEYS_KEPT = 100_000;

function wordKey(word: string): string | null {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(word, (key = processTerm(fold(word.replace(/['’]s$/u, '').replace(/\./g, '')))));
  }
  return key;
}

/** Whether an index word stands for a query term: equal, a longer form of it, or a one- or two-letter slip. */
export function sameTerm(word: string, query: string): boolean {
  if (word === query) return true;
  if (query.length >= 4 && word.startsWith(query)) return true;
  return query.length >= 5 && Math.abs(word.length - query.length) <= 2 && editDistance(word, query) <= (query.length >= 8 ? 2 : 1);
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

interface Scored {
  text: string;
  satisfied: number;
  base: number;
  words: Set<string>;
  highlights: [number, number][];
}

/** Which concepts a sentence satisfies, and the words that satisfy them. */
function analyse(text: string, concepts: ConceptTerms) {
  const words = [...text.matchAll(WORD)].map((m) => ({ key: wordKey(m[0]), at: m.index!, len: m[0].replace(/['’]s$/u, '').length }));
  const hitWords = new Set<number>();
  let satisfied = 0;
  for (const alternatives of concepts) {
    let ok = false;
    for (const alt of alternatives) {
      const idx = alt.map((q) => words.findIndex((w) => w.key !== null && sameTerm(w.key, q)));
      if (idx.every((i) => i >= 0)) {
        ok = true;
        // Mark every occurrence of the words that satisfy it.
        words.forEach((w, i) => {
          if (w.key && alt.some((q) => sameTerm(w.key!, q))) hitWords.add(i);
        });
      }
    }
    if (ok) satisfied++;
  }
  const highlights = [...hitWords].sort((a, b) => a - b).map((i) => [words[i]!.at, words[i]!.at + words[i]!.len] as [number, number]);
  return { satisfied, highlights, keys: new Set(words.map((w) => w.key).filter((k): k is string => !!k)) };
}

export function highlightsFor(text: string, concepts: ConceptTerms): [number, number][] {
  return analyse(text, concepts).highlights;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/**
 * The best sentences from passages (best passage first), at most `count`: most concepts matched, then facts
 * (figures), preferring sentences unlike those already chosen, so that two excerpts say two different things.
 */
export function bestSentences(passages: string[], concepts: ConceptTerms, count: number): Excerpt[] {
  const candidates: Scored[] = [];
  passages.forEach((p, rank) => {
    for (const s of sentences(p)) {
      const a = analyse(s.text, concepts);
      if (a.satisfied === 0) continue;
      const figures = /\d/.test(s.text) ? 0.4 : 0;
      const length = s.text.length > 400 || s.text.length < 40 ? -0.3 : 0;
      candidates.push({ text: s.text, satisfied: a.satisfied, base: a.satisfied + figures + length - rank * 0.05, words: a.keys, highlights: a.highlights });
    }
  });
  // A sentence that meets far fewer of the query's concepts than the best one does not answer it.
  const most = candidates.reduce((m, c) => Math.max(m, c.satisfied), 0);
  const eligible = candidates.filter((c) => c.satisfied >= Math.ceil(most * 0.6));
  const chosen: Scored[] = [];
  while (chosen.length < count) {
    let best: Scored | null = null;
    let bestValue = -Infinity;
    for (const c of eligible) {
      if (chosen.includes(c)) continue;
      const redundancy = chosen.reduce((m, w) => Math.max(m, overlap(c.words, w.words)), 0);
      const value = c.base - 2 * redundancy;
      if (value > bestValue) [best, bestValue] = [c, value];
    }
    if (!best || (chosen.length > 0 && bestValue <= 0)) break;
    chosen.push(best);
  }
  return chosen.map((c) => ({ text: c.text, highlights: c.highlights }));
}
