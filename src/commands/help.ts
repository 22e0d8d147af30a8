import type { Command } from '../src/commands.js';
import type { Answer } from '../src/answer.js';

export default {
  name: 'help',
  description: 'What Dossier can do, with an example of each command',
  example: '/help',
  options: [],
  quiet: true,
  run: async () => {
    const { commands } = await import('./index.js');
    return helpAnswer(commands);
  },
} satisfies Command;

export function helpAnswer(commands: Command[]): Answer {
  return {
    command: 'help',
    title: 'Dossier — answers from the news corpus, always with sources',
    summary: 'Every line I give points to the article it comes from. Mention me with a question, or use a command:',
    items: [
      ...commands.map((c) => ({ heading: `/${c.name}${c.moderatorOnly ? ' (moderators)' : ''}`, text: `${c.description}. Example: \`${c.example ?? '/' + c.name}\``, citations: [] })),
      { heading: '@Dossier <question>', text: 'Ask in plain words, in a channel or a thread: the answer comes first, in bold inside the sentence that gives it. In a thread, follow-ups ("and what did he say about India?") read the conversation. Example: `@Dossier who is Pakistan’s foreign minister?`', citations: [] },
      { heading: 'Ask Dossier (message menu)', text: 'Right-click any message → Apps → Ask Dossier: answers about that message’s text.', citations: [] },
    ],
    data: { commands: commands.map((c) => ({ name: c.name, description: c.description, example: c.example, options: c.options.map((o) => o.name) })) },
  };
}
