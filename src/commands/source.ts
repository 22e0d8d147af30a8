import type { Command } from '../src/commands.js';
import { source } from '../src/queries/source.js';
import { FILTER_OPTIONS, filtersOf } from '../src/queries/filters.js';

export default {
  name: 'source',
  description: 'What several documents say about a topic, with cited excerpts',
  example: '/source cpec',
  options: [
    { name: 'topic', description: 'A topic, e.g. cpec, ttp, fentanyl', type: 'string', required: true, maxLength: 200 },
    ...FILTER_OPTIONS,
  ],
  quiet: true,
  run: ({ engine }, args) => source(engine.corpus, String(args.topic), filtersOf(args)),
} satisfies Command;
