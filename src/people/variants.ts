// Near-spellings of one full name across the corpus: "Muammar Gaddafi" / "Muammar Gadafi" (a doubled letter),
// "Yasuhiro Nakasone" / "Yasuhiro Nakasne" (a wire typo). The rarer spelling stands for the common one.
import { withinEdits } from '../search/excerpt.js';
import { given } from './tagger.js';
import { genderOf } from './genders.js';
import type { Pace } from '../pace.js';
import { LayeredMap } from '../layered-map.js';

/** A typo is taken for one when the common spelling is written at least this many times as often. */
const TYPO_RATIO = 5;

const undoubled = (w: string) => w.replace(/(\p{L})\1+/gu, '$1');

/**
 * A word as it sounds in the letters transliterations swap: "Viktor" / "Victor", "Oeien" / "Oien", "Rafsanjani" /
 * "Rafsandjani" (c, ck, q and k; ph and f; w and v; oe and o; dj and j), doubled letters undone.
 */
const spoken = (w: string) =>
  undoubled(
    w
      .replace(/ck|q|c(?![eiyh])/gu, 'k')
      .replace(/ph/gu, 'f')
      .replace(/w/gu, 'v')
      .replace(/oe/gu, 'o')
      .replace(/dj/gu, 'j'),
  );

/** A given name is written in its short form this many times less often than the long one, or more. */
const SHORT_FORM_RATIO = 2;

/** Short forms of given names that are no beginning of the long one ("Mike" of "Michael"); others are ("Steve"). */
const SHORT_FORMS = new Map(
  Object.entries({
    bernie: 'bernard',
    mike: 'michael',
    jim: 'james',
    jimmy: 'james',
    tom: 'thomas',
    tommy: 'thomas',
    dave: 'david',
    andy: 'andrew',
    nick: 'nicholas',
    joe: 'joseph',
    steve: 'stephen',
    chuck: 'charles',
    charlie: 'charles',
    jack: 'john',
    johnny: 'john',
    kate: 'katherine',
    katie: 'katherine',
    jenny: 'jennifer',
    sandy: 'sandra',
    becky: 'rebecca',
    mick: 'michael',
    jerry: 'gerald',
    tony: 'anthony',
    bill: 'william',
    billy: 'william',
    bob: 'robert',
    bobby: 'robert',
    dick: 'richard',
    ted: 'edward',
    ned: 'edward',
    harry: 'henry',
    hank: 'henry',
    peggy: 'margaret',
    liz: 'elizabeth',
    betty: 'elizabeth',
    sasha: 'alexander',
    misha: 'mikhail',
    pepe: 'jose',
    paco: 'francisco',
  }),
);

/**
 * Whether one given name is the other's short form: a beginning of it of three letters or more ("Steve" of
 * "Steven", "Rafa" of "Rafael") or a known short form ("Bernie" of "Bernard"), the long one a known given name.
 */
function shortForm(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (!given().has(long)) return false;
  return (short.length >= 3 && long.startsWith(short)) || SHORT_FORMS.get(short) === long;
}

/**
 * Whether one article's two given names before one surname are one person's, the short and the long form ("Steve"
 * of "Steven", "Dan" of "Daniel", "Bernie" of "Bernard"), where no gender parts them: a woman's long form is no
 * man's or an unknown short one's ("Chris" and "Christine", "Max" and "Maxine" are two).
 */
export function givenFormsOfOne(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short === long || !shortForm(short, long)) return false;
  const [gs, gl] = [genderOf(short), genderOf(long)];
  return gs === gl || (gl === 'm' && gs === undefined) || (gs === 'm' && gl === undefined);
}

/**
 * Whether two words are one word spelt twice: a doubled letter, or one edit apart with the other's evidence; a
 * given name (the first word) also in its short form, the one written at least twice as often standing for both.
 */
function sameWord(a: string, b: string, ratio: number, first = false): boolean {
  if (undoubled(a) === undoubled(b)) return true;
  if (a.length >= 4 && b.length >= 4 && spoken(a) === spoken(b)) return true;
  if (first && ratio >= SHORT_FORM_RATIO && shortForm(a, b)) return true;
  // Two given names a letter apart are two names ("mary", "mark"); short words are too easily another word.
  if (ratio < TYPO_RATIO || a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  if (given().has(a) && given().has(b)) return false;
  return withinEdits(a, b, 1);
}

/**
 * Full names (normalised, two words or more) that are another's near-spelling -> that other name. Names that
 * differ in one word only are compared, within buckets of the other words and that word's first letter.
 */
export function nameVariants(counts: Map<string, number>): Map<string, string> {
  const steps = variantSteps(counts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** nameVariants, giving way to other events when `pace` says so: the same result. */
export async function nameVariantsPaced(counts: Map<string, number>, pace: Pace): Promise<Map<string, string>> {
  const steps = variantSteps(counts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (pace.due()) await pace.pause();
  }
}

/** Names looked at between two chances to give way. */
const PER_STEP = 256;

/** nameVariants as steps: each `yield` is a point where the work may give way. */
function* variantSteps(counts: Map<string, number>): Generator<void, Map<string, string>> {
  const buckets = new Map<string, string[]>();
  let n = 0;
  for (const k of counts.keys()) {
    if (++n % PER_STEP === 0) yield;
    for (const b of bucketKeys(k)) {
      const list = buckets.get(b);
      if (list) list.push(k);
      else buckets.set(b, [k]);
    }
  }
  const out = new Map<string, string>();
  for (const list of buckets.values()) {
    if (++n % PER_STEP === 0) yield;
    if (list.length < 2) continue;
    for (const a of list)
      for (const b of list) {
        const cb = counts.get(b)!;
        if (!givesWay(a, counts.get(a)!, b, cb)) continue;
        const best = out.get(a);
        if (!best || counts.get(best)! < cb) out.set(a, b);
      }
  }
  // A chain (a -> b -> c) goes to its end.
  for (const [a, b] of out) {
    if (++n % PER_STEP === 0) yield;
    let to = b;
    for (let n = 0; out.has(to) && n < CHAIN_HOPS; n++) to = out.get(to)!;
    out.set(a, to);
  }
  return out;
}

/** The names (in order of first appearance) that differ from each other in one word only, at its place: see nameVariants. */
interface Bucket {
  /** Its place among all buckets, in the order they were first made. */
  order: number;
  names: readonly string[];
}

/** Links a chain of near-spellings is followed along (a -> b -> c) before it is cut, as nameVariants does. */
const CHAIN_HOPS = 5;

/**
 * nameVariants kept between extensions, so that new articles cost what their names cost: the buckets of names that
 * differ in one word (layered: an extension shares the previous ones and never changes them), what each name gives
 * way to before chains are followed, and the result, in key order.
 */
export class VariantIndex {
  constructor(
    private readonly buckets: LayeredMap<string, Bucket>,
    private readonly bucketCount: number,
    private readonly direct: ReadonlyMap<string, string>,
    /** Full name -> the common spelling it stands for: what nameVariants gives, in key order. */
    readonly variants: ReadonlyMap<string, string>,
    /** Some chain was longer than nameVariants follows: `variants` was taken from nameVariants over all the names. */
    private readonly cut = false,
  ) {}

  static readonly EMPTY = new VariantIndex(LayeredMap.of(), 0, new Map(), new Map());

  /** Everything it holds, in one order whatever the extensions it came through: what tests compare. */
  toJSON(): unknown {
    return { buckets: [...this.buckets], direct: [...this.direct].sort(byKey), variants: [...this.variants] };
  }

  /**
   * The index once names are added (`added`, in order of first appearance, after all it holds) and others written
   * more often (`recounted`); `count` gives each name's count now. Equal to nameVariants over all the names (for a
   * chain longer than nameVariants follows, it is what nameVariants gives `all()`); this index is left as it was.
   */
  async extend(
    added: Iterable<string>,
    recounted: Iterable<string>,
    count: (name: string) => number,
    all: () => Map<string, number>,
    pace: Pace,
  ): Promise<VariantIndex> {
    const buckets = await this.buckets.extend(pace);
    let bucketCount = this.bucketCount;
    const mine = new Set<Bucket>();
    const touched: string[] = [];
    const keysOf = new Map<string, string[]>();
    const keyed = (name: string) => keysOf.get(name) ?? keysOf.set(name, bucketKeys(name)).get(name)!;
    let n = 0;
    for (const name of added) {
      if (++n % PER_STEP === 0 && pace.due()) await pace.pause();
      const keys = keyed(name);
      if (!keys.length) continue;
      touched.push(name);
      for (const key of keys) {
        const bucket = buckets.get(key);
        if (bucket && mine.has(bucket)) (bucket.names as string[]).push(name);
        else {
          // A bucket the previous index holds is copied before it grows.
          const made: Bucket = bucket
            ? { order: bucket.order, names: [...bucket.names, name] }
            : { order: bucketCount++, names: [name] };
          mine.add(made);
          buckets.set(key, made);
        }
      }
    }
    // Whom a name gives way to depends on its count and its bucket mates': a new or recounted name is looked at
    // against all its mates (from nothing, every name is new); another name only against its new or recounted
    // mates, beside the one it gave way to (counts only grow: that one still takes it, unless a mate now beats it).
    const counts = new Map<string, number>();
    const counted = (k: string) => counts.get(k) ?? counts.set(k, count(k)).get(k)!;
    const changed = new Map<string, string | undefined>();
    const fresh = new Set([...touched, ...recounted]);
    const matesOf = new Map<string, Set<string>>();
    for (const name of fresh) {
      if (++n % PER_STEP === 0 && pace.due()) await pace.pause();
      const around = keyed(name).map((k) => buckets.get(k)!);
      // A name of one word, or one never counted as a person's (written only as an organisation's): in no bucket.
      if (!around.length || !around[0]?.names.includes(name)) continue;
      const to = around.some((b) => b.names.length > 1) ? givesWayTo(name, around, counted) : undefined;
      if (to !== this.direct.get(name)) changed.set(name, to);
      for (const bucket of around)
        for (const m of bucket.names)
          if (!fresh.has(m)) (matesOf.get(m) ?? matesOf.set(m, new Set()).get(m)!).add(name);
    }
    for (const [a, news] of matesOf) {
      if (++n % PER_STEP === 0 && pace.due()) await pace.pause();
      const before = this.direct.get(a);
      let best = before;
      const ca = counted(a);
      for (const b of news) {
        if (b === best || !givesWay(a, ca, b, counted(b))) continue;
        const [cb, cbest] = [counted(b), best ? counted(best) : -1];
        // The first in the buckets' order among the most written, as givesWayTo takes it.
        if (cb > cbest || (cb === cbest && placeAmong(a, b, buckets, keyed) < placeAmong(a, best!, buckets, keyed)))
          best = b;
      }
      if (best !== before) changed.set(a, best);
    }
    // No name gives way to another than before: the same chains, the same result (unless it was cut, when it was
    // taken from all the names' counts, which changed).
    if (!changed.size && !this.cut) return new VariantIndex(buckets, bucketCount, this.direct, this.variants);
    const direct = new Map(this.direct);
    for (const [a, to] of changed) {
      if (to) direct.set(a, to);
      else direct.delete(a);
    }
    const { pairs, cut } = await chained(direct, all, pace);
    return new VariantIndex(buckets, bucketCount, direct, pairs.sort(byKey).reduce(into, new Map()), cut);
  }
}

const byKey = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const into = (m: Map<string, string>, [k, v]: [string, string]) => m.set(k, v);

/** The buckets a name is in: one per word, keyed by the other words and that word's first letter. */
function bucketKeys(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  // (By the first letter as spoken, a given name's short form by its long one's: "Qaddafi" meets "Kaddafi", "Tony"
  // meets "Anthony".)
  const head = (w: string, i: number) => spoken(i === 0 ? (SHORT_FORMS.get(w) ?? w) : w)[0];
  return words.map((w, i) => `${words.slice(0, i).join(' ')}|${head(w, i)}|${words.slice(i + 1).join(' ')}`);
}

/** Where givesWayTo meets name `b` among the mates of `a`: the order of the bucket they share, then b's place in it. */
function placeAmong(
  a: string,
  b: string,
  buckets: LayeredMap<string, Bucket>,
  keyed: (name: string) => string[],
): number {
  const shared = keyed(a).find((k) => keyed(b).includes(k))!;
  const bucket = buckets.get(shared)!;
  return bucket.order * 2 ** 26 + bucket.names.indexOf(b);
}

/** The name `a` gives way to, looking through its buckets in the order they were made, as nameVariants does. */
function givesWayTo(a: string, buckets: Bucket[], count: (k: string) => number): string | undefined {
  let best: string | undefined;
  const ca = count(a);
  for (const bucket of buckets.length > 1 ? [...buckets].sort((x, y) => x.order - y.order) : buckets)
    for (const b of bucket.names) {
      const cb = count(b);
      if (givesWay(a, ca, b, cb) && (!best || count(best) < cb)) best = b;
    }
  return best;
}

/**
 * Whether name `a` (written `ca` times) gives way to `b` (`cb` times): `b` is written more often (ties: the first
 * in order of keys), and the two differ in one word that is one word spelt twice (sameWord).
 */
function givesWay(a: string, ca: number, b: string, cb: number): boolean {
  if (a === b || ca > cb || (ca === cb && a < b)) return false;
  const [wa, wb] = [a.split(' '), b.split(' ')];
  if (wa.length !== wb.length) return false;
  const at = wa.findIndex((w, i) => w !== wb[i]);
  return sameWord(wa[at]!, wb[at]!, cb / ca, at === 0);
}

/**
 * Each name to the end of its chain. nameVariants follows a chain a few links, in an order of its own: past that
 * length its answer depends on that order, and is taken from it.
 */
async function chained(
  direct: ReadonlyMap<string, string>,
  all: () => Map<string, number>,
  pace: Pace,
): Promise<{ pairs: [string, string][]; cut: boolean }> {
  const out: [string, string][] = [];
  let n = 0;
  for (const [a, b] of direct) {
    if (++n % PER_STEP === 0 && pace.due()) await pace.pause();
    let to = b;
    let hops = 0;
    for (; direct.has(to) && hops <= CHAIN_HOPS; hops++) to = direct.get(to)!;
    if (hops > CHAIN_HOPS) return { pairs: [...(await nameVariantsPaced(all(), pace))], cut: true };
    out.push([a, to]);
  }
  return { pairs: out, cut: false };
}
