// /timeline [from] [to] [topic] [person]: dated events, oldest first, each with its sources.
import { text, type Command } from './command.js';
import { timeline, type TimelineFilters } from '../queries/timeline.js';
import { documentFilter } from '../queries/filters.js';
import { personChoices } from './who.js';

export default {
  data: {
    name: 'timeline',
    description: 'Dated events from the articles, oldest first, each with its sources',
    example: '/timeline from:2025-05-01 to:2025-06-30 topic:cpec',
    options: [
      { name: 'from', description: 'Earliest date: 2025-05-21, 2025-05 or 2025', type: 'string', maxLength: 10 },
      { name: 'to', description: 'Latest date: 2025-06-30, 2025-06 or 2025', type: 'string', maxLength: 10 },
      { name: 'topic', description: 'Only events in passages about this topic', type: 'string', maxLength: 200 },
      {
        name: 'person',
        description: 'Only events naming this person',
        type: 'string',
        autocomplete: true,
        maxLength: 100,
      },
    ],
    quiet: true,
  },
  parse: (values) => {
    const filters: TimelineFilters = {};
    for (const k of ['from', 'to', 'topic', 'person'] as const) {
      const v = text(values, k);
      if (v !== undefined) filters[k] = v;
    }
    // The date window is read as /search's is: a date not read, or from after to, is said before any work.
    const window = documentFilter({ from: filters.from, to: filters.to });
    return window && 'error' in window ? window : { args: filters };
  },
  execute: ({ engine }, filters) => timeline(engine.corpus, filters),
  autocomplete: personChoices,
} satisfies Command<TimelineFilters>;
