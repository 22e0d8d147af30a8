// Acronyms the corpus defines, "China-Pakistan Economic Corridor (CPEC)", so that either form finds both.
import { fold, tokenize } from '../text.js';

/** Small words an acronym usually skips: "Belt and Road Initiative (BRI)", "Tehreek-e-Taliban Pakistan (TTP)". */
const SKIPPABLE = new Set(['and', 'of', 'the', 'for', 'e', 'i', 'al', 'el', 'de', 'la', 'du', 'des', 'on', 'in', 'to', '&']);

const PAREN = /\(\s*(\p{Lu}[\p{Lu}\d.&]{1,9})\s*\)/gu;
const WORDS_BEFORE = /((?:[\p{L}][\p{L}'’&]*[\s-]+){1,12})$/u;

/** Maps each folded acronym to the folded expansions the text gives it. */
export function findAcronyms(text: string, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  // Find "(ACR)" first, then read the words just before it: one cheap scan instead of a backtracking one.
  for (const m of text.matchAll(PAREN)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index! - 160), m.index!));
    if (!before) continue;
    const acronym = m[1]!.replace(/\./g, '');
    const letters = fold(acronym).replace(/[^\p{L}]/gu, '');
    const words = before[1]!.trim().split(/[\s-]+/u);
    const expansion = matchInitials(words, letters);
    if (!expansion) continue;
    const key = fold(acronym);
    const set = into.get(key) ?? new Set<string>();
    set.add(tokenize(expansion.join(' ')).join(' '));
    into.set(key, set);
  }
  return into;
}

/** The shortest run of trailing words whose initials spell the acronym, skipping small words. */
function matchInitials(words: string[], letters: string): string[] | null {
  let li = letters.length - 1;
  let wi = words.length - 1;
  while (wi >= 0 && li >= 0) {
    const w = fold(words[wi]!);
    if (w[0] === letters[li]) li--;
    else if (!SKIPPABLE.has(w)) return null;
    wi--;
  }
  if (li >= 0) return null;
  const taken = words.slice(wi + 1);
  return fold(taken[0]!)[0] === letters[0] ? taken : null;
}
