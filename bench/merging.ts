// npm run bench:merging -- DIR [--docs N] [--sample N]: how well the timeline's merged events hold together on a
// folder of real articles. For every event told by several articles, each source sentence other than the event's
// first (its core) is compared with the core by content words; a source "tells the same thing" when at least 30% of
// its content words are the core's. Prints the share of merged sources that do, the largest events, and a random
// sample of merged events to read by hand.
import { extractsOf } from '../src/corpus/load.js';
import { timelinePart } from '../src/corpus/parts/timeline.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../src/corpus/ingest.js';
import { buildTimeline } from '../src/timeline/timeline.js';
import { NEVER } from '../src/pace.js';
import { terms } from '../src/text.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: bench/merging.ts DIR [--docs N] [--sample N]');
  process.exit(2);
}
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, opt('--docs', Infinity));
const perDoc = [];
const docs = [];
for (const file of files) {
  const r = ingestFile({ file, text: readFileSync(join(dir, file), 'utf8'), hash: file });
  docs.push(...r.docs);
  perDoc.push(...extractsOf(timelinePart, [r]));
}
const events = await buildTimeline(perDoc, NEVER);
const words = (s: string) => new Set(terms(s).filter((t) => t.length > 3 && !/^\d+$/.test(t)));
let merged = 0;
let same = 0;
let sameMin = 0;
const multi = events.filter((e) => e.sources.length > 1);
for (const e of multi) {
  const core = words(e.sources[0]!.sentence);
  for (const s of e.sources.slice(1)) {
    const w = words(s.sentence);
    const shared = [...w].filter((x) => core.has(x)).length;
    merged++;
    if (shared / Math.max(1, w.size) >= 0.3) same++;
    if (shared / Math.max(1, Math.min(w.size, core.size)) >= 0.3) sameMin++;
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(
  `${files.length} files, ${docs.length} articles, ${events.length} events, ${multi.length} told by several articles, ${merged} merged sources`,
);
console.log(
  `merged sources sharing >= 30% of their content words with the event's core sentence: ${pct(same, merged)}% (of the smaller sentence: ${pct(sameMin, merged)}%)`,
);
const largest = [...events].sort((a, b) => b.sources.length - a.sources.length).slice(0, 5);
console.log('largest events: ' + largest.map((e) => `${e.date} (${e.sources.length})`).join(', '));
// A seeded sample, the same on every run.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const sample = [...multi]
  .map((e) => [rand(), e] as const)
  .sort((a, b) => a[0] - b[0])
  .slice(0, opt('--sample', 0));
for (const [, e] of sample) {
  console.log(`\n## ${e.date}${e.end ? ` – ${e.end}` : ''} (${e.sources.length} sources) shown: ${e.text}`);
  for (const s of e.sources.slice(0, 4)) console.log(`  - [${docs[s.doc]!.doc}] ${s.sentence.slice(0, 220)}`);
}
