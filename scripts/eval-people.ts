// Scores person spans on a CoNLL-format file (exact match, precision, recall, F1): the tagger on each sentence,
// the mentions extractMentions returns, and those the people directory resolves to a person.
// usage: npm run eval:people -- FILE [--errors OUT]
import { writeFileSync } from 'node:fs';
import { readConll } from './conll.js';
import { splitPassages } from '../src/corpus/passages.js';
import { passageSentences } from '../src/text.js';
import { extractMentions, type Mention } from '../src/people/extract.js';
import { buildPeople } from '../src/people/build.js';
import { NEVER } from '../src/pace.js';
import { docContext, personModel, personSpans, tagSentence } from '../src/people/tagger.js';
import type { Document } from '../src/types.js';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval:people -- FILE [--errors OUT]');
  process.exit(2);
}
let conll;
try {
  conll = readConll(file);
} catch (e) {
  console.error(`cannot read ${file}: ${(e as Error).message}`);
  process.exit(1);
}

class Count {
  tp = 0;
  pred = 0;
  gold = 0;
  add(pred: Set<string>, gold: Set<string>): void {
    this.pred += pred.size;
    this.gold += gold.size;
    for (const k of pred) if (gold.has(k)) this.tp++;
  }
  toString(): string {
    const [p, r] = [this.tp / this.pred || 0, this.tp / this.gold || 0];
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `pred ${this.pred}  gold ${this.gold}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
  }
}

// Each CoNLL document as an article: one sentence a line, cut into passages as ingestion does.
const docs: Document[] = [];
const golds: Set<string>[] = [];
const tagger = new Count();
for (const [d, sentences] of conll.entries()) {
  let text = '';
  const gold = new Set<string>();
  const ctx = docContext(sentences.map((s) => s.toks));
  const predicted = new Set<string>();
  for (const s of sentences) {
    const base = text ? text.length + 1 : 0;
    text += (text ? '\n' : '') + s.text;
    for (const e of s.spans) if (e.type === 'PER') gold.add(`${base + e.start}:${base + e.end}`);
    const { tags, margins } = tagSentence(personModel(), s.toks, ctx);
    for (const x of personSpans(tags, margins))
      predicted.add(`${base + s.toks[x.from]!.start}:${base + s.toks[x.to]!.end}`);
  }
  tagger.add(predicted, gold);
  docs.push({
    doc: `conll#${d + 1}`,
    file: 'conll',
    title: sentences[0]!.text,
    date: null,
    source: null,
    lang: 'en',
    text,
    passages: splitPassages(text),
  });
  golds.push(gold);
}

/** A mention's span in the article: its name found in its sentence, after the mention before it there. */
function located(doc: Document, list: Mention[]): (string | null)[] {
  const out: (string | null)[] = [];
  const cursor = new Map<string, number>();
  const starts = new Map<string, number>();
  for (const p of doc.passages) for (const s of passageSentences(p)) starts.set(`${p.n}|${s.text}`, p.start + s.start);
  for (const m of list) {
    const key = `${m.passage}|${m.sentence}`;
    const base = starts.get(key);
    const from = cursor.get(key) ?? 0;
    const at = base === undefined ? -1 : m.sentence.indexOf(m.name, from);
    if (at < 0 || base === undefined) {
      out.push(null);
      continue;
    }
    cursor.set(key, at + m.name.length);
    out.push(`${base + at}:${base + at + m.name.length}`);
  }
  return out;
}

const lists = docs.map((d) => extractMentions(d));
const spans = docs.map((d, i) => located(d, lists[i]!));
const dir = await buildPeople(docs, (i) => lists[i]!, NEVER);
const [all, resolved] = [new Count(), new Count()];
const errors: string[] = [];
docs.forEach((d, i) => {
  // A name noted as an organisation's or a place's (org) is no person the extractor claims.
  const mine = new Set(spans[i]!.filter((x, k): x is string => !!x && !lists[i]![k]!.org));
  all.add(mine, golds[i]!);
  // Resolved: the mention's name is the name (or an alias) of a person the directory places in that passage.
  const kept = new Set<string>();
  lists[i]!.forEach((m, k) => {
    const span = spans[i]![k];
    if (span && dir.inPassage(i, m.passage).some((p) => p.name === m.name || p.aliases.includes(m.name)))
      kept.add(span);
  });
  resolved.add(kept, golds[i]!);
  const show = (k: string) => d.text.slice(...(k.split(':').map(Number) as [number, number]));
  for (const k of kept) if (!golds[i]!.has(k)) errors.push(`FP\t${d.doc}\t${show(k)}`);
  for (const k of golds[i]!) if (!kept.has(k)) errors.push(`FN\t${d.doc}\t${show(k)}`);
});
console.log(`${file}: ${docs.length} documents, person spans, exact match`);
console.log(`tagger, sentence by sentence   ${tagger}`);
console.log(`extractMentions                ${all}`);
console.log(`directory (resolved people)    ${resolved}`);
const out = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
if (out) writeFileSync(out, errors.join('\n') + '\n');
