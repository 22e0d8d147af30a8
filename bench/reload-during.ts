// The one measure of issue 18's target, alone and quick to repeat: /search through the answer queue with nothing
// running, then while a reload of --add new files runs, and where the slow answers' waits went (garbage collection,
// or the loop held by other work). The base corpus is built once and kept in --keep (a folder) with its snapshot, so
// a second run starts from the snapshot; the added files are removed again at the end.
// With --beside, a second process serving the same corpus answers the same stream of searches while the reload
// runs, with no reload of its own: on a shared machine its p95 is the usual one under the same load (beside_p95_ms).
//   node --expose-gc --import tsx bench/reload-during.ts [--docs 2000] [--add 2000] [--keep /tmp/dossier-during] [--beside]
import { existsSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine.js';
import { generate, loadSeed } from './synth.js';
import { drawQueries } from './queries.js';
import { searchLatencies, searchSamples, type SearchSample } from './during.js';
import { giveWays } from '../src/pace.js';
import { runWithStartFlags } from './start-flags.js';

// With the heap settings the bot runs with (package.json's start script): measured as production runs.
runWithStartFlags();
const { values: flags } = parseArgs({
  options: {
    docs: { type: 'string' },
    add: { type: 'string' },
    keep: { type: 'string' },
    idle: { type: 'string' },
    beside: { type: 'boolean' },
    'serve-only': { type: 'boolean' },
  },
});
const docs = Number(flags.docs ?? 2000);
const add = Number(flags.add ?? 2000);
const keep = flags.keep ?? `/tmp/dossier-during-${docs}`;
const dir = join(keep, 'corpus');
const base = join(keep, 'base.snapshot');
const snap = join(keep, 'run.snapshot');
const gc = () => (globalThis as { gc?: () => void }).gc?.();

if (flags['serve-only']) await serveOnly();
const seed = await loadSeed(join(import.meta.dirname, '..', 'corpus'));
for (const f of existsSync(dir) ? readdirSync(dir) : []) if (f.startsWith('during')) rmSync(join(dir, f));
if (!existsSync(base)) {
  mkdirSync(keep, { recursive: true });
  generate(seed, docs, dir, 42);
  const e = new Engine({ dir, maxFileBytes: 4 * 1024 * 1024, snapshotPath: base });
  await e.start();
  await e.stop();
}
copyFileSync(base, snap);
/** When the reload under way started assembling the corpus parts (its files all read). */
let assemblingAt = Infinity;
const engine = new Engine({
  dir,
  maxFileBytes: 4 * 1024 * 1024,
  snapshotPath: snap,
  onProgress: (p) => {
    if (p.phase === 'assembling') assemblingAt = Math.min(assemblingAt, performance.now());
  },
});
const started = await engine.start();
await started.caughtUp;
await engine.prepared;
const queries = drawQueries(engine.corpus, 500).phrases;

const latencies = (busy: () => boolean, min: number, max: number) => searchSamples(engine, queries, busy, min, max);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor(s.length * p))]!.toFixed(2);
};

const gcs: { start: number; ms: number; kind: number }[] = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({
      start: e.startTime,
      ms: e.duration,
      kind: (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0,
    });
});
obs.observe({ entryTypes: ['gc'] });

/** The process beside, once it serves. */
const beside = flags.beside ? await startBeside() : null;
gc();
const idle = (await latencies(() => false, Number(flags.idle ?? 300), Number(flags.idle ?? 300))).map(
  (s) => s.done - s.due,
);
generate(seed, add, dir, 777, 'during');
gc();
gcs.length = 0;
assemblingAt = Infinity;
beside?.go();
let reloading = true;
const gaps: number[] = [];
let last = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  gaps.push(now - last);
  last = now;
}, 1);
const gave = { ...giveWays };
const t0 = performance.now();
const reload = engine.reload().finally(() => (reloading = false));
const during = await latencies(() => reloading, 50, 100_000);
const report = await reload;
const reloadMs = performance.now() - t0;
const gaveWay = {
  pauses: giveWays.pauses - gave.pauses,
  turnMs: giveWays.turnMs - gave.turnMs,
  awayMs: giveWays.awayMs - gave.awayMs,
};
const besideLat = beside ? await beside.stop() : null;
clearInterval(ticker);
obs.disconnect();
await engine.stop();
for (const f of readdirSync(dir)) if (f.startsWith('during')) rmSync(join(dir, f));
rmSync(snap, { force: true });

const lat = during.map((s) => s.done - s.due);
const reading = during.filter((s) => s.due < assemblingAt).map((s) => s.done - s.due);
const assembling = during.filter((s) => s.due >= assemblingAt).map((s) => s.done - s.due);
const idleP95 = pct(idle, 0.95);
const slow = during.filter((s) => s.done - s.due > 2 * idleP95);
const overlap = (s: SearchSample) =>
  gcs.reduce((m, g) => m + Math.max(0, Math.min(s.done, g.start + g.ms) - Math.max(s.due, g.start)), 0);
const slowGc = slow.map(overlap);
// The reload's collections only: the observer reports the one forced before it (gc()) after it was cleared.
const reloadGcs = gcs.filter((g) => g.start >= t0);
const gcTotal = reloadGcs.reduce((m, g) => m + g.ms, 0);
const kinds = new Map<number, { n: number; ms: number; max: number }>();
for (const g of reloadGcs) {
  const k = kinds.get(g.kind) ?? { n: 0, ms: 0, max: 0 };
  k.n++;
  k.ms += g.ms;
  k.max = Math.max(k.max, g.ms);
  kinds.set(g.kind, k);
}
const out = {
  docs,
  add,
  ok: report.ok,
  added: report.added.length,
  idle_p50_ms: pct(idle, 0.5),
  idle_p95_ms: idleP95,
  during_p50_ms: pct(lat, 0.5),
  during_p95_ms: pct(lat, 0.95),
  during_p99_ms: pct(lat, 0.99),
  ratio_p95: +(pct(lat, 0.95) / idleP95).toFixed(2),
  beside_p50_ms: besideLat ? pct(besideLat, 0.5) : null,
  beside_p95_ms: besideLat ? pct(besideLat, 0.95) : null,
  ratio_p95_beside: besideLat ? +(pct(lat, 0.95) / pct(besideLat, 0.95)).toFixed(2) : null,
  searches_beside: besideLat?.length ?? null,
  searches: lat.length,
  reading_p95_ms: reading.length ? pct(reading, 0.95) : null,
  assembling_p95_ms: assembling.length ? pct(assembling, 0.95) : null,
  searches_reading_assembling: [reading.length, assembling.length],
  assembling_ms: Math.round(t0 + reloadMs - assemblingAt),
  reload_ms: Math.round(reloadMs),
  longest_gap_ms: Math.round(Math.max(...gaps)),
  gaps_over_2_4_8_16_50: [2, 4, 8, 16, 50].map((x) => gaps.filter((g) => g > x).length),
  slow_over_2x: slow.length,
  slow_whose_wait_was_mostly_gc: slowGc.filter((g, i) => g > 0.5 * (slow[i]!.done - slow[i]!.due)).length,
  gc_ms: Math.round(gcTotal),
  // How often the reload gave way on this thread, and how long it was away: the turn of the loop back to it, and in
  // all (answers waited for included).
  gave_way: { pauses: gaveWay.pauses, turn_ms: Math.round(gaveWay.turnMs), away_ms: Math.round(gaveWay.awayMs) },
  gc_by_kind: Object.fromEntries(
    [...kinds].map(([k, v]) => [k, { n: v.n, ms: Math.round(v.ms), max: +v.max.toFixed(1) }]),
  ),
};
process.stdout.write(JSON.stringify(out) + '\n');

/** Starts this script as the process beside; resolves once it serves. */
async function startBeside() {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--serve-only', '--keep', keep], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error('the process beside ended');
    return line.value;
  };
  if ((await next()) !== 'ready') throw new Error('the process beside did not start');
  return {
    go: () => child.stdin!.write('go\n'),
    stop: async (): Promise<number[]> => {
      child.stdin!.end('stop\n');
      return JSON.parse(await next()) as number[];
    },
  };
}

/** The process beside: serves the base corpus and answers searches between 'go' and 'stop' on stdin. */
async function serveOnly(): Promise<never> {
  const mine = join(keep, 'beside.snapshot');
  copyFileSync(base, mine);
  const e = new Engine({ dir, maxFileBytes: 4 * 1024 * 1024, snapshotPath: mine });
  await (
    await e.start()
  ).caughtUp;
  const qs = drawQueries(e.corpus, 500).phrases;
  const input = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  process.stdout.write('ready\n');
  await input.next();
  let stopped = false;
  void input.next().then(() => (stopped = true));
  const out = await searchLatencies(e, qs, () => !stopped, 0, Infinity);
  rmSync(mine, { force: true });
  // Exits once the line is out: a pipe is written asynchronously, and an exit before would cut it short.
  process.stdout.write(JSON.stringify(out) + '\n', () => process.exit(0));
  return new Promise<never>(() => {});
}
