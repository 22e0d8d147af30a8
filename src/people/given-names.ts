// Is this word a given name? Four answers, each for its own kind of evidence.
import { knownPlace, lexiconNameOrUnknown, lexiconTags } from './lexicon.js';
import { given } from './tagger.js';
import { lower } from './name-tokens.js';
import { groupWord, isPeopleNoun, isTitleWord } from './role-words.js';

// knownGiven: any given name the name lists or compromise know, even one that is also a common word or a place
//   ("Wood", "Victoria"): enough where the context already says a person is meant.
// plainGivenName: a given name that is no common word ("Gianfranco", not "Wood"): for opening a name where nothing
//   else says one opens.
// givenOnly: a capitalised gazetteer given name that the lexicon knows as nothing else (no place, title, people
//   noun or group): for a given name standing alone.
// givenAmong: a known given name in its place among its neighbours, no word of a place the gazetteer holds
//   ("Manhattan", the "Kong" of "Hong Kong").

/** A given name of the name lists or compromise's lexicon: a person's, where a firm's name would have none. */
export function knownGiven(word: string): boolean {
  return given().has(lower(word)) || lexiconTags(word).first;
}

/**
 * A given name that is no common word: one compromise knows as a given name, or one the gazetteer holds that
 * compromise knows as nothing else ("Gianfranco"; not "Wood", "North", which the gazetteer also holds).
 */
export function plainGivenName(word: string): boolean {
  return lexiconTags(word).first || (given().has(lower(word)) && lexiconNameOrUnknown(word));
}

/**
 * Whether the word at `i` is a known given name in its place among `words`: no place the gazetteer also holds as a
 * given name ("Manhattan", "Athens"), nor a word of a two-word place with its neighbour ("Hong Kong").
 */
export function givenAmong(words: string[], i: number): boolean {
  const w = words[i]!;
  if (!given().has(lower(w)) || lexiconTags(w).place) return false;
  const before = words[i - 1];
  const after = words[i + 1];
  return !(
    (before && /^\p{Lu}/u.test(before) && knownPlace(`${before} ${w}`)) ||
    (after && /^\p{Lu}/u.test(after) && knownPlace(`${w} ${after}`))
  );
}

/**
 * Whether a capitalised word is a given name of the gazetteer that is nothing else the lexicon knows: no place,
 * title, people or group (groupWord covers the lexicon's demonyms).
 */
export function givenOnly(w: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(w) &&
    given().has(lower(w)) &&
    lexiconNameOrUnknown(w) &&
    !lexiconTags(w).place &&
    !isTitleWord(w) &&
    !isPeopleNoun(w) &&
    !groupWord(w)
  );
}
