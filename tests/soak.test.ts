import { describe, expect, it } from 'vitest';
import { seedEngine } from './helpers.js';
import { answerConsoleLine } from '../src/console.js';

export const SOAK_QUERIES = 10_000;

function gc() {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with --expose-gc (vitest.config.ts passes it)');
  for (let i = 0; i < 3; i++) g();
}

describe('memory', () => {
  it(`returns to its baseline after a ${SOAK_QUERIES}-query soak`, async () => {
    const engine = await seedEngine();
    const lines = [
      '/source cpec',
      '/search paktika',
      '/who dar',
      '/timeline topic:beijing',
      'what did pakistan say about the ttp?',
      '/who mutaqi',
      '/stats',
    ];
    // Warm up: first calls fill lazily built caches (compromise's lexicon, regexes).
    for (const l of lines) await answerConsoleLine(engine, l);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < SOAK_QUERIES; i++)
      await answerConsoleLine(engine, lines[i % lines.length]! + (i % 11 === 0 ? ` ${i}` : ''));
    gc();
    const after = process.memoryUsage().heapUsed;
    console.info(
      `soak: heap ${(before / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after ${SOAK_QUERIES} queries`,
    );
    expect(after - before).toBeLessThan(15 * 1024 * 1024);
  });
});
