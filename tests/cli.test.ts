// Entry points: --help, unknown flags, a missing corpus folder, a closed pipe; every README example finds something.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '../src/commands/index.js';
import { snapshotPathFor } from '../src/config.js';
import { json, seedEngine, type JsonReply } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const env = { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', SNAPSHOT_PATH: '' };
const run = (file: string, args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT,
    env: { ...env, ...extra },
    encoding: 'utf8',
    input: '',
  });

describe('entry points', () => {
  it('answer --help with a usage text and exit 0, without starting anything', () => {
    for (const file of ['src/main.ts', 'src/console.ts', 'scripts/deploy.ts', 'bench/run.ts']) {
      const r = run(file, ['--help']);
      expect(r.status, file).toBe(0);
      expect(r.stdout, file).toMatch(/^Usage: npm (?:start|run \w+)/);
      expect(r.stderr, file).not.toMatch(/bench:|loading|corpus loaded/);
    }
  });

  it('refuse an unknown flag with one clear line and exit 2', () => {
    for (const file of ['src/main.ts', 'src/console.ts', 'scripts/deploy.ts', 'bench/run.ts']) {
      const r = run(file, ['--jsno']);
      expect(r.status, file).toBe(2);
      expect(r.stderr.trim().split('\n'), file).toHaveLength(1);
      expect(r.stderr, file).toMatch(/Unknown option '--jsno'.*--help/);
    }
  });

  it('stop with one line and a non-zero exit when CORPUS_DIR is missing', () => {
    for (const file of ['src/main.ts', 'src/console.ts']) {
      const r = run(file, [], { CORPUS_DIR: join(ROOT, 'no-such-folder') });
      expect(r.status, file).toBe(1);
      expect(r.stderr.trim().split('\n').pop(), file).toMatch(/CORPUS_DIR .*no-such-folder does not exist/);
      expect(r.stdout, file).toBe('');
    }
  });

  it('end quietly when the reader of standard output goes away (npm start | head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console.ts', '--json'], { cwd: ROOT, env });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // The first answer arrives; then the reader closes the pipe and more answers are written into it.
    child.stdin.write('/help\n');
    await new Promise((r) => child.stdout.once('data', r));
    child.stdout.destroy();
    child.stdin.end('/help\n'.repeat(200));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(err).not.toMatch(/EPIPE|Error:|at /);
  });

  it('keeps one snapshot per corpus folder unless SNAPSHOT_PATH says otherwise', () => {
    const a = snapshotPathFor({ CORPUS_DIR: './corpus', SNAPSHOT_PATH: undefined });
    const b = snapshotPathFor({ CORPUS_DIR: '/srv/archive', SNAPSHOT_PATH: undefined });
    expect(a).toMatch(/^\.cache\/snapshot-[0-9a-f]{12}\.json$/);
    expect(b).not.toBe(a);
    expect(snapshotPathFor({ CORPUS_DIR: './corpus', SNAPSHOT_PATH: '' })).toBeUndefined();
    expect(snapshotPathFor({ CORPUS_DIR: './corpus', SNAPSHOT_PATH: '/var/lib/dossier.snap' })).toBe(
      '/var/lib/dossier.snap',
    );
  });
});

/** What an answer cites, whatever its command: results, a person's citations, events' sources, a whole document. */
interface Cites {
  results?: unknown[];
  people?: { citations?: unknown[]; roles?: { citation?: unknown }[] }[];
  events?: { citations?: unknown[] }[];
  document?: unknown;
}
function cited(a: Cites): unknown[] {
  return [
    ...(a.results ?? []),
    ...(a.people ?? []).flatMap((p) => [...(p.citations ?? []), ...(p.roles ?? []).map((r) => r.citation)]),
    ...(a.events ?? []).flatMap((e) => e.citations ?? []),
    ...(a.document ? [a.document] : []),
  ].filter(Boolean);
}

/** Every line typed at the console in the README's code blocks: `> /who dar`, `/source cpec`. */
function codeBlockCommands(readme: string): string[] {
  const blocks = [...readme.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) =>
    b
      .split('\n')
      .map((l) => /^(?:> )?(\/\w+\b.*)$/.exec(l.trim())?.[1])
      .filter((l): l is string => !!l),
  );
}

describe('examples', () => {
  it('every command example in the README and /help finds something on the shipped corpus, with citations', async () => {
    const engine = await seedEngine();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const fromReadme = [...readme.matchAll(/`(\/(?:who|source|search|timeline|article)\b[^`]*)`/g)]
      .map((m) => m[1]!)
      .filter((l) => / \S/.test(l) && !/\[|<|\bname\b$|\bquery$|\btopic$|doc:<|\bid\b|\bdoc$/.test(l));
    const fromBlocks = codeBlockCommands(readme);
    expect(fromBlocks).toEqual(
      expect.arrayContaining(['/who dar', '/source fentanyl', '/timeline from:2025-05-01 to:2025-05-31']),
    );
    const fromHelp = commands
      .map((c) => c.data.example)
      .filter((e): e is string => !!e && !/\/(?:reload|stats|help|add|remove)\b/.test(e));
    const examples = new Set(
      [...fromReadme, ...fromBlocks, ...fromHelp].filter((e) => /^\/(?:who|source|search|timeline|article)\b/.test(e)),
    );
    expect(examples.size).toBeGreaterThanOrEqual(8);
    for (const line of examples) {
      const a = await json(engine, line);
      expect(a.error, line).toBeUndefined();
      expect(a.notice ?? '', line).not.toMatch(/Nothing|no one|not found|nothing/i);
      expect(cited(a as Cites).length, line).toBeGreaterThan(0);
    }
  });

  it("the README's example question is answered from the shipped corpus, with its citation", async () => {
    const engine = await seedEngine();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const questions = [...readme.matchAll(/`@Dossier ([^`]+)`/g)].map((m) => m[1]!);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const a = (await json(engine, q as 'question')) as JsonReply<'question'>;
      expect(a.error, q).toBeUndefined();
      if (a.error !== undefined) continue;
      expect(a.answer, q).toBeTruthy();
      expect(a.answerCitation, q).toMatchObject({ doc: expect.any(String), excerpt: expect.any(String) });
    }
  });
});
