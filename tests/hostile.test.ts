import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Engine } from '../src/engine.js';
import { Engine as EngineClass } from '../src/engine.js';
import { seedEngine, tempCorpus } from './helpers.js';
import { answerConsoleLine } from '../src/console.js';
import { answerQuestion } from '../src/commands/dispatch.js';
import { renderJson } from '../src/adapters/json.js';
import { renderText } from '../src/adapters/text.js';
import { renderPages, withinLimits, inert } from '../src/discord/render.js';
import { parseLine } from '../src/commands/line.js';
import { commands } from '../src/commands/index.js';
import type { Answer } from '../src/answer.js';

export const FUZZ_RUNS = 2500;
const STACK = /\bat (?:\S+ )?\(?[^\s()]+\.(?:ts|js|mjs):\d+/;

const HOSTILE = [
  '',
  ' ',
  'x'.repeat(6000),
  '!!!???...,,,;;;',
  '.*+?^${}()|[]\\',
  '(a+)+$',
  '```js\nprocess.exit(1)\n```',
  '**bold** __under__ ~~strike~~ ||spoiler|| > quote',
  '@everyone',
  '@here look',
  '<@&123456789012345678> <@123456789012345678> <#123456789012345678>',
  '\u200b\u200b\u200d\u2060',
  '\u202e\u2066cpec\u2069',
  '🔥🔥🔥 cpec 🇵🇰',
  'افغانستان پاکستان',
  'Пакистан',
  '2025-02-30',
  'from:2025-12-01 to:2025-01-01',
  'name:',
  '\u0000\u0001\u0007',
  '%s%s%s%n',
  '<script>alert(1)</script>',
  "'; DROP TABLE docs; --",
];

function assertSafe(a: Answer) {
  const json = renderJson(a);
  expect(() => JSON.parse(json)).not.toThrow();
  expect(json).not.toMatch(STACK);
  expect(renderText(a)).not.toMatch(STACK);
  for (const page of renderPages(a)) {
    expect(withinLimits(page)).toBe(true);
    const body = JSON.stringify(page);
    // Nothing the bot shows can ping: @everyone, @here and mentions are broken up.
    expect(body).not.toMatch(/@(?:everyone|here)/);
    expect(body).not.toMatch(/<@[!&]?\d+>/);
  }
}

describe('hostile and odd input', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await seedEngine();
  });

  it('answers every command and a question politely, whatever the input', async () => {
    for (const input of HOSTILE) {
      for (const line of [
        ...commands.map((c) => `/${c.data.name} ${input}`),
        input,
        `/who name:${input}`,
        `/timeline from:${input} to:${input} topic:${input} person:${input}`,
      ]) {
        if (line.startsWith('/reload')) continue;
        const a = await answerConsoleLine(engine, line);
        assertSafe(a);
        if (input.length >= 6000)
          expect(a.error ?? a.notice ?? '').toMatch(/characters long|under|nothing|takes no text/i);
      }
    }
  });

  it('refuses impossible and reversed dates with a clear message', async () => {
    expect((await answerConsoleLine(engine, '/timeline from:2025-02-30')).error).toMatch(/not a real date/);
    expect((await answerConsoleLine(engine, '/timeline from:2025-12-01 to:2025-01-01')).error).toMatch(/after/);
  });

  it('a 6,000-character question gets a polite answer, not a crash', () => {
    const a = answerQuestion(engine, 'why '.repeat(1500));
    expect(a.error).toMatch(/\d{4} characters long; please keep it under 500/);
  });

  it('escapes article text so it cannot ping or break formatting', async () => {
    const dir = tempCorpus({
      'rude.txt':
        'Prank article pings everyone\nUpdated 3 March 2026\nA reader wrote @everyone and <@&123456789012345678> into the comment, then **shouted** in `code` and ||spoilers|| about the harbour strike that ended on Monday.',
    });
    const e = new EngineClass({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const a = await answerConsoleLine(e, '/search harbour strike');
    expect(a.items.length).toBe(1);
    assertSafe(a);
    const body = JSON.stringify(renderPages(a));
    expect(body).toContain('\\\\`code\\\\`');
    expect(inert('@everyone <@&1> *x*')).toBe('@\u200beveryone <\u200b@&1> \\*x\\*');
  });

  it(`survives ${FUZZ_RUNS} random inputs through the command parser and the query engine`, async () => {
    const names = commands.map((c) => c.data.name).filter((n) => n !== 'reload');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.stringMatching(/^[a-z:/ .*()[\]{}+?^$|\\@<>&#!-]{0,80}$/),
      fc.constantFrom(...HOSTILE),
    );
    const line = fc.oneof(
      text,
      fc.tuple(fc.constantFrom(...names), text).map(([n, t]) => `/${n} ${t}`),
      fc
        .tuple(
          fc.constantFrom(...names),
          fc.constantFrom('name', 'topic', 'query', 'from', 'to', 'person', 'ephemeral', 'x'),
          text,
        )
        .map(([n, k, t]) => `/${n} ${k}:${t}`),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(line, async (l) => {
        runs++;
        expect(() => parseLine(l, commands)).not.toThrow();
        assertSafe(await answerConsoleLine(engine, l));
      }),
      { numRuns: FUZZ_RUNS, seed: 20261124 },
    );
    expect(runs).toBe(FUZZ_RUNS);
  });
});
