import { readFileSync } from 'node:fs';
import { htmlReader } from './src/corpus/readers/html.js';
import { classify } from './src/corpus/lines.js';
const out = htmlReader.read('x', readFileSync('tests/fixtures/formats/page.html', 'utf8')) as any;
console.log(JSON.stringify(out.articles[0].body));
console.log(classify(out.articles[0].body.split('\n')).map(l => l.kind + ' ' + l.text.slice(0, 40)));
