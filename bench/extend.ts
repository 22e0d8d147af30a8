// The corpus parts' extension by a few new files, measured part by part: what "reload +15 files" spends once the
// files are read. Builds a synthetic corpus once (kept with a snapshot under --work), then extends it --runs times
// by the same new files (an extension never changes the previous value, so each run starts from the same state),
// printing each part's wall and CPU milliseconds, and a digest of what each part saves, to compare before/after.
//
//   npx tsx bench/extend.ts [--docs 10000] [--files 15] [--runs 5] [--work /tmp/dossier-extend]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate, loadSeed } from './synth.js';
import {
  FileCache,
  carriedExtractsOf,
  extractsOf,
  loadCorpus,
  prepareExtension,
  type CorpusState,
} from '../src/corpus/load.js';
import { loadSnapshot, saveSnapshot } from '../src/corpus/snapshot.js';
import { ingestFileAsync, type FileResult } from '../src/corpus/ingest.js';
import { PARTS, type AnyPart } from '../src/corpus/parts.js';
import { pace } from '../src/pace.js';
import { layeredOver } from '../src/layered-map.js';
import { TermSearcher } from '../src/search/term-searcher.js';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const docs = Number(arg('--docs', '10000'));
const files = Number(arg('--files', '15'));
const runs = Number(arg('--runs', '5'));
const work = arg('--work', `/tmp/dossier-extend-${docs}`);
const dir = join(work, 'corpus');
const lateDir = join(work, 'late');
const snapshotPath = join(work, 'snapshot');
const say = (s: string) => process.stderr.write(`extend: ${s}\n`);

const seed = await loadSeed(join(import.meta.dirname, '..', 'corpus'));
let state: CorpusState;
let cache: FileCache;
if (!existsSync(snapshotPath)) {
  say(`generating and building ${docs} articles in ${work}…`);
  generate(seed, docs, dir, 42);
  ({ state, cache } = await loadCorpus({ dir, maxFileBytes: 4 * 1024 * 1024 }));
  await saveSnapshot(snapshotPath, dir, state, cache);
} else {
  const loaded = await loadSnapshot(snapshotPath, dir);
  if (!loaded.ok) throw new Error(loaded.reason);
  ({ state, cache } = loaded);
  await prepareExtension(state, cache);
}
say(`${state.docs.length} articles ready`);

// The new files, read once: the extension is what is measured.
generate(seed, files, lateDir, 4242, 'late');
const fresh: FileResult[] = [];
for (const file of readdirSync(lateDir).sort().slice(0, files)) {
  const text = readFileSync(join(lateDir, file), 'utf8');
  fresh.push(await ingestFileAsync({ file, text, hash: createHash('sha1').update(text).digest('hex') }, pace()));
}
const before: FileResult[] = [];
for (const file of new Set(state.docs.map((d) => d.file))) before.push(cache.get(state.files.get(file)!.hash)!);
const results = [...before, ...fresh];
const all = results.flatMap((r) => r.docs);
const from = state.docs.length;

type Times = Record<string, { wall: number; cpu: number }>;
async function measure<T>(times: Times, name: string, f: () => Promise<T>): Promise<T> {
  const [t, c] = [performance.now(), process.cpuUsage()];
  const out = await f();
  const used = process.cpuUsage(c);
  times[name] = { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
  return out;
}

// --profile FILE: a CPU profile of the extensions only (not of the build or the snapshot load before them).
const profile = arg('--profile', '');
const session = profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const rows: Times[] = [];
let last: Record<string, unknown> = {};
for (let run = 0; run < runs; run++) {
  (globalThis as { gc?: () => void }).gc?.();
  const times: Times = {};
  const p = pace();
  const values: Record<string, unknown> = {};
  // As the reload does: the extracts the state was made from, carried beside it, and the new files' after them.
  const carried = carriedExtractsOf(state.docs);
  const lists = await measure(
    times,
    'extracts',
    async () =>
      new Map(
        (PARTS as readonly AnyPart[]).map((part) => [
          part.name,
          carried?.get(part.name)
            ? [...carried.get(part.name)!, ...extractsOf(part, fresh)]
            : extractsOf(part, results),
        ]),
      ),
  );
  for (const part of PARTS as readonly AnyPart[])
    values[part.name] = await measure(times, part.name, () =>
      part.extend((state as unknown as Record<string, unknown>)[part.name], all, lists.get(part.name)!, from, p),
    );
  await measure(times, 'byId', async () => {
    const byId = await layeredOver(state.byId, p);
    for (let i = from; i < all.length; i++) byId.set(all[i]!.doc, i);
    return byId;
  });
  // The first query with longer forms or near spellings after a reload.
  await measure(times, 'firstLoose', async () => (values.index as TermSearcher).terms.expand('governmnt', true));
  times.total = Object.values(times).reduce((a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu }), {
    wall: 0,
    cpu: 0,
  });
  rows.push(times);
  last = values;
  say(
    `run ${run + 1}: ${Object.entries(times)
      .map(([k, v]) => `${k} ${v.cpu.toFixed(0)}`)
      .join(', ')} (cpu ms)`,
  );
}

if (session) writeFileSync(profile, JSON.stringify((await session.post('Profiler.stop')).profile));

// What each extended part saves, as a digest: the same before and after a change that must not change answers.
const digests: Record<string, string> = {};
for (const part of PARTS as readonly AnyPart[]) {
  const saved = part.save(last[part.name], all);
  const h = createHash('sha1').update(JSON.stringify(saved.rows(0, saved.count)));
  for (const a of saved.arrays ?? []) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  digests[part.name] = h.digest('hex').slice(0, 12);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary: Record<string, { wall: number; cpu: number }> = {};
for (const k of Object.keys(rows[0]!))
  summary[k] = {
    wall: Math.round(median(rows.map((r) => r[k]!.wall))),
    cpu: Math.round(median(rows.map((r) => r[k]!.cpu))),
  };
process.stdout.write(JSON.stringify({ docs: from, added: all.length - from, runs, median: summary, digests }) + '\n');
