// The search port: what queries ask of a full-text search, whatever implements it. Documents are named by their
// stable id (Document.doc), never by a position that a reload or a snapshot could change.
import type { Document } from '../types.js';
import type { Pace } from '../pace.js';
import { isStopword, stem, terms, tokenize } from '../text.js';

/** A word as every searcher keeps it and is asked about it: stemmed, or null for a stopword. */
export const processTerm = (term: string): string | null => (isStopword(term) ? null : stem(term));

/** At most this many concepts per query are matched (the term searcher keeps one bit each in a 32-bit mask). */
export const MAX_CONCEPTS = 32;

/** A passage that matched: its document's id, its number in the document, and how well it matched. */
export interface Hit {
  doc: string;
  n: number;
  score: number;
}

/** The concepts of a query: each content word, with the acronym or expansion the corpus pairs it with. */
export interface Concept {
  label: string;
  /** Processed index terms that stand for this concept. */
  terms: string[];
  /** Alternatives that each satisfy the concept: the word itself, an acronym, or every word of an expansion. */
  alternatives: string[][];
}

export interface SearchOptions {
  limit?: number;
  minShare?: number;
  /** Rank every document meeting `minShare` of the concepts, not only those meeting them all (for questions). */
  partial?: boolean;
  /** Only documents it accepts are ranked and counted, e.g. a date window or a publisher. */
  keep?: (doc: Document) => boolean;
}

export interface SearchResult {
  /** Best first; among equal scores, in corpus order. */
  hits: Hit[];
  concepts: Concept[];
  /** Every document that matched, not only those whose passages are given. */
  documents: number;
}

/** Passages about some concepts: a test of one passage, and the way to them all (for a cost that scales with them). */
export interface PassagesAbout {
  /**
   * Whether a passage of one document is about them, asked of the document once and of each passage after: a
   * timeline tests many sources of few documents. A document the searcher does not know passes whole.
   */
  inDocument(doc: string): (passage: number) => boolean;
  /** Each document the searcher holds with passages about them, and those passages (ascending): what `inDocument` accepts. */
  each(visit: (doc: string, passages: readonly number[]) => void): void;
}

export interface Searcher {
  /**
   * Passages for a query, best first. Every concept must match where some document matches them all; otherwise
   * documents matching at least `minShare` of the concepts are used.
   */
  search(q: string, acronyms: Map<string, Set<string>>, opts?: SearchOptions): SearchResult;
  /** As search, for concepts already made (a question's words with the words news writes for them). */
  searchConcepts(concepts: Concept[], opts?: SearchOptions): SearchResult;
  /** How telling a processed term is across the corpus: rare words say more about what a question asks. */
  rarity(term: string): number;
  /** Words that keep company with a processed term in this corpus, most telling first. */
  associates(term: string, limit?: number, sample?: number): string[];
  /** Passages about these concepts: those holding every concept (each by some alternative's every term). */
  passagesAbout(concepts: Concept[]): PassagesAbout;
  /**
   * The searcher for a new set of documents: those it holds already (the same objects) may be kept, the others are
   * gone or new. This one is left as it was and keeps serving until the new one replaces it. With a pace it gives
   * way as it goes.
   */
  update(docs: Document[], pace?: Pace): Promise<Searcher>;
}

const termsOf = (...texts: string[]) => texts.flatMap(terms);

export function queryConcepts(q: string, acronyms: Map<string, Set<string>>): Concept[] {
  const words = tokenize(q).filter((t) => processTerm(t) !== null);
  const concepts: Concept[] = [];
  const used = new Set<number>();
  // An expansion written out in the query ("economic corridor" words) also finds its acronym.
  const folded = ` ${words.join(' ')} `;
  for (const [acr, expansions] of acronyms) {
    for (const exp of expansions) {
      if (exp.split(' ').length > 1 && folded.includes(` ${exp} `)) {
        const start = words
          .join(' ')
          .slice(0, folded.indexOf(` ${exp} `))
          .split(' ')
          .filter(Boolean).length;
        exp.split(' ').forEach((_, k) => used.add(start + k));
        concepts.push({ label: exp, terms: termsOf(acr, exp), alternatives: [termsOf(acr), termsOf(exp)] });
      }
    }
  }
  words.forEach((w, i) => {
    if (used.has(i)) return;
    const exps = acronyms.get(w);
    if (exps)
      concepts.push({
        label: w,
        terms: termsOf(w, ...exps),
        alternatives: [termsOf(w), ...[...exps].map((e) => termsOf(e))],
      });
    else concepts.push({ label: w, terms: termsOf(w), alternatives: [termsOf(w)] });
  });
  // The same word twice asks for it once; a very long question is matched on its first concepts.
  const seen = new Set<string>();
  return concepts.filter((c) => !seen.has(c.label) && !!seen.add(c.label) && c.terms.length > 0).slice(0, MAX_CONCEPTS);
}
