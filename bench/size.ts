// One benchmark size, in a process of its own so that its peak memory is its own: generate, build, snapshot,
// query (ours and the linear scan), reload after 15 new files. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { saveSnapshot } from '../src/corpus/snapshot.js';
import type { FileCache } from '../src/corpus/load.js';
import { spawnSync } from 'node:child_process';

/** The Node flags of `npm start` (none beyond tsx: a larger young generation measured slower here, as fresh
 * memory is costly on this machine). */
const START_FLAGS: string[] = [];
import { source } from '../src/queries/source.js';
import { search } from '../src/queries/search.js';
import { who } from '../src/queries/who.js';
import { timeline } from '../src/queries/timeline.js';
import { ask } from '../src/queries/ask.js';
import { generate, loadSeed } from './synth.js';
import { drawQueries, LinearScan } from './queries.js';
import { longestStall, searchLatencies } from './during.js';
import { loadSnapshot } from '../src/corpus/snapshot.js';
import { serialize, deserialize } from 'node:v8';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const docs = arg('--docs', 1000);
const perKind = arg('--queries', 500);

function stats(ts: number[]) {
  const s = [...ts].sort((a, b) => a - b);
  const q = (p: number) => +s[Math.min(s.length - 1, Math.floor(s.length * p))]!.toFixed(3);
  return {
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    mean: +(s.reduce((a, b) => a + b, 0) / s.length).toFixed(3),
    n: s.length,
  };
}

/** Each batch starts from a collected heap, so garbage the build and earlier batches left is not charged to it. */
function time<T>(inputs: T[], f: (x: T) => unknown): number[] {
  (globalThis as { gc?: () => void }).gc?.();
  return inputs.map((x) => {
    const t = performance.now();
    f(x);
    return performance.now() - t;
  });
}

const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const dir = join(work, 'corpus');
const snapshotPath = join(work, 'snapshot.json');
const started = performance.now();
try {
  const seed = await loadSeed(join(import.meta.dirname, '..', 'corpus'));
  generate(seed, docs, dir, 42);

  let t = performance.now();
  const engine = new Engine({ dir, maxFileBytes: 4 * 1024 * 1024 });
  await engine.reload();
  const buildMs = performance.now() - t;
  // Peak memory of building and serving, before the snapshot and the second engine below add their own.
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const c = engine.corpus;
  const note = (what: string) =>
    process.stderr.write(`  ${docs}: ${what} (${Math.round(performance.now() - started)} ms)\n`);
  note('built');

  t = performance.now();
  const snapshotBytes = await saveSnapshot(
    snapshotPath,
    dir,
    engine.corpus,
    (engine as unknown as { cache: FileCache }).cache,
  );
  const snapshotSaveMs = performance.now() - t;
  // A restart is a new process: measured in one, with the flags `npm start` uses, three times (the median
  // counts). This process first collects its heap and waits for its collector's background threads: on two
  // cores they would otherwise compete with the start being measured, which no real restart has to share.
  const restarts: { ms: number; snapshot: string; rss_mb: number }[] = [];
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const run = spawnSync(
      process.execPath,
      [...START_FLAGS, '--import', 'tsx', join(import.meta.dirname, 'cold.ts'), dir, snapshotPath],
      { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    const cold = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
      ms: number;
      snapshot: string;
      rss_mb: number;
    };
    if (!cold.snapshot?.startsWith('loaded')) throw new Error(`snapshot not used: ${cold.snapshot ?? run.stderr}`);
    restarts.push(cold);
  }
  restarts.sort((x, y) => x.ms - y.ms);
  const cold = restarts[1]!;
  const snapshotLoadMs = cold.ms;

  note('snapshot saved and loaded');
  const q = drawQueries(c, perKind);
  // Warm both paths once, so first-call compilation is not counted against either.
  source(c, q.terms[0]!);
  search(c, q.phrases[0]!);
  const scan = new LinearScan(c);
  scan.search(q.phrases[0]!);

  const lat = {
    source: stats(time(q.terms, (x) => source(c, x))),
    search: stats(time(q.phrases, (x) => search(c, x))),
    who: stats(time(q.names, (x) => who(c, x))),
    timeline: stats(time(q.windows, () => timeline(c, {}))),
    timeline_window: stats(time(q.windows, (w) => timeline(c, w))),
    timeline_filtered: stats(
      time(q.windows, (w) => timeline(c, { ...w, topic: q.terms[q.windows.indexOf(w) % q.terms.length] })),
    ),
    timeline_person: stats(time(q.names, (name) => timeline(c, { person: name }))),
    mention: stats(time(q.questions, (x) => ask(c, x))),
  };
  note('queries');
  const scanTimes = time(q.phrases, (x) => scan.search(x));
  const searchTimes = time(q.phrases, (x) => search(c, x));
  const scanStats = stats(scanTimes);
  const searchStats = stats(searchTimes);
  // Medians: a pause for garbage collection lands in one query or another and says nothing of either method.
  const ratio = scanStats.p50 / searchStats.p50;
  const ratioMean = scanStats.mean / searchStats.mean;

  // Incremental reload: 15 new articles dropped into the largest corpus.
  generate(seed, 15, dir, 4242, 'late');
  (globalThis as { gc?: () => void }).gc?.();
  t = performance.now();
  // The longest the event loop went without a turn during the reload: how long a query could have waited.
  let lastTurn = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - lastTurn);
    lastTurn = now;
  }, 1);
  const reload = await engine.reload();
  clearInterval(ticker);
  const reload15Ms = performance.now() - t;
  if (reload.added.length !== 15) throw new Error(`reload saw ${reload.added.length} new documents`);

  note('reloaded');

  // /search while a reload of 2,000 new files runs, through the answer queue, beside the same with nothing running.
  const DURING_FILES = 2000;
  (globalThis as { gc?: () => void }).gc?.();
  const idle = stats(await searchLatencies(engine, q.phrases, () => false, 300, 300));
  generate(seed, DURING_FILES, dir, 777, 'during');
  (globalThis as { gc?: () => void }).gc?.();
  let reloading = true;
  const big = longestStall(() => engine.reload()).finally(() => (reloading = false));
  const during = stats(await searchLatencies(engine, q.phrases, () => reloading, 50, 100_000));
  const bigReload = await big;
  if (bigReload.result.added.length < DURING_FILES)
    throw new Error(`reload saw ${bigReload.result.added.length} new documents`);
  note(`reloaded ${DURING_FILES} files, ${during.n} searches meanwhile`);

  // What the other way (a worker thread builds, the main thread takes the state over) would cost the main thread:
  // a structured clone of the state (a serialize and deserialize of it), or loading a snapshot the worker wrote.
  let cloneMs: number | null = null;
  try {
    const t0 = performance.now();
    deserialize(serialize(engine.corpus));
    cloneMs = Math.round(performance.now() - t0);
  } catch {
    cloneMs = null;
  }
  const snapLoad = await longestStall(() => loadSnapshot(snapshotPath, dir));
  note('transfer costs');
  const out = {
    docs: c.docs.length,
    files: docs,
    passages: c.docs.reduce((n, d) => n + d.passages.length, 0),
    people: c.people.people.length,
    events: c.timeline.events.length,
    build_ms: Math.round(buildMs),
    rss_mb: Math.round(rssMb),
    snapshot_mb: +(snapshotBytes / 1024 / 1024).toFixed(1),
    snapshot_save_ms: Math.round(snapshotSaveMs),
    snapshot_load_ms: Math.round(snapshotLoadMs),
    snapshot_load_ms_all: restarts.map((r) => r.ms),
    cold_start_rss_mb: cold.rss_mb,
    source_p50_ms: lat.source.p50,
    source_p95_ms: lat.source.p95,
    source_p99_ms: lat.source.p99,
    search_p50_ms: lat.search.p50,
    search_p95_ms: lat.search.p95,
    search_p99_ms: lat.search.p99,
    who_p50_ms: lat.who.p50,
    who_p95_ms: lat.who.p95,
    who_p99_ms: lat.who.p99,
    timeline_p50_ms: lat.timeline.p50,
    timeline_p95_ms: lat.timeline.p95,
    timeline_p99_ms: lat.timeline.p99,
    timeline_window_p95_ms: lat.timeline_window.p95,
    timeline_filtered_p95_ms: lat.timeline_filtered.p95,
    timeline_person_p95_ms: lat.timeline_person.p95,
    mention_p50_ms: lat.mention.p50,
    mention_p95_ms: lat.mention.p95,
    mention_p99_ms: lat.mention.p99,
    scan_p50_ms: scanStats.p50,
    scan_p95_ms: scanStats.p95,
    scan_ratio: +ratio.toFixed(1),
    scan_ratio_mean: +ratioMean.toFixed(1),
    reload15_ms: Math.round(reload15Ms),
    reload15_max_stall_ms: Math.round(stallMs),
    full_rebuild_ms: Math.round(buildMs),
    search_queue_idle_p50_ms: idle.p50,
    search_queue_idle_p95_ms: idle.p95,
    search_during_reload_p50_ms: during.p50,
    search_during_reload_p95_ms: during.p95,
    search_during_reload_p99_ms: during.p99,
    searches_during_reload: during.n,
    reload2000_ms: Math.round(bigReload.ms),
    reload2000_max_stall_ms: Math.round(bigReload.stallMs),
    state_clone_ms: cloneMs,
    snapshot_load_inprocess_ms: Math.round(snapLoad.ms),
    snapshot_load_max_stall_ms: Math.round(snapLoad.stallMs),
    snapshot_load_ok: snapLoad.result.ok,
    queries_per_kind: perKind,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
