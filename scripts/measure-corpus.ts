// Ingests a folder of articles and counts what a reader can trust: dated stories, publishers, titles that are
// table rows or other chrome (bylines, credits, stamps, labels), passages that are chrome (a wire's sign-off, a
// byline, a credit), files skipped and why, language labels, sentences with subscription-like words that were cut.
// `tsx scripts/measure-corpus.ts DIR [--limit N]`; prints one JSON object.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/corpus/read.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/measure-corpus.ts DIR [--limit N]');
  process.exit(2);
}
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;

/** A title that is a line of figures: "Revs 16.1 mln vs 3,971,000", "Shr 55 cts vs 24 cts". */
const isTableRow = (t: string) =>
  /\d/.test(t) && (/\bvs\.?\b/i.test(t) || (t.match(/\d[\d.,]*/g)?.length ?? 0) * 3 >= t.split(/\s+/).length);
/** Chrome by shape, written apart from the ingestion's own rules so that it checks them. */
const CHROME_SHAPES: [string, RegExp][] = [
  ['byline', /^(?:By|BY|Written by|Reporting by|Story by)\s+\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}$/u],
  [
    'credit',
    /(?:^|\s)(?:photo|image|picture|credit)s?\s*(?::|by\b)|\b\p{Lu}{2,}\/\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*\)?$|getty images/iu,
  ],
  [
    'stamp',
    /^(?:updated|published|posted|last (?:updated|modified))\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|[ecmp][sd]t)\b|\bago$/iu,
  ],
  ['sign-off', /(?:^|[.!?"”)\d]\s+)(?:reuters?|afp|ap|upi)\W*$/iu],
  ['label', /^(?:analysis|opinion|exclusive|fact check|live|breaking|comment|explainer|based on facts)$/iu],
];
const chromeShape = (t: string) => CHROME_SHAPES.find(([, re]) => re.test(t.trim()))?.[0] ?? null;
const CUE = /\b(?:subscri\w*|consent\w*|newsletters?|terms and conditions|terms of)\b/i;

const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
const out = {
  files: 0,
  docs: 0,
  dated: 0,
  withPublisher: 0,
  tableRowTitles: 0,
  vsRowTitles: 0,
  chromeTitles: {} as Record<string, number>,
  passages: 0,
  chromePassages: {} as Record<string, number>,
  splitFiles: 0,
  cueSentences: 0,
  cueSentencesCut: 0,
  publishers: {} as Record<string, number>,
  skipped: {} as Record<string, number>,
  languages: {} as Record<string, number>,
  examples: {
    tableRowTitles: [] as string[],
    chromeTitles: [] as string[],
    chromePassages: [] as string[],
    cut: [] as string[],
    nonEnglish: [] as string[],
  },
};
for (const file of readdirSync(dir)
  .filter((f) => !f.startsWith('.'))
  .sort()
  .slice(0, limit)) {
  out.files++;
  const decoded = decode(readFileSync(join(dir, file)));
  if ('reason' in decoded) {
    count(out.skipped, decoded.reason);
    continue;
  }
  const read = readDocumentsNow(file, decoded.text);
  const r = 'reason' in read ? { docs: [], skipped: read.reason } : { docs: read.docs, skipped: null };
  if (r.skipped) count(out.skipped, r.skipped);
  if (r.docs.length > 1) out.splitFiles++;
  const kept = r.docs
    .map((d) => `${d.title}\n${d.text}`)
    .join('\n')
    .replace(/\s+/g, ' ');
  for (const para of decoded.text.split('\n')) {
    for (const s of para.split(/(?<=[.!?])\s+/)) {
      if (!CUE.test(s) || s.split(/\s+/).length < 6) continue;
      out.cueSentences++;
      if (!kept.includes(s.trim().replace(/\s+/g, ' '))) {
        out.cueSentencesCut++;
        if (out.examples.cut.length < 5) out.examples.cut.push(`${file}: ${s.trim().slice(0, 120)}`);
      }
    }
  }
  for (const d of r.docs) {
    out.docs++;
    if (d.date) out.dated++;
    if (d.source) out.withPublisher++;
    count(out.publishers, d.source ?? '(none)');
    count(out.languages, d.lang);
    if (d.lang !== 'en' && out.examples.nonEnglish.length < 5)
      out.examples.nonEnglish.push(`${d.doc} ${d.lang}: ${d.text.slice(0, 80)}`);
    // Strictly a row comparing figures: "Revs 16.1 mln vs 3,971,000".
    if (/\d/.test(d.title) && /\bvs\.?\s/i.test(d.title)) out.vsRowTitles++;
    const titleShape = chromeShape(d.title);
    if (titleShape) {
      count(out.chromeTitles, titleShape);
      if (out.examples.chromeTitles.length < 10) out.examples.chromeTitles.push(`${d.doc} ${titleShape}: ${d.title}`);
    }
    for (const p of d.passages) {
      out.passages++;
      const shape = chromeShape(p.text);
      if (!shape) continue;
      count(out.chromePassages, shape);
      if (out.examples.chromePassages.length < 10)
        out.examples.chromePassages.push(`${d.doc} ${shape}: ${p.text.slice(-100)}`);
    }
    if (isTableRow(d.title)) {
      out.tableRowTitles++;
      if (out.examples.tableRowTitles.length < 5) out.examples.tableRowTitles.push(`${d.doc}: ${d.title}`);
    }
  }
}
out.publishers = Object.fromEntries(
  Object.entries(out.publishers)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12),
);
console.log(JSON.stringify(out, null, 1));
