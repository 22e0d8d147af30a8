// Where a reload holds the event loop: builds a synthetic corpus, then reloads +15 and +N new files under a CPU
// profile and a 1 ms lag sampler, and names the code running in each stretch over --over ms (by the frames of
// this project that the profiler's samples inside the stretch fall in). For finding what to pace finer. A reload
// with --worker-min files or more (100 by default, as the bot) reads them in a worker thread: the profile is the
// main thread's, what is left on the answer path; --worker-min 100000 reads them all on the main thread.
// With --keep DIR the base corpus and its snapshot are kept there (as bench/reload-during.ts does): a second run
// starts from the snapshot instead of building the base again, and the added files are removed at the end.
//   node --expose-gc --import tsx bench/stalls.ts [--docs 2000] [--add 2000] [--over 50] [--top 6] [--worker-min 100] [--keep DIR]
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine.js';
import { WORKER_MIN_FILES } from '../src/corpus/load.js';
import { generate, loadSeed } from './synth.js';
import { runWithStartFlags } from './start-flags.js';

// With the heap settings the bot runs with (package.json's start script): measured as production runs.
runWithStartFlags();
const { values: flags } = parseArgs({
  options: {
    docs: { type: 'string' },
    add: { type: 'string' },
    over: { type: 'string' },
    top: { type: 'string' },
    small: { type: 'string' },
    'worker-min': { type: 'string' },
    keep: { type: 'string' },
  },
});
const docs = Number(flags.docs ?? 2000);
const addMany = Number(flags.add ?? 2000);
const addSmall = Number(flags.small ?? 15);
const over = Number(flags.over ?? 50);
const top = Number(flags.top ?? 6);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const SRC = join(import.meta.dirname, '..', 'src') + '/';
/** Whether the reload under way has read its files and is assembling the corpus parts, and since when (µs). */
let assembling = false;
let assemblingFrom = Infinity;
const micros = () => Number(process.hrtime.bigint() / 1000n);

/** Runs work under the profiler and the lag sampler; reports each stretch over `over` ms with its hottest frames. */
async function probe(label: string, work: () => Promise<unknown>): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  (globalThis as { gc?: () => void }).gc?.();
  const stalls: [number, number][] = [];
  await session.post('Profiler.start');
  assembling = false;
  assemblingFrom = Infinity;
  const gaps = [16, 32, 50, 100, 200].map((ms) => ({ ms, reading: 0, after: 0 }));
  let last = micros();
  const ticker = setInterval(() => {
    const now = micros();
    for (const g of gaps) if (now - last > g.ms * 1000) g[assembling ? 'after' : 'reading']++;
    if (now - last > over * 1000) stalls.push([last, now]);
    last = now;
  }, 1);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(ticker);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}`;
  /** The innermost three frames of this project's src/ (after the leaf when it is not one), for a sample's node. */
  const ownFrame = (id: number) => {
    const leaf = byId.get(id)!;
    const own: string[] = [];
    for (let at: number | undefined = id; at !== undefined && own.length < 3; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (n.callFrame.url.includes(SRC)) own.push(name(n));
    }
    const head = leaf.callFrame.url.includes(SRC) ? [] : [name(leaf)];
    return [...head, ...own].join(' < ');
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const longest = stalls.reduce((m, [a, b]) => Math.max(m, b - a), 0) / 1000;
  process.stdout.write(
    `\n== ${label}: wall ${Math.round(wall)} ms, cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms, longest stall ${Math.round(longest)} ms, ` +
      `${stalls.length} stalls over ${over} ms (sum ${Math.round(stalls.reduce((s, [a, b]) => s + b - a, 0) / 1000)} ms); gaps while reading / after (assembling) ${gaps.map((g) => `>${g.ms}: ${g.reading}/${g.after}`).join(', ')}\n`,
  );
  // Over all stalls: the time each frame of this project was running in them.
  const total = new Map<string, number>();
  for (let i = 0; i < times.length; i++) {
    if (!stalls.some(([a, b]) => times[i]! >= a && times[i]! <= b)) continue;
    const f = ownFrame(profile.samples[i]!);
    total.set(f, (total.get(f) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  process.stdout.write('  in all stalls:\n');
  for (const [f, ms] of [...total].sort((x, y) => y[1] - x[1]).slice(0, 3 * top))
    process.stdout.write(`      ${Math.round(ms)} ms  ${f}\n`);
  // Where the main thread's time went while the parts were assembled, stalls or not: by innermost frame of src/
  // (the collector and idle time named as the profiler names them).
  const assemblyCpu = new Map<string, number>();
  let assemblyMs = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i]! < assemblingFrom) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = ownFrame(profile.samples[i]!).split(' < ');
    const key = f.find((x) => x.includes('src/')) ?? f[0]!;
    assemblyCpu.set(key, (assemblyCpu.get(key) ?? 0) + ms);
    assemblyMs += ms;
  }
  if (assemblyMs > 0) {
    process.stdout.write(`  while assembling (${Math.round(assemblyMs)} ms sampled), by innermost frame of src/:\n`);
    for (const [f, ms] of [...assemblyCpu].sort((x, y) => y[1] - x[1]).slice(0, 2 * top))
      process.stdout.write(`      ${Math.round(ms)} ms  ${f}\n`);
  }
  // On a shared machine a stall may be this process waiting for a core: what it worked in each stall, from the
  // profiler's samples (idle ones left out), tells its own work apart.
  const worked = stalls.map(([a, b]) => {
    let ms = 0;
    for (let i = 0; i < times.length; i++)
      if (times[i]! >= a && times[i]! <= b && byId.get(profile.samples[i]!)!.callFrame.functionName !== '(idle)')
        ms += (profile.timeDeltas[i + 1] ?? 0) / 1000;
    return ms;
  });
  const sortedWork = [...worked].sort((x, y) => y - x);
  process.stdout.write(
    `  worked in the longest stalls (ms, profiler samples): ${sortedWork
      .slice(0, 8)
      .map((x) => Math.round(x))
      .join(
        ', ',
      )}; over 50: ${worked.filter((x) => x > 50).length}, over 100: ${worked.filter((x) => x > 100).length}\n`,
  );
  for (const [a, b] of stalls.sort((x, y) => y[1] - y[0] - (x[1] - x[0])).slice(0, top)) {
    const counts = new Map<string, number>();
    let n = 0;
    for (let i = 0; i < times.length; i++) {
      if (times[i]! < a || times[i]! > b) continue;
      const f = ownFrame(profile.samples[i]!);
      counts.set(f, (counts.get(f) ?? 0) + 1);
      n++;
    }
    process.stdout.write(`  ${Math.round((b - a) / 1000)} ms at +${Math.round((a - profile.startTime) / 1000)} ms:\n`);
    for (const [f, c] of [...counts].sort((x, y) => y[1] - x[1]).slice(0, top))
      process.stdout.write(`      ${Math.round((100 * c) / n)}%  ${f}\n`);
  }
}

const keep = flags.keep;
const work = keep ?? mkdtempSync(join(tmpdir(), 'dossier-stalls-'));
const dir = join(work, 'corpus');
const base = join(work, 'base.snapshot');
const run = join(work, 'run.snapshot');
const added = (f: string) => f.startsWith('late') || f.startsWith('during');
try {
  const seed = await loadSeed(join(import.meta.dirname, '..', 'corpus'));
  for (const f of existsSync(dir) ? readdirSync(dir) : []) if (added(f)) rmSync(join(dir, f));
  if (!keep || !existsSync(base)) {
    mkdirSync(work, { recursive: true });
    generate(seed, docs, dir, 42);
  }
  if (keep) copyFileSync(base, run);
  const engine = new Engine({
    dir,
    maxFileBytes: 4 * 1024 * 1024,
    worker: { minFiles: Number(flags['worker-min'] ?? WORKER_MIN_FILES) },
    onProgress: (p) => {
      assembling = p.phase === 'assembling';
      if (assembling) assemblingFrom = Math.min(assemblingFrom, micros());
    },
    ...(keep ? { snapshotPath: existsSync(base) ? run : base } : {}),
  });
  await (
    await engine.start()
  ).caughtUp;
  await engine.prepared;
  // The base's snapshot once written (a first run); the reloads probed save none: a save would run into the next.
  await engine.saved();
  engine.options.snapshotPath = undefined;
  generate(seed, addSmall, dir, 4242, 'late');
  await probe(`reload +${addSmall} into ${docs}`, () => engine.reload());
  generate(seed, addMany, dir, 777, 'during');
  await probe(`reload +${addMany} into ${docs + addSmall}`, () => engine.reload());
  await engine.stop();
} finally {
  if (keep) {
    for (const f of readdirSync(dir)) if (added(f)) rmSync(join(dir, f));
    rmSync(run, { force: true });
  } else rmSync(work, { recursive: true, force: true });
}
