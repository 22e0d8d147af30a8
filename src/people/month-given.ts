// A month's name that is a given name opening a person's name: "with June Carter Cash", "April Ashley said". The
// tagger, trained on news where months are dates, leaves it out; the date reader must not read it as the month.
import { type TagToken, docContext, given, personModel, tagSentence, tagTokens } from './tagger.js';
import { forwardAsPosition, isRoleNoun } from './role-words.js';
import { lexiconTags } from './lexicon.js';

const MONTH = /^(?:January|April|May|June|July|August)$/u;

/** A day written in words after its month ("April One", "June Twenty-first"): a date, no surname. */
const DAY_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:-\p{L}+)?$/iu;

/**
 * Whether token `i` of a sentence may be a month given as a person's given name, should the tagger read a person's
 * name from the token after it: capitalised, a given name of the lists, one space before a plain capitalised word,
 * and where something says a person is named (below). After a word of time ("in June", "By June Smith had left")
 * it never is.
 */
export function monthGivenAt(s: string, tt: TagToken[], i: number): boolean {
  const w = tt[i];
  const next = tt[i + 1];
  if (!w || !next || !MONTH.test(w.text) || !given().has(w.text.toLowerCase())) return false;
  // (A surname is a plain capitalised word: not "U.S." of "April U.S. crude", a day in words or a place.)
  if (
    s.slice(w.end, next.start) !== ' ' ||
    !/^\p{Lu}\p{Ll}/u.test(next.text) ||
    DAY_WORD.test(next.text) ||
    lexiconTags(next.text).place
  )
    return false;
  // What says a person is named: a role noun before it ("analyst June Page"), "with" or a maker's "by" ("recorded by
  // June Carter"), or, opening the sentence, a name of two words after it ("June Carter Cash said"). A market's
  // month before a grade or a place ("June Eurodollars", "forward April Brent", "August Dubai") has none of them.
  const before = tt[i - 1]?.text;
  if (!before) return /^\p{Lu}\p{Ll}/u.test(tt[i + 2]?.text ?? '') && s.slice(next.end, tt[i + 2]!.start) === ' ';
  if (/^by$/iu.test(before)) return /(?:ed|en)$/u.test(tt[i - 2]?.text ?? '');
  // ("forward" only as a player's position: "15-day forward April Brent" is a market's.)
  const position = before.toLowerCase() !== 'forward' || forwardAsPosition(s, tt, i - 2);
  return /^with$/iu.test(before) || (isRoleNoun(before) && position);
}

/**
 * Whether the month at `at` in a sentence opens a person's name there: the tagger reads the words after it as a
 * person's. For the date reader, which runs apart from the people's.
 */
export function monthOpensName(sentence: string, at: number): boolean {
  if (!/^\s\p{Lu}/u.test(sentence.slice(at).replace(/^\p{L}+/u, ''))) return false;
  const tt = tagTokens(sentence);
  const i = tt.findIndex((t) => t.start === at);
  if (i < 0 || !monthGivenAt(sentence, tt, i)) return false;
  const { tags } = tagSentence(personModel(), tt, docContext([tt]));
  return tags[i + 1] === 'B-PER';
}

/** Gives the tagger's tags a month that opens a person's name: its tag becomes the name's first. */
export function tagMonthGivenNames(s: string, tt: TagToken[], tags: string[]): void {
  for (let i = 0; i + 1 < tt.length; i++)
    if (tags[i] === 'O' && tags[i + 1] === 'B-PER' && monthGivenAt(s, tt, i)) {
      tags[i] = 'B-PER';
      tags[i + 1] = 'I-PER';
    }
}
