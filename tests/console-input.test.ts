// The console's input: Tab completion (commands, options, people's names), history kept in a capped file, line
// editing at a terminal (up-arrow recalls a line, never sends the escape), and piped input read line by line.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { commands } from '../src/commands/index.js';
import { completeLine, type CompletionSource } from '../src/console/complete.js';
import { historyPath, readHistory, writeHistory } from '../src/console/history.js';
import { consoleInput } from '../src/console/input.js';
import { completionFor } from '../src/console.js';
import { seedEngine } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
/** A directory of invented people: prefix of the full name or of any word of it, as the people directory matches. */
const PEOPLE = ['Leila Haddad', 'Lucas Haddad', 'Omar Farouk', 'Nadia Okafor'];
const source: CompletionSource = {
  commands,
  names: (typed) =>
    PEOPLE.filter((n) => [n, ...n.split(' ')].some((w) => w.toLowerCase().startsWith(typed.toLowerCase().trim()))),
};
const tmp = () => mkdtempSync(join(tmpdir(), 'dossier-history-'));

describe('Tab completion', () => {
  it('completes command names, with a space after the only one', () => {
    expect(completeLine('/wh', source)).toEqual([['/who '], '/wh']);
    expect(completeLine('/S', source)).toEqual([['/source', '/search', '/stats'], '/S']);
    expect(completeLine('/', source)[0]).toEqual(commands.map((c) => `/${c.data.name}`));
    expect(completeLine('/zz', source)).toEqual([[], '/zz']);
  });

  it("completes a command's option names, leaving out those already given", () => {
    expect(completeLine('/timeline fr', source)).toEqual([['from:'], 'fr']);
    expect(completeLine('/timeline from:2025-05-01 t', source)).toEqual([['to:', 'topic:'], 't']);
    expect(completeLine('/timeline from:2025-05 ', source)[0]).toEqual(['to:', 'topic:', 'person:']);
    expect(completeLine('/source cpec pub', source)).toEqual([['publisher:'], 'pub']);
    expect(completeLine('/article ', source)).toEqual([['doc:'], '']);
    expect(completeLine('/nosuch fr', source)).toEqual([[], '/nosuch fr']);
  });

  it("completes people's names where an option takes one, and at the end of a question", () => {
    expect(completeLine('/who omar', source)).toEqual([['Omar Farouk'], 'omar']);
    expect(completeLine('/who farouk', source)).toEqual([['Omar Farouk'], 'farouk']);
    expect(completeLine('/who name:nadia ok', source)).toEqual([['Nadia Okafor'], 'nadia ok']);
    expect(completeLine('/timeline from:2025 person:lei', source)).toEqual([['Leila Haddad'], 'lei']);
    expect(completeLine('what did farouk', source)).toEqual([['Omar Farouk'], 'farouk']);
    // Not on a value that is no name: a topic is free text.
    expect(completeLine('/timeline topic:omar', source)).toEqual([[], 'topic:omar']);
  });

  it('offers several names so that readline adds only what they share to the typed text', () => {
    // Both start with "l": offered whole.
    expect(completeLine('/who l', source)).toEqual([['Leila Haddad', 'Lucas Haddad'], 'l']);
    // They share only the surname typed: offered from it, so the line becomes "haddad", never "L".
    expect(completeLine('/who ha', source)).toEqual([['haddad'], 'ha']);
  });

  it("finds names in the serving corpus's people directory", async () => {
    const engine = await seedEngine();
    const [hits, typed] = completeLine('/who mutt', completionFor(engine));
    expect(typed).toBe('mutt');
    expect(hits).toEqual(['Amir Khan Muttaqi']);
  });
});

describe('history file', () => {
  it('lives where CONSOLE_HISTORY says (empty: nowhere), else under XDG_STATE_HOME, else in the home folder', () => {
    expect(historyPath('/srv/h', { XDG_STATE_HOME: '/state' })).toBe('/srv/h');
    expect(historyPath('', { XDG_STATE_HOME: '/state' })).toBeUndefined();
    expect(historyPath(undefined, { XDG_STATE_HOME: '/state' })).toBe('/state/dossier/history');
    expect(historyPath(undefined, {})).toBe(join(homedir(), '.dossier_history'));
  });

  it('is written oldest first, capped to the newest lines, readable by its owner alone, and read back newest first', () => {
    const file = join(tmp(), 'sub', 'history');
    const newestFirst = Array.from({ length: 30 }, (_, i) => `/who person${29 - i}`);
    expect(writeHistory(file, newestFirst, 20)).toBeNull();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('/who person10');
    expect(lines.at(-1)).toBe('/who person29');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readHistory(file, 5)).toEqual([
      '/who person29',
      '/who person28',
      '/who person27',
      '/who person26',
      '/who person25',
    ]);
    expect(readHistory(join(tmp(), 'none'))).toEqual([]);
  });

  it('keeps each saved line on one line of the file', () => {
    const file = join(tmp(), 'history');
    writeHistory(file, ['/who a\nb', '/stats']);
    expect(readHistory(file)).toEqual(['/who a b', '/stats']);
  });

  it('reports a file it cannot write instead of throwing', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), '');
    expect(writeHistory(join(dir, 'file', 'history'), ['/stats'])).toBeInstanceOf(Error);
  });
});

/** A terminal: keys typed one chunk at a time, each line the console reads. */
function terminal(historyFile: string, historySize?: number, onHistoryError?: (err: Error) => void) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (d) => (shown += d));
  const reader = consoleInput({
    input,
    output,
    interactive: true,
    historyFile,
    historySize,
    completion: source,
    onHistoryError,
  });
  const lines = reader.lines[Symbol.asyncIterator]();
  return {
    async type(...chunks: string[]): Promise<string> {
      for (const c of chunks) {
        input.write(c);
        await new Promise((r) => setImmediate(r));
      }
      return (await lines.next()).value as string;
    },
    /** Types keys and reports whether the session ended. */
    async ends(...chunks: string[]): Promise<boolean> {
      for (const c of chunks) {
        input.write(c);
        await new Promise((r) => setImmediate(r));
      }
      return !!(await lines.next()).done;
    },
    shown: () => shown,
    reader,
  };
}

describe('the console at a terminal', () => {
  it('recalls earlier lines with the up arrow, from this session and the saved history, and saves each new one', async () => {
    const file = join(tmp(), 'history');
    writeFileSync(file, '/stats\n');
    const t = terminal(file);
    t.reader.prompt();
    expect(t.shown()).toContain('> ');
    expect(await t.type('/who dar', '\r')).toBe('/who dar');
    expect(await t.type('\x1b[A', '\r')).toBe('/who dar');
    expect(await t.type('\x1b[A', '\x1b[A', '\r')).toBe('/stats');
    expect(readFileSync(file, 'utf8').trim().split('\n')).toEqual(['/who dar', '/stats']);
    t.reader.close();
  });

  it('completes with Tab and edits the line before it is sent', async () => {
    const file = join(tmp(), 'history');
    const t = terminal(file, 2);
    expect(await t.type('/ti', '\t', 'fr', '\t', '2025', '\r')).toBe('/timeline from:2025');
    expect(await t.type('/who omar', '\t', '\r')).toBe('/who Omar Farouk');
    // Left arrow and backspace edit in place.
    expect(await t.type('/stats', '\x1b[D', '\x1b[D', '\x7f', '\r')).toBe('/stts');
    // The file keeps the newest two.
    expect(readFileSync(file, 'utf8').trim().split('\n')).toEqual(['/who Omar Farouk', '/stts']);
    t.reader.close();
  });
});

describe('the console at a terminal, when things go wrong', () => {
  it('clears the line on Ctrl-C, and ends the session on Ctrl-C at an empty line', async () => {
    const t = terminal(join(tmp(), 'history'));
    expect(await t.type('/who half typ', '\x03', '/stats', '\r')).toBe('/stats');
    expect(t.shown()).toContain('^C');
    expect(await t.ends('\x03')).toBe(true);
  });

  it('tells once that the history cannot be saved, and keeps reading', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), '');
    const told: Error[] = [];
    const t = terminal(join(dir, 'file', 'history'), undefined, (err) => told.push(err));
    expect(await t.type('/stats', '\r')).toBe('/stats');
    expect(await t.type('/help', '\r')).toBe('/help');
    expect(told).toHaveLength(1);
    t.reader.close();
  });
});

describe('piped input', () => {
  it('answers each line in order, with no prompt, banner or info log lines', async () => {
    const env = { ...process.env, DISCORD_TOKEN: '', SNAPSHOT_PATH: '', CONSOLE_HISTORY: '' } as NodeJS.ProcessEnv;
    delete env.LOG_LEVEL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console.ts'], { cwd: ROOT, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdin.end('/who muttaqi\n/source fentanyl\n/stats\n');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    const muttaqi = out.indexOf('Amir Khan Muttaqi');
    const fentanyl = out.indexOf('Sources on');
    const stats = out.search(/9 documents/);
    expect(muttaqi).toBeGreaterThanOrEqual(0);
    expect(fentanyl).toBeGreaterThan(muttaqi);
    expect(stats).toBeGreaterThan(fentanyl);
    expect(out).not.toMatch(/^> |Dossier console/m);
    expect(err).not.toMatch(/"level":30/);
  });
});
