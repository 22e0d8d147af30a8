// /search query:<words> [filters]: the passages that best match, ranked.
import { text, type Command } from './command.js';
import { search } from '../queries/search.js';
import type { FilterArgs } from '../queries/filters.js';
import { FILTER_OPTIONS, parseFilters } from './filters.js';

export default {
  data: {
    name: 'search',
    description: 'Passages of the corpus that match your words, best first',
    example: '/search border crossing trucks',
    options: [
      { name: 'query', description: 'Words to look for', type: 'string', required: true, maxLength: 300 },
      ...FILTER_OPTIONS,
    ],
    quiet: true,
  },
  parse: (values) => {
    const f = parseFilters(values);
    return 'error' in f ? f : { args: { query: text(values, 'query')!, filters: f.filters } };
  },
  execute: ({ engine }, args) => search(engine.corpus, args.query, undefined, args.filters),
} satisfies Command<{ query: string; filters: FilterArgs }>;
