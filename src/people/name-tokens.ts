// Words of a sentence as the people extractor walks them, and the one spelling a name is looked up by.
import { fold } from '../text.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
}

// (A figure with thousands is one word: "Olympic 10,000m champion".)
const TOKEN = /(?:\p{Lu}\.){2,}|\p{N}{1,3}(?:,\p{N}{3})+\p{L}*|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’]|-(?!-))*/gu;

/** A wire's stock ticker after a firm's name: "<SNE.T>", "<DD>", "<VOLV ST>" (a pattern's source, anchored by each user). */
export const TICKER_SOURCE = String.raw`<\p{Lu}[\p{Lu}\d]{0,5}(?:\.\p{Lu}{1,3}| \p{Lu}{1,2})?>`;

export const lower = (s: string) => s.toLowerCase().replace(/\.$/, '');

export function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) {
    let text = m[0].replace(/[-'’]+$/u, '');
    const possessive = /['’]s$/u.test(text);
    if (possessive) text = text.slice(0, -2);
    out.push({
      text,
      start: m.index!,
      end: m.index! + m[0].length,
      cap: /^\p{Lu}/u.test(text),
      possessive,
    });
  }
  return out;
}

export const gap = (s: string, a: Token, b: Token) => s.slice(a.end, b.start);

export const joins = (g: string) => /^\.?\s+$/u.test(g) && !/\n/.test(g);

/** "Mr.", "S.", "U.S." and a title's longer abbreviation ("Atty.", "Supt.") may stand before the next word of a
 *  name; other full stops end it. */
export const dotOk = (t: Token, g: string) =>
  !g.startsWith('.') || t.text.length <= 3 || LONG_ABBREVIATIONS.test(t.text);

const LONG_ABBREVIATIONS = /^(?:Atty|Asst|Supt|Insp|Cmdr|Brig|Capt|Pres|Prof|Sgt)$/u;

const normalised = new Map<string, string>();

/** A name as a key: folded, hyphens and dots to spaces, apostrophes dropped. Names repeat, so answers are kept. */
export function normaliseName(name: string): string {
  let key = normalised.get(name);
  if (key === undefined) {
    // The Arabic article is written "al-", "Al ", "el-" or glued ("AlBurhan"): a name's key leaves it out, but
    // for a name's first word written apart ("Al Gore").
    const unarticled = name.replace(
      /(?<=\S\s+)(?:[Aa]l|[Ee]l)[-\s](?=\p{L}{3})|(?<![\p{L}-])(?:[Aa]l|[Ee]l)-(?=\p{L}{3})|(?<![\p{L}-])Al(?=\p{Lu}\p{Ll}{2})/gu,
      '',
    );
    key = fold(unarticled).replace(/[-.]/g, ' ').replace(/['’]/g, '').replace(/\s+/g, ' ').trim();
    if (normalised.size > 200_000) normalised.clear();
    normalised.set(name, key);
  }
  return key;
}

/** Where a tagged name sits among the sentence's words: the word tokens it starts and ends on. */
export function wordIndex(toks: Token[], start: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
