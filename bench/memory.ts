// Where a first build's memory goes, phase by phase: reading (ingestion on this thread), then each corpus part's
// build. Samples process.memoryUsage() every --every ms and reports, per phase, the highest RSS and heap seen, and
// with --settle the heap left after a full collection at each phase's end (what the phase holds, not its garbage).
//
//   node --expose-gc --import tsx bench/memory.ts [--docs 2000] [--work DIR] [--every 50] [--settle] [--main]
//        [--worker-old MB] [--fresh] [--worker-stats]
// --worker-stats: the worker's heap too (bench/memory-worker.ts), the highest of each figure over the reading.
// npm run bench runs its sizes with --max-old-space-size=16384: pass it too to see what the bench sees.
// The corpus is generated once in --work and reused, so two commits build from the same files.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/load.js';
import { PARTS } from '../src/corpus/parts.js';
import { generate, loadSeed } from './synth.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const docs = Number(arg('--docs', '2000'));
const work = arg('--work', `/tmp/dossier-query-cpu-${docs}`);
const every = Number(arg('--every', '50'));
const settle = process.argv.includes('--settle');
// --main: read on this thread (as first builds did before); --worker-old MB: the worker's old generation.
const main = process.argv.includes('--main');
const workerOld = Number(arg('--worker-old', '0'));
// --fresh: the corpus generated in this process into a new folder, as npm run bench does (its garbage in this heap).
const fresh = process.argv.includes('--fresh');
const workerStats = process.argv.includes('--worker-stats');
const dir = fresh ? join(mkdtempSync(join(tmpdir(), 'dossier-memory-')), 'corpus') : join(work, 'corpus');
const say = (s: string) => process.stderr.write(`memory: ${s}\n`);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (n: number) => Math.round(n / 1048576);
const statsFile = join(mkdtempSync(join(tmpdir(), 'dossier-memory-worker-')), 'stats.json');

if (!existsSync(dir)) {
  const seed = await loadSeed(join(import.meta.dirname, '..', 'corpus'));
  generate(seed, docs, dir, 42);
  say(`generated ${docs} files in ${dir}`);
}
gc();

interface Phase {
  name: string;
  ms: number;
  rss: number;
  heap: number;
  heapTotal: number;
  external: number;
  buffers: number;
  settled?: number;
}
const phases: Phase[] = [];
let current: Phase | null = null;
let began = performance.now();
const sample = () => {
  if (!current) return;
  const m = process.memoryUsage();
  current.rss = Math.max(current.rss, m.rss);
  current.heap = Math.max(current.heap, m.heapUsed);
  current.heapTotal = Math.max(current.heapTotal, m.heapTotal);
  current.external = Math.max(current.external, m.external);
  current.buffers = Math.max(current.buffers, m.arrayBuffers);
};
const enter = (name: string) => {
  if (current?.name === name) return;
  if (current) {
    sample();
    current.ms = Math.round(performance.now() - began);
    if (settle) {
      gc();
      current.settled = process.memoryUsage().heapUsed;
    }
  }
  began = performance.now();
  current = { name, ms: 0, rss: 0, heap: 0, heapTotal: 0, external: 0, buffers: 0 };
  phases.push(current);
};
const timer = setInterval(sample, every);

// Each part's build marks its phase (this script's own instrument: the parts are not changed).
for (const part of PARTS) {
  const build = part.build.bind(part) as (...a: unknown[]) => Promise<unknown>;
  (part as unknown as { build: (...a: unknown[]) => Promise<unknown> }).build = async (...a) => {
    enter(`build ${part.name}`);
    const v = await build(...a);
    enter(`after ${part.name}`);
    return v;
  };
}

const t0 = performance.now();
const { state } = await loadCorpus({
  dir,
  maxFileBytes: 4 * 1024 * 1024,
  onProgress: (p) => enter(p.phase),
  worker: main
    ? { minFiles: Infinity }
    : {
        ...(workerOld ? { resourceLimits: { maxOldGenerationSizeMb: workerOld } } : {}),
        ...(workerStats ? { entry: new URL('./memory-worker.ts', import.meta.url), data: { statsFile, every } } : {}),
      },
});
enter('done');
clearInterval(timer);
const buildMs = Math.round(performance.now() - t0);
gc();
const heldMb = mb(process.memoryUsage().heapUsed);
const out = {
  docs: state.docs.length,
  events: state.timeline.events.length,
  build_ms: buildMs,
  rss_peak_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  heap_held_after_build_mb: heldMb,
  phases: phases
    .filter((p) => p.name !== 'done')
    .map((p) => ({
      phase: p.name,
      ms: p.ms,
      rss_mb: mb(p.rss),
      heap_mb: mb(p.heap),
      heap_total_mb: mb(p.heapTotal),
      external_mb: mb(p.external),
      buffers_mb: mb(p.buffers),
      ...(p.settled !== undefined ? { settled_heap_mb: mb(p.settled) } : {}),
    })),
};
for (const p of out.phases) say(JSON.stringify(p));
if (workerStats && existsSync(statsFile)) say(`worker: ${readFileSync(statsFile, 'utf8')}`);
rmSync(join(statsFile, '..'), { recursive: true, force: true });
process.stdout.write(JSON.stringify({ ...out, phases: undefined }) + '\n');
if (fresh) rmSync(join(dir, '..'), { recursive: true, force: true });
