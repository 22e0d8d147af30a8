import type { Command } from '../src/commands.js';
import { stats } from '../src/queries/stats.js';

export default {
  name: 'stats',
  description: 'What the corpus holds: documents, passages, dates, skipped files',
  example: '/stats',
  options: [],
  quiet: true,
  run: ({ engine }) => stats(engine.corpus),
} satisfies Command;
