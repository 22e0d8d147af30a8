// A date told as the kind of a thing, the label of a title or a contract, a name's part or a figure's yardstick, not
// as when something happened: "a 1980s hit", "2002 champion X", "the Tax Reform Act of 1969", "from 1985 levels".
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

/** A law's or a treaty's name ending on "of" just before the year: "the Tax Reform Act of 1969". */
const NAMED_BEFORE =
  /\b\p{Lu}[\p{L}-]*\s+(?:Act|Acts|Law|Treaty|Accord|Convention|Code|Amendments?|Agreement)\s+of\s+$/u;
/**
 * What a date names the kind of after it, alone or first of two: "the September 1987 contract", "the 1986/87 and
 * 1985/86 crops", "the May/Dec position" (not what is done about a contract: "a 1998 contract competition").
 */
const LABELLED_AFTER =
  /^(?:\s+(?:and|or)\s+[\p{L}\d/.-]+(?:\s+\d{4})?)?\s+(?:(?:futures|options|delivery|shipment)\s+)?(?:contracts?|crops?|positions?)\b(?!\s+(?:\p{Ll}+tion|talks|negotiations|bids?|awards?|disputes?)\b)/iu;
/** A weekday counted in any month: "the second Friday of the month", "the last Thursday of each month". */
const EVERY_MONTH = /^\s+(?:of|in)\s+(?:the|each|every|a)\s+month\b/iu;

/**
 * Whether a date is part of a name or a label rather than when something happened: a law's year ("the Tax Reform
 * Act of 1969"), a contract's or a crop's month or year ("led by the September 1987 contract", "coffee from the
 * 1986/87 crop"), a weekday counted in every month ("the second Friday of the month").
 */
export function dateInLabel(sentence: string, index: number, text: string): boolean {
  const after = sentence.slice(index + text.length);
  return NAMED_BEFORE.test(sentence.slice(0, index)) || LABELLED_AFTER.test(after) || EVERY_MONTH.test(after);
}
