// A date told as the kind of a thing, the label of a title or a figure's yardstick, not as when something happened:
// "Leigh's 1950s drama", "1st century history", "a 1980s hit", "2002 champion X", "from 1985 levels" (no event).
import { lexiconTags } from '../people/lexicon.js';
import { personNoun } from '../people/person-nouns.js';
import { isRoleNoun } from '../people/role-words.js';

/** Prepositions that make a decade the time of what the sentence tells: "in a 1990s trial", "during the 1960s boom". */
const WHEN_BEFORE =
  /\b(?:in|during|since|until|till|through|throughout|from|by|before|after|over|across)\s+(?:(?:the|a|an)\s+)?(?:(?:early|mid|late)[- ])?$/iu;

/**
 * Whether the decade or century at `index` (its `text`) is the kind of the thing the word after it names: a noun in
 * lower case right after it, or "-era"/"-style" joined to it, and no preposition of time before it.
 */
export function eraKind(sentence: string, index: number, text: string): boolean {
  const after = sentence.slice(index + text.length);
  if (/^-(?:era|style|vintage|born|built|made)\b/iu.test(after)) return !WHEN_BEFORE.test(sentence.slice(0, index));
  const next = /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(after)?.[1];
  if (!next) return false;
  // "popularised by the 18th-century satirist Jonathan Swift": "by" before a person's trade names its doer, no time.
  if (/\bby\s+(?:(?:the|a|an)\s+)?$/iu.test(sentence.slice(0, index)) && (isRoleNoun(next) || personNoun(next)))
    return true;
  const tags = lexiconTags(next);
  if (tags.closed || /^(?:onwards?|on|ago|later|earlier)$/u.test(next)) return false;
  // ("The 1960s saw big changes": after "the", a word that may be a verb is the decade's own; "at 1950s levels", "a
  // 1980s hit" are things, and so is one after "of the", "for the", which open a noun phrase, no clause: "a remake
  // of the 1960s film".)
  const object = /\b(?:of|at|about|for|with|like|to|on)\s+$/iu.test(sentence.slice(0, index));
  if (/^the\s/iu.test(text) && (tags.pastVerb || (!object && (tags.presentVerb || tags.gerund)))) return false;
  return !WHEN_BEFORE.test(sentence.slice(0, index));
}

/** Titles a year names the holder of: "2002 champion", "the 1998 Wimbledon winner", "2004 Olympic gold medallist". */
const YEAR_TITLE =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:(?!the\s|an?\s|its\s|their\s)\p{Ll}+\s+)?(?:champions?|winners?|runners?-up|finalists?|semi-finalists?|quarter-finalists?|medallists?|medalists?|nominees?|laureates?|graduates?|debutants?)\b/u;

/**
 * Whether a year written alone is the label of a title its holder is known by ("Hrbaty will play 2002 champion
 * Thomas Johansson", "The 1998 winner retired"): it tells when the title was won, not when what the sentence tells
 * happened.
 */
export function yearTitle(sentence: string, index: number, text: string): boolean {
  // (Not a year a preposition makes the time of the clause: "in 1940 the winners were published".)
  return YEAR_TITLE.test(sentence.slice(index + text.length)) && !WHEN_BEFORE.test(sentence.slice(0, index));
}

/**
 * Whether a date is only what a figure is measured against: "halved from 1985 levels", "below February 1986 levels",
 * "in its 1986 annual report" (the report tells of a year gone, in the year of the sentence).
 */
export function dateAsReference(sentence: string, index: number, text: string): boolean {
  // (A comma too: "above the January, 1986, level".)
  return /^(?:['’]s)?,?\s+(?:levels?|annual\s+report)\b/iu.test(sentence.slice(index + text.length));
}
