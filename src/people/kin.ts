// Relatives named by their given names only, whose surname the sentence gives through a kin word or a shared
// surname: "Mr Glazer's two sons, Avi and Joel" are Avi and Joel Glazer, "Michael Howard's wife, Sandra" is Sandra
// Howard, "economist team Jim and Margaret Cuthbert" is Jim Cuthbert too; "her brother Daniel" after Natasha
// Bedingfield is Daniel Bedingfield, her brother (a pronoun's kin word owned by the person named last before it).
import { genderOf } from './genders.js';
import { lexiconTags } from './lexicon.js';
import type { Mention } from './mention.js';
import { playedPart } from './played-parts.js';

// (Whole words only: "David Furnish" is no "Davi".)
const GIVEN = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}'’-])";
export const KIN_WORDS =
  'wife|husband|son|sons|daughter|daughters|brother|brothers|sister|sisters|widow|widower|father|mother|children|twins|twin|partner|fiancee|fiance|nephew|niece|cousin|grandson|granddaughter';

/**
 * The owner of a kin word, the words between, the kin word and the given names after it: "Mr Glazer's two sons,
 * Avi and Joel", "Curtis's widow Deborah".
 */
const KIN = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’-]+\\s+)*\\p{Lu}[\\p{L}'’-]+)['’]s?\\s+((?:[\\p{Ll}\\d-]+\\s+){0,3}?)(${KIN_WORDS})\\s*,?\\s+(${GIVEN}(?:\\s*,\\s*${GIVEN})*(?:,?\\s+and\\s+${GIVEN})?)(?!\\s+\\p{Lu})`,
  'gu',
);

/** Two given names and one surname: "Jim and Margaret Cuthbert". */
const SHARED = new RegExp(`\\b(${GIVEN})\\s+and\\s+(${GIVEN})\\s+(\\p{Lu}[\\p{L}'’-]+)\\b`, 'gu');

/** Words of a family or a couple. */
const COUPLE =
  /\b(?:husband|wife|couple|brothers|sisters|twins|parents|siblings|family|families|mother|father|sons|daughters)\b/iu;

/**
 * Gives the given names alone among the mentions of one sentence the surname the sentence ties them to, with the
 * kin role ("Michael Howard's wife"); returns the relatives the tagger did not find, as new mentions. `surnames`:
 * the last words of the article's full names ("Blair" of "Tony Blair" is no given name in "Blair and John Major").
 */
export function kinNames(
  group: Mention[],
  sentence: string,
  passage: number,
  surnames: Set<string>,
  before?: Mention,
): Mention[] {
  const added: Mention[] = [];
  const alone = (name: string) => [...group, ...added].find((m) => !m.org && !m.nickname && m.name === name);
  for (const m of sentence.matchAll(KIN)) {
    // The owner's last word, whatever title stands before it ("Mr Glazer's"): the surname.
    const surname = m[1]!.split(/\s+/u).at(-1)!;
    if (!lexiconLikeSurname(surname)) continue;
    // (A part played is a fiction's kin: "who plays Cheadle's wife Tatiana", "a role as Tom Hale's mother Sheila".)
    if (playedPart(sentence, m.index, m.index + m[0].length)) continue;
    const kin = m[3]!.replace(/s$/u, '').replace(/^childre$/u, 'child');
    // (A count says how many, not who each is: "two sons" gives each "son".)
    // (Nor does a kin word joined before: "Curtis's widow and daughter Natalie" is his daughter.)
    const between = m[2]!.split(/\s+/u);
    const words = between
      .slice(between.lastIndexOf('and') + 1)
      .filter((w) => w && !/^(?:\d+|two|three|four|five|six|both|twin)$/u.test(w));
    const role = [`${m[1]!}’s`, ...words, kin].join(' ');
    const givens = m[4]!.split(/\s*,\s*|,?\s+and\s+/u).filter(Boolean);
    // Only given names: "Curtis's widow Deborah", not "his son Boston" or a firm.
    if (!givens.every((g) => lexiconTags(g).first)) continue;
    for (const g of givens) {
      const full = `${g} ${surname}`;
      const found = alone(g);
      if (found) {
        found.name = full;
        found.full = true;
        found.evidence = true;
        if (!found.roles.includes(role)) found.roles.push(role);
      } else if (!alone(full))
        added.push({ name: full, full: true, roles: [role], affiliation: null, passage, sentence, evidence: true });
    }
  }
  // "Keanu Reeves attended with his mother, Patricia": the kin of the person the sentence named last before it.
  // A given name alone takes the owner's surname, as above ("her brother Daniel" of Natasha Bedingfield).
  for (const m of sentence.matchAll(PRONOUN_KIN)) {
    // (Or, when the sentence names no one before it, the person the sentences before named last: "Keanu Reeves
    // ... . The 40-year-old attended with his mother, Patricia".)
    const owner = lastPersonBefore(group, sentence, m.index) ?? (PRONOUN_SUBJECT.test(sentence) ? before : undefined);
    const named = [...group, ...added].find((x) => !x.org && !x.nickname && x.name === m[3]);
    if (!owner || !named || named === owner || named.roles.length) continue;
    // ("her husband, Edward Addison, had committed adultery with her sister Jessy": not Edward's sister.)
    const gender = genderOf(owner.name.split(' ')[0]!.toLowerCase());
    if (gender && gender !== (/^her\b/iu.test(m[0]) ? 'f' : 'm')) continue;
    named.roles.push(`${owner.name}’s ${m[1] ?? ''}${m[2]!}`);
    const surname = owner.full ? owner.name.split(' ').at(-1)! : '';
    if (surname && !named.full && lexiconTags(named.name).first && m[2] !== 'partner') {
      named.name = `${named.name} ${surname}`;
      named.full = true;
    }
  }
  // Only where the sentence speaks of a family or a couple: "Jesus and Mary Chain", "Lulu and Julio Iglesias" are
  // a band and two singers.
  if (!COUPLE.test(sentence)) return added;
  for (const m of sentence.matchAll(SHARED)) {
    const [first, second, surname] = [m[1]!, m[2]!, m[3]!];
    const found = alone(first);
    if (!found || !alone(`${second} ${surname}`) || !lexiconTags(first).first || surnames.has(first)) continue;
    found.name = `${first} ${surname}`;
    found.full = true;
  }
  return added;
}

/** "his mother, Patricia", "her late husband John Smith": a kin word a pronoun owns and the name it gives. */
const PRONOUN_KIN = new RegExp(
  `\\b(?:[Hh]is|[Hh]er)\\s+((?:late|former|new|elder|younger|eldest|youngest|estranged)\\s+)?(${KIN_WORDS.replace(/\|(?:sons|daughters|brothers|sisters|children|twins)(?=\||$)/gu, '')})\\s*,?\\s+(${GIVEN}(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)(?![\\p{L}'’-])`,
  'gu',
);

/** A sentence whose subject stands for someone named before: a pronoun or a description ("The 40-year-old"). */
const PRONOUN_SUBJECT = /^(?:He|She|The\s+(?:\d+-year-old|[\p{Ll}-]+))\s/u;

/** The person a sentence names last before a place in it: whose kin a pronoun's kin word there is. */
function lastPersonBefore(group: Mention[], sentence: string, at: number): Mention | undefined {
  let best: Mention | undefined;
  let bestAt = -1;
  for (const m of group) {
    if (m.org || m.nickname) continue;
    const where = sentence.lastIndexOf(m.name, at);
    if (where >= 0 && where > bestAt) [best, bestAt] = [m, where];
  }
  return best;
}

/** A surname may end the owner: not a word of a firm or a place ("Britain's", "BBC's"). */
function lexiconLikeSurname(w: string): boolean {
  const t = lexiconTags(w);
  return !t.place && !t.demonym && !t.date && !/^\p{Lu}{2,}$/u.test(w);
}
