// Every answer on the seed corpus, as the console's --json gives it, against the answers recorded before the corpus
// was split into parts (tests/fixtures/seed-answers.jsonl: one {line, answer} a line, asked in order in one session,
// so follow-up questions have their context). A change that means to change answers records them again with
// UPDATE_SEED_ANSWERS=1.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerConsoleLine } from '../src/console.js';
import { turnOf } from '../src/commands/dispatch.js';
import { renderJson } from '../src/adapters/json.js';
import type { Turn } from '../src/questions/context.js';
import { seedEngine } from './helpers.js';

const FILE = join(import.meta.dirname, 'fixtures', 'seed-answers.jsonl');

/** What changes from one run to the next: when the corpus was loaded and how long it took. */
function steady(answer: Record<string, unknown>): Record<string, unknown> {
  const { loadedAt: _at, buildMs: _ms, ...rest } = answer;
  return rest;
}

describe('answers on the seed corpus', () => {
  it('are the ones recorded, line by line', async () => {
    const recorded = readFileSync(FILE, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: string; answer: unknown });
    const engine = await seedEngine();
    const history: Turn[] = [];
    const now: { line: string; answer: unknown }[] = [];
    for (const { line } of recorded) {
      const answer = await answerConsoleLine(engine, line, history);
      const turn = turnOf(answer);
      if (turn) history.push(turn);
      now.push({ line, answer: steady(JSON.parse(renderJson(answer))) });
    }
    if (process.env.UPDATE_SEED_ANSWERS === '1')
      writeFileSync(
        FILE,
        now
          .map((a) =>
            JSON.stringify(a).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
          )
          .join('\n') + '\n',
      );
    for (const [i, r] of recorded.entries()) expect(now[i], r.line).toEqual(r);
  });
});
