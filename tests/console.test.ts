import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SEED, tempCorpus } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');

/** Runs the console as a script would: lines in, one JSON object per line out. */
function runConsole(
  lines: string[],
  env: Record<string, string> = {},
  args = ['--json'],
): Promise<{ out: string[]; err: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out: out.split('\n').filter(Boolean), err, code }));
    child.stdin.end(lines.join('\n') + '\n');
  });
}

describe('console contract', () => {
  it('answers each line with exactly one JSON object, failures included', async () => {
    const lines = [
      '/source cpec',
      '/search torkham trucks',
      '/stats',
      '/help',
      '/nosuch',
      '/source',
      'what did Pakistan say about the TTP?',
      '/source topic:ttp',
      '/reload',
      '/who muttaqi',
      '/who name:zelensky',
      '/timeline from:2025-05-01 to:2025-06-30 topic:cpec',
    ];
    const { out, code } = await runConsole(lines);
    expect(code).toBe(0);
    expect(out).toHaveLength(lines.length);
    const answers = out.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.command)).toEqual([
      'source',
      'search',
      'stats',
      'help',
      'nosuch',
      'source',
      'ask',
      'source',
      'reload',
      'who',
      'who',
      'timeline',
    ]);
    expect(answers[0].results.length).toBeGreaterThan(0);
    for (const c of answers[0].results)
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['doc', 'title', 'date', 'source', 'excerpt']));
    expect(answers[1]).toMatchObject({ documents: expect.any(Number), results: expect.any(Array) });
    expect(answers[4].error).toMatch(/no command/i);
    expect(answers[5].error).toMatch(/needs a topic/);
    expect(answers[6].results.length).toBeGreaterThan(0);
    expect(answers[7].documents).toBeGreaterThanOrEqual(4);
    expect(answers[8]).toMatchObject({ ok: true, documents: SEED.documents });
    expect(answers[9].people[0].name).toBe('Amir Khan Muttaqi');
    expect(answers[9].people[0].roles[0].citation).toMatchObject({
      doc: expect.any(String),
      excerpt: expect.stringContaining('Muttaqi'),
    });
    expect(answers[10]).toMatchObject({ people: [], suggestions: expect.any(Array) });
    expect(answers[11].events.length).toBeGreaterThan(0);
    expect(answers[11].events[0]).toMatchObject({
      date: expect.stringMatching(/^2025-0[56]/),
      text: expect.any(String),
      citations: expect.any(Array),
    });
  });

  it('prints answers for people without --json, as plain text into a pipe', async () => {
    const { out } = await runConsole(['/source fentanyl'], {}, []);
    const text = out.join('\n');
    expect(text).toContain('Sources on “fentanyl”');
    expect(text).toContain('Newsweek');
    // Into a pipe, plain text: no Discord markdown, no terminal codes.
    expect(text).toMatch(/illicit fentanyl/i);
    expect(text).not.toContain('**');
    expect(text).not.toContain('\x1b');
  });

  it('reports a file of random bytes in /stats and changes nothing else', async () => {
    const dir = tempCorpus({ 'zz-noise.txt': randomBytes(2048) }, true);
    const { out } = await runConsole(['/stats', '/source cpec'], { CORPUS_DIR: dir });
    const [stats, cpec] = out.map((l) => JSON.parse(l));
    expect(stats.documents).toBe(SEED.documents);
    expect(stats.skipped).toEqual([{ file: 'zz-noise.txt', reason: expect.stringMatching(/binary|UTF-8/) }]);
    expect(cpec.documents).toBeGreaterThanOrEqual(4);
  });

  it('refuses a bad setting with a clear message', async () => {
    const { code, err } = await runConsole(['/stats'], { MAX_FILE_MB: 'lots' });
    expect(code).toBe(1);
    expect(err).toMatch(/MAX_FILE_MB/);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });
});
