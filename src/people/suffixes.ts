// Generational suffixes and post-nominals ("Jr.", "MP for X", "QC") taken off before tagging and given back to each name.
import { escapeRegExp } from '../text.js';
import type { Mention } from './mention.js';
import { isAffiliation } from './role-words.js';
import { knownGiven } from './given-names.js';
import { LEGAL } from './name-checks.js';

/** The generational suffixes written after a name (a numeral after one is read apart: "III"). */
const GENERATIONS = 'Jr|Sr|Jnr|Snr';

/**
 * A generational suffix after a capitalised name: "Herb Mee Jr.", "Patrick Michaels, Jr.", "Joseph Kennedy Snr"; a
 * numeral after a name of two words ("Nicholas Gallo III"; not "Mark IV Industries").
 */
const SUFFIX =
  /(\p{Lu}[\p{L}'’-]*),?\s+(Jr|Sr|Jnr|Snr)(\.?)(?=[\s,;:)"”’']|$)|(?<=\p{Lu}[\p{L}'’-]*\s)(\p{Lu}[\p{L}'’-]*)\s+(II|III|IV)()(?=[\s,;:.)"”’']|$)(?!\s+\p{Lu}\p{Ll})/gu;

/**
 * A mention read in a sentence without suffixes, given back the sentence as written (`original`) and the suffix of
 * its name's `k`-th occurrence there: "Herb Mee Jr" and "Douglas Fairbanks Sr" are not their fathers or sons.
 */
export function restoreSuffix(m: Mention, original: string, k: number): void {
  m.sentence = original;
  if (m.org) return;
  // (The name of a firm it opens is no occurrence of the person's: "Robert Halmi Sr, chairman of Robert Halmi Inc".)
  const at = [
    ...original.matchAll(
      new RegExp(`${escapeRegExp(m.name)}(?:,?\\s+(${GENERATIONS}|III|II|IV)\\b|\\s+(MP|MSP|MEP|MLA)\\b)?`, 'gu'),
    ),
  ].filter((x) => !LEGAL.test(/^\s+(\S+)/u.exec(original.slice(x.index + x[0].length))?.[1] ?? ''))[k];
  if (at?.[1] && m.full) m.name = `${m.name} ${at[1]}`;
  // A member's letters after the name are a role: "Brian Monteith MSP".
  if (at?.[2] && !m.roles.includes(at[2])) {
    m.roles.push(at[2]);
    m.roleDates?.push(null);
  }
}

/** Whether the sentence as written gives the name a generational suffix ("Robert Halmi Sr"): a person's, no firm's. */
export function generational(name: string, original: string): boolean {
  return new RegExp(`${escapeRegExp(name)},?\\s+(?:${GENERATIONS})\\b`, 'u').test(original);
}

/** Words before a member's letters that say whose member: a party, a seat ("Labour MP", "Manchester Central MP"). */
const CONSTITUENCY =
  /^(?:Labour|Tory|Conservative|Liberal|Lib|Dem|Green|Plaid|Unionist|Democrat|Republican|SNP|SDLP|UUP|DUP|Independent|Socialist|Ukip|UKIP|Central|North|South|East|West|Northern|Southern|Eastern|Western|Rural|Borough|City)$/u;

/**
 * Letters after a name: a member's ("Brian Monteith MSP,"), a counsel's or an honour's ("QC", "OBE"), before a comma,
 * a bracket, the end or a word in lower case ("Guy Mansfield QC warned").
 */
const POST_NOMINAL =
  /(?<=\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:MP|MSP|MEP|MLA|QC|KC|OBE|MBE|CBE)(?=\s*[,;)]|\s*\.?$|\s+\p{Ll})/gu;

/**
 * A sentence without its names' generational suffixes, keeping a full stop that ends one ("said Herb Mee Jr. He"),
 * and without the letters after them.
 */
export function withoutSuffixes(s: string): string {
  // Not after a party or a place, whose member the letters make: "a prospective Labour MP,", "Manchester Central MP,".
  const bare = s.replace(POST_NOMINAL, (all: string, at: number) => {
    const [, first, before = ''] = /(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}[\p{L}'’-]*)$/u.exec(s.slice(0, at)) ?? [];
    // ("Guy Mansfield QC": after a given name, a place's name is a surname.)
    if (first && knownGiven(first)) return '';
    return CONSTITUENCY.test(before) || isAffiliation([before]) ? all : '';
  });
  return bare.replace(
    SUFFIX,
    (
      all: string,
      name: string | undefined,
      _kind: string,
      dot: string,
      tail: string | undefined,
      ...rest: unknown[]
    ) => {
      const at = rest.find((x) => typeof x === 'number') as number;
      // A numeral only after a given name and a surname ("Nicholas Gallo III"; not "King Edward III",
      // "Shakespeare's Richard III"); its full stop stays the sentence's.
      if (tail !== undefined) return knownGiven(/(\S+)\s$/u.exec(bare.slice(0, at))?.[1] ?? '') ? tail : all;
      return name! + (dot && /^(?:\s+["“‘]?\p{Lu}|\s*$)/u.test(bare.slice(at + all.length)) ? '.' : '');
    },
  );
}
