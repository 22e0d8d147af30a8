// /reload (moderators): re-read the corpus folder, swap in the new index, report what changed.
import type { Command } from './command.js';
import { reloadAnswer } from '../queries/reload.js';

export default {
  data: {
    name: 'reload',
    description: 'Re-read the corpus folder and swap in the new index (moderators)',
    example: '/reload',
    options: [],
    moderatorOnly: true,
  },
  parse: () => ({ args: {} }),
  execute: async ({ engine }) => reloadAnswer(await engine.reload()),
} satisfies Command<Record<string, never>>;
