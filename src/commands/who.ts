import type { Command } from '../src/commands.js';
import { who } from '../src/queries/who.js';

export default {
  name: 'who',
  description: 'Who a person in the news is, by the roles the articles give them, with sources',
  example: '/who muttaqi',
  options: [{ name: 'name', description: 'Full name, surname or a near spelling', type: 'string', required: true, autocomplete: true, maxLength: 100 }],
  quiet: true,
  run: ({ engine }, args) => who(engine.corpus, String(args.name)),
  autocomplete: ({ engine }, _option, typed) =>
    engine.corpus.people.autocomplete(typed).map((p) => ({ name: p.name.slice(0, 100), value: p.name.slice(0, 100) })),
} satisfies Command;
