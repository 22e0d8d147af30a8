import type { Command } from '../src/commands.js';
import { reloadAnswer } from '../src/queries/reload.js';

export default {
  name: 'reload',
  description: 'Re-read the corpus folder and swap in the new index (moderators)',
  example: '/reload',
  options: [],
  moderatorOnly: true,
  run: async ({ engine }) => reloadAnswer(await engine.reload()),
} satisfies Command;
