// Reads a command typed as in Discord: "/who muttaqi", "/who name:muttaqi", "/timeline from:2025-05-01 topic:belt and road".
import type { Args, Command } from '../commands.js';

export type Parsed = { kind: 'command'; command: Command; args: Args } | { kind: 'question'; text: string } | { kind: 'error'; command: string; error: string };

export function parseLine(line: string, commands: Command[]): Parsed {
  const text = line.trim();
  if (!text.startsWith('/')) return { kind: 'question', text };
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text)!;
  const name = m[1]!.toLowerCase();
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const known = commands.map((c) => `/${c.name}`).join(', ');
    return { kind: 'error', command: name || 'unknown', error: `There is no command /${name}. Try one of: ${known}.` };
  }
  const rest = m[2]!;
  const names = [...command.options.map((o) => o.name), 'ephemeral'];
  const label = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'giu');
  const marks = [...rest.matchAll(label)];
  const args: Args = {};
  const first = marks.length ? rest.slice(0, marks[0]!.index!) : rest;
  if (first.trim()) {
    const target = command.options.find((o) => o.type === 'string');
    if (!target) return { kind: 'error', command: name, error: `/${name} takes no text; try \`/${name}\` alone.` };
    args[target.name] = first.trim();
  }
  marks.forEach((mark, k) => {
    const start = mark.index! + mark[0].length;
    const end = k + 1 < marks.length ? marks[k + 1]!.index! : rest.length;
    args[mark[1]!.toLowerCase()] = rest.slice(start, end).trim();
  });
  return { kind: 'command', command, args };
}
