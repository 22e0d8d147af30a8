import type { Command } from '../src/commands.js';
import { search } from '../src/queries/search.js';

export default {
  name: 'search',
  description: 'Passages of the corpus that match your words, best first',
  example: '/search border crossing trucks',
  options: [{ name: 'query', description: 'Words to look for', type: 'string', required: true, maxLength: 300 }],
  quiet: true,
  run: ({ engine }, args) => search(engine.corpus, String(args.query)),
} satisfies Command;
