// /source topic:<topic> [filters]: what several documents say about a topic, one or two excerpts each.
import { text, type Command } from './command.js';
import { source } from '../queries/source.js';
import type { FilterArgs } from '../queries/filters.js';
import { FILTER_OPTIONS, parseFilters } from './filters.js';

export default {
  data: {
    name: 'source',
    description: 'What several documents say about a topic, with cited excerpts',
    example: '/source cpec',
    options: [
      {
        name: 'topic',
        description: 'A topic, e.g. cpec, ttp, fentanyl',
        type: 'string',
        required: true,
        maxLength: 200,
      },
      ...FILTER_OPTIONS,
    ],
    quiet: true,
  },
  parse: (values) => {
    const f = parseFilters(values);
    return 'error' in f ? f : { args: { topic: text(values, 'topic')!, filters: f.filters } };
  },
  execute: ({ engine }, args) => source(engine.corpus, args.topic, args.filters),
} satisfies Command<{ topic: string; filters: FilterArgs }>;
