// A decade or century told as the kind of a thing, not as when something happened: "Leigh's 1950s drama", "1st
// century history", "a 1980s hit", "nostalgia for 1980s-era games" (the timeline makes no event of it).
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
