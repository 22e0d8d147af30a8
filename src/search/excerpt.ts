// Picks the sentences of a passage that best answer a query, and marks the words that matched.
import { fold, passageSentences } from '../text.js';
import { processTerm } from './searcher.js';

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

export function wordKey(word: string): string | null {
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
  return query.length >= 5 && withinEdits(word, query, query.length >= 8 ? 2 : 1);
}

/** Whether a and b are at most k edits apart: the edit-distance table only near its diagonal, stopping early. */
export function withinEdits(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  const INF = k + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= k ? j : INF;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(b.length, i + k);
    cur.fill(INF);
    cur[0] = i <= k ? i : INF;
    let best = cur[0]!;
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = Math.min(v, INF);
      if (cur[j]! < best) best = cur[j]!;
    }
    if (best > k) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! <= k;
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

/**
 * Which query terms a word stands for, worked out once per word for a set of concepts: the same words come back
 * in every sentence, and telling near spellings apart is the costly part.
 */
class TermMatcher {
  private readonly memo = new Map<string, ReadonlySet<string>>();
  private readonly terms: string[];
  constructor(concepts: ConceptTerms) {
    this.terms = [...new Set(concepts.flat(2))];
  }
  of(key: string): ReadonlySet<string> {
    let found = this.memo.get(key);
    if (!found) {
      const terms = this.terms.filter((q) => sameTerm(key, q));
      this.memo.set(key, (found = terms.length ? new Set(terms) : EMPTY));
    }
    return found;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** One matcher per query: its concepts are one object for every passage the query looks at. */
const matchers = new WeakMap<ConceptTerms, TermMatcher>();

function matcherFor(concepts: ConceptTerms): TermMatcher {
  let m = matchers.get(concepts);
  if (!m) matchers.set(concepts, (m = new TermMatcher(concepts)));
  return m;
}

/** A word of a sentence that stands for some query term: where it is, and which terms. */
interface WordHit {
  at: number;
  len: number;
  terms: ReadonlySet<string>;
}

/**
 * Which concepts a sentence satisfies, and the words that satisfy them; with `keys`, also the index terms of all
 * its words (to tell two sentences that say the same thing). One pass over the words, keeping only those that
 * match: most words of most sentences match nothing.
 */
function analyse(text: string, concepts: ConceptTerms, keys: Set<string> | null) {
  const matcher = matcherFor(concepts);
  const hits: WordHit[] = [];
  const present = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const key = wordKey(word);
    if (key === null) continue;
    keys?.add(key);
    const terms = matcher.of(key);
    if (terms.size === 0) continue;
    for (const q of terms) present.add(q);
    // A possessive is highlighted without its 's.
    const possessive =
      word.length > 2 &&
      word[word.length - 1] === 's' &&
      (word[word.length - 2] === "'" || word[word.length - 2] === '’');
    hits.push({ at: m.index, len: possessive ? word.length - 2 : word.length, terms });
  }
  const marked = new Set<WordHit>();
  let satisfied = 0;
  for (const alternatives of concepts) {
    let ok = false;
    for (const alt of alternatives) {
      if (!alt.every((q) => present.has(q))) continue;
      ok = true;
      // Mark every occurrence of the words that satisfy it.
      for (const h of hits) if (!marked.has(h) && alt.some((q) => h.terms.has(q))) marked.add(h);
    }
    if (ok) satisfied++;
  }
  const highlights: [number, number][] = [];
  for (const h of hits) if (marked.has(h)) highlights.push([h.at, h.at + h.len]);
  return { satisfied, highlights };
}

export function highlightsFor(text: string, concepts: ConceptTerms): [number, number][] {
  return analyse(text, concepts, null).highlights;
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
export function bestSentences(
  passages: { text: string; sentences?: number[] }[],
  concepts: ConceptTerms,
  count: number,
): Excerpt[] {
  const candidates: Scored[] = [];
  passages.forEach((p, rank) => {
    for (const s of passageSentences(p)) {
      const words = new Set<string>();
      const a = analyse(s.text, concepts, words);
      if (a.satisfied === 0) continue;
      const figures = /\d/.test(s.text) ? 0.4 : 0;
      const length = s.text.length > 400 || s.text.length < 40 ? -0.3 : 0;
      candidates.push({
        text: s.text,
        satisfied: a.satisfied,
        base: a.satisfied + figures + length - rank * 0.05,
        words,
        highlights: a.highlights,
      });
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
