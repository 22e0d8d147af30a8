// npm run bench:merging -- DIR [--docs N] [--sample N] [--failing N]: how well the timeline's merged events hold together on a
// folder of real articles. For every event told by several articles, each source sentence other than the event's
// first (its core) is compared with the core. Two measures:
// - words: at least 30% of the source's content words are the core's (the measure of the last session);
// - same story: the same, counted on the words each tells beyond its names, and the two articles share a
//   participant — a name of one article's headline or opening paragraph appears in the other's, or neither
//   headline and opening names anyone — and no figure of the sentence with fewer figures is missing from the other.
// Prints the share of merged sources that pass each, the largest events, and a seeded random sample of merged
// events to read by hand.
import { figuresOf, namesInSentence } from '../src/timeline/timeline.js';
import { terms } from '../src/text.js';
import { eventKey, mergingCorpus, seededSample } from './merging-corpus.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: bench/merging.ts DIR [--docs N] [--sample N] [--failing N]');
  process.exit(2);
}
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const { files, docs, events } = await mergingCorpus(dir, opt('--docs', Infinity));
const words = (s: string) => new Set(terms(s).filter((t) => t.length > 3 && !/^\d+$/.test(t)));
/** Content words less the words of the sentence's names. */
const told = (s: string) => {
  const named = new Set(terms([...namesInSentence(s)].join(' ')));
  return new Set([...words(s)].filter((w) => !named.has(w)));
};
/** Names of an article's headline and opening paragraph: who the story is about. */
const leadNames = new Map<number, Set<string>>();
const participants = (doc: number) => {
  let names = leadNames.get(doc);
  // A headline in capitals ("U.S. TIN DISPOSALS SEEN...") is one run of capitals, no names: only its lead then.
  const title = /\p{Ll}/u.test(docs[doc]!.title) ? docs[doc]!.title : '';
  if (!names)
    leadNames.set(
      doc,
      (names = new Set([...namesInSentence(title), ...namesInSentence(docs[doc]!.passages[0]?.text ?? '')])),
    );
  return names;
};
const allNames = (doc: number) => namesInSentence(docs[doc]!.text);
const figuresAgree = (a: string, b: string) => {
  const [fa, fb] = [figuresOf(a), figuresOf(b)];
  const [few, many] = fa.size <= fb.size ? [fa, fb] : [fb, fa];
  return [...few].every((f) => many.has(f));
};
let merged = 0;
let same = 0;
let sameStory = 0;
const failing: string[] = [];
const multi = events.filter((e) => e.sources.length > 1);
for (const e of multi) {
  const first = e.sources[0]!;
  const core = words(first.sentence);
  const coreTold = told(first.sentence);
  for (const s of e.sources.slice(1)) {
    const w = words(s.sentence);
    const shared = [...w].filter((x) => core.has(x)).length;
    merged++;
    if (shared / Math.max(1, w.size) >= 0.3) same++;
    const t = told(s.sentence);
    const sharedTold = [...t].filter((x) => coreTold.has(x)).length;
    const [pa, pb] = [participants(first.doc), participants(s.doc)];
    const shareParticipant =
      (!pa.size && !pb.size) ||
      [...pa].some((n) => allNames(s.doc).has(n)) ||
      [...pb].some((n) => allNames(first.doc).has(n));
    if (
      sharedTold / Math.max(1, Math.min(t.size, coreTold.size)) >= 0.3 &&
      shareParticipant &&
      figuresAgree(first.sentence, s.sentence)
    )
      sameStory++;
    else if (failing.length < opt('--failing', 0))
      failing.push(
        `${e.date}\n  core [${docs[first.doc]!.doc}] ${first.sentence.slice(0, 200)}\n  other [${docs[s.doc]!.doc}] ${s.sentence.slice(0, 200)}`,
      );
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(
  `${files} files, ${docs.length} articles, ${events.length} events, ${multi.length} told by several articles, ${merged} merged sources`,
);
console.log(
  `merged sources sharing >= 30% of their content words with the event's core sentence: ${pct(same, merged)}%`,
);
console.log(
  `merged sources telling the core's story (30% of the words beyond names, a participant of the lead in common, figures agreeing): ${pct(sameStory, merged)}%`,
);
if (failing.length) console.log('merged sources failing the story measure:\n' + failing.join('\n'));
const largest = [...events].sort((a, b) => b.sources.length - a.sources.length).slice(0, 5);
console.log('largest events: ' + largest.map((e) => `${e.date} (${e.sources.length})`).join(', '));
// A seeded sample, the same on every run (npm run sample:merging prints one whole).
const sample = seededSample(multi, opt('--sample', 0), 42, eventKey);
for (const e of sample) {
  console.log(`\n## ${e.date}${e.end ? ` – ${e.end}` : ''} (${e.sources.length} sources) shown: ${e.text}`);
  for (const s of e.sources.slice(0, 4)) console.log(`  - [${docs[s.doc]!.doc}] ${s.sentence.slice(0, 220)}`);
}
