// The command registry: one file per command, shared by Discord and the console. Adding a command is its file
// and one line here.
import type { Command } from './command.js';
import who from './who.js';
import timeline from './timeline.js';
import source from './source.js';
import search from './search.js';
import article from './article.js';
import stats from './stats.js';
import reload from './reload.js';
import remove from './remove.js';
import add from './add.js';
import { helpCommand } from './help.js';

export const commands: readonly Command[] = [
  who,
  timeline,
  source,
  search,
  article,
  stats,
  reload,
  add,
  remove,
  helpCommand(() => commands),
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.data.name === name.toLowerCase());
}
