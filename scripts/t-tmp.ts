import { extractMentions } from '../src/people/extract.js';
import { splitPassages } from '../src/corpus/passages.js';
for (const text of process.argv.slice(2)) {
  const doc = { doc: 'x', file: 'x', title: 'x', date: null, source: null, lang: 'en', text, passages: splitPassages(text) };
  console.log(JSON.stringify(extractMentions(doc as any).map((m) => [m.name, m.affiliation, m.roles])));
}
