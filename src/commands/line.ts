// A command as a line of text and back: "/who muttaqi", "/who name:muttaqi", "/timeline from:2025-05-01 topic:belt
// and road". The console reads lines; page buttons keep the line that makes an answer again.
import type { Command, RawOptions } from './command.js';

type ParsedLine =
  | { kind: 'command'; command: Command; options: RawOptions }
  | { kind: 'question'; text: string }
  | { kind: 'error'; command: string; error: string };

export function parseLine(line: string, commands: readonly Command[]): ParsedLine {
  const text = line.trim();
  if (!text.startsWith('/')) return { kind: 'question', text };
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text)!;
  const name = m[1]!.toLowerCase();
  const command = commands.find((c) => c.data.name === name);
  if (!command) {
    const known = commands.map((c) => `/${c.data.name}`).join(', ');
    return { kind: 'error', command: name || 'unknown', error: `There is no command /${name}. Try one of: ${known}.` };
  }
  const rest = m[2]!;
  const names = [...command.data.options.map((o) => o.name), 'ephemeral'];
  const label = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'giu');
  const marks = [...rest.matchAll(label)];
  const options: RawOptions = {};
  const first = marks.length ? rest.slice(0, marks[0]!.index!) : rest;
  if (first.trim()) {
    const target = command.data.options.find((o) => o.type === 'string');
    if (!target) return { kind: 'error', command: name, error: `/${name} takes no text; try \`/${name}\` alone.` };
    options[target.name] = first.trim();
  }
  marks.forEach((mark, k) => {
    const start = mark.index! + mark[0].length;
    const end = k + 1 < marks.length ? marks[k + 1]!.index! : rest.length;
    options[mark[1]!.toLowerCase()] = rest.slice(start, end).trim();
  });
  return { kind: 'command', command, options };
}

/** The line that makes a command's answer again: "/timeline from:2025-05-01 topic:cpec". */
export function commandLine(name: string, values: RawOptions): string {
  const parts = Object.entries(values)
    .filter(([k, v]) => k !== 'ephemeral' && v !== undefined && v !== '')
    .map(([k, v]) => `${k}:${String(v)}`);
  return `/${name}${parts.length ? ' ' + parts.join(' ') : ''}`;
}
