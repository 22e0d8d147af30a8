// The gender a courtesy title says ("Mr", "Mrs") and the one a given name has (models/given-genders.txt, built by
// scripts/build-given-names.ts): "Mrs Wilkinson" is never Jonny Wilkinson.
import { readFileSync } from 'node:fs';

let genders: Map<string, string> | null = null;

/** 'm' or 'f' for a given name (lower case) the name lists give one gender only; else undefined. */
export function genderOf(given: string): string | undefined {
  if (!genders) {
    genders = new Map();
    for (const line of readFileSync(new URL('../../models/given-genders.txt', import.meta.url), 'utf8').split('\n'))
      if (line) genders.set(line.slice(0, -2), line.slice(-1));
  }
  return genders.get(given);
}

const COURTESY_BEFORE = /(?:^|[^\p{L}])(Mrs|Ms|Miss|Mr|Mme|Mlle|Lady|Sir|Lord)\.?\s+$/u;
const COURTESY_GENDER: Record<string, string> = {
  Mr: 'm',
  Sir: 'm',
  Lord: 'm',
  Mrs: 'f',
  Ms: 'f',
  Miss: 'f',
  Mme: 'f',
  Mlle: 'f',
  Lady: 'f',
};

/** The courtesy title just before a name in its sentence ("Mrs" of "Mrs Wilkinson"), if any. */
export function courtesyBefore(sentence: string, name: string): string | undefined {
  let at = sentence.indexOf(name);
  while (at >= 0) {
    const m = COURTESY_BEFORE.exec(sentence.slice(Math.max(0, at - 8), at));
    if (m) return m[1]!;
    at = sentence.indexOf(name, at + 1);
  }
  return undefined;
}

/**
 * Whether a courtesy title is one written only before a surname ("Mr Howard"), not one a given name may follow
 * ("Sir Alan", "Lady Olga", "Lord Charles").
 */
export const surnameCourtesy = (title: string | undefined): boolean =>
  title !== undefined && !/^(?:Sir|Lady|Lord)$/u.test(title);

/** The gender a courtesy title says ("mr" -> 'm', "mrs" -> 'f'), in any case; else undefined. */
export function titleGender(title: string): string | undefined {
  const t = title.replace(/\.$/u, '');
  return COURTESY_GENDER[t.charAt(0).toUpperCase() + t.slice(1).toLowerCase()];
}
