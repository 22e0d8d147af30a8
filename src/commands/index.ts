// The command registry: one module per slash command, shared by Discord and the console.
import type { Command } from '../src/commands.js';
import who from './who.js';
import timeline from './timeline.js';
import source from './source.js';
import search from './search.js';
import article from './article.js';
import stats from './stats.js';
import reload from './reload.js';
import remove from './remove.js';
import add from './add.js';
import help from './help.js';

export const commands: Command[] = [who, timeline, source, search, article, stats, reload, add, remove, help];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name.toLowerCase());
}
