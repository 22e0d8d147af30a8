import type { Command } from '../src/commands.js';
import { source } from '../src/queries/source.js';

export default {
  name: 'source',
  description: 'What several documents say about a topic, with cited excerpts',
  example: '/source cpec',
  options: [{ name: 'topic', description: 'A topic, e.g. cpec, ttp, fentanyl', type: 'string', required: true, maxLength: 200 }],
  quiet: true,
  run: ({ engine }, args) => source(engine.corpus, String(args.topic)),
} satisfies Command;
