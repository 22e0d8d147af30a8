// /stats: what the corpus holds, and every file left out with its reason.
import type { Command } from './command.js';
import { stats } from '../queries/stats.js';

export default {
  data: {
    name: 'stats',
    description: 'What the corpus holds: documents, passages, dates, skipped files',
    example: '/stats',
    options: [],
    quiet: true,
  },
  parse: () => ({ args: {} }),
  execute: ({ engine }) => stats(engine.corpus),
} satisfies Command<Record<string, never>>;
