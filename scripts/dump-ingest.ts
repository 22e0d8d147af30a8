// Dumps what ingestion makes of a folder, one JSON line per file (its documents' title, date, publisher, language
// and text, or the reason it was skipped), to diff two versions of the ingest code on the same files; with
// --titles, only the files whose first document's title is not the file's first line (headline-first corpora).
// `tsx scripts/dump-ingest.ts DIR [--limit N] [--titles]`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/corpus/read.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/dump-ingest.ts DIR [--limit N] [--titles]');
  process.exit(2);
}
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;
const titlesOnly = process.argv.includes('--titles');

let differ = 0;
const files = readdirSync(dir)
  .filter((f) => !f.startsWith('.'))
  .sort()
  .slice(0, limit);
for (const file of files) {
  const decoded = decode(readFileSync(join(dir, file)));
  const read = 'reason' in decoded ? decoded : readDocumentsNow(file, decoded.text);
  if (titlesOnly) {
    const first = 'reason' in decoded ? '' : (decoded.text.split('\n').find((l) => l.trim()) ?? '').trim();
    const title = 'reason' in read ? `(skipped: ${read.reason})` : (read.docs[0]?.title ?? '');
    if (title !== first) {
      differ++;
      console.log(JSON.stringify({ file, first, title }));
    }
    continue;
  }
  if ('reason' in read) console.log(JSON.stringify({ file, reason: read.reason }));
  else
    console.log(
      JSON.stringify({
        file,
        docs: read.docs.map((d) => ({ title: d.title, date: d.date, source: d.source, lang: d.lang, text: d.text })),
      }),
    );
}
if (titlesOnly) console.log(JSON.stringify({ files: files.length, differ }));
