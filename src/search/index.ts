// The full-text index over passages: MiniSearch with case, accent and punctuation folding, a light stem,
// fuzzy and prefix matching for longer words, and acronyms the corpus defines expanded both ways.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Document } from '../types.js';
import { isStopword, stem, tokenize } from '../text.js';
import { sameTerm } from './excerpt.js';

export interface Hit {
  doc: number;
  n: number;
  score: number;
}

export const processTerm = (term: string): string | null => (isStopword(term) ? null : stem(term));

const searchDefaults = {
  boost: { title: 1.5 },
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  prefix: (term: string) => term.length >= 4,
  weights: { fuzzy: 0.3, prefix: 0.5 },
};

export const miniOptions = {
  fields: ['title', 'text'],
  tokenize: (text: string) => tokenize(text),
  processTerm,
  searchOptions: searchDefaults,
};

export function createMiniSearch(): MiniSearch {
  return new MiniSearch(miniOptions);
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

/**
 * Processed terms of each passage, kept for the documents queries look at most. Keyed by the document object:
 * a changed file yields new documents, so nothing stale is ever read back.
 */
const termCache = new Map<Document, Set<string>[]>();
const TERM_CACHE_DOCS = 5000;

function passageTerms(d: Document): Set<string>[] {
  let sets = termCache.get(d);
  if (!sets) {
    sets = d.passages.map((p) => new Set(tokenize(p.text).map(processTerm).filter((t): t is string => !!t)));
    if (termCache.size >= TERM_CACHE_DOCS) termCache.delete(termCache.keys().next().value!);
    termCache.set(d, sets);
  }
  return sets;
}

/**
 * The full-text index. MiniSearch ranks documents (title and text, title boosted, fuzzy and prefix matching);
 * within the best documents, the passages that carry the query are found and ranked. Ranking documents, not
 * every passage, keeps the work per query bounded by the documents shown rather than by the corpus.
 */
/** Documents whose passages are looked at per query: enough for ten shown and a few copies of them. */
const DOCS_EXAMINED = 15;

export class PassageIndex {
  readonly mini: MiniSearch;
  private docs: Document[];
  private byId: Map<string, number>;

  constructor(docs: Document[], mini?: MiniSearch) {
    this.docs = docs;
    this.byId = new Map(docs.map((d, i) => [d.doc, i]));
    if (mini) {
      this.mini = mini;
      return;
    }
    this.mini = createMiniSearch();
    this.mini.addAll(docs.map(row));
  }

  /**
   * The same index for a new set of documents: what was removed or changed is discarded and what is new added,
   * in one synchronous step, so no query ever sees it half updated. The old owner must no longer be queried.
   */
  update(docs: Document[], removed: string[], added: Document[]): PassageIndex {
    const ids = removed.filter((id) => this.mini.has(id));
    if (ids.length) this.mini.discardAll(ids);
    this.mini.addAll(added.map(row));
    return new PassageIndex(docs, this.mini);
  }

  /**
   * Passages for a query, best first. Every concept must match where some document matches them all;
   * otherwise documents matching at least `minShare` of the concepts are used.
   */
  search(q: string, acronyms: Map<string, Set<string>>, opts: { limit?: number; minShare?: number } = {}): { hits: Hit[]; concepts: Concept[]; documents: number } {
    const concepts = queryConcepts(q, acronyms);
    if (concepts.length === 0) return { hits: [], concepts, documents: 0 };
    // Exact matches first; longer forms and near spellings only when they find nothing: most queries are spelt
    // right, and expanding each word into many is the costliest part of a search.
    const exactOnly = { ...searchDefaults, fuzzy: false as const, prefix: false as const };
    const run = (combineWith: 'AND' | 'OR') => {
      const query = { combineWith, queries: concepts.map((c) => c.query) } as Query;
      const found = this.mini.search(query, exactOnly);
      return found.length ? found : this.mini.search(query, searchDefaults);
    };
    let results: SearchResult[] = run('AND');
    let need = concepts.length;
    if (results.length === 0 && concepts.length > 1) {
      need = Math.max(1, Math.ceil(concepts.length * (opts.minShare ?? 0.5)));
      results = run('OR').filter((r) => countConcepts(r, concepts) >= need);
    }
    const hits: Hit[] = [];
    for (const r of results.slice(0, DOCS_EXAMINED)) {
      const doc = this.byId.get(r.id as string);
      if (doc === undefined) continue;
      // Which terms of this document stand for which concept.
      const matched = r.terms;
      const conceptOf = matched.map((t) => concepts.map((c, ci) => (c.terms.some((qt) => sameTerm(t, qt)) ? ci : -1)).filter((ci) => ci >= 0));
      const sets = passageTerms(this.docs[doc]!);
      sets.forEach((set, n) => {
        const present = new Set<number>();
        let count = 0;
        matched.forEach((t, k) => {
          if (set.has(t)) {
            count++;
            for (const ci of conceptOf[k]!) present.add(ci);
          }
        });
        if (present.size === 0) return;
        const score = r.score * (0.5 + present.size / concepts.length) * (1 + 0.1 * Math.min(count, 5));
        hits.push({ doc, n, score });
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, opts.limit ?? 200), concepts, documents: results.length };
  }
}

function row(d: Document) {
  return { id: d.doc, title: d.title, text: d.text };
}

function countConcepts(r: SearchResult, concepts: Concept[]): number {
  const matched = new Set(r.queryTerms);
  return concepts.filter((c) => c.terms.some((t) => matched.has(t))).length;
}
