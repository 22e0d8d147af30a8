import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { seedEngine } from './helpers.js';
import { answerConsoleLine } from '../src/console.js';
import { startHealthServer } from '../src/health.js';
import { Metrics } from '../src/metrics.js';
import { Engine } from '../src/engine.js';

export const SOAK_QUERIES = 10_000;

function gc() {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with --expose-gc (vitest.config.ts passes it)');
  for (let i = 0; i < 3; i++) g();
}

describe('memory', () => {
  it(`returns to its baseline after a ${SOAK_QUERIES}-query soak`, async () => {
    const engine = await seedEngine();
    const lines = ['/source cpec', '/search paktika', '/who dar', '/timeline topic:beijing', 'what did pakistan say about the ttp?', '/who mutaqi', '/stats'];
    // Warm up: first calls fill lazily built caches (compromise's lexicon, regexes).
    for (const l of lines) await answerConsoleLine(engine, l);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < SOAK_QUERIES; i++) await answerConsoleLine(engine, lines[i % lines.length]! + (i % 11 === 0 ? ` ${i}` : ''));
    gc();
    const after = process.memoryUsage().heapUsed;
    console.info(`soak: heap ${(before / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after ${SOAK_QUERIES} queries`);
    expect(after - before).toBeLessThan(15 * 1024 * 1024);
  });
});

describe('health endpoint', () => {
  it('says loading until the index is built, then ok, and serves metrics', async () => {
    const port = await new Promise<number>((r) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => r(p));
      });
    });
    const engine = new Engine({ dir: 'corpus', maxFileBytes: 1e6 });
    const metrics = new Metrics();
    const server = await startHealthServer(port, engine, metrics, '127.0.0.1');
    try {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);
      await engine.reload();
      metrics.count('who', 12, true);
      metrics.reload(true);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ status: 'ok', documents: 9 });
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(text).toContain('dossier_commands_total{command="who"} 1');
      expect(text).toContain('dossier_latency_ms_bucket{le="25"} 1');
      expect(text).toContain('dossier_reloads_total{result="ok"} 1');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
