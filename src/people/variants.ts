// Near-spellings of one full name across the corpus: "Muammar Gaddafi" / "Muammar Gadafi" (a doubled letter),
// "Yasuhiro Nakasone" / "Yasuhiro Nakasne" (a wire typo). The rarer spelling stands for the common one.
import { withinEdits } from '../search/excerpt.js';
import { given } from './tagger.js';
import type { Pace } from '../pace.js';

/** A typo is taken for one when the common spelling is written at least this many times as often. */
const TYPO_RATIO = 5;

const undoubled = (w: string) => w.replace(/(\p{L})\1+/gu, '$1');

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
 * Whether two words are one word spelt twice: a doubled letter, or one edit apart with the other's evidence; a
 * given name (the first word) also in its short form, the one written at least twice as often standing for both.
 */
function sameWord(a: string, b: string, ratio: number, first = false): boolean {
  if (undoubled(a) === undoubled(b)) return true;
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
    const words = k.split(' ');
    if (words.length < 2) continue;
    words.forEach((w, i) => {
      const b = `${words.slice(0, i).join(' ')}|${w[0]}|${words.slice(i + 1).join(' ')}`;
      const list = buckets.get(b);
      if (list) list.push(k);
      else buckets.set(b, [k]);
    });
  }
  const out = new Map<string, string>();
  for (const list of buckets.values()) {
    if (++n % PER_STEP === 0) yield;
    if (list.length < 2) continue;
    for (const a of list)
      for (const b of list) {
        const [ca, cb] = [counts.get(a)!, counts.get(b)!];
        // a gives way to b: b is written more often (ties: the first in order of keys).
        if (a === b || ca > cb || (ca === cb && a < b)) continue;
        const [wa, wb] = [a.split(' '), b.split(' ')];
        if (wa.length !== wb.length) continue;
        const at = wa.findIndex((w, i) => w !== wb[i]);
        if (!sameWord(wa[at]!, wb[at]!, cb / ca, at === 0)) continue;
        const best = out.get(a);
        if (!best || counts.get(best)! < cb) out.set(a, b);
      }
  }
  // A chain (a -> b -> c) goes to its end.
  for (const [a, b] of out) {
    if (++n % PER_STEP === 0) yield;
    let to = b;
    for (let n = 0; out.has(to) && n < 5; n++) to = out.get(to)!;
    out.set(a, to);
  }
  return out;
}
