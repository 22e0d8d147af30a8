// The query latencies of npm run bench, one kind at a time, for comparing two commits on a busy machine:
// main-thread CPU time of each batch (not wall time), several rounds, medians, plus counts of what the corpus holds, so that a
// difference can be told apart as the code's or the data's. Builds a corpus of synthetic files (made once in --work
// and reused, so two commits read the same files), then times the queries as bench/size.ts draws them.
//
//   node --expose-gc --import tsx bench/query-cpu.ts [--docs 2000] [--work DIR] [--rounds 5] [--kinds topic,source]
//        [--profile FILE] (a CPU profile of the timed rounds)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { Engine } from '../src/engine.js';
import { source } from '../src/queries/source.js';
import { search } from '../src/queries/search.js';
import { who } from '../src/queries/who.js';
import { timeline } from '../src/queries/timeline.js';
import { generate, loadSeed } from './synth.js';
import { drawQueries } from './queries.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const docs = Number(arg('--docs', '2000'));
const work = arg('--work', `/tmp/dossier-query-cpu-${docs}`);
const rounds = Number(arg('--rounds', '5'));
const kinds = arg('--kinds', 'topic,source,search,who,window').split(',');
const profile = arg('--profile', '');
const dir = join(work, 'corpus');
const say = (s: string) => process.stderr.write(`query-cpu: ${s}\n`);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
/** CPU time of this (the main) thread alone, in ms: the collector's helper threads and other processes left out. */
const threadCpuMs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;

if (!existsSync(dir)) {
  const seed = await loadSeed(join(import.meta.dirname, '..', 'corpus'));
  generate(seed, docs, dir, 42);
  say(`generated ${docs} files in ${dir}`);
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const engine = new Engine({ dir, maxFileBytes: 4 * 1024 * 1024 });
await engine.reload();
const c = engine.corpus;
const buildCpu = process.cpuUsage(cpu0);
const built = {
  build_wall_ms: Math.round(performance.now() - t0),
  build_cpu_ms: Math.round((buildCpu.user + buildCpu.system) / 1000),
  rss_peak_mb: Math.round(process.resourceUsage().maxRSS / 1024),
};
gc();
const heapMb = Math.round(process.memoryUsage().heapUsed / 1048576);
say(`built ${c.docs.length} articles, ${c.timeline.events.length} events`);

const q = drawQueries(c, 500);
const topicOf = (w: { from: string; to: string }) => q.terms[q.windows.indexOf(w) % q.terms.length]!;
const runs: Record<string, () => void> = {
  topic: () => q.windows.forEach((w) => timeline(c, { ...w, topic: topicOf(w) })),
  topic_alone: () => q.terms.forEach((t) => timeline(c, { topic: t })),
  window: () => q.windows.forEach((w) => timeline(c, w)),
  source: () => q.terms.forEach((t) => source(c, t)),
  search: () => q.phrases.forEach((p) => search(c, p)),
  who: () => q.names.forEach((n) => who(c, n)),
};
/** Each kind's queries one by one, as bench/size.ts times them: each one's wall milliseconds. */
const timed =
  <T>(xs: T[], f: (x: T) => unknown) =>
  () =>
    xs.map((x) => {
      const t = performance.now();
      f(x);
      return performance.now() - t;
    });
const singles: Record<string, () => number[]> = {
  topic: timed(q.windows, (w) => timeline(c, { ...w, topic: topicOf(w) })),
  topic_alone: timed(q.terms, (t) => timeline(c, { topic: t })),
  window: timed(q.windows, (w) => timeline(c, w)),
  source: timed(q.terms, (t) => source(c, t)),
  search: timed(q.phrases, (p) => search(c, p)),
  who: timed(q.names, (n) => who(c, n)),
};
// What the topic queries see: events in their windows, events kept, sources on them.
let inWindow = 0;
let kept = 0;
let sources = 0;
for (const w of q.windows) {
  const a = timeline(c, { ...w, topic: topicOf(w) });
  const all = timeline(c, w);
  inWindow += (all.data as { total: number }).total;
  kept += (a.data as { total: number }).total;
  for (const e of (a.data as { events: { sources: number }[] }).events) sources += e.sources;
}
// Warm every path once.
for (const k of kinds) runs[k]!();

const session = profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpuMs: Record<string, number[]> = {};
const wallMs: Record<string, number[]> = {};
const p95s: Record<string, number[]> = {};
// Collections during the timed batches (after the gc() each starts from): how many, of which kind, and how long.
const gcs = { minor: 0, major: 0, incremental: 0, other: 0, ms: 0 };
let timing = false;
const observer = new PerformanceObserver((list) => {
  if (!timing) return;
  for (const e of list.getEntries()) {
    const kind = (e as unknown as { detail: { kind: number } }).detail.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gcs.minor++;
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcs.major++;
    else if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) gcs.incremental++;
    else gcs.other++;
    gcs.ms += e.duration;
  }
});
observer.observe({ entryTypes: ['gc'] });
for (let r = 0; r < rounds; r++)
  for (const k of kinds) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    timing = true;
    const t = performance.now();
    const u = threadCpuMs();
    const each = singles[k]!();
    (cpuMs[k] ??= []).push(threadCpuMs() - u);
    (wallMs[k] ??= []).push(performance.now() - t);
    each.sort((a, b) => a - b);
    (p95s[k] ??= []).push(each[Math.floor(each.length * 0.95)]!);
    await new Promise((resolve) => setImmediate(resolve));
    timing = false;
  }
observer.disconnect();
if (session) writeFileSync(profile, JSON.stringify((await session.post('Profiler.stop')).profile));

const out: Record<string, unknown> = {
  docs: c.docs.length,
  passages: c.docs.reduce((n, d) => n + d.passages.length, 0),
  events: c.timeline.events.length,
  topic_in_window: inWindow,
  topic_kept: kept,
  topic_kept_sources: sources,
  ...built,
  heap_after_build_mb: heapMb,
  rounds,
  gc_in_batches: { ...gcs, ms: Math.round(gcs.ms) },
};
// Per query, in microseconds: the median round's CPU over the 500 queries of a kind.
for (const k of kinds) {
  out[`${k}_cpu_us`] = Math.round((median(cpuMs[k]!) / 500) * 1000);
  out[`${k}_wall_us`] = Math.round((median(wallMs[k]!) / 500) * 1000);
  out[`${k}_p95_ms`] = +median(p95s[k]!).toFixed(2);
}
process.stdout.write(JSON.stringify(out) + '\n');
