// Body-text F1 of the HTML reader against hand-made article bodies: `tsx bench/extraction-f1.ts DIR`, where DIR
// holds html/<id>.html and ground-truth.json ({id: {articleBody}}), as the article-extraction-benchmark ships them.
// By default scores the documents' text after ingestion's cleaning; --reader the reader's output alone.
// Token-level: each page's precision and recall over the multiset of its words; reports the means and their F1.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlReader } from '../src/ingest/readers/html.js';
import { ingestFile } from '../src/corpus/ingest.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx bench/extraction-f1.ts DIR');
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string }
>;
const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function score(got: string, want: string): { p: number; r: number } {
  const a = words(got);
  const b = words(want);
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  // An empty extraction of an empty body is right; of a real one, wrong.
  if (a.length === 0 && b.length === 0) return { p: 1, r: 1 };
  return { p: a.length ? common / a.length : 0, r: b.length ? common / b.length : 1 };
}

let sp = 0,
  sr = 0,
  sf = 0,
  n = 0;
const worst: [number, string][] = [];
for (const name of readdirSync(join(dir, 'html'))
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const id = name.replace(/\.html$/, '');
  const want = truth[id]?.articleBody;
  if (want === undefined) continue;
  const html = readFileSync(join(dir, 'html', name), 'utf8');
  // By default the documents' text, as ingestion cleans it; --reader scores the reader's output alone.
  const out = htmlReader.read(name, html);
  const got = process.argv.includes('--reader')
    ? 'articles' in out
      ? out.articles.map((a) => a.body).join('\n')
      : ''
    : ingestFile({ file: name, text: html, hash: '' })
        .docs.map((d) => d.text)
        .join('\n');
  const { p, r } = score(got, want);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  sp += p;
  sr += r;
  sf += f;
  n++;
  worst.push([f, id]);
}
const P = sp / n,
  R = sr / n;
console.log(
  JSON.stringify({
    pages: n,
    precision: +P.toFixed(4),
    recall: +R.toFixed(4),
    f1: +((2 * P * R) / (P + R)).toFixed(4),
    meanPageF1: +(sf / n).toFixed(4),
  }),
);
if (process.argv.includes('--worst'))
  for (const [f, id] of worst.sort((a, b) => a[0] - b[0]).slice(0, 15)) console.log(f.toFixed(3), id);
