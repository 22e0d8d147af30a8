// The inverted index: for each term, the documents that hold it (in slot order), its frequency in their title
// and text (BM25 weights, title boosted, are worked out from them at query time), and the passages of each
// document that hold it. Kept in typed arrays, so a query adds up a few thousand numbers instead of walking maps,
// and a snapshot stores it as bytes.
//
// Documents are added in segments (the first build is one; each reload that brings new files adds a small one)
// and removed by marking their slot dead; when small segments or dead slots pile up the whole index is rebuilt.
// The vocabulary is MiniSearch's radix tree (SearchableMap), for prefix and near-spelling lookups.
import SearchableMap from 'minisearch/SearchableMap';
import type { Document } from '../types.js';
import { tokenize } from '../text.js';
import { MAX_CONCEPTS, processTerm } from './searcher.js';
import { NEVER, type Pace } from '../pace.js';
import { LayeredMap, layeredOver, type GrowingMap } from '../layered-map.js';

const K = 1.2;
const B = 0.7;
const D = 0.5;
const TITLE_BOOST = 1.5;
const FUZZY_WEIGHT = 0.3;
const PREFIX_WEIGHT = 0.5;

/**
 * Postings of a run of documents. Term frequencies rather than weights are stored, so that the weight of a
 * posting always uses the current average lengths: segments built at different times score alike.
 */
interface PostingSegment {
  /** Terms with an id below this have their postings at termStart[id]..termStart[id+1]. */
  terms: number;
  termStart: Int32Array;
  slots: Int32Array;
  titleTf: Uint16Array;
  textTf: Uint16Array;
  passStart: Int32Array;
  /** Passage numbers: 32-bit, as a very long article (a large file on one line) can have more than 65,535. */
  passages: Uint32Array;
}

const MAX_TF = 65535;

/** A query term as the index knows it: a term id, and how much a match on it counts (1 exact, less if near). */
export interface TermMatch {
  id: number;
  term: string;
  factor: number;
}

interface MatchedDoc {
  slot: number;
  score: number;
  /** Bit i set when the document satisfies concept i. */
  mask: number;
}

interface Counts {
  titleLen: number;
  textLen: number;
  /** term -> [title tf, text tf, passages...] */
  terms: Map<string, number[]>;
}

function countTerms(d: Document): Counts {
  const terms = new Map<string, number[]>();
  let titleLen = 0;
  let textLen = 0;
  for (const raw of tokenize(d.title)) {
    const t = processTerm(raw);
    if (!t) continue;
    titleLen++;
    const e = terms.get(t);
    if (e) e[0]!++;
    else terms.set(t, [1, 0]);
  }
  for (const p of d.passages) {
    // An aside (a byline, a results row) is read for names only: never a hit.
    if (p.aside) continue;
    for (const raw of tokenize(p.text)) {
      const t = processTerm(raw);
      if (!t) continue;
      textLen++;
      let e = terms.get(t);
      if (!e) terms.set(t, (e = [0, 0]));
      e[1]!++;
      if (e.length === 2 || e[e.length - 1] !== p.n) e.push(p.n);
    }
  }
  return { titleLen, textLen, terms };
}

export class TermIndex {
  terms: string[] = [];
  /** Term -> id: layered, so a copy shares the ids of the index it was copied from (see LayeredMap). */
  private ids: LayeredMap<string, number> = LayeredMap.of();
  /** Live documents holding each term. */
  df: Int32Array = new Int32Array(1024);
  segments: PostingSegment[] = [];
  /** The document in each slot; null once removed. */
  slotDocs: (Document | null)[] = [];
  /** Article id -> slot: layered over the index this one was copied from, until a removal needs one of its own. */
  private slotOf: GrowingMap<string, number> = new Map<string, number>();
  private dead = 0;
  private titleTotal = 0;
  private textTotal = 0;
  /** Title and text length (in terms) of each slot. */
  private titleLen: Int32Array = new Int32Array(0);
  private textLen: Int32Array = new Int32Array(0);
  private vocab: SearchableMap<number> | null = null;
  // Per-query scratch, reused: a slot is fresh for query q when stamp[slot] !== q.
  private stamp = new Int32Array(0);
  private mask = new Uint32Array(0);
  private score = new Float64Array(0);
  private touched = new Int32Array(0);
  private queryNo = 0;
  private norms: { key: string; title: Float64Array; text: Float64Array } | null = null;

  get live(): number {
    return this.slotDocs.length - this.dead;
  }

  /** A new index over documents, giving way to other events as it goes (nothing else can see it yet). */
  static async build(docs: Document[], pace: Pace = NEVER): Promise<TermIndex> {
    const index = new TermIndex();
    await index.add(docs, pace);
    return index;
  }

  /** Whether, after removing this many documents and adding a segment, one rebuild would beat carrying them. */
  wornAfter(removing: number): boolean {
    return this.segments.length + 1 > 12 || this.dead + removing > 0.25 * Math.max(1, this.slotDocs.length);
  }

  /**
   * Adds documents as one new segment. With a pace it gives way between documents, so only an index nothing
   * serves from may be given one; an index in service is updated without (in one synchronous step).
   */
  async add(docs: Document[], pace: Pace = NEVER): Promise<void> {
    if (docs.length === 0) return;
    const from = this.slotDocs.length;
    this.reserve(from + docs.length);
    // Two passes over the documents: the first counts, so that the segment's arrays are made once at their
    // final size, and the second fills them. Tokenising twice costs less here than holding every posting twice.
    let postCount: Int32Array = new Int32Array(this.terms.length + 1024);
    let passCount: Int32Array = new Int32Array(postCount.length);
    let postings = 0;
    let passages = 0;
    for (const [i, d] of docs.entries()) {
      if (pace.due()) await pace.pause();
      const slot = from + i;
      const c = countTerms(d);
      this.slotDocs.push(d);
      this.slotOf.set(d.doc, slot);
      this.titleTotal += this.titleLen[slot] = c.titleLen;
      this.textTotal += this.textLen[slot] = c.textLen;
      for (const [term, e] of c.terms) {
        const id = this.idFor(term);
        if (id >= postCount.length) [postCount, passCount] = [grown(postCount, id), grown(passCount, id)];
        this.df[id]!++;
        postCount[id]!++;
        passCount[id]! += e.length - 2;
        postings++;
        passages += e.length - 2;
      }
    }
    const terms = this.terms.length;
    const seg: PostingSegment = {
      terms,
      termStart: new Int32Array(terms + 1),
      slots: new Int32Array(postings),
      titleTf: new Uint16Array(postings),
      textTf: new Uint16Array(postings),
      passStart: new Int32Array(postings + 1),
      passages: new Uint32Array(passages),
    };
    // Where each term's postings, and its passages, begin; then filled in slot order.
    const nextPost = new Int32Array(terms);
    const nextPass = new Int32Array(terms);
    for (let id = 0, p = 0, q = 0; id < terms; id++) {
      seg.termStart[id] = nextPost[id] = p;
      nextPass[id] = q;
      p += postCount[id]!;
      q += passCount[id]!;
    }
    seg.termStart[terms] = postings;
    seg.passStart[postings] = passages;
    for (const [i, d] of docs.entries()) {
      if (pace.due()) await pace.pause();
      for (const [term, e] of countTerms(d).terms) {
        const id = this.ids.get(term)!;
        const p = nextPost[id]!++;
        seg.slots[p] = from + i;
        seg.titleTf[p] = Math.min(e[0]!, MAX_TF);
        seg.textTf[p] = Math.min(e[1]!, MAX_TF);
        seg.passStart[p] = nextPass[id]!;
        for (let k = 2; k < e.length; k++) seg.passages[nextPass[id]!++] = e[k]!;
      }
    }
    this.segments.push(seg);
  }

  /** Room for per-slot lengths up to n slots. */
  private reserve(n: number): void {
    if (this.titleLen.length >= n) return;
    const size = Math.max(1024, n * 2);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.titleLen = grow(this.titleLen);
    this.textLen = grow(this.textLen);
  }

  /**
   * An index of its own with the same content, to change while this one serves on, unchanged. Segments are
   * shared: one never changes once made. The vocabulary's radix tree is made again when first needed. Its maps
   * are copied in slices, giving way between them when `pace` says so.
   */
  async copy(pace: Pace = NEVER): Promise<TermIndex> {
    const c = new TermIndex();
    c.terms = this.terms.slice();
    c.ids = await this.ids.extend(pace);
    c.df = this.df.slice();
    c.segments = this.segments.slice();
    c.slotDocs = this.slotDocs.slice();
    c.slotOf = await layeredOver(this.slotOf, pace);
    c.dead = this.dead;
    c.titleTotal = this.titleTotal;
    c.textTotal = this.textTotal;
    c.titleLen = this.titleLen.slice();
    c.textLen = this.textLen.slice();
    return c;
  }

  /** Marks documents removed; their postings are skipped until the next rebuild. */
  remove(ids: string[]): void {
    if (ids.length === 0) return;
    // A layered map cannot forget an entry of a layer it shares: the slots become a map of this index's own.
    const slotOf = this.slotOf instanceof Map ? this.slotOf : (this.slotOf = new Map(this.slotOf));
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      const d = this.slotDocs[slot]!;
      const c = countTerms(d);
      for (const term of c.terms.keys()) this.df[this.ids.get(term)!]!--;
      this.titleTotal -= c.titleLen;
      this.textTotal -= c.textLen;
      this.slotDocs[slot] = null;
      slotOf.delete(id);
      this.dead++;
    }
  }

  slotOfDoc(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  private idFor(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
      this.vocab?.set(term, id);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /**
   * The index terms a query term stands for. Exact: the term itself. Loose: also longer forms (4+ letters) and
   * near spellings (5+ letters, about one slip in five letters), each counting for less, as MiniSearch weighs them.
   */
  expand(term: string, loose: boolean): TermMatch[] {
    const exact = this.ids.get(term);
    const out: TermMatch[] = exact !== undefined && this.df[exact]! > 0 ? [{ id: exact, term, factor: 1 }] : [];
    if (!loose) return out;
    const vocab = this.vocabulary();
    const seen = new Set<number>(out.map((m) => m.id));
    if (term.length >= 4) {
      for (const [key, id] of vocab.atPrefix(term)) {
        if (seen.has(id) || this.df[id] === 0) continue;
        seen.add(id);
        out.push({
          id,
          term: key,
          factor: (PREFIX_WEIGHT * key.length) / (key.length + 0.3 * (key.length - term.length)),
        });
      }
    }
    if (term.length >= 5) {
      for (const [key, [id, distance]] of vocab.fuzzyGet(term, Math.round(term.length * 0.2))) {
        if (seen.has(id) || this.df[id] === 0 || distance === 0) continue;
        seen.add(id);
        out.push({ id, term: key, factor: (FUZZY_WEIGHT * key.length) / (key.length + distance) });
      }
    }
    return out;
  }

  /** The radix tree of terms, built on the first prefix or near-spelling lookup and kept up to date after. */
  private vocabulary(): SearchableMap<number> {
    if (!this.vocab) {
      this.vocab = new SearchableMap<number>();
      this.terms.forEach((t, id) => this.vocab!.set(t, id));
    }
    return this.vocab;
  }

  /** How telling a processed term is (its inverse document frequency); a term the index lacks counts as rare. */
  rarity(term: string): number {
    const id = this.ids.get(term);
    return id === undefined || this.df[id] === 0 ? Math.log(1 + this.live) : this.idf(id);
  }

  private idf(id: number): number {
    const df = this.df[id]!;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  private grow(): void {
    const n = this.slotDocs.length;
    if (this.stamp.length >= n) return;
    const size = Math.max(1024, n * 2);
    this.stamp = new Int32Array(size);
    this.mask = new Uint32Array(size);
    this.score = new Float64Array(size);
    this.touched = new Int32Array(size);
    this.queryNo = 0;
  }

  /**
   * Documents matching concepts (concept -> alternatives -> words -> the index terms each word stands for), where
   * a concept is satisfied by any of its alternatives and an alternative by all of its words. Returns every matching document with its summed score and concept mask; `need` is how
   * many concepts a document must satisfy.
   */
  match(concepts: TermMatch[][][][], need: number): { docs: MatchedDoc[]; total: number } {
    this.grow();
    const q = ++this.queryNo;
    const { stamp, mask, score, touched } = this;
    let touchedCount = 0;
    const visit = (slot: number, bit: number, s: number) => {
      if (stamp[slot] !== q) {
        stamp[slot] = q;
        mask[slot] = 0;
        score[slot] = 0;
        touched[touchedCount++] = slot;
      }
      mask[slot]! |= bit;
      score[slot]! += s;
    };
    concepts.slice(0, MAX_CONCEPTS).forEach((alternatives, ci) => {
      const bit = 1 << ci;
      for (const alt of alternatives) {
        if (alt.length === 1) {
          // One word: every document holding it (or a form of it) satisfies the concept.
          for (const m of alt[0]!) {
            const weight = this.idf(m.id) * m.factor;
            this.each(m.id, (slot, w) => visit(slot, bit, weight * w));
          }
          continue;
        }
        // Several words (an expansion of an acronym): documents holding all of them.
        const seen = new Map<number, { words: number; s: number }>();
        alt.forEach((word, j) => {
          for (const m of word) {
            const idf = this.idf(m.id);
            this.each(m.id, (slot, w) => {
              const e = seen.get(slot);
              if (!e) {
                if (j === 0) seen.set(slot, { words: 1, s: idf * w * m.factor });
              } else if (e.words === j) {
                e.words++;
                e.s += idf * w * m.factor;
              } else if (e.words === j + 1) e.s += idf * w * m.factor;
            });
          }
        });
        for (const [slot, e] of seen) if (e.words === alt.length) visit(slot, bit, e.s);
      }
    });
    const docs: MatchedDoc[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i]!;
      const bits = popcount(mask[slot]!);
      // Documents that satisfy more of the query rank above those that satisfy less, as in MiniSearch.
      if (bits >= need) docs.push({ slot, score: score[slot]! * bits, mask: mask[slot]! });
    }
    return { docs, total: docs.length };
  }

  /** Each live document holding a term, with its BM25 weight (title boosted) before idf. */
  private each(id: number, f: (slot: number, weight: number) => void): void {
    const { title, text } = this.lengthNorms();
    for (const seg of this.segments) {
      if (id >= seg.terms) continue;
      const end = seg.termStart[id + 1]!;
      for (let p = seg.termStart[id]!; p < end; p++) {
        const slot = seg.slots[p]!;
        if (this.slotDocs[slot] === null) continue;
        const tt = seg.titleTf[p]!;
        const xt = seg.textTf[p]!;
        f(
          slot,
          (tt ? TITLE_BOOST * (D + (tt * (K + 1)) / (tt + title[slot]!)) : 0) +
            (xt ? D + (xt * (K + 1)) / (xt + text[slot]!) : 0),
        );
      }
    }
  }

  /**
   * BM25's length normalisation of each slot, K(1 - B + B len / average), for title and text: worked out again
   * only when documents come or go, not for every posting of every query.
   */
  private lengthNorms(): { title: Float64Array; text: Float64Array } {
    const n = this.slotDocs.length;
    const key = `${n}:${this.live}:${this.titleTotal}:${this.textTotal}`;
    if (this.norms?.key !== key) {
      const avgTitle = Math.max(this.titleTotal / Math.max(1, this.live), 1);
      const avgText = Math.max(this.textTotal / Math.max(1, this.live), 1);
      const title = new Float64Array(n);
      const text = new Float64Array(n);
      for (let slot = 0; slot < n; slot++) {
        title[slot] = K * (1 - B + (B * this.titleLen[slot]!) / avgTitle);
        text[slot] = K * (1 - B + (B * this.textLen[slot]!) / avgText);
      }
      this.norms = { key, title, text };
    }
    return this.norms;
  }

  /** One byte per slot: 1 where the document in it holds the term (removed ones included: no live document maps to them). */
  holders(id: number): Uint8Array {
    const out = new Uint8Array(this.slotDocs.length);
    for (const seg of this.segments) {
      if (id >= seg.terms) continue;
      const end = seg.termStart[id + 1]!;
      for (let p = seg.termStart[id]!; p < end; p++) out[seg.slots[p]!] = 1;
    }
    return out;
  }

  /** Passage numbers of a document that hold a term (empty when only its title does). */
  passagesOf(slot: number, id: number): Uint32Array {
    const at = this.posting(slot, id);
    return at ? at.seg.passages.subarray(at.seg.passStart[at.p]!, at.seg.passStart[at.p + 1]!) : EMPTY;
  }

  /** Whether a passage of a document holds a term: passagesOf(slot, id).includes(passage), without a new view. */
  holdsIn(slot: number, id: number, passage: number): boolean {
    const at = this.posting(slot, id);
    if (!at) return false;
    const { passages, passStart } = at.seg;
    for (let k = passStart[at.p]!, end = passStart[at.p + 1]!; k < end; k++) if (passages[k] === passage) return true;
    return false;
  }

  /** Where a document's posting for a term is: its segment, and its place there. */
  private posting(slot: number, id: number): { seg: PostingSegment; p: number } | null {
    for (const seg of this.segments) {
      if (id >= seg.terms) continue;
      let lo = seg.termStart[id]!;
      let hi = seg.termStart[id + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = seg.slots[mid]!;
        if (s === slot) return { seg, p: mid };
        if (s < slot) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return null;
  }

  /** What a snapshot stores: the vocabulary and slot table as JSON, the arrays as bytes. */
  toParts(): { meta: IndexMeta; arrays: ArrayBufferView[] } {
    const slots = this.slotDocs.length;
    // Copies of what a later update changes in place, so a snapshot being written stays consistent.
    const arrays: ArrayBufferView[] = [
      this.df.slice(0, this.terms.length),
      this.titleLen.slice(0, slots),
      this.textLen.slice(0, slots),
    ];
    for (const s of this.segments) arrays.push(s.termStart, s.slots, s.titleTf, s.textTf, s.passStart, s.passages);
    return {
      meta: {
        terms: [...this.terms],
        slots: this.slotDocs.map((d) => d?.doc ?? null),
        titleTotal: this.titleTotal,
        textTotal: this.textTotal,
        segments: this.segments.map((s) => s.terms),
      },
      arrays,
    };
  }

  static fromParts(meta: IndexMeta, arrays: ArrayBufferView[], docs: Map<string, Document>): TermIndex {
    const index = new TermIndex();
    meta.terms.forEach((t) => index.idFor(t));
    const [df, titleLen, textLen] = arrays as [Int32Array, Int32Array, Int32Array];
    if (
      df.length !== meta.terms.length ||
      titleLen.length !== meta.slots.length ||
      arrays.length !== 3 + SEGMENT_ARRAYS * meta.segments.length
    ) {
      throw new Error('index arrays do not match');
    }
    index.df.set(df);
    index.titleLen = titleLen;
    index.textLen = textLen;
    meta.slots.forEach((id, slot) => {
      const d = id === null ? null : docs.get(id);
      if (d === undefined) throw new Error(`indexed document ${id} is missing`);
      index.slotDocs.push(d);
      if (d) index.slotOf.set(d.doc, slot);
      else index.dead++;
    });
    index.titleTotal = meta.titleTotal;
    index.textTotal = meta.textTotal;
    meta.segments.forEach((terms, i) => {
      const at = 3 + SEGMENT_ARRAYS * i;
      const [termStart, slots, titleTf, textTf, passStart, passages] = arrays.slice(at, at + SEGMENT_ARRAYS) as [
        Int32Array,
        Int32Array,
        Uint16Array,
        Uint16Array,
        Int32Array,
        Uint32Array,
      ];
      index.segments.push({ terms, termStart, slots, titleTf, textTf, passStart, passages });
    });
    return index;
  }
}

export interface IndexMeta {
  terms: string[];
  slots: (string | null)[];
  titleTotal: number;
  textTotal: number;
  segments: number[];
}

/** The typed-array kinds a snapshot restores, in the order toParts writes them. */
export const ARRAY_KINDS = {
  head: [Int32Array, Int32Array, Int32Array],
  segment: [Int32Array, Int32Array, Uint16Array, Uint16Array, Int32Array, Uint32Array],
} as const;
const SEGMENT_ARRAYS = ARRAY_KINDS.segment.length;

const EMPTY = new Uint32Array(0);

function grown(a: Int32Array, index: number): Int32Array {
  const b = new Int32Array(Math.max(index + 1, a.length * 2));
  b.set(a);
  return b;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
