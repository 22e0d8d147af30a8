// The first Searcher: documents ranked by BM25 over title and text (title boosted) from the term index, then
// the passages of the best documents that carry the query. Case, accent and punctuation folding, a light stem,
// longer forms and near spellings when the exact words find nothing, and acronyms the corpus defines expanded
// both ways.
import type { Document } from '../types.js';
import { terms } from '../text.js';
import { popcount, TermIndex, type TermMatch } from './term-index.js';
import {
  queryConcepts,
  type Concept,
  type Hit,
  type PassagesAbout,
  type Searcher,
  type SearchOptions,
  type SearchResult,
} from './searcher.js';
import type { Pace } from '../pace.js';
import { layeredOver, type GrowingMap } from '../layered-map.js';

/** Documents whose passages are looked at per query: enough for ten shown and a few copies of them. */
const DOCS_EXAMINED = 15;
/**
 * New documents a reload that also removes or changes some adds as a segment; more build the index again. A reload
 * that only adds documents adds them as one segment however many they are (see update).
 */
const ADD_IN_PLACE = 200;

export class TermSearcher implements Searcher {
  /** The index it ranks from: what a snapshot stores. */
  readonly terms: TermIndex;
  /** The documents searched, in corpus order. */
  private readonly documents: Document[];
  /** Each document's place in the corpus: equal scores rank in corpus order. */
  private readonly position: GrowingMap<Document, number>;

  /** `position`, when given, is each of `docs`' place (the caller's to hand over): otherwise worked out here. */
  constructor(docs: Document[], terms: TermIndex, position?: GrowingMap<Document, number>) {
    this.documents = docs;
    this.position = position ?? new Map(docs.map((d, i) => [d, i]));
    this.terms = terms;
  }

  static async build(docs: Document[], pace?: Pace): Promise<TermSearcher> {
    return new TermSearcher(docs, await TermIndex.build(docs, pace));
  }

  /**
   * The searcher for a new set of documents. A few changes are made to a copy of this index (its segments
   * shared): removed or changed documents are marked dead, new ones added as a small segment. Many changes, or
   * segments and dead documents piled up, build a new index, giving way as it goes. This one is left as it was.
   */
  async update(docs: Document[], pace?: Pace): Promise<TermSearcher> {
    // Only added after this one's documents (the usual reload): the new ones go in as one segment, and their places
    // are layered over this searcher's, instead of every document's looked at again. However many are added: an
    // index built again tokenises every article, twice, on the thread that answers (at 10,000 articles and 2,000
    // more, most of a reload's work there and of the garbage it left to collect).
    const before = this.documents;
    if (docs.length >= before.length && before.every((d, i) => docs[i] === d) && !this.terms.wornAfter(0)) {
      const next = await this.terms.copy(pace);
      const added = docs.slice(before.length);
      await next.add(added, pace);
      const position = await layeredOver(this.position, pace);
      added.forEach((d, i) => position.set(d, before.length + i));
      return new TermSearcher(docs, next, position);
    }
    // Unchanged files keep their Document objects, so identity tells what came and what went.
    const now = new Set(docs);
    const removed = this.documents.filter((d) => !now.has(d)).map((d) => d.doc);
    const added = docs.filter((d) => !this.position.has(d));
    if (added.length > ADD_IN_PLACE || this.terms.wornAfter(removed.length)) return TermSearcher.build(docs, pace);
    const next = await this.terms.copy(pace);
    next.remove(removed);
    await next.add(added, pace);
    return new TermSearcher(docs, next);
  }

  /**
   * Passages for a query, best first. Every concept must match where some document matches them all;
   * otherwise documents matching at least `minShare` of the concepts are used. `documents` counts every
   * matching document; passages are ranked within the best of them.
   */
  search(q: string, acronyms: Map<string, Set<string>>, opts: SearchOptions = {}): SearchResult {
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
        for (const t of new Set(terms(passage.text)))
          if (t !== term && !/^\d+$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
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
  searchConcepts(concepts: Concept[], opts: SearchOptions = {}): SearchResult {
    if (concepts.length === 0) return { hits: [], concepts, documents: 0 };
    // Exact words first; longer forms and near spellings only when they find nothing: most queries are spelt
    // right, and expanding each word into many is the costliest part of a search. Words of an acronym's
    // expansion are matched exactly.
    const expand = (loose: boolean) =>
      concepts.map((c) => c.alternatives.map((alt) => alt.map((t) => this.terms.expand(t, loose && alt.length === 1))));
    const exact = expand(false);
    let loose: TermMatch[][][][] | null = null;
    const attempt = (need: number) => {
      const found = this.terms.match(exact, need);
      if (found.total) return { found, used: exact };
      loose ??= expand(true);
      return { found: this.terms.match(loose, need), used: loose };
    };
    // A question ranks every document meeting enough of it: one that misses a word may still hold the answer.
    let { found, used } = attempt(
      opts.partial ? Math.max(1, Math.ceil(concepts.length * (opts.minShare ?? 0.5))) : concepts.length,
    );
    if (found.total === 0 && concepts.length > 1)
      ({ found, used } = attempt(Math.max(1, Math.ceil(concepts.length * (opts.minShare ?? 0.5)))));
    const keep = opts.keep;
    const matched = keep ? found.docs.filter((m) => keep(this.terms.slotDocs[m.slot]!)) : found.docs;
    const best = topByScore(matched, DOCS_EXAMINED);
    const hits: (Hit & { at: number })[] = [];
    for (const m of best) {
      const d = this.terms.slotDocs[m.slot]!;
      const doc = this.position.get(d);
      if (doc === undefined) continue;
      // Which passages hold which concepts, and how many query terms each holds.
      const present = new Map<number, { bits: number; count: number }>();
      used.forEach((alternatives, ci) => {
        for (const alt of alternatives)
          for (const word of alt)
            for (const t of word) {
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
        hits.push({ doc: d.doc, at: doc, n, score });
      }
    }
    hits.sort((a, b) => b.score - a.score || a.at - b.at || a.n - b.n);
    const shown = hits.slice(0, opts.limit ?? 200).map(({ doc, n, score }) => ({ doc, n, score }));
    return { hits: shown, concepts, documents: keep ? matched.length : found.total };
  }

  /**
   * Passages that hold every concept (each by some alternative's every term), from the index's passage lists: what
   * a sentence says its passage holds, so a passage without the terms rules out its sentences unread. `each` goes
   * from the documents holding the terms to their passages that hold them: what a topic filter then reads scales
   * with them, not with every passage or event.
   */
  passagesAbout(concepts: Concept[]): PassagesAbout {
    const ids = concepts.map((c) =>
      c.alternatives.map((alt) => alt.map((t) => this.terms.expand(t, false)[0]?.id ?? -1)),
    );
    // Which documents hold each term, looked at first: most events of a date window are told where the topic is not.
    const holders = new Map<number, Uint8Array>();
    for (const id of new Set(ids.flat(2))) if (id >= 0) holders.set(id, this.terms.holders(id));
    let slot = -1;
    const heldBy = (id: number) => id >= 0 && holders.get(id)![slot] === 1;
    // Whether passage `at` of the document in `here` holds every concept (each by some alternative's every term).
    const passageHolds = (here: number, at: number) =>
      ids.every((alternatives) =>
        alternatives.some((alt) => alt.every((id) => id >= 0 && this.terms.holdsIn(here, id, at))),
      );
    return {
      inDocument: (doc) => {
        const here = this.terms.slotOfDoc(doc) ?? -1;
        if (here < 0) return () => true;
        // A document missing a concept altogether rules out its passages unread.
        slot = here;
        if (!ids.every((alternatives) => alternatives.some((alt) => alt.every(heldBy)))) return () => false;
        return (at) => passageHolds(here, at);
      },
      each: (visit) => {
        if (ids.length === 0) return;
        const slots = this.terms.slotDocs.length;
        const only = ids.length === 1 && ids[0]!.length === 1 && ids[0]![0]!.length === 1 ? ids[0]![0]![0]! : -1;
        if (only >= 0) {
          // One term: its passages, as the index lists them (ascending), in each document holding it.
          const holding = holders.get(only)!;
          for (slot = 0; slot < slots; slot++) {
            const d = this.terms.slotDocs[slot];
            if (!d || holding[slot] !== 1) continue;
            const passages = Array.from(this.terms.passagesOf(slot, only));
            if (passages.length) visit(d.doc, passages);
          }
          return;
        }
        for (slot = 0; slot < slots; slot++) {
          const d = this.terms.slotDocs[slot];
          // A document holding every concept somewhere; then its passages holding the first, tested for the rest.
          if (!d || !ids.every((alternatives) => alternatives.some((alt) => alt.every(heldBy)))) continue;
          const found = new Set<number>();
          for (const alt of ids[0]!) {
            if (!alt.every(heldBy)) continue;
            // An alternative without terms holds everywhere, as `inDocument` takes it.
            const ns = alt.length
              ? this.terms.passagesOf(slot, alt[0]!)
              : d.passages.filter((p) => !p.aside).map((p) => p.n);
            for (const n of ns) found.add(n);
          }
          const passages: number[] = [];
          for (const n of [...found].sort((a, b) => a - b)) if (passageHolds(slot, n)) passages.push(n);
          if (passages.length) visit(d.doc, passages);
        }
      },
    };
  }
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
