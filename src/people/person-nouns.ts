// The nouns whose first sense is a person ("psychologist", "hostage", "thrower"), from WordNet: any of them before a
// name reads as the person's role, as the hand-kept role and occupation lists do.
import { readFileSync } from 'node:fs';

let nouns: Set<string> | null = null;

/** Whether a lower-case word is a noun for a person (models/person-nouns.txt, by scripts/build-person-nouns.ts). */
export function personNoun(word: string): boolean {
  nouns ??= new Set(
    readFileSync(new URL('../../models/person-nouns.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  return nouns.has(word);
}
