// The learned person recogniser: a greedy averaged-perceptron BIO tagger over the capitalised words of a sentence
// (see docs/people.md). Features and decoding live here, shared by inference and scripts/train-people.ts.
import { readFileSync } from 'node:fs';
import {
  HONORIFICS,
  PARTICLES,
  PERSON_VERBS,
  ROLE_NOUNS,
  TITLE_WORDS,
  lexiconCountry,
  lexiconNameOrUnknown,
  lexiconTags,
} from './lexicon.js';

export interface TagToken {
  text: string;
  start: number;
  end: number;
}

/** Words (dotted acronyms, initials, hyphenated and apostrophised words), a possessive 's apart, and single punctuation marks. */
// A dash of two hyphens ("Reagan--whose") parts words; one hyphen joins them.
const TAG_TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s|$)|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’]|-(?!-))*|[^\s\p{L}\p{N}]/gu;

export function tagTokens(s: string): TagToken[] {
  const out: TagToken[] = [];
  for (const m of s.matchAll(TAG_TOKEN)) {
    let text = m[0];
    const start = m.index!;
    // Most words end in a letter or digit other than "s": nothing to split off (the regexes below are slow).
    const last = text.charCodeAt(text.length - 1);
    if (text.length === 1 || (last !== 45 && last !== 39 && last !== 8217 && last !== 115 && last !== 83)) {
      out.push({ text, start, end: start + text.length });
      continue;
    }
    // A trailing hyphen or apostrophe ("Shultz' visit") is a mark of its own, not part of the word.
    const trail = /[-'’]+$/u.exec(text);
    let mark: TagToken | null = null;
    if (trail && trail.index > 0) {
      text = text.slice(0, trail.index);
      mark = { text: trail[0], start: start + trail.index, end: start + m[0].length };
    }
    const poss = /['’][sS]$/u.exec(text);
    if (poss && poss.index > 0) {
      out.push({ text: text.slice(0, poss.index), start, end: start + poss.index });
      out.push({ text: text.slice(poss.index), start: start + poss.index, end: start + text.length });
    } else out.push({ text, start, end: start + text.length });
    if (mark) out.push(mark);
  }
  return out;
}

/** Words that end an organisation's name; a capitalised run holding one is rarely a person. */
export const ORG_WORDS = new Set(
  `inc corp co cos ltd plc nv ag sa spa gmbh bv llc lp ab oy asa kk bhd pty group holdings holding industries
  international corporation company companies association union federation club bank banks party council ministry
  committee commission agency authority board brothers securities capital partners motors airlines airways motor
  fund trust exchange institute university college school hospital church army police court government assembly
  parliament senate congress league team fc united city county parish borough township prefecture republic kingdom
  state states office department
  news times post journal press agency radio television tv network systems technologies electric energy oil petroleum
  chemical chemicals steel mining telecom communications services service foundation centre center`.split(/\s+/),
);

let givenNames: Set<string> | null = null;
/** The given-name gazetteer (models/given-names.txt, built by scripts/build-given-names.ts). */
export function given(): Set<string> {
  givenNames ??= new Set(
    readFileSync(new URL('../../models/given-names.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  return givenNames;
}

/** Whether a word starts with a capital: ASCII first, the Unicode test only for other letters. */
const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
const isLowerStart = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
};
const isWord = (w: string) => /^[\p{L}\p{N}]/u.test(w);

const shapes = new Map<string, string>();

/** The token's shape: upper X, lower x, digit d, runs of one kind shortened to two. Words repeat: answers are kept. */
export function shape(w: string): string {
  let out = shapes.get(w);
  if (out !== undefined) return out;
  out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c =
      ch >= 'A' && ch <= 'Z'
        ? 'X'
        : ch >= 'a' && ch <= 'z'
          ? 'x'
          : ch >= '0' && ch <= '9'
            ? 'd'
            : /\p{Lu}/u.test(ch)
              ? 'X'
              : /\p{Ll}/u.test(ch)
                ? 'x'
                : /\p{N}/u.test(ch)
                  ? 'd'
                  : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  if (shapes.size > 100_000) shapes.clear();
  shapes.set(w, out);
  return out;
}

/** Tokens the tagger decides on: capitalised words, and name particles ("bin", "al-", "de"). */
export function isCandidate(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && !w.includes('-'))
    return PARTICLES.has(w) || (/[A-Z]/.test(w) && PARTICLES.has(w.toLowerCase()));
  if ((c >= 97 && c <= 122) || c > 127) {
    if (c > 127 && /^\p{Lu}/u.test(w)) return true;
    const l = w.toLowerCase();
    return PARTICLES.has(l) || /^(?:al|el|ul|ad|ud|bin|abu|abd)-\p{L}/u.test(l);
  }
  return false;
}

/** What a whole document tells of its words, for the features of each mention (computed once per document). */
export interface DocContext {
  /** Words the document also writes in lower case, mid-sentence: common words. */
  lower: Set<string>;
  /** Capitalised words that follow a known given name somewhere in the document. */
  afterGiven: Set<string>;
  /** Capitalised words that follow a title or honorific somewhere in the document. */
  afterTitle: Set<string>;
  /** Capitalised words followed by an organisation word somewhere in the document. */
  inOrg: Set<string>;
}

export function docContext(sentences: TagToken[][]): DocContext {
  const g = given();
  const ctx: DocContext = { lower: new Set(), afterGiven: new Set(), afterTitle: new Set(), inOrg: new Set() };
  // Words in lower case after a given name in lower case: "oscar taveras".
  let lowerNames: string[] | undefined;
  for (const toks of sentences) {
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i]!.text;
      if (!isCap(w)) {
        if (i > 0 && isLowerStart(w)) {
          ctx.lower.add(w);
          const prev = toks[i - 1]!.text;
          if (g.has(prev) && lexiconNameOrUnknown(prev)) (lowerNames ??= []).push(w);
        }
        continue;
      }
      const prev = toks[i - 1]?.text;
      const next = toks[i + 1]?.text;
      const l = w.toLowerCase();
      if (prev && isCap(prev)) {
        const pl = prev.toLowerCase();
        // (Not a verb in the past opening the sentence, though a given name too: "Said Wales coach X: ...".)
        if (g.has(pl) && !TITLE_WORDS.has(pl) && !(i === 1 && lexiconTags(prev).pastVerb)) ctx.afterGiven.add(l);
        if (TITLE_WORDS.has(pl) || HONORIFICS.has(pl)) ctx.afterTitle.add(l);
      }
      if (next && isCap(next) && ORG_WORDS.has(next.toLowerCase().replace(/\.$/, ''))) ctx.inOrg.add(l);
    }
  }
  // Wire copy sent in lower case ("prime minister edward seaga ... jamaica's gdp") writes names so too: there a
  // word in lower case is a common word only when English knows it as one, and "Seaga said" stays a name.
  // And a word English does not know after a given name there is a surname, as "Seaga" after "Edward" would be.
  if ([...ctx.lower].some(lexiconCountry)) {
    for (const w of ctx.lower) if (lexiconNameOrUnknown(w)) ctx.lower.delete(w);
    for (const w of lowerNames ?? []) if (lexiconNameOrUnknown(w)) ctx.afterGiven.add(w);
  }
  return ctx;
}

/** How much of a sentence is written in capitals: a headline or a wire slug. */
export function capsLine(toks: TagToken[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of toks) {
    const c = t.text.charCodeAt(0);
    // Punctuation and digits first, without a regex: most tokens are plain ASCII.
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && t.text.length === 1) continue;
    // A plain ASCII word: a letter, upper case unless it holds a lower-case letter.
    if (/^[A-Za-z][A-Za-z0-9.'-]*$/.test(t.text)) {
      words++;
      if (!/[a-z]/.test(t.text)) upper++;
      continue;
    }
    if (/\p{L}/u.test(t.text)) {
      words++;
      if (!/\p{Ll}/u.test(t.text)) upper++;
    }
  }
  return words >= 2 && upper / words > 0.6;
}

/** Every candidate word is also marked by the run of capitalised words it sits in. */
export function runBounds(toks: TagToken[]): [Int32Array, Int32Array] {
  const from = new Int32Array(toks.length).fill(-1);
  const to = new Int32Array(toks.length).fill(-1);
  let i = 0;
  while (i < toks.length) {
    if (!isCandidate(toks[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && isCandidate(toks[j + 1]!.text)) j++;
    for (let k = i; k <= j; k++) {
      from[k] = i;
      to[k] = j;
    }
    i = j + 1;
  }
  return [from, to];
}

const lowerOf = (toks: TagToken[], k: number) =>
  k < 0 ? '<s>' : k >= toks.length ? '</s>' : toks[k]!.text.toLowerCase();

/** Features of a word on its own: the same wherever it stands. */
function ownFeatures(w: string): string[] {
  const l = w.toLowerCase();
  const g = given();
  const f = [
    `w=${l}`,
    `s=${shape(w)}`,
    `p3=${l.slice(0, 3)}`,
    `x2=${l.slice(-2)}`,
    `x3=${l.slice(-3)}`,
    `x4=${l.slice(-4)}`,
  ];
  if (l.length === 1 || /^\p{Lu}\.?$/u.test(w)) f.push('initial');
  if (g.has(l)) f.push('given');
  if (TITLE_WORDS.has(l) || ROLE_NOUNS.has(l)) f.push('title');
  if (ORG_WORDS.has(l)) f.push('org');
  return f;
}

/** Features a word gives the word after it (null: the sentence starts). */
function asPrevious(w: string | null): string[] {
  if (w === null) return ['pw=<s>', 'ps=<s>'];
  const l = w.toLowerCase();
  const f = [`pw=${l}`, `ps=${shape(w)}`];
  if (given().has(l)) f.push('p_given');
  if (TITLE_WORDS.has(l) || HONORIFICS.has(l)) f.push('p_title');
  if (ROLE_NOUNS.has(l)) f.push('p_role');
  return f;
}

/** Features a word gives the word before it (null: the sentence ends). */
function asNext(w: string | null): string[] {
  if (w === null) return ['nw=</s>', 'ns=</s>'];
  const l = w.toLowerCase();
  const f = [`nw=${l}`, `ns=${shape(w)}`];
  if (given().has(l) && isCap(w)) f.push('n_given');
  if (PERSON_VERBS.has(l)) f.push('n_verb');
  if (l === "'s" || l === '’s') f.push('n_poss');
  return f;
}

/**
 * Features of token i that depend on more than one word: pairs, the previous tag, the run, the document.
 * (tagSentence sums their weights by parts, in jointWeights: a feature added here is added there too.)
 */
function jointFeatures(
  toks: TagToken[],
  i: number,
  prevTag: string,
  ctx: DocContext,
  caps: boolean,
  run: [Int32Array, Int32Array],
): string[] {
  const w = toks[i]!.text;
  const l = w.toLowerCase();
  const sh = shape(w);
  const p1 = lowerOf(toks, i - 1);
  const n1 = lowerOf(toks, i + 1);
  const f = ['b', `pw_w=${p1}_${l}`, `w_nw=${l}_${n1}`, `t=${prevTag}`, `t_s=${prevTag}_${sh}`, `t_w=${prevTag}_${l}`];
  if (caps) f.push('caps', `caps_w=${l}`);
  if (i === 0 || (i === 1 && !isWord(toks[0]!.text))) f.push('first');
  // The capitalised run around the word: its length, the word's place, and an organisation word further on.
  const [a, b] = [run[0][i]!, run[1][i]!];
  if (a >= 0) {
    f.push(`rl=${Math.min(b - a + 1, 5)}`, `rp=${Math.min(i - a, 3)}_${Math.min(b - i, 3)}`);
    for (let k = i + 1; k <= b; k++)
      if (ORG_WORDS.has(toks[k]!.text.toLowerCase())) {
        f.push('run_org');
        break;
      }
    if (b + 1 < toks.length) f.push(`after_run=${lowerOf(toks, b + 1)}`);
    if (a > 0) f.push(`before_run=${lowerOf(toks, a - 1)}`);
  }
  if (ctx.lower.has(l)) f.push('d_lower');
  if (ctx.afterGiven.has(l)) f.push('d_aftergiven');
  if (ctx.afterTitle.has(l)) f.push('d_aftertitle');
  if (ctx.inOrg.has(l)) f.push('d_org');
  return f;
}

/** The features of token i, given the tag chosen for the token before it (what training reads). */
export function features(
  toks: TagToken[],
  i: number,
  prevTag: string,
  ctx: DocContext,
  caps: boolean,
  run: [Int32Array, Int32Array],
): string[] {
  return [
    ...ownFeatures(toks[i]!.text),
    ...asPrevious(i > 0 ? toks[i - 1]!.text : null),
    ...asNext(i + 1 < toks.length ? toks[i + 1]!.text : null),
    `ppw=${lowerOf(toks, i - 2)}`,
    `nnw=${lowerOf(toks, i + 2)}`,
    ...jointFeatures(toks, i, prevTag, ctx, caps, run),
  ];
}

export interface Model {
  labels: string[];
  weights: Map<string, Float32Array>;
}

export function scores(model: Model, feats: string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < w.length; c++) out[c]! += w[c]!;
  }
}

/** A person found by the tagger: token range (inclusive) and its confidence (the smallest margin over "not a person"). */
export interface TaggedSpan {
  from: number;
  to: number;
  margin: number;
}

/** A word's summed weights in each place it can stand relative to the word tagged: itself, before, after, two off. */
interface WordWeights {
  own: Float64Array;
  prev: Float64Array;
  next: Float64Array;
  prev2: Float64Array;
  next2: Float64Array;
}

const wordWeights = new WeakMap<Model, Map<string, WordWeights>>();

function sum(model: Model, feats: string[]): Float64Array {
  const out = new Float64Array(model.labels.length);
  for (const f of feats) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < w.length; c++) out[c]! += w[c]!;
  }
  return out;
}

/** What one word contributes, worked out once per word: words repeat, and most features are of one word. */
function weightsOf(model: Model, w: string): WordWeights {
  let cache = wordWeights.get(model);
  if (!cache) wordWeights.set(model, (cache = new Map()));
  let ww = cache.get(w);
  if (!ww) {
    const l = w.toLowerCase();
    ww = {
      own: sum(model, ownFeatures(w)),
      prev: sum(model, asPrevious(w)),
      next: sum(model, asNext(w)),
      prev2: sum(model, [`ppw=${l}`]),
      next2: sum(model, [`nnw=${l}`]),
    };
    if (cache.size > 100_000) cache.clear();
    cache.set(w, ww);
  }
  return ww;
}

/**
 * What a word brings to the features jointFeatures makes of it, looked up once per word: the ones with the
 * previous tag, with capitals, and its pairs with the words beside it (looked up once per neighbour).
 */
interface JointWords {
  lower: string;
  byTag: Map<string, Float64Array>;
  caps: Float64Array;
  before: Map<string, Float32Array | null>;
  after: Map<string, Float32Array | null>;
}

/** The weights of the features that name no word, looked up once per model. */
interface ConstantWeights {
  bias: Float32Array | null;
  caps: Float32Array | null;
  first: Float32Array | null;
  runOrg: Float32Array | null;
  /** rl=1 … rl=5, by run length (index 0 unused). */
  runLength: (Float32Array | null)[];
  /** rp=a_b, at a * 4 + b, a and b from 0 to 3. */
  runPlace: (Float32Array | null)[];
  lower: Float32Array | null;
  afterGiven: Float32Array | null;
  afterTitle: Float32Array | null;
  inOrg: Float32Array | null;
}

/** One model's constant features and its per-word joint weights. */
interface JointCache {
  words: Map<string, JointWords>;
  constant: ConstantWeights;
  afterRun: Map<string, Float32Array | null>;
  beforeRun: Map<string, Float32Array | null>;
}

function constantWeights(model: Model): ConstantWeights {
  const one = (f: string) => model.weights.get(f) ?? null;
  const runPlace: (Float32Array | null)[] = [];
  for (let a = 0; a <= 3; a++) for (let b = 0; b <= 3; b++) runPlace.push(one(`rp=${a}_${b}`));
  return {
    bias: one('b'),
    caps: one('caps'),
    first: one('first'),
    runOrg: one('run_org'),
    runLength: [null, 1, 2, 3, 4, 5].map((n) => (n ? one(`rl=${n}`) : null)),
    runPlace,
    lower: one('d_lower'),
    afterGiven: one('d_aftergiven'),
    afterTitle: one('d_aftertitle'),
    inOrg: one('d_org'),
  };
}

const jointCaches = new WeakMap<Model, JointCache>();

/** The weights of feature `${head}${a}${sep}${b}`, kept in `map` under `key`: the string is made only when not yet kept. */
function lookup(
  model: Model,
  map: Map<string, Float32Array | null>,
  key: string,
  head: string,
  a: string,
  sep = '',
  b = '',
): Float32Array | null {
  let v = map.get(key);
  if (v === undefined) {
    v = model.weights.get(`${head}${a}${sep}${b}`) ?? null;
    if (map.size > 10_000) map.clear();
    map.set(key, v);
  }
  return v;
}

function addSome(out: Float64Array, v: Float32Array | Float64Array | null): void {
  if (v) for (let c = 0; c < out.length; c++) out[c]! += v[c]!;
}

/**
 * The scores of jointFeatures(toks, i, prevTag, ctx, caps, run) for a sentence's tokens, summed by parts cached
 * per word instead of a string made and looked up per feature: the tagger's hot loop. The same sums exactly: the
 * shipped weights are float32 of thousandths (multiples of 2^-33 under 2^5), so any sum of a few hundred of them
 * is exact in a double whatever the order. Any feature added to jointFeatures must be added here too (a test
 * holds the two to one another).
 */
function jointWeights(
  model: Model,
  toks: TagToken[],
  ctx: DocContext,
  caps: boolean,
  run: [Int32Array, Int32Array],
): (i: number, prevTag: string, out: Float64Array) => void {
  let cache = jointCaches.get(model);
  if (!cache)
    jointCaches.set(
      model,
      (cache = { words: new Map(), constant: constantWeights(model), afterRun: new Map(), beforeRun: new Map() }),
    );
  const { words, constant: k0, afterRun, beforeRun } = cache;
  const wordOf = (w: string): JointWords => {
    let jw = words.get(w);
    if (!jw) {
      const l = w.toLowerCase();
      jw = { lower: l, byTag: new Map(), caps: sum(model, [`caps_w=${l}`]), before: new Map(), after: new Map() };
      if (words.size > 100_000) words.clear();
      words.set(w, jw);
    }
    return jw;
  };
  const at: (JointWords | undefined)[] = new Array(toks.length);
  const lowerAt = (k: number) => (k < 0 ? '<s>' : k >= toks.length ? '</s>' : (at[k] ??= wordOf(toks[k]!.text)).lower);
  return (i, prevTag, out) => {
    out.fill(0);
    const jw = (at[i] ??= wordOf(toks[i]!.text));
    const l = jw.lower;
    const p1 = lowerAt(i - 1);
    const n1 = lowerAt(i + 1);
    addSome(out, k0.bias);
    addSome(out, lookup(model, jw.before, p1, 'pw_w=', p1, '_', l));
    addSome(out, lookup(model, jw.after, n1, 'w_nw=', l, '_', n1));
    let byTag = jw.byTag.get(prevTag);
    if (!byTag) {
      const sh = shape(toks[i]!.text);
      byTag = sum(model, [`t=${prevTag}`, `t_s=${prevTag}_${sh}`, `t_w=${prevTag}_${l}`]);
      jw.byTag.set(prevTag, byTag);
    }
    addSome(out, byTag);
    if (caps) {
      addSome(out, k0.caps);
      addSome(out, jw.caps);
    }
    if (i === 0 || (i === 1 && !isWord(toks[0]!.text))) addSome(out, k0.first);
    const a = run[0][i]!;
    const b = run[1][i]!;
    if (a >= 0) {
      addSome(out, k0.runLength[Math.min(b - a + 1, 5)]!);
      addSome(out, k0.runPlace[Math.min(i - a, 3) * 4 + Math.min(b - i, 3)]!);
      for (let k = i + 1; k <= b; k++)
        if (ORG_WORDS.has(lowerAt(k))) {
          addSome(out, k0.runOrg);
          break;
        }
      if (b + 1 < toks.length) {
        const x = lowerAt(b + 1);
        addSome(out, lookup(model, afterRun, x, 'after_run=', x));
      }
      if (a > 0) {
        const x = lowerAt(a - 1);
        addSome(out, lookup(model, beforeRun, x, 'before_run=', x));
      }
    }
    if (ctx.lower.has(l)) addSome(out, k0.lower);
    if (ctx.afterGiven.has(l)) addSome(out, k0.afterGiven);
    if (ctx.afterTitle.has(l)) addSome(out, k0.afterTitle);
    if (ctx.inOrg.has(l)) addSome(out, k0.inOrg);
  };
}

const edges = new WeakMap<Model, WordWeights>();
/** The same for the sentence's edges: before its first word and after its last. */
function edgeWeights(model: Model): WordWeights {
  let e = edges.get(model);
  if (!e)
    edges.set(
      model,
      (e = {
        own: new Float64Array(model.labels.length),
        prev: sum(model, asPrevious(null)),
        next: sum(model, asNext(null)),
        prev2: sum(model, ['ppw=<s>']),
        next2: sum(model, ['nnw=</s>']),
      }),
    );
  return e;
}

function add(out: Float64Array, v: Float64Array): void {
  for (let c = 0; c < out.length; c++) out[c]! += v[c]!;
}

/** Tags one sentence: greedy, left to right; a token not a candidate is outside every name. */
export function tagSentence(model: Model, toks: TagToken[], ctx: DocContext): { tags: string[]; margins: number[] } {
  const caps = capsLine(toks);
  const run = runBounds(toks);
  const tags: string[] = [];
  const margins: number[] = [];
  const sc = new Float64Array(model.labels.length);
  const o = model.labels.indexOf('O');
  const joint = jointWeights(model, toks, ctx, caps, run);
  const edge = edgeWeights(model);
  // Each word's weights, looked up once for the up to five tokens that read them.
  const words: (WordWeights | undefined)[] = new Array(toks.length);
  const wordAt = (k: number) => (words[k] ??= weightsOf(model, toks[k]!.text));
  let prev = 'O';
  for (let i = 0; i < toks.length; i++) {
    if (!isCandidate(toks[i]!.text)) {
      tags.push('O');
      margins.push(0);
      prev = 'O';
      continue;
    }
    joint(i, prev, sc);
    add(sc, wordAt(i).own);
    add(sc, i > 0 ? wordAt(i - 1).prev : edge.prev);
    add(sc, i + 1 < toks.length ? wordAt(i + 1).next : edge.next);
    add(sc, i > 1 ? wordAt(i - 2).prev2 : edge.prev2);
    add(sc, i + 2 < toks.length ? wordAt(i + 2).next2 : edge.next2);
    let best = 0;
    for (let c = 1; c < sc.length; c++) if (sc[c]! > sc[best]!) best = c;
    let tag = model.labels[best]!;
    // An inside tag after nothing it can continue begins a name.
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) tag = `B-${tag.slice(2)}`;
    tags.push(tag);
    margins.push(sc[best]! - sc[o]!);
    prev = tag;
  }
  return { tags, margins };
}

/** The person spans of a tagged sentence. */
export function personSpans(tags: string[], margins: number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    let j = i;
    while (j + 1 < tags.length && tags[j + 1] === 'I-PER') j++;
    let margin = Infinity;
    for (let k = i; k <= j; k++) margin = Math.min(margin, margins[k]!);
    out.push({ from: i, to: j, margin });
    i = j;
  }
  return out;
}

/** The model as shipped: labels, and for each feature its weights as integers (scale 1/1000). */
interface ModelFile {
  labels: string[];
  scale: number;
  features: Record<string, number[]>;
}

function modelFromJSON(file: ModelFile): Model {
  const weights = new Map<string, Float32Array>();
  for (const [f, ws] of Object.entries(file.features))
    weights.set(
      f,
      Float32Array.from(ws, (x) => x / file.scale),
    );
  return { labels: file.labels, weights };
}

export function modelToJSON(model: Model, scale = 1000): ModelFile {
  const features: Record<string, number[]> = {};
  for (const [f, ws] of [...model.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    features[f] = Array.from(ws, (x) => Math.round(x * scale));
  return { labels: model.labels, scale, features };
}

let shipped: Model | null = null;
/** The model in models/people.json, read once. */
export function personModel(): Model {
  shipped ??= modelFromJSON(
    JSON.parse(readFileSync(new URL('../../models/people.json', import.meta.url), 'utf8')) as ModelFile,
  );
  return shipped;
}
