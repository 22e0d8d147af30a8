// npm run sample:merging -- DIR [--n 60] [--seed N] [--docs N]: the hand check of merging made reproducible. Builds
// the timeline of a folder of real articles, draws N events told by several articles (seeded: the same events for
// the same seed and build), and prints each with all its sources (document, publication date, headline, sentence)
// for a reader to judge whether every source tells the same thing as the first.
import { eventKey, mergingCorpus, seededSample } from './merging-corpus.js';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir || args.includes('--help')) {
  console.error('usage: bench/merging-sample.ts DIR [--n 60] [--seed N] [--docs N]');
  process.exit(dir ? 0 : 2);
}
const opt = (name: string, fallback: number) => {
  const v = args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) {
    console.error(`${name} takes a number`);
    process.exit(2);
  }
  return v;
};
const { docs, events } = await mergingCorpus(dir, opt('--docs', Infinity));
const multi = events.filter((e) => e.sources.length > 1);
const sources = multi.reduce((n, e) => n + e.sources.length - 1, 0);
const seed = opt('--seed', 1);
console.log(
  `${events.length} events, ${multi.length} told by several articles, ${sources} merged sources; seed ${seed}`,
);
seededSample(multi, opt('--n', 60), seed, eventKey).forEach((e, i) => {
  console.log(`\n## ${i + 1}. ${e.date}${e.end ? ` – ${e.end}` : ''} (${e.sources.length} sources)`);
  for (const s of e.sources) {
    const d = docs[s.doc]!;
    console.log(`  - [${d.doc}] ${d.date ?? 'undated'} ${d.title.slice(0, 70)}\n      ${s.sentence}`);
  }
});
