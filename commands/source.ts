import type { Command } from '../src/commands.js';
import { source } from '../src/queries/source.js';
import { filtersOf } from '../src/queries/filters.js';

export default {
  name: 'source',
  description: 'What several documents say about a topic, with cited excerpts',
  example: '/source cpec',
  options: [
    { name: 'topic', description: 'A topic, e.g. cpec, ttp, fentanyl', type: 'string', required: true, maxLength: 200 },
    { name: 'from', description: 'Published on or after: 2025-05-21, 2025-05 or 2025', type: 'string', maxLength: 10 },
    { name: 'to', description: 'Published on or before: 2025-06-30, 2025-06 or 2025', type: 'string', maxLength: 10 },
    { name: 'publisher', description: 'Only this publisher or wire, e.g. reuters', type: 'string', maxLength: 100 },
    { name: 'language', description: 'Only articles in this language: en, fr, ar…', type: 'string', maxLength: 20 },
  ],
  quiet: true,
  run: ({ engine }, args) => source(engine.corpus, String(args.topic), filtersOf(args)),
} satisfies Command;
