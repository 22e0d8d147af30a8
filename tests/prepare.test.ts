// prepare(): refusal, validation and parsing into typed arguments, once, before anything is acknowledged.
import { describe, expect, it } from 'vitest';
import { findCommand } from '../src/commands/index.js';
import { execute, prepare } from '../src/commands/prepare.js';
import type { Engine } from '../src/engine.js';

const user = { id: 'u1', moderator: false };
const moderator = { id: 'm1', moderator: true };
const command = (name: string) => findCommand(name)!;

describe('prepare', () => {
  it('turns option values into the typed arguments the command takes, and the line that makes the answer again', () => {
    const who = prepare(command('who'), user, { name: '  Ishaq\u200b   Dar ' });
    expect(who).toMatchObject({
      ok: true,
      prepared: { args: { name: 'Ishaq Dar' }, line: '/who name:Ishaq Dar', ephemeral: false },
    });
    const search = prepare(command('search'), user, {
      query: 'trucks',
      from: '2025-05',
      publisher: 'reuters',
      ephemeral: true,
    });
    expect(search).toMatchObject({
      ok: true,
      prepared: { args: { query: 'trucks', filters: { from: '2025-05', publisher: 'reuters' } }, ephemeral: true },
    });
    expect(search.ok && search.prepared.line).toBe('/search query:trucks from:2025-05 publisher:reuters');
    const timeline = prepare(command('timeline'), user, { topic: 'cpec', to: '2025-06' });
    expect(timeline).toMatchObject({ ok: true, prepared: { args: { topic: 'cpec', to: '2025-06' } } });
    expect(
      prepare(command('add'), moderator, { file1: 'https://cdn.example/a.txt', file3: 'https://cdn.example/c.txt' }),
    ).toMatchObject({
      ok: true,
      prepared: { args: { urls: ['https://cdn.example/a.txt', 'https://cdn.example/c.txt'] } },
    });
  });

  it('refuses a member who is not a moderator before anything else, and says it was a refusal', () => {
    const r = prepare(command('reload'), user, {});
    expect(r).toMatchObject({
      ok: false,
      refused: true,
      answer: { command: 'reload', error: expect.stringMatching(/Only moderators/) },
    });
    const ok = prepare(command('reload'), moderator, {});
    // A command that changes the corpus answers its moderator alone.
    expect(ok).toMatchObject({ ok: true, prepared: { ephemeral: true } });
  });

  it('says what is wrong with the values: missing, too long, unknown, or a date not read', () => {
    const error = (name: string, raw: Record<string, string>) => {
      const r = prepare(command(name), user, raw);
      return r.ok ? null : { refused: r.refused, error: r.answer.error };
    };
    expect(error('who', {})).toEqual({ refused: false, error: '/who needs a name: try `/who name:…`.' });
    expect(error('who', { name: 'x'.repeat(101) })?.error).toMatch(/101 characters long; please keep it under 100/);
    expect(error('stats', { colour: 'red' })?.error).toBe('/stats has no option `colour`.');
    expect(error('search', { query: 'trucks', from: 'May' })?.error).toMatch(/not a date I can read for from/);
    expect(error('source', { topic: 'cpec', from: '2025-06', to: '2025-05' })?.error).toBe(
      'from (2025-06) is after to (2025-05); swap them?',
    );
    expect(error('timeline', { from: '2025-02-30' })?.error).toBe('“2025-02-30” is not a real date.');
    expect(error('source', { topic: 'cpec', language: 'french' })?.error).toMatch(/not a language code/);
  });
});

describe('execute', () => {
  const engine = (ready: boolean) =>
    ({
      ready,
      corpus: {},
      loadingLine: () => 'The corpus is loading: 2 of 7 files. Please try again in a moment.',
    }) as unknown as Engine;

  it('says the corpus is loading before it is, and turns a failure into a reference, never a stack trace', async () => {
    const r = prepare(command('stats'), user, {});
    if (!r.ok) throw new Error('stats refused');
    expect((await execute(r.prepared, { engine: engine(false), caller: user })).error).toBe(
      'The corpus is loading: 2 of 7 files. Please try again in a moment.',
    );
    const failed = await execute(r.prepared, { engine: engine(true), caller: user }, () => 'ref-42');
    expect(failed.error).toBe(
      'Something went wrong while answering (reference ref-42). The team has been told; please try again.',
    );
  });
});
