// Ingests a folder of articles and counts what a reader can trust: dated stories, publishers, titles that are
// table rows, files skipped and why, language labels, sentences with subscription-like words that were cut.
// `tsx scripts/measure-corpus.ts DIR [--limit N]`; prints one JSON object.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/corpus/read.js';
import { ingestFile } from '../src/corpus/ingest.js';

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
const CUE = /\b(?:subscri\w*|consent\w*|newsletters?|terms and conditions|terms of)\b/i;

const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
const out = {
  files: 0,
  docs: 0,
  dated: 0,
  withPublisher: 0,
  tableRowTitles: 0,
  vsRowTitles: 0,
  splitFiles: 0,
  cueSentences: 0,
  cueSentencesCut: 0,
  publishers: {} as Record<string, number>,
  skipped: {} as Record<string, number>,
  languages: {} as Record<string, number>,
  examples: { tableRowTitles: [] as string[], cut: [] as string[], nonEnglish: [] as string[] },
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
  const r = ingestFile({ file, text: decoded.text, hash: file });
  if (r.skipped) count(out.skipped, r.skipped.reason);
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
