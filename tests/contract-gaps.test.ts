// Small contract gaps: timeline years before 1000 and year 0000, an empty console line, the zero-width joiner.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { sanitise, validate } from '../src/commands/prepare.js';
import { commands } from '../src/commands/index.js';
import type { Engine } from '../src/engine.js';
import { json, seedEngine } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('timeline dates', () => {
  it('refuses year 0000 with a clear message, whichever edge', async () => {
    for (const line of ['/timeline to:0000', '/timeline from:0000', '/timeline to:0000-05']) {
      const a = await json(engine, line);
      expect(a.error).toMatch(/There is no year 0000/);
      expect(a.error).not.toMatch(/undefined/);
    }
  });

  it('reads years before 1000 as the dates they are', async () => {
    const all = await json(engine, '/timeline');
    const from = await json(engine, '/timeline from:0999');
    expect(from.error).toBeUndefined();
    expect(from.total).toBe(all.total);
    expect(all.total).toBeGreaterThan(0);
    const early = await json(engine, '/timeline from:0050-03-01 to:0999-12');
    expect(early.error).toBeUndefined();
    expect(early.total).toBe(0);
    expect((await json(engine, '/timeline from:0099-02-29')).error).toMatch(/not a real date/);
    expect((await json(engine, '/timeline from:0096-02-29')).error).toBeUndefined();
  });

  it('says both dates when from is after to', async () => {
    const a = await json(engine, '/timeline from:2025-06 to:2025-05');
    expect(a.error).toBe('from (2025-06) is after to (2025-05); swap them?');
  });
});

describe('queries keep the zero-width joiner', () => {
  it('keeps U+200D (emoji sequences, Indic spellings) and still drops zero-width spaces and bidi controls', () => {
    expect(sanitise('👩\u200d💻 news')).toBe('👩\u200d💻 news');
    expect(sanitise('ක්\u200dර')).toBe('ක්\u200dර');
    expect(sanitise('c\u200bp\u202eec')).toBe('cpec');
    const search = commands.find((c) => c.data.name === 'search')!;
    expect(validate(search, { query: 'ශ්\u200dරී' })).toEqual({ values: { query: 'ශ්\u200dරී' } });
  });
});

describe('console', () => {
  it('answers a whitespace-only line with one JSON line under --json', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console.ts', '--json'], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', SNAPSHOT_PATH: '' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.end('/help\n   \t \n\n/stats\n');
    await new Promise((r) => child.on('close', r));
    const lines = out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.command)).toEqual(['help', 'empty', 'empty', 'stats']);
    expect(lines[1].error).toMatch(/empty line/);
  });
});
