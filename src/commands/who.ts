// /who name:<name>: who a person in the news is, by the roles the articles give them.
import { text, type Command, type CommandContext, type Choice } from './command.js';
import { who } from '../queries/who.js';

/** People whose names start with what was typed, as Discord's autocomplete shows them (100 characters at most). */
export function personChoices({ engine }: CommandContext, _option: string, typed: string): Choice[] {
  return engine.corpus.people
    .autocomplete(typed)
    .map((p) => ({ name: p.name.slice(0, 100), value: p.name.slice(0, 100) }));
}

export default {
  data: {
    name: 'who',
    description: 'Who a person in the news is, by the roles the articles give them, with sources',
    example: '/who muttaqi',
    options: [
      {
        name: 'name',
        description: 'Full name, surname or a near spelling',
        type: 'string',
        required: true,
        autocomplete: true,
        maxLength: 100,
      },
    ],
    quiet: true,
  },
  parse: (values) => ({ args: { name: text(values, 'name')! } }),
  execute: ({ engine }, args) => who(engine.corpus, args.name),
  autocomplete: personChoices,
} satisfies Command<{ name: string }>;
