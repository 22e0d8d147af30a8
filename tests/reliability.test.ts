import { describe, expect, it } from 'vitest';
import { writeFileSync, rmSync, appendFileSync } from 'node:fs';
import { stat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { Engine } from '../src/engine.js';
import { seedDocuments, tempCorpus } from './helpers.js';
import { ingestFile } from '../src/corpus/ingest.js';
import { logOptions } from '../src/log.js';
import { loadConfig, ConfigError } from '../src/config.js';
import { readFileSync } from 'node:fs';

const ARTICLE = (headline: string) =>
  `${headline}\nUpdated 10 March 2026\nThe harbour authority said on Monday that the new container terminal would open in April, after two years of dredging and a long dispute over wages.`;

const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('reloads', () => {
  it('answers from the old index while a reload builds, and swaps when it is done', async () => {
    const dir = tempCorpus({}, true);
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    const before = engine.corpus;
    writeFileSync(join(dir, 'new.txt'), ARTICLE('Harbour terminal to open in April'));
    const pending = engine.reload();
    expect(engine.corpus).toBe(before);
    expect(engine.corpus.docs).toHaveLength(seedDocuments());
    const report = await pending;
    expect(report.added).toEqual(['new.txt']);
    expect(engine.corpus.docs).toHaveLength(seedDocuments() + 1);
  });

  it('answers commands while a long reload works, from the previous corpus', async () => {
    const { generate, loadSeed } = await import('../bench/synth.js');
    const { answerLine } = await import('../src/commands/dispatch.js');
    const dir = tempCorpus({}, true);
    // Turns of the event loop, counted as the reload goes: each file processed notes how many have passed.
    let turns = 0;
    let counting = true;
    const turn = () => {
      turns++;
      if (counting) setImmediate(turn);
    };
    const seenAt: number[] = [];
    const engine = new Engine({ dir, maxFileBytes: 1e6, ingest: (f) => (seenAt.push(turns), ingestFile(f)) });
    await engine.reload();
    generate(await loadSeed(join(import.meta.dirname, '..', 'corpus')), 60, dir, 5, 'late');
    seenAt.length = 0;
    setImmediate(turn);
    let done = false;
    const pending = engine.reload().then((r) => ((done = true), r));
    const answered: number[] = [];
    while (!done) {
      await new Promise((r) => setImmediate(r));
      if (done) break;
      const a = await answerLine(engine, '/source cpec', { id: 'u', moderator: false });
      expect(a.error).toBeFalsy();
      answered.push(engine.corpus.docs.length);
    }
    counting = false;
    const report = await pending;
    expect(report.added.length).toBeGreaterThanOrEqual(60);
    // Processing the 60 new files gave the event loop turns (it is not one synchronous run), and commands asked
    // meanwhile were answered from the nine articles the reload started with.
    expect(seenAt).toHaveLength(60);
    expect(seenAt[seenAt.length - 1]!).toBeGreaterThan(seenAt[0]!);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((n) => n === 9)).toBe(true);
    expect(engine.corpus.docs.length).toBeGreaterThan(60);
  });

  it('folds reloads asked for at once into at most one more build', async () => {
    const engine = new Engine({ dir: tempCorpus({}, true), maxFileBytes: 1e6 });
    await engine.reload();
    const builds = engine.builds;
    const reports = await Promise.all([
      engine.reload(),
      engine.reload(),
      engine.reload(),
      engine.reload(),
      engine.reload(),
    ]);
    expect(new Set(reports).size).toBe(1);
    expect(engine.builds - builds).toBeLessThanOrEqual(2);
  });

  it('keeps the previous corpus serving when the folder cannot be read', async () => {
    const dir = tempCorpus({}, true);
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    rmSync(dir, { recursive: true, force: true });
    const report = await engine.reload();
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/ENOENT.*previous index keeps serving/);
    expect(engine.corpus.docs).toHaveLength(seedDocuments());
    expect(engine.corpus.index.search('cpec', engine.corpus.acronyms).hits.length).toBeGreaterThan(0);
  });

  it('skips a file whose extraction throws, with the reason, and loads the rest', async () => {
    const dir = tempCorpus({ 'poison.txt': ARTICLE('Poisoned article for the test') }, true);
    const engine = new Engine({
      dir,
      maxFileBytes: 1e6,
      ingest: (f) => {
        if (f.file === 'poison.txt') throw new Error('extractor blew up');
        return ingestFile(f);
      },
    });
    const report = await engine.reload();
    expect(report.ok).toBe(true);
    expect(engine.corpus.docs).toHaveLength(seedDocuments());
    expect(engine.corpus.skipped).toEqual([
      { file: 'poison.txt', reason: 'could not be processed (extractor blew up)' },
    ]);
  });

  it('never indexes a half-written file: it is skipped, then read whole on the retry', async () => {
    const dir = tempCorpus({ 'growing.txt': 'Harbour terminal' }, true);
    let reads = 0;
    const io = {
      readdir,
      readFile,
      // The first time the file is read, it grows between the look before and the look after.
      stat: (async (path: string) => {
        if (String(path).endsWith('growing.txt') && reads++ === 1) {
          writeFileSync(join(dir, 'growing.txt'), ARTICLE('Harbour terminal to open in April'));
        }
        return stat(path);
      }) as typeof stat,
    };
    const engine = new Engine({ dir, maxFileBytes: 1e6, io, retryMs: 50 });
    const first = await engine.reload();
    expect(first.skipped.map((s) => s.file)).toEqual(['growing.txt']);
    expect(first.skipped[0]!.reason).toMatch(/changed while being read/);
    expect(engine.corpus.docs.some((d) => d.file === 'growing.txt')).toBe(false);
    await until(() => engine.corpus.docs.some((d) => d.file === 'growing.txt'));
    const doc = engine.corpus.docs.find((d) => d.file === 'growing.txt')!;
    expect(doc.text).toContain('long dispute over wages');
    engine.close();
  });

  it('reloads by itself in watch mode', async () => {
    const dir = tempCorpus({}, true);
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    engine.watch(100);
    writeFileSync(join(dir, 'watched.txt'), ARTICLE('Watched harbour story'));
    await until(() => engine.corpus.docs.length === 10);
    appendFileSync(
      join(dir, 'watched.txt'),
      '\nA second paragraph arrived later and says that the first ship docked safely on the opening day.',
    );
    await until(() => engine.corpus.docs.find((d) => d.file === 'watched.txt')!.text.includes('first ship docked'));
    engine.close();
  });
});

describe('process', () => {
  it('logs an unhandled rejection instead of dying', async () => {
    const { installProcessHandlers } = await import('../src/process.js');
    const logged: unknown[] = [];
    const before = process.listenerCount('unhandledRejection');
    const uninstall = installProcessHandlers({ error: (o: unknown) => void logged.push(o) } as never);
    try {
      expect(process.listenerCount('unhandledRejection')).toBe(before + 1);
      // Called as Node calls it (emitting the event for real would also trip vitest's own listener).
      const ours = process.listeners('unhandledRejection').at(-1)!;
      ours(new Error('stray'), Promise.resolve());
      expect(logged).toHaveLength(1);
      expect(String((logged[0] as { err: Error }).err.message)).toBe('stray');
    } finally {
      uninstall();
    }
  });
});

describe('secrets and settings', () => {
  it('never writes the token to a log line', () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _e, cb) => ((out += chunk), cb()) });
    const logger = pino({ ...logOptions, level: 'info' }, sink);
    logger.info(
      {
        token: 'secret-token-1',
        config: { DISCORD_TOKEN: 'secret-token-2' },
        headers: { authorization: 'Bot secret-token-3' },
      },
      'hello',
    );
    expect(out).not.toMatch(/secret-token/);
    expect(out).toContain('[redacted]');
  });

  it('gives one clear message per bad setting, without echoing the token', () => {
    try {
      loadConfig({
        DISCORD_TOKEN: 'secret-token-4',
        MOD_ROLE_IDS: 'admins',
        MAX_FILE_MB: '-3',
        HEALTH_PORT: '99999',
        DISCORD_API_BASE: 'not a url',
      } as NodeJS.ProcessEnv);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems.map((p) => p.split(':')[0])).toEqual(
        expect.arrayContaining(['MOD_ROLE_IDS', 'MAX_FILE_MB', 'HEALTH_PORT', 'DISCORD_API_BASE']),
      );
      expect((err as Error).message).not.toContain('secret-token-4');
    }
  });

  it('keeps .env out of git', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '.gitignore'), 'utf8').split('\n')).toContain('.env');
  });
});
