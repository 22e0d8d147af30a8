// Builds models/given-names.txt, the given-name gazetteer the person tagger reads: the name lists of the
// gender-detection-from-name package (MIT; English, French, German, Spanish, Italian and Turkish lists, whose
// English one holds many names of other cultures), plus scripts/given-names-extra.txt for cultures they undercount.
// usage: npx tsx scripts/build-given-names.ts
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('gender-detection-from-name/package.json')), 'names');
const names = new Set<string>();
for (const file of readdirSync(dir).sort()) {
  const list = require(join(dir, file)) as Map<string, string>;
  for (const name of list.keys()) if (/^\p{L}[\p{L}'-]+$/u.test(name)) names.add(name.toLowerCase());
}
const extra = readFileSync(new URL('./given-names-extra.txt', import.meta.url), 'utf8');
for (const line of extra.split('\n'))
  for (const w of line.replace(/#.*/, '').split(/\s+/)) if (w) names.add(w.toLowerCase());
const out = [...names].sort();
writeFileSync(new URL('../models/given-names.txt', import.meta.url), out.join('\n') + '\n');
console.log(`${out.length} given names written to models/given-names.txt`);
