// Candidate sentences for a question: the passages the index ranks best for its words (and the words news writes
// for them), split into sentences and scored by how much of the question each one meets.
import type { CorpusState } from '../corpus/load.js';
import { queryConcepts, type Concept } from '../search/searcher.js';
import { escapeRegExp, passageSentences, terms, tokenize } from '../text.js';
import { sameTerm, wordKey } from '../search/excerpt.js';
import type { Question } from './analyse.js';
import { inflections, related } from './paraphrase.js';
import { isDemonym, sameCountry } from './demonyms.js';

export interface Candidate {
  doc: number;
  passage: number;
  /** The sentence, as the article has it. */
  text: string;
  /** Where in the sentence the question's words matched: [start, end) ranges. */
  matched: [number, number][];
  /** How much of the question it meets, weighted: names count double, paraphrases less than the word itself. */
  score: number;
  /** Share of the question's concepts it meets, 0 to 1. */
  coverage: number;
  /** Rank of the passage in the search. */
  rank: number;
  /** The sentence itself meets the question's verb or asked role, when it has one. */
  keyMet?: boolean;
  /** Its article names what the question names (false when the question names nothing). */
  named?: boolean;
}

interface WeightedConcept {
  /** Per alternative: its terms, the weight of meeting the concept through it, and whether only a word written
   *  capitalised meets it (a name's own word: "Warning" of "Advance Warning" is not "warning them"), or, for the
   *  name's last word, one right after "the" as well ("the front's commander" of the Northern Liberation Front). */
  alternatives: { terms: string[]; weight: number; capital?: 'name' | 'head'; typo?: boolean }[];
  weight: number;
  /** Whether the concept is a name the question gives. */
  name: boolean;
  /** Whether the concept is the question's verb or the role it asks ("scored" of "who scored for Newcastle"). */
  key: boolean;
}

/** The question's concepts, each with the words news uses for the same thing as lesser alternatives, weighted by
 *  how telling the word is in this corpus (a rare word says more than "national" or "team"); names weigh more. */
function questionConcepts(corpus: CorpusState, q: Question): { concepts: Concept[]; weighted: WeightedConcept[] } {
  // How many of each concept's alternatives are the word itself and its forms: they meet it fully, the words news
  // writes for it less. A merged name is all its own.
  const own = new Map<Concept, number>();
  // And how many are the word as the question writes it: only those are met by a near spelling (a typo). The forms
  // made from it are spelt right, and two letters off a long form is another word ("rating" of "creating").
  const asked = new Map<Concept, number>();
  const concepts = mergeNames(
    queryConcepts(q.focus.join(' '), corpus.acronyms).map((c) => {
      const forms = inflections(c.label)
        .map(terms)
        .filter((t) => t.length > 0);
      // "Japanese" is met by "Japan's", and "Japan" by "Japanese", as a word written for it.
      const extra = [...related(c.label), ...sameCountry(c.label)].map(terms).filter((t) => t.length > 0);
      const widened = { ...c, alternatives: [...c.alternatives, ...forms, ...extra] };
      own.set(widened, c.alternatives.length + forms.length);
      asked.set(widened, c.alternatives.length);
      return widened;
    }),
    q.names,
    corpus,
  );
  const names = namesHeld(q);
  const nameWords = new Set([...names.flatMap((n) => tokenize(n)), ...names.map((n) => n.toLowerCase())]);
  // Each name's concept, and the term of the name's last word: "front" of "Northern Liberation Front".
  const heads = new Map<string, string | undefined>(
    names.flatMap((n) => [
      [n.toLowerCase(), terms(n).at(-1)],
      ...tokenize(n).map((w): [string, string | undefined] => [w, terms(n).at(-1)]),
    ]),
  );
  const rarest = Math.log(1 + corpus.docs.length);
  const keyWords = new Set(q.key.flatMap((k) => tokenize(k)));
  const weighted = concepts.map((c) => {
    const full = own.get(c) ?? c.alternatives.length;
    const written = asked.get(c) ?? c.alternatives.length;
    const rarity = Math.min(...(c.terms.length ? c.terms : [c.label]).map((t) => corpus.index.rarity(t)));
    const name = nameWords.has(c.label);
    const head = heads.get(c.label);
    return {
      name,
      key: !name && keyWords.has(c.label),
      weight: (name ? 1.5 : keyWords.has(c.label) ? 1.6 : 1) * (0.5 + Math.min(1, rarity / rarest)),
      alternatives: c.alternatives.map((alt, i) => ({
        terms: alt,
        weight: i < full ? 1 : 0.7,
        typo: i < written,
        capital:
          name && i < full ? (alt.length === 1 && alt[0] === head ? ('head' as const) : ('name' as const)) : undefined,
      })),
    };
  });
  return { concepts, weighted };
}

/** The names an article must hold to answer: not a people's word ("Japanese"), which "Japan's" says as well. */
function namesHeld(q: Question): string[] {
  return q.names.filter((n) => !isDemonym(n));
}

/** A word of a name meets the name alone when it is about as telling as the name's rarest word. */
const TELLING_SHARE = 0.75;

/**
 * The words of one name are one concept, met by any of its telling words: a sentence saying "Okonkwo" names "Marisa
 * Okonkwo" as much as one saying both words; one saying "International" does not name "Contrack International".
 */
function mergeNames(concepts: Concept[], names: string[], corpus: CorpusState): Concept[] {
  const out = [...concepts];
  for (const name of names) {
    const words = new Set(tokenize(name));
    if (words.size < 2) continue;
    const parts = out.filter((c) => words.has(c.label));
    if (parts.length < 2) continue;
    const rarity = (c: Concept) => corpus.index.rarity(c.terms[0] ?? c.label);
    const most = Math.max(...parts.map(rarity));
    const merged: Concept = {
      label: name.toLowerCase(),
      terms: parts.flatMap((c) => c.terms),
      alternatives: parts.filter((c) => rarity(c) >= TELLING_SHARE * most).flatMap((c) => c.alternatives.slice(0, 1)),
    };
    out.splice(out.indexOf(parts[0]!), 1, merged);
    for (const c of parts.slice(1)) out.splice(out.indexOf(c), 1);
  }
  return out;
}

/** What the sentence does not say itself but its passage or headline does ("It took $42.8m" under a headline
 *  naming the film) counts for this much of a concept. */
const CONTEXT_SHARE = 0.3;

/** A sentence (or its main clause, after an opening phrase) that opens on a pronoun or a definite description
 *  refers back: "It took $42.8m", "The 21-year-old told…", "Directed by X, the film was…", and any "the" with up to
 *  three lower-case words before a verb ("The computer giant has sued…", "The festival runs until…"). */
const REFERRING =
  /^(?:[^,]{0,60},\s+)?(?:It|He|She|They|Its|His|Her|Their|This|These|[Tt]he (?:\d+-year-old|(?:\p{Ll}+[\s-]){0,2}?(?:company|firm|group|film|movie|show|album|book|move|deal|government|minister|president|man|woman|player|star|singer|actor|team|club|bank|party|country|city|court|plan|bill|law|suspect|officer|official|agency|ministry)|(?:\p{Ll}[\p{Ll}-]+\s){0,2}\p{Ll}[\p{Ll}-]+(?=\s(?:has|have|had|is|was|are|were|will|would|could|can|said|says|runs|\p{Ll}+ed)\b)))\b/u;

/** What the sentence before a referring sentence names counts for this much: it is what "it" or "he" stands for. */
const ANTECEDENT_SHARE = 0.8;

/** Sentences of the best passages for the question, best first. */
export function candidates(corpus: CorpusState, q: Question, limit = 30, widen = false): Candidate[] {
  const { concepts, weighted } = questionConcepts(corpus, q);
  if (concepts.length === 0) return [];
  // Widened (when nothing answered as asked): each word of the question but names also meets the words this corpus
  // writes beside it, learned from its passages ("worth" beside "billion"), as lesser alternatives.
  if (widen) {
    const nameWords = new Set(namesHeld(q).flatMap((n) => tokenize(n)));
    concepts.forEach((c, i) => {
      if (nameWords.has(c.label) || c.terms.length !== 1) return;
      const learned = corpus.index.associates(c.terms[0]!, 3).map((t) => [t]);
      c.alternatives.push(...learned);
      weighted[i]!.alternatives.push(...learned.map((terms) => ({ terms, weight: 0.5 })));
    });
  }
  return rank(corpus, q, concepts, weighted, limit);
}

/** Sentences of the best passages for these concepts, best first. */
function rank(
  corpus: CorpusState,
  q: Question,
  concepts: Concept[],
  weighted: WeightedConcept[],
  limit: number,
): Candidate[] {
  let { hits } = corpus.index.searchConcepts(concepts, { limit, minShare: 0.5, partial: true });
  const total = weighted.reduce((n, c) => n + c.weight, 0);
  const match = matcher(weighted);
  // The last word of each name the question gives ("Mubanga", "Fockers"), to tell the articles that name it.
  // And its rarest word in this corpus, when that is another ("Xerox" of "Rank Xerox South Africa", "Volvo" of
  // "Volvo Women's Open"): an article saying "South Africa" or "Open" alone is about something else.
  const nameKeys = namesHeld(q)
    .flatMap((n) => {
      // Looked up as the index keeps it (folded, stemmed); a stopword ("Marks and Spencer") tells nothing.
      const rarity = (w: string) => corpus.index.rarity(terms(w)[0]!);
      const words = n.split(/\s+/).filter((w) => w.length > 2 && terms(w).length > 0);
      const rarest = words.reduce<string | null>(
        (best, w) => (best === null || rarity(w) > rarity(best) ? w : best),
        null,
      );
      const last = n.split(/\s+/).pop()!;
      return rarest && rarest !== last ? [last, rarest] : [last];
    })
    .filter((k) => k.length > 2)
    .map(nameKey);
  const namedIn = new Map<number, boolean>();
  const isNamed = (at: number) => {
    let named = namedIn.get(at);
    if (named === undefined) namedIn.set(at, (named = nameKeys.every((k) => k(corpus.docs[at]!.text))));
    return named;
  };
  // When no passage found is of an article naming what the question names ("Where is the SAP Open held?" finds
  // every "hold"), the articles naming it are searched for by the names alone.
  const names = concepts.filter((_, i) => weighted[i]!.name);
  if (
    nameKeys.length &&
    names.length &&
    names.length < concepts.length &&
    !hits.some((h) => isNamed(corpus.byId.get(h.doc)!))
  )
    hits = [...hits, ...corpus.index.searchConcepts(names, { limit, minShare: 1, partial: true }).hits];
  const titles = new Map<number, boolean[]>();
  const years = q.focus.filter((w) => /^(?:1[89]|20)\d{2}$/.test(w));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  hits.forEach((h, rank) => {
    const at = corpus.byId.get(h.doc)!;
    const d = corpus.docs[at]!;
    const p = d.passages[h.n];
    if (!p || p.aside) return;
    // A year the question asks about ("in 2023") must be the article's or be said around the sentence.
    if (years.length && !years.some((y) => d.date?.startsWith(y) || p.text.includes(y))) return;
    // An article that never names what the question names is about something else.
    const named = isNamed(at);
    let titleMet = titles.get(at);
    if (!titleMet) titles.set(at, (titleMet = articleMet(d, weighted, match)));
    // The headline is not a sentence that answers: it names a role without the person, a sum without its context.
    const sentences = passageSentences(p).filter((s) => s.text !== d.title && !seen.has(s.text) && !!seen.add(s.text));
    const met = sentences.map((s) => meet(s.text, weighted, match));
    // What the passage (or the headline) says, from its sentences: concepts met anywhere around.
    const around = weighted.map((_, i) => titleMet![i]! || met.some((m) => m.met[i]));
    // A paragraph that opens on "He…" refers to the last sentence of the paragraph before.
    const previousSentence = (doc: typeof d, n: number) => {
      const before = n > 0 ? passageSentences(doc.passages[n - 1]!).pop() : undefined;
      return before ? meet(before.text, weighted, match) : null;
    };
    // The lede of an article often names its subject only in the next sentence ("A British terror suspect held
    // for 33 months… Martin Mubanga claimed…"): the lede borrows what the sentence after it names.
    const lede = h.n === 0 ? 0 : -1;
    let afterLede = met[1] ?? null;
    let ledeContinued = lede === 0 && !!sentences[1] && REFERRING.test(sentences[1].text);
    if (lede === 0 && !afterLede && d.passages[1] && !d.passages[1].aside) {
      const next = passageSentences(d.passages[1])[0];
      if (next) [afterLede, ledeContinued] = [meet(next.text, weighted, match), REFERRING.test(next.text)];
    }
    sentences.forEach((s, k) => {
      const m = met[k]!;
      if (m.score === 0) return;
      const referring = REFERRING.test(s.text);
      const antecedent = referring ? (k > 0 ? met[k - 1]! : previousSentence(d, h.n)) : k === lede ? afterLede : null;
      let context = 0;
      weighted.forEach((c, i) => {
        if (m.met[i]) return;
        // (A lede borrows from the sentence after it only the names, what the story is about, unless that sentence
        // goes on from the lede ("the bureau rated crops" after "the State Plant Cultivation Bureau said"): what it
        // tells happened is its own. "The arrival of US president George W Bush disrupted flights" does not say
        // where "Lufthansa said ... Air Force One landing at Frankfurt" did.)
        if (antecedent?.met[i] && (referring || c.name || ledeContinued)) context += ANTECEDENT_SHARE * c.weight;
        else if (around[i]) context += (referring ? 1.7 * CONTEXT_SHARE : CONTEXT_SHARE) * c.weight;
      });
      out.push({
        doc: at,
        passage: h.n,
        text: s.text,
        matched: m.matched,
        score: ((m.score + context) / total) * (named ? 1 : 0.5),
        keyMet: weighted.some((c) => c.key) && weighted.every((c, i) => !c.key || m.met[i]),
        named: nameKeys.length > 0 && named,
        coverage: m.count / weighted.length,
        rank,
      });
    });
  });
  return out.sort((a, b) => b.score - a.score || a.rank - b.rank);
}

/**
 * What an article says of the question as a whole, for any of its sentences: the concepts its headline meets, and
 * the names its first sentence gives ("Boss Graeme Souness felt Newcastle were never in danger against Heerenveen"
 * is what "An Alan Shearer strike earned them a 2-1 win", further down, is about).
 */
function articleMet(d: CorpusState['docs'][number], weighted: WeightedConcept[], match: Matcher): boolean[] {
  const headline = meet(d.title, weighted, match).met;
  const first = d.passages.find((p) => !p.aside);
  const lede = first ? passageSentences(first).find((s) => s.text !== d.title) : undefined;
  if (!lede) return headline;
  const opening = meet(lede.text, weighted, match).met;
  return headline.map((met, i) => met || (weighted[i]!.name && opening[i]!));
}

/**
 * Whether a text names a name's key word: as a whole word ("Lee" is not met inside "Leeds"), and written capitalised
 * as a name is ("Warning" of "Advance Warning" is not "warning them"; "WARNING" in a headline is).
 */
function nameKey(word: string): (text: string) => boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
  const capital = /^\p{Lu}/u.test(word);
  return (text) => {
    for (const m of text.matchAll(re)) if (!capital || /^\p{Lu}/u.test(m[0])) return true;
    return false;
  };
}

const WORD = /[\p{L}\p{N}]+(?:['’]s)?/gu;

/** The question's terms (concept, alternative, term) each distinct word of the corpus stands for, worked out once per
 *  word and question: words repeat across the sentences looked at, and comparing spellings is the costly part. */
type Matcher = (key: string) => number[];

function matcher(concepts: WeightedConcept[]): Matcher {
  const refs: { term: string; ref: number; loose: boolean }[] = [];
  // Near spellings are for the question's own words (a typo); a word news writes for it is met as written.
  concepts.forEach((c, ci) =>
    c.alternatives.forEach((alt, ai) =>
      alt.terms.forEach((term, ti) => refs.push({ term, ref: (ci << 16) | (ai << 8) | ti, loose: !!alt.typo })),
    ),
  );
  const memo = new Map<string, number[]>();
  const meets = (key: string, r: (typeof refs)[number]) =>
    r.loose ? sameTerm(key, r.term) : key === r.term || (r.term.length >= 4 && key.startsWith(r.term));
  return (key) => {
    let found = memo.get(key);
    if (!found) memo.set(key, (found = refs.filter((r) => meets(key, r)).map((r) => r.ref)));
    return found;
  };
}

/** Which concepts a sentence meets, and where. */
function meet(
  text: string,
  concepts: WeightedConcept[],
  match: Matcher,
): { score: number; count: number; matched: [number, number][]; met: boolean[] } {
  // Per concept and alternative: the terms seen, and where; those written capitalised; and those capitalised or
  // right after "the".
  const seen = new Map<number, [number, number][]>();
  const capitalised = new Map<number, [number, number][]>();
  const definite = new Map<number, [number, number][]>();
  const add = (to: Map<number, [number, number][]>, ref: number, span: [number, number]) => {
    const list = to.get(ref);
    if (list) list.push(span);
    else to.set(ref, [span]);
  };
  for (const m of text.matchAll(WORD)) {
    const key = wordKey(m[0]);
    if (!key) continue;
    const span: [number, number] = [m.index!, m.index! + m[0].length];
    const capital = /^\p{Lu}/u.test(m[0]);
    const afterThe = !capital && /\bthe\s$/i.test(text.slice(Math.max(0, m.index! - 4), m.index!));
    for (const ref of match(key)) {
      add(seen, ref, span);
      if (capital) add(capitalised, ref, span);
      if (capital || afterThe) add(definite, ref, span);
    }
  }
  let score = 0;
  let count = 0;
  const matched: [number, number][] = [];
  const met = concepts.map((c, ci) => {
    let best = 0;
    let where: [number, number][] = [];
    c.alternatives.forEach((alt, ai) => {
      if (alt.weight <= best) return;
      const written = alt.capital === 'head' ? definite : alt.capital ? capitalised : seen;
      const found = alt.terms.map((_, ti) => written.get((ci << 16) | (ai << 8) | ti));
      if (found.every((f) => f && f.length > 0)) [best, where] = [alt.weight, found.flatMap((f) => f!)];
    });
    if (best === 0) return false;
    score += best * c.weight;
    count++;
    matched.push(...where);
    return true;
  });
  return { score, count, matched, met };
}

/** A sentence that reads as a headline or a caption rather than a statement: mostly capitalised words, no verb-like word. */
export function headlineLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return true;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length > 0.6 && !/[.!?]["”’']?$/u.test(text.trim());
}
