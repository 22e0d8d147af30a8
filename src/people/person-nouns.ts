// The nouns whose first sense is a person ("psychologist", "hostage", "thrower"), from WordNet: any of them before a
// name reads as the person's role, as the hand-kept role and occupation lists do.
import { wordList } from './word-lists.js';

const nouns = wordList('person-nouns.txt');

/** Whether a lower-case word is a noun for a person (models/person-nouns.txt, by scripts/build-person-nouns.ts). */
export function personNoun(word: string): boolean {
  return nouns().has(word);
}
