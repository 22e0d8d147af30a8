// Wire slips of a surname: the words a letter from it ("Regan" for "Reagan"), spelt out, or found among given words;
// and two neighbouring letters swapped.
import type { Pace } from '../pace.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words a letter from `key` (changed, added or dropped after its first letter): where a wire slip of it may lie. */
export function slipsOf(key: string): Set<string> {
  const near = new Set<string>();
  if (key.length < 5 || key.includes(' ')) return near;
  for (let i = 1; i <= key.length; i++) {
    if (i < key.length) near.add(key.slice(0, i) + key.slice(i + 1));
    for (const c of LETTERS) {
      near.add(key.slice(0, i) + c + key.slice(i));
      if (i < key.length) near.add(key.slice(0, i) + c + key.slice(i + 1));
    }
  }
  near.delete(key);
  return near;
}

/** Whether `word` is in slipsOf(key), without spelling the slips out. */
function isSlipOf(key: string, word: string): boolean {
  if (key.length < 5 || key.includes(' ') || word === key || word[0] !== key[0]) return false;
  let i = 1;
  while (i < key.length && i < word.length && key[i] === word[i]) i++;
  if (word.length === key.length - 1) return key.slice(i + 1) === word.slice(i);
  const letter = LETTERS.includes(word[i] ?? ' ');
  if (word.length === key.length + 1) return letter && word.slice(i + 1) === key.slice(i);
  return word.length === key.length && letter && word.slice(i + 1) === key.slice(i + 1);
}

/** Whether two words differ by two neighbouring letters swapped, another wire slip: "Kampleman" for "Kampelman". */
export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The word and the words left when one of its letters after the first is dropped: a slip shares one with it. */
function dropped(word: string): string[] {
  const out = [word];
  for (let i = 1; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Some words, indexed so that the slips of a key among them are found from the key's few dropped-letter forms. */
export class SlipIndex {
  private constructor(private readonly byDropped: Map<string, string[]>) {}

  static async of(words: Iterable<string>, pace: Pace): Promise<SlipIndex> {
    const byDropped = new Map<string, string[]>();
    let n = 0;
    for (const w of words) {
      if (++n % 512 === 0 && pace.due()) await pace.pause();
      if (w.length < 4 || w.includes(' ')) continue;
      for (const d of dropped(w)) {
        const list = byDropped.get(d);
        if (!list) byDropped.set(d, [w]);
        else if (list.at(-1) !== w) list.push(w);
      }
    }
    return new SlipIndex(byDropped);
  }

  /** The indexed words in slipsOf(key). */
  slipsOf(key: string): Set<string> {
    const out = new Set<string>();
    if (key.length < 5 || key.includes(' ')) return out;
    for (const d of dropped(key)) for (const w of this.byDropped.get(d) ?? []) if (isSlipOf(key, w)) out.add(w);
    return out;
  }
}
