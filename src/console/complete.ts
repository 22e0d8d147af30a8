// Tab completion for the console: command names, a command's option names, and people's names where an option
// takes one (the options Discord autocompletes) or at the end of a question.
import type { Command } from '../commands/command.js';

/** What readline's completer returns: the candidates, and the end of the line they would replace. */
type Completion = [string[], string];

export interface CompletionSource {
  commands: readonly Command[];
  /** People's full names for what was typed of one, best first. */
  names(typed: string): string[];
}

/** The options a command's text may name, as typed: `from:`, `topic:` … (not `ephemeral:`: every console answer is private). */
function labels(command: Command): string[] {
  return command.data.options.map((o) => `${o.name}:`);
}

/**
 * Names for the typed text, in a form readline can put in its place. One name replaces the text whole
 * (`mutt` -> `Amir Khan Muttaqi`); several whose common start extends the text are offered as they are; otherwise
 * each is offered from the word the text matched (`mu` -> `muttaqi`, `munir`), so readline adds only what they share.
 */
function nameCompletion(typed: string, names: string[]): Completion {
  if (names.length <= 1) return [names, typed];
  const lower = typed.toLowerCase();
  const shared = commonStart(names.map((n) => n.toLowerCase()));
  if (shared.startsWith(lower)) return [names, typed];
  const fromWord = new Set<string>();
  for (const name of names) {
    const at = [...name.matchAll(/(?:^|[\s-])(?=\S)/g)]
      .map((m) => m.index! + m[0].length)
      .find((i) => name.slice(i).toLowerCase().startsWith(lower));
    if (at !== undefined) fromWord.add(typed + name.slice(at + typed.length));
  }
  return [[...fromWord], typed];
}

function commonStart(words: string[]): string {
  let end = words[0]?.length ?? 0;
  for (const w of words) while (end > 0 && !w.startsWith(words[0]!.slice(0, end))) end--;
  return words[0]?.slice(0, end) ?? '';
}

/** The completer for one console line (the text before the cursor). */
export function completeLine(line: string, source: CompletionSource): Completion {
  if (!line.startsWith('/')) {
    // A question: the last word, if it begins a person's name.
    const word = /(\S*)$/.exec(line)![1]!;
    return word.length >= 2 ? nameCompletion(word, source.names(word)) : [[], word];
  }
  const head = /^\/(\S*)(\s+)?([\s\S]*)$/.exec(line)!;
  if (head[2] === undefined) {
    const typed = head[1]!.toLowerCase();
    const hits = source.commands.filter((c) => c.data.name.startsWith(typed)).map((c) => `/${c.data.name}`);
    return [hits.length === 1 ? [`${hits[0]} `] : hits, line];
  }
  const command = source.commands.find((c) => c.data.name === head[1]!.toLowerCase());
  if (!command) return [[], line];
  const rest = head[3]!;
  const all = labels(command);
  const marks = [...rest.matchAll(new RegExp(`(?:^|\\s)(${all.map((l) => l.slice(0, -1)).join('|')}):`, 'giu'))];
  const last = marks.at(-1);
  // The option the text at the cursor is the value of: the last one named, or the first text option.
  const option = last ? last[1]!.toLowerCase() : command.data.options.find((o) => o.type === 'string')?.name;
  const value = (last ? rest.slice(last.index! + last[0].length) : rest).trimStart();
  if (option && command.data.options.find((o) => o.name === option)?.autocomplete) {
    const hit = nameCompletion(value, source.names(value));
    if (hit[0].length) return hit;
  }
  const word = /(\S*)$/.exec(rest)![1]!;
  if (word.includes(':')) return [[], word];
  const used = new Set(marks.map((m) => `${m[1]!.toLowerCase()}:`));
  return [all.filter((l) => !used.has(l) && l.startsWith(word.toLowerCase())), word];
}
