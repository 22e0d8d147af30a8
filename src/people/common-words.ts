// The English words WordNet knows as naming a common thing, act or quality (models/common-words.txt, built by
// scripts/build-common-words.ts), for telling a name made of common words ("Shark Tale") from a person's.
import { wordList } from './word-lists.js';

const words = wordList('common-words.txt');

/** Whether a word, in any case, is a common English word or its plural or third person ("Sharks", "Flies"). */
export function commonWord(word: string): boolean {
  const w = word.toLowerCase();
  const set = words();
  return (
    set.has(w) ||
    (w.endsWith('s') && set.has(w.slice(0, -1))) ||
    (w.endsWith('es') && set.has(w.slice(0, -2))) ||
    (w.endsWith('ies') && set.has(`${w.slice(0, -3)}y`))
  );
}
