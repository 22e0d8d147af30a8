// The English words WordNet knows as naming a common thing, act or quality (models/common-words.txt, built by
// scripts/build-common-words.ts), for telling a name made of common words ("Shark Tale") from a person's.
import { readFileSync } from 'node:fs';

let words: Set<string> | null = null;

/** Whether a word, in any case, is a common English word or its plural or third person ("Sharks", "Flies"). */
export function commonWord(word: string): boolean {
  words ??= new Set(
    readFileSync(new URL('../../models/common-words.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  const w = word.toLowerCase();
  return (
    words.has(w) ||
    (w.endsWith('s') && words.has(w.slice(0, -1))) ||
    (w.endsWith('es') && words.has(w.slice(0, -2))) ||
    (w.endsWith('ies') && words.has(`${w.slice(0, -3)}y`))
  );
}
