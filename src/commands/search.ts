import type { Command } from '../src/commands.js';
import { search } from '../src/queries/search.js';
import { FILTER_OPTIONS, filtersOf } from '../src/queries/filters.js';

export default {
  name: 'search',
  description: 'Passages of the corpus that match your words, best first',
  example: '/search border crossing trucks',
  options: [
    { name: 'query', description: 'Words to look for', type: 'string', required: true, maxLength: 300 },
    ...FILTER_OPTIONS,
  ],
  quiet: true,
  run: ({ engine }, args) => search(engine.corpus, String(args.query), undefined, filtersOf(args)),
} satisfies Command;
