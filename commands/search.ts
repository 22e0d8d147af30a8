import type { Command } from '../src/commands.js';
import { search } from '../src/queries/search.js';
import { filtersOf } from '../src/queries/filters.js';

export default {
  name: 'search',
  description: 'Passages of the corpus that match your words, best first',
  example: '/search border crossing trucks',
  options: [
    { name: 'query', description: 'Words to look for', type: 'string', required: true, maxLength: 300 },
    { name: 'from', description: 'Published on or after: 2025-05-21, 2025-05 or 2025', type: 'string', maxLength: 10 },
    { name: 'to', description: 'Published on or before: 2025-06-30, 2025-06 or 2025', type: 'string', maxLength: 10 },
    { name: 'publisher', description: 'Only this publisher or wire, e.g. reuters', type: 'string', maxLength: 100 },
    { name: 'language', description: 'Only articles in this language: en, fr, ar…', type: 'string', maxLength: 20 },
  ],
  quiet: true,
  run: ({ engine }, args) => search(engine.corpus, String(args.query), undefined, filtersOf(args)),
} satisfies Command;
