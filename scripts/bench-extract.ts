// Measures person extraction alone, in articles per second, over a folder of articles (by default the first
// 3,000 files of the Reuters folder). usage: npx tsx scripts/bench-extract.ts [DIR] [--files N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../src/corpus/ingest.js';
import { extractMentions } from '../src/people/extract.js';

const args = process.argv.slice(2);
const dir =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/work/shared/realnews/reuters';
const limit = args.includes('--files') ? Number(args[args.indexOf('--files') + 1]) : 3000;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, limit);
const docs = files.flatMap(
  (file) => ingestFile({ file, text: readFileSync(join(dir, file), 'utf8') } as Parameters<typeof ingestFile>[0]).docs,
);
for (const d of docs.slice(0, 200)) extractMentions(d); // warm-up: caches and compiled code
const t0 = performance.now();
const c0 = process.cpuUsage();
let mentions = 0;
for (const d of docs) mentions += extractMentions(d).length;
const s = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const cs = (cpu.user + cpu.system) / 1e6;
// CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
console.log(
  `${docs.length} articles, ${mentions} mentions in ${s.toFixed(2)} s (${cs.toFixed(2)} s CPU): ${Math.round(docs.length / s)} articles/s, ${Math.round(docs.length / cs)} per CPU second`,
);
