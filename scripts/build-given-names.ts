// Builds models/given-names.txt, the given-name gazetteer the person tagger reads: the name lists of the
// gender-detection-from-name package (MIT; English, French, German, Spanish, Italian and Turkish lists, whose
// English one holds many names of other cultures), plus scripts/given-names-extra.txt for cultures they undercount.
// Demonyms and function words are never given names ("Kenyan Susan Chepkemei", "My", "Million", "The"): words
// compromise's lexicon knows as one are left out, but for the names scripts/given-names-extra.txt gives ("Said").
// Also models/given-genders.txt: the names the lists give one gender only ("jonny m"), for "Mr"/"Mrs" + surname.
// usage: npx tsx scripts/build-given-names.ts
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { PARTICLES } from '../src/people/lexicon.js';

const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('gender-detection-from-name/package.json')), 'names');
const names = new Set<string>();
/** Each name's genders over all the lists: a name given one only is written to models/given-genders.txt. */
const genders = new Map<string, Set<string>>();
for (const file of readdirSync(dir).sort()) {
  const list = require(join(dir, file)) as Map<string, string>;
  for (const [name, gender] of list) {
    if (!/^\p{L}[\p{L}'-]+$/u.test(name)) continue;
    const l = name.toLowerCase();
    names.add(l);
    let g = genders.get(l);
    if (!g) genders.set(l, (g = new Set()));
    g.add(gender);
  }
}
const extra = new Set<string>();
for (const line of readFileSync(new URL('./given-names-extra.txt', import.meta.url), 'utf8').split('\n'))
  for (const w of line.replace(/#.*/, '').split(/\s+/)) if (w) extra.add(w.toLowerCase());
// A demonym (and its plural, and its accents folded) reads as a given name in a list of names ("Kenyan", "Thai",
// "German"), but news writes it before a name as the person's nationality; a function word or a number ("my",
// "the", "by", "million", "given") opens the capitalised runs of headlines and titles ("My Summer of Love").
// Not months, modals or past tenses: "April", "Will" and "Hung" are given names.
const NEVER_GIVEN = new Set(
  'Demonym Determiner Preposition Conjunction Possessive Pronoun Negative Cardinal Ordinal TextValue Multiple Expression Participle Duration WeekDay Currency Unit'.split(
    ' ',
  ),
);
const notGiven = new Set<string>();
for (const [word, tag] of Object.entries(
  (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon,
)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  // Name particles stay ("de", "el", "le"): the tagger reads them as parts of names.
  if (!tags.some((t) => NEVER_GIVEN.has(t)) || PARTICLES.has(word)) continue;
  notGiven.add(word);
  if (tags.includes('Demonym')) notGiven.add(`${word}s`);
}
const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
const dropped = [...names].filter((n) => notGiven.has(plain(n)));
for (const n of dropped) names.delete(n);
for (const n of extra) names.add(n);
const out = [...names].sort();
writeFileSync(new URL('../models/given-names.txt', import.meta.url), out.join('\n') + '\n');
// "Mrs Wilkinson" is not Jonny Wilkinson: the genders of the names the lists give one gender only, m or f.
const gendered = out.flatMap((n) => {
  const g = genders.get(n);
  return g?.size === 1 && (g.has('male') || g.has('female')) ? [`${n} ${g.has('male') ? 'm' : 'f'}`] : [];
});
writeFileSync(new URL('../models/given-genders.txt', import.meta.url), gendered.join('\n') + '\n');
console.log(
  `${out.length} given names written to models/given-names.txt; demonyms and function words left out: ${dropped.join(' ')}`,
);
