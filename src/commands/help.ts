// /help: what Dossier can do, one line and an example per command. Made from the registry it is given, so that
// this file needs no import of the registry (which lists it).
import type { Command, CommandDefinition } from './command.js';
import type { Answer } from '../answer.js';

export function helpAnswer(commands: readonly CommandDefinition[]): Answer {
  return {
    command: 'help',
    title: 'Dossier — answers from the news corpus, always with sources',
    summary: 'Every line I give points to the article it comes from. Mention me with a question, or use a command:',
    items: [
      ...commands.map((c) => ({
        heading: `/${c.name}${c.moderatorOnly ? ' (moderators)' : ''}`,
        text: `${c.description}. Example: \`${c.example ?? '/' + c.name}\``,
        citations: [],
      })),
      {
        heading: '@Dossier <question>',
        text: 'Ask in plain words, in a channel or a thread: the answer comes first, in bold inside the sentence that gives it. In a thread, follow-ups ("and what did he say about India?") read the conversation. Example: `@Dossier who is Pakistan’s foreign minister?`',
        citations: [],
      },
      {
        heading: 'Ask Dossier (message menu)',
        text: 'Right-click any message → Apps → Ask Dossier: answers about that message’s text.',
        citations: [],
      },
    ],
    data: {
      commands: commands.map((c) => ({
        name: c.name,
        description: c.description,
        example: c.example,
        options: c.options.map((o) => o.name),
      })),
    },
  };
}

/** /help over the commands `all()` returns (the registry, once it is built). */
export function helpCommand(all: () => readonly Command[]): Command<Record<string, never>> {
  return {
    data: {
      name: 'help',
      description: 'What Dossier can do, with an example of each command',
      example: '/help',
      options: [],
      quiet: true,
    },
    parse: () => ({ args: {} }),
    execute: () => helpAnswer(all().map((c) => c.data)),
  };
}
