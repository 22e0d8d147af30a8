// The full-text index over passages: MiniSearch with case, accent and punctuation folding, a light stem,
// fuzzy and prefix matching for longer words, and acronyms the corpus defines expanded both ways.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Document } from '../types.js';
import { isStopword, stem, tokenize } from '../text.js';

export interface PassageRef {
  doc: number;
  n: number;
}

export interface Hit extends PassageRef {
  score: number;
  /** Index terms of the passage that matched the query. */
  terms: string[];
  /** How many of the query's concepts the passage matched. */
  concepts: number;
}

export const processTerm = (term: string): string | null => (isStopword(term) ? null : stem(term));

const searchDefaults = {
  boost: { title: 1.5 },
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  prefix: (term: string) => term.length >= 4,
  weights: { fuzzy: 0.3, prefix: 0.5 },
};

export function createMiniSearch(): MiniSearch {
  return new MiniSearch({
    fields: ['title', 'text'],
    tokenize: (text: string) => tokenize(text),
    processTerm,
    searchOptions: searchDefaults,
  });
}

/** The concepts of a query: each content word, with the acronym or expansion the corpus pairs it with. */
export interface Concept {
  label: string;
  query: Query;
  /** Processed index terms that stand for this concept. */
  terms: string[];
  /** Alternatives that each satisfy the concept: the word itself, an acronym, or every word of an expansion. */
  alternatives: string[][];
}

const termsOf = (...texts: string[]) => texts.flatMap((t) => tokenize(t)).map(processTerm).filter((t): t is string => !!t);

export function queryConcepts(q: string, acronyms: Map<string, Set<string>>): Concept[] {
  const words = tokenize(q).filter((t) => processTerm(t) !== null);
  const concepts: Concept[] = [];
  const used = new Set<number>();
  // An expansion written out in the query ("economic corridor" words) also finds its acronym.
  const folded = ` ${words.join(' ')} `;
  for (const [acr, expansions] of acronyms) {
    for (const exp of expansions) {
      if (exp.split(' ').length > 1 && folded.includes(` ${exp} `)) {
        const start = words.join(' ').slice(0, folded.indexOf(` ${exp} `)).split(' ').filter(Boolean).length;
        exp.split(' ').forEach((_, k) => used.add(start + k));
        concepts.push({
          label: exp,
          query: { combineWith: 'OR', queries: [acr, { combineWith: 'AND', queries: [exp], prefix: false, fuzzy: false }] },
          terms: termsOf(acr, exp),
          alternatives: [termsOf(acr), termsOf(exp)],
        });
      }
    }
  }
  words.forEach((w, i) => {
    if (used.has(i)) return;
    const exps = acronyms.get(w);
    if (exps) {
      const alts: Query[] = [...exps].map((e) => ({ combineWith: 'AND', queries: [e], prefix: false, fuzzy: false }));
      concepts.push({ label: w, query: { combineWith: 'OR', queries: [w, ...alts] }, terms: termsOf(w, ...exps), alternatives: [termsOf(w), ...[...exps].map((e) => termsOf(e))] });
    } else concepts.push({ label: w, query: w, terms: termsOf(w), alternatives: [termsOf(w)] });
  });
  return concepts;
}

export class PassageIndex {
  readonly mini: MiniSearch;
  readonly refs: PassageRef[] = [];

  constructor(docs: Document[], mini?: MiniSearch, refs?: PassageRef[]) {
    if (mini && refs) {
      this.mini = mini;
      this.refs = refs;
      return;
    }
    this.mini = createMiniSearch();
    const rows: { id: number; title: string; text: string }[] = [];
    docs.forEach((d, doc) => {
      for (const p of d.passages) {
        // The title is indexed once per document, with its first passage, not repeated in every passage.
        rows.push({ id: this.refs.length, title: p.n === 0 ? d.title : '', text: p.text });
        this.refs.push({ doc, n: p.n });
      }
    });
    this.mini.addAll(rows);
  }

  /**
   * Passages for a query, best first. Every concept must match where some passage matches them all;
   * otherwise passages matching at least `minShare` of the concepts are returned.
   */
  search(q: string, acronyms: Map<string, Set<string>>, opts: { limit?: number; minShare?: number } = {}): { hits: Hit[]; concepts: Concept[] } {
    const concepts = queryConcepts(q, acronyms);
    if (concepts.length === 0) return { hits: [], concepts };
    const run = (combineWith: 'AND' | 'OR') =>
      this.mini.search({ combineWith, queries: concepts.map((c) => c.query) } as Query, searchDefaults);
    let results: SearchResult[] = run('AND');
    if (results.length === 0 && concepts.length > 1) {
      const need = Math.max(1, Math.ceil(concepts.length * (opts.minShare ?? 0.5)));
      results = run('OR').filter((r) => countConcepts(r, concepts) >= need);
    }
    const hits = results.slice(0, opts.limit ?? 200).map((r) => ({
      ...this.refs[r.id as number]!,
      score: r.score,
      terms: r.terms,
      concepts: countConcepts(r, concepts),
    }));
    return { hits, concepts };
  }
}

function countConcepts(r: SearchResult, concepts: Concept[]): number {
  const matched = new Set(r.queryTerms);
  return concepts.filter((c) => c.terms.some((t) => matched.has(t))).length;
}
