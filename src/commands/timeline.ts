import type { Command } from '../src/commands.js';
import { timeline } from '../src/queries/timeline.js';

export default {
  name: 'timeline',
  description: 'Dated events from the articles, oldest first, each with its sources',
  example: '/timeline from:2025-05-01 to:2025-06-30 topic:cpec',
  options: [
    { name: 'from', description: 'Earliest date: 2025-05-21, 2025-05 or 2025', type: 'string', maxLength: 10 },
    { name: 'to', description: 'Latest date: 2025-06-30, 2025-06 or 2025', type: 'string', maxLength: 10 },
    { name: 'topic', description: 'Only events in passages about this topic', type: 'string', maxLength: 200 },
    { name: 'person', description: 'Only events naming this person', type: 'string', autocomplete: true, maxLength: 100 },
  ],
  quiet: true,
  run: ({ engine }, args) =>
    timeline(engine.corpus, { from: args.from as string | undefined, to: args.to as string | undefined, topic: args.topic as string | undefined, person: args.person as string | undefined }),
  autocomplete: ({ engine }, _option, typed) =>
    engine.corpus.people.autocomplete(typed).map((p) => ({ name: p.name.slice(0, 100), value: p.name.slice(0, 100) })),
} satisfies Command;
