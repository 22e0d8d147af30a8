// The full-text index: documents ranked by BM25 over title and text (title boosted) from the term index, then
// the passages of the best documents that carry the query. Case, accent and punctuation folding, a light stem,
// longer forms and near spellings when the exact words find nothing, and acronyms the corpus defines expanded
// both ways.
import type { Document } from '../types.js';
import { terms, tokenize } from '../text.js';
import { MAX_CONCEPTS, popcount, processTerm, TermIndex, type TermMatch } from './postings.js';
import type { Pace } from '../pace.js';

export { processTerm };

export interface Hit {
  doc: number;
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
        const start = words.join(' ').slice(0, folded.indexOf(` ${exp} `)).split(' ').filter(Boolean).length;
        exp.split(' ').forEach((_, k) => used.add(start + k));
        concepts.push({ label: exp, terms: termsOf(acr, exp), alternatives: [termsOf(acr), termsOf(exp)] });
      }
    }
  }
  words.forEach((w, i) => {
    if (used.has(i)) return;
    const exps = acronyms.get(w);
    if (exps) concepts.push({ label: w, terms: termsOf(w, ...exps), alternatives: [termsOf(w), ...[...exps].map((e) => termsOf(e))] });
    else concepts.push({ label: w, terms: termsOf(w), alternatives: [termsOf(w)] });
  });
  // The same word twice asks for it once; a very long question is matched on its first concepts.
  const seen = new Set<string>();
  return concepts.filter((c) => !seen.has(c.label) && !!seen.add(c.label) && c.terms.length > 0).slice(0, MAX_CONCEPTS);
}

/** Documents whose passages are looked at per query: enough for ten shown and a few copies of them. */
const DOCS_EXAMINED = 15;
/** New documents a reload adds to the index in service; more are indexed aside, off the hot path. */
const ADD_IN_PLACE = 200;

export interface SearchOptions {
  limit?: number;
  minShare?: number;
  /** Rank every document meeting `minShare` of the concepts, not only those meeting them all (for questions). */
  partial?: boolean;
  /** Only documents (by position) it accepts are ranked and counted, e.g. a date window or a publisher. */
  keep?: (doc: number) => boolean;
}

export class PassageIndex {
  readonly terms: TermIndex;
  private readonly position: Map<Document, number>;

  private readonly docs: Document[];
  private slotOf: Int32Array | null = null;

  constructor(docs: Document[], terms: TermIndex) {
    this.docs = docs;
    this.position = new Map(docs.map((d, i) => [d, i]));
    this.terms = terms;
  }

  /** The index slot of each document, by its place in the corpus (-1 if it is not indexed). */
  slots(): Int32Array {
    this.slotOf ??= Int32Array.from(this.docs, (d) => this.terms.slotOfDoc(d.doc) ?? -1);
    return this.slotOf;
  }

  static async build(docs: Document[], pace?: Pace): Promise<PassageIndex> {
    return new PassageIndex(docs, await TermIndex.build(docs, pace));
  }

  /**
   * The index for a new set of documents. A few changes update this index in place, in one synchronous step (no
   * query sees it half updated): removed or changed documents are marked dead, new ones added as a small
   * segment. Many changes, or segments and dead documents piled up, build a new index aside, giving way as it
   * goes. Either way the old owner must no longer be queried once the new one is returned.
   */
  async update(docs: Document[], removed: string[], added: Document[], pace?: Pace): Promise<PassageIndex> {
    if (added.length > ADD_IN_PLACE || this.terms.wornAfter(removed.length)) return PassageIndex.build(docs, pace);
    this.terms.remove(removed);
    // No pace: nothing else runs until the update is done.
    await this.terms.add(added);
    return new PassageIndex(docs, this.terms);
  }

  /**
   * Passages for a query, best first. Every concept must match where some document matches them all;
   * otherwise documents matching at least `minShare` of the concepts are used. `documents` counts every
   * matching document; passages are ranked within the best of them.
   */
  search(
    q: string,
    acronyms: Map<string, Set<string>>,
    opts: SearchOptions = {},
  ): { hits: Hit[]; concepts: Concept[]; documents: number } {
    return this.searchConcepts(queryConcepts(q, acronyms), opts);
  }

  /** How telling a processed term is across the corpus: rare words say more about what a question asks. */
  rarity(term: string): number {
    return this.terms.rarity(term);
  }

  /**
   * Words that keep company with a processed term in this corpus: the terms most over-represented in (up to
   * `sample`) passages that hold it, each weighed by how rare it is. Learned from the articles themselves, so a
   * question's word meets the words this corpus writes beside it ("worth" beside "billion" and "deal").
   */
  associates(term: string, limit = 4, sample = 80): string[] {
    const id = this.terms.expand(term, false)[0]?.id;
    if (id === undefined) return [];
    const holders = this.terms.holders(id);
    const counts = new Map<string, number>();
    let seen = 0;
    for (let slot = 0; slot < holders.length && seen < sample; slot++) {
      const d = holders[slot] ? this.terms.slotDocs[slot] : null;
      if (!d) continue;
      for (const n of this.terms.passagesOf(slot, id)) {
        const passage = d.passages[n];
        if (!passage) continue;
        seen++;
        for (const t of new Set(terms(passage.text))) if (t !== term && !/^\d+$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
        if (seen >= sample) break;
      }
    }
    // Kept: words in at least a fifth of those passages (and three), ranked by share times rarity.
    const floor = Math.max(3, seen * 0.2);
    return [...counts]
      .filter(([, c]) => c >= floor)
      .map(([t, c]) => ({ t, score: (c / seen) * this.terms.rarity(t) }))
      .sort((a, b) => b.score - a.score || (a.t < b.t ? -1 : 1))
      .slice(0, limit)
      .map((x) => x.t);
  }

  /** As search, for concepts already made (a question's words with the words news writes for them). */
  searchConcepts(concepts: Concept[], opts: SearchOptions = {}): { hits: Hit[]; concepts: Concept[]; documents: number } {
    if (concepts.length === 0) return { hits: [], concepts, documents: 0 };
    // Exact words first; longer forms and near spellings only when they find nothing: most queries are spelt
    // right, and expanding each word into many is the costliest part of a search. Words of an acronym's
    // expansion are matched exactly.
    const expand = (loose: boolean) => concepts.map((c) => c.alternatives.map((alt) => alt.map((t) => this.terms.expand(t, loose && alt.length === 1))));
    const exact = expand(false);
    let loose: TermMatch[][][][] | null = null;
    const attempt = (need: number) => {
      const found = this.terms.match(exact, need);
      if (found.total) return { found, used: exact };
      loose ??= expand(true);
      return { found: this.terms.match(loose, need), used: loose };
    };
    // A question ranks every document meeting enough of it: one that misses a word may still hold the answer.
    let { found, used } = attempt(opts.partial ? Math.max(1, Math.ceil(concepts.length * (opts.minShare ?? 0.5))) : concepts.length);
    if (found.total === 0 && concepts.length > 1) ({ found, used } = attempt(Math.max(1, Math.ceil(concepts.length * (opts.minShare ?? 0.5)))));
    const keep = opts.keep;
    const matched = keep ? found.docs.filter((m) => keep(this.position.get(this.terms.slotDocs[m.slot]!) ?? -1)) : found.docs;
    const best = topByScore(matched, DOCS_EXAMINED);
    const hits: Hit[] = [];
    for (const m of best) {
      const d = this.terms.slotDocs[m.slot]!;
      const doc = this.position.get(d);
      if (doc === undefined) continue;
      // Which passages hold which concepts, and how many query terms each holds.
      const present = new Map<number, { bits: number; count: number }>();
      used.forEach((alternatives, ci) => {
        for (const alt of alternatives) for (const word of alt) for (const t of word) {
          for (const n of this.terms.passagesOf(m.slot, t.id)) {
            const e = present.get(n);
            if (e) {
              e.bits |= 1 << ci;
              e.count++;
            } else present.set(n, { bits: 1 << ci, count: 1 });
          }
        }
      });
      for (const [n, e] of present) {
        const score = m.score * (0.5 + popcount(e.bits) / concepts.length) * (1 + 0.1 * Math.min(e.count, 5));
        hits.push({ doc, n, score });
      }
    }
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc || a.n - b.n);
    return { hits: hits.slice(0, opts.limit ?? 200), concepts, documents: keep ? matched.length : found.total };
  }
}

/**
 * A test of whether a passage holds every concept (each by some alternative's every term), from the index's
 * passage lists: what a sentence says its passage holds, so a passage without the terms rules out its sentences
 * without reading them.
 */
export function passageTest(index: PassageIndex, concepts: Concept[]): (doc: number, passage: number) => boolean {
  const ids = concepts.map((c) => c.alternatives.map((alt) => alt.map((t) => index.terms.expand(t, false)[0]?.id ?? -1)));
  const slots = index.slots();
  // Which documents hold each term, looked at first: most events of a date window are told where the topic is not.
  const holders = new Map<number, Uint8Array>();
  for (const id of new Set(ids.flat(2))) if (id >= 0) holders.set(id, index.terms.holders(id));
  let slot = -1;
  let at = -1;
  const has = (id: number) => id >= 0 && holders.get(id)![slot] === 1 && index.terms.holdsIn(slot, id, at);
  return (doc, passage) => {
    slot = slots[doc] ?? -1;
    at = passage;
    return slot < 0 || ids.every((alternatives) => alternatives.some((alt) => alt.every(has)));
  };
}

/** The k best by score (ties by slot), without sorting everything that matched. */
function topByScore<T extends { score: number; slot: number }>(items: T[], k: number): T[] {
  const top: T[] = [];
  const better = (a: T, b: T) => a.score > b.score || (a.score === b.score && a.slot < b.slot);
  for (const x of items) {
    if (top.length === k && !better(x, top[k - 1]!)) continue;
    let i = Math.min(top.length, k - 1);
    if (top.length < k) top.push(x);
    while (i > 0 && better(x, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = x;
  }
  return top;
}
