// The health port: /healthz (liveness), /readyz (readiness), and Prometheus metrics by prom-client.
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { startHealthServer } from '../src/health.js';
import { Metrics } from '../src/metrics.js';
import { Engine } from '../src/engine.js';
import { ingestFile } from '../src/corpus/ingest.js';
import { tempCorpus } from './helpers.js';

function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => r(p));
    });
  });
}

/** The value of one sample line, e.g. `dossier_reloads_total{result="ok"}`. */
function sample(text: string, line: string): number {
  const found = text.split('\n').find((l) => l.startsWith(line + ' '));
  if (!found) throw new Error(`no sample ${line}`);
  return Number(found.slice(line.length + 1));
}

describe('health endpoint', () => {
  it('is live from the start, ready only once the index serves', async () => {
    const port = await freePort();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const engine = new Engine({
      dir: tempCorpus({}, true),
      maxFileBytes: 1e6,
      ingest: async (f) => (await held, ingestFile(f)),
    });
    const server = await startHealthServer(port, engine, new Metrics(), '127.0.0.1');
    try {
      const loading = engine.reload();
      const live = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(live.status).toBe(200);
      expect(await live.json()).toMatchObject({ status: 'loading' });
      const notReady = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ status: 'loading' });
      release();
      await loading;
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ok', documents: 9 });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/nothing`)).status).toBe(404);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('metrics', () => {
  it('serves process metrics, event-loop lag, latency in seconds per command, reloads and errors', async () => {
    const port = await freePort();
    const engine = new Engine({ dir: 'corpus', maxFileBytes: 1e6 });
    const metrics = new Metrics();
    const server = await startHealthServer(port, engine, metrics, '127.0.0.1');
    try {
      metrics.count('who', 12, true);
      metrics.count('who', 700, true);
      metrics.count('search', 30, false);
      metrics.error();
      metrics.reload(true, 1500);
      metrics.reload(false, 40);
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.headers.get('content-type')).toContain('text/plain');
      const text = await res.text();
      // Node's own, from prom-client's default metrics.
      for (const name of [
        'process_cpu_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_heap_size_used_bytes',
        'nodejs_eventloop_lag_seconds',
        'nodejs_eventloop_lag_p99_seconds',
      ]) {
        expect(text).toMatch(new RegExp(`^${name} `, 'm'));
      }
      // Latency in seconds: 12 ms is under the 0.025 s bucket, 700 ms only from the 1 s one.
      expect(text).toContain('# TYPE dossier_command_duration_seconds histogram');
      expect(sample(text, 'dossier_command_duration_seconds_bucket{le="0.025",command="who"}')).toBe(1);
      expect(sample(text, 'dossier_command_duration_seconds_bucket{le="0.5",command="who"}')).toBe(1);
      expect(sample(text, 'dossier_command_duration_seconds_bucket{le="1",command="who"}')).toBe(2);
      expect(sample(text, 'dossier_command_duration_seconds_count{command="who"}')).toBe(2);
      expect(sample(text, 'dossier_command_duration_seconds_sum{command="who"}')).toBeCloseTo(0.712, 6);
      expect(sample(text, 'dossier_commands_total{command="who",result="ok"}')).toBe(2);
      expect(sample(text, 'dossier_commands_total{command="search",result="error"}')).toBe(1);
      // The failed search and the error outside a command.
      expect(sample(text, 'dossier_errors_total')).toBe(2);
      expect(sample(text, 'dossier_reloads_total{result="ok"}')).toBe(1);
      expect(sample(text, 'dossier_reloads_total{result="failed"}')).toBe(1);
      expect(sample(text, 'dossier_reload_duration_seconds_bucket{le="1",result="ok"}')).toBe(0);
      expect(sample(text, 'dossier_reload_duration_seconds_bucket{le="2.5",result="ok"}')).toBe(1);
      expect(sample(text, 'dossier_reload_duration_seconds_sum{result="failed"}')).toBeCloseTo(0.04, 6);
      // Nothing in milliseconds any more.
      expect(text).not.toMatch(/_ms\b/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it("keeps two bots' metrics apart", async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.count('who', 5, true);
    expect(sample(await a.render(), 'dossier_commands_total{command="who",result="ok"}')).toBe(1);
    expect(await b.render()).not.toContain('command="who"');
  });
});
