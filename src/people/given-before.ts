// A given name the tagger read as another kind of name, just before a person's name that opens on a given name
// too: the first of two given names ("Sion Aubrey Roberts", "Juan Pablo Montoya"), so the name's own first word;
// and a surname the tagger read as another kind of name just after a given name it read as a person's ("Burt
// Lancaster", the bomber's name to a 1996 wire).
import type { TagToken } from './tagger.js';
import { ORG_WORDS, given } from './tagger.js';
import { lexiconTags } from './lexicon.js';
import { commonWord } from './common-words.js';
import { isRoleNoun, isTitleWord } from './role-words.js';

/** Given names that open places' names more often than people's. */
const PLACE_OPENERS = new Set(['North', 'South', 'East', 'West', 'Santa', 'San']);

/**
 * Joins to the person's name after it a one-word name of another kind (B-ORG, B-LOC, B-MISC) that is a given name
 * of the lists and no place, demonym, title or role, one space before a person's name opening on a given name.
 */
export function tagGivenBefore(s: string, tt: TagToken[], tags: string[]): void {
  for (let i = 0; i + 1 < tt.length; i++) {
    if (!/^B-(?:ORG|LOC|MISC)$/u.test(tags[i]!) || tags[i + 1] !== 'B-PER') continue;
    const [w, next] = [tt[i]!, tt[i + 1]!];
    if (s.slice(w.end, next.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || !/^\p{Lu}/u.test(next.text)) continue;
    if (!given().has(w.text.toLowerCase())) continue;
    // The name goes on with a given name ("Sion Aubrey Roberts"), or is a surname alone, the run no longer on either
    // side ("Morgan Spurlock": the 1996 wire knew "Morgan" as a bank's; not "J.P. Morgan Smith").
    const twoGiven = tags[i + 2] === 'I-PER' && given().has(next.text.toLowerCase());
    // (For a surname alone, a given name the lexicon knows as one: not "La Liga", "Sydney Olympics", "Victoria Tower".)
    const surnameAlone =
      tags[i + 2] !== 'I-PER' &&
      lexiconTags(w.text).first &&
      !lexiconTags(next.text).first &&
      !/^\p{Lu}/u.test(tt[i + 2]?.text ?? '') &&
      !(i > 0 && /^\p{Lu}|\.$/u.test(tt[i - 1]!.text) && s.slice(tt[i - 1]!.end, w.start).length <= 1) &&
      // (Nor after an owner's word or an article: "its Trenton Works division".)
      !/^(?:its|their|the|a|an)$/iu.test(tt[i - 1]?.text ?? '');
    if (!twoGiven && !surnameAlone) continue;
    // (Nor a word opening a place's name: "North Carolina", "Santa Fe".)
    if (PLACE_OPENERS.has(w.text)) continue;
    // (Nor a title or a role opening the sentence: "Star Christina Applegate had to pull out".)
    const lex = lexiconTags(w.text);
    if (lex.place || lex.demonym || isTitleWord(w.text) || isRoleNoun(w.text)) continue;
    tags[i] = 'B-PER';
    tags[i + 1] = 'I-PER';
  }
}

/** Prepositions a place's name stands after. */
const PLACE_PREPOSITION = /^(?:in|at|near|from|to|into|outside|across|around)$/iu;

/**
 * Joins to a given name the tagger read as a person's, alone, the one word after it the tagger read as another
 * kind of name (B-LOC, B-MISC), one space on, when nothing capitalised goes on after it: the surname ("starring Burt
 * Lancaster as the airport manager"), where a person's given name alone would be no name of a place or a thing.
 * The given name is one the lexicon knows as one; not before a demonym, a date, an organisation's word or a word of
 * English ("the Cory Grain maize business").
 */
export function tagSurnameAfterGiven(s: string, tt: TagToken[], tags: string[]): void {
  for (let i = 0; i + 1 < tt.length; i++) {
    if (tags[i] !== 'B-PER' || !/^B-(?:LOC|MISC)$/u.test(tags[i + 1]!)) continue;
    const [w, next] = [tt[i]!, tt[i + 1]!];
    if (s.slice(w.end, next.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || !/^\p{Lu}\p{Ll}+$/u.test(next.text))
      continue;
    if (!lexiconTags(w.text).first || /^\p{Lu}/u.test(tt[i + 2]?.text ?? '') || tags[i + 2]?.startsWith('I-')) continue;
    const lex = lexiconTags(next.text);
    if (lex.demonym || lex.date || ORG_WORDS.has(next.text.toLowerCase()) || commonWord(next.text)) continue;
    // (Not a place's name of two words where a place stands: "the toll in Teri Mangal".)
    if (PLACE_PREPOSITION.test(tt[i - 1]?.text ?? '')) continue;
    tags[i + 1] = 'I-PER';
  }
}
