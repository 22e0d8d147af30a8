// Nicknames news gives a person beside the name: inside it ('Joaquin "El Chapo" Guzman'), after it in quotes or
// brackets ('Mohamed Hamdan Dagalo ("Hemedti")'), or told ("…, known as Hemedti, …"). Each is an alias of that person.
import type { TagToken } from './tagger.js';
import { lexiconTags } from './lexicon.js';

/** A nickname inside a name, taken out of the tagger's tokens: its text and where it stands in the sentence. */
export interface InlineNickname {
  text: string;
  start: number;
  end: number;
}

const OPEN = new Set(['"', '“', '‘', "'"]);
const CLOSE: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };
/** Lower-case words a nickname may hold between its capitalised ones: "Hands of Stone", "Ali the Great". */
const LINKS = new Set(['of', 'the', 'de', 'del', 'da', 'el', 'al', 'la', 'le', 'du', 'von', 'van', 'bin', 'and']);
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * The tokens with every nickname written in quotes between two capitalised words taken out, so that the name reads
 * whole ('Roberto "Hands of Stone" Duran' is Roberto Duran), and the nicknames taken out. A quoted title after a
 * word ('the film "Jaws" Spielberg made') is rare enough beside names; a quote of one word after a sentence's first
 * word ('Asked "Why" Smith said') is left alone: the word before must be a capitalised word not opening the sentence,
 * or a given name.
 */
export function takeInlineNicknames(s: string, tt: TagToken[]): { tokens: TagToken[]; nicknames: InlineNickname[] } {
  let nicknames: InlineNickname[] | null = null;
  let keep: boolean[] | null = null;
  for (let i = 1; i + 3 < tt.length; i++) {
    const open = tt[i]!.text;
    if (!OPEN.has(open)) continue;
    const before = tt[i - 1]!;
    if (!CAPITALISED.test(before.text) || s.slice(before.end, tt[i]!.start) !== ' ') continue;
    if (i - 1 === 0 && !lexiconTags(before.text).first) continue;
    let j = i + 1;
    while (j < tt.length && j - i <= 5 && tt[j]!.text !== CLOSE[open]) j++;
    const close = tt[j];
    const after = tt[j + 1];
    if (!close || close.text !== CLOSE[open] || j === i + 1 || !after) continue;
    const words = tt.slice(i + 1, j);
    if (
      !CAPITALISED.test(words[0]!.text) ||
      !words.every((w) => CAPITALISED.test(w.text) || LINKS.has(w.text)) ||
      !/^\p{Lu}\p{Ll}/u.test(after.text) ||
      s.slice(close.end, after.start) !== ' ' ||
      s.slice(tt[i]!.end, words[0]!.start) !== '' ||
      s.slice(words.at(-1)!.end, close.start) !== ''
    )
      continue;
    (nicknames ??= []).push({ text: s.slice(words[0]!.start, words.at(-1)!.end), start: tt[i]!.start, end: close.end });
    keep ??= tt.map(() => true);
    for (let k = i; k <= j; k++) keep[k] = false;
    i = j;
  }
  if (!nicknames || !keep) return { tokens: tt, nicknames: [] };
  return { tokens: tt.filter((_, k) => keep![k]), nicknames };
}

/** A nickname's name, one to four capitalised words (and the linking words between them). */
const NICK = `\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:(?:of|the|de|del|el|al|bin)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]+){0,3}`;
/**
 * ", known as "X"", ", better known as X,", ", nicknamed X,", ", dubbed "X"", ", called "X"", ", aka X from the 29A
 * group" (the group or the place it is from may follow the bare name; not "of", which goes on with a title: "known as
 * Queen of the Sky").
 */
const TOLD = new RegExp(
  `^,?\\s+(?:(?:also|better|widely|popularly|commonly)\\s+)?(?:known\\s+as|nicknamed|dubbed|called|aka|a\\.k\\.a\\.)\\s+(?:(["“])(${NICK})[,.]?["”]|(${NICK})(?=\\s*(?:[,.;)]|$)|\\s+from\\s))`,
  'u',
);
/** ' ("Hemedti")', " (Hemedti)", " (known as Hemedti)": a name in brackets right after the name. */
const BRACKETED = new RegExp(
  `^\\s+\\(\\s*((?:also\\s+|better\\s+)?(?:known\\s+as|nicknamed|dubbed)\\s+)?(["“]?)(${NICK})["”]?\\s*\\)`,
  'u',
);

/**
 * A nickname told right after a name, from the text that follows it: its text, where it starts in that text, and
 * where the telling ends. Quoted, it is any short name. Unquoted, it is one word, neither an acronym ("WestLB") nor
 * a known place: after a comma and "known as", "nicknamed" or "dubbed" ("Mohamed Hamdan Dagalo, known as Hemedti,"),
 * or in brackets alone when the article takes it for a person's name elsewhere (`personElsewhere`, given where this
 * one stands in `after`), so that a bracketed party or state ("Smith (Labour)") is none.
 */
export function toldNickname(
  after: string,
  personElsewhere: (name: string, at: number) => boolean,
): { text: string; at: number; end: number } | null {
  const told = TOLD.exec(after);
  const bracketed = told ? null : BRACKETED.exec(after);
  const m = told ?? bracketed;
  if (!m) return null;
  const quoted = Boolean(told ? told[1] : bracketed![2]);
  const text = told ? (told[2] ?? told[3])! : bracketed![3]!;
  const at = m[0].indexOf(text, m[0].search(/["“(]|as |named |dubbed |called /u));
  if (!quoted) {
    if (/\s|^\p{Lu}+$|^\p{Lu}.*\p{Lu}/u.test(text) || lexiconTags(text).place) return null;
    // "called" tells a name only in quotes ("Smith called Jones."); a bare bracket, only beside other uses.
    if (
      told ? !/^,/.test(after) || /called\s+$/u.test(m[0].slice(0, at)) : !bracketed![1] && !personElsewhere(text, at)
    )
      return null;
  }
  return { text, at, end: m[0].length };
}

/** A nickname's key without the article it opens with ("el chapo" is also "chapo"), which later uses often leave out. */
export function bareNickname(key: string): string | undefined {
  return /^(?:el|al|la|le|il|lo|the|o) (\S+)$/u.exec(key)?.[1];
}
