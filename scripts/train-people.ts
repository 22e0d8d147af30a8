// Trains the person tagger (src/people/tagger.ts) on CoNLL-2003 eng.train and writes models/people.json.
// Reproducible: sentences are visited in an order drawn from a fixed seed, and ties break by label order.
// usage: npm run train:people -- [TRAIN_FILE] [--dev FILE] [--epochs N] [--out FILE]
import { writeFileSync } from 'node:fs';
import { readConll, type GoldSentence } from './conll.js';
import {
  capsLine,
  docContext,
  features,
  isCandidate,
  runBounds,
  modelToJSON,
  personSpans,
  tagSentence,
  type DocContext,
  type Model,
} from '../src/people/tagger.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const trainFile = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/tmp/eng.train';
const devFile = opt('--dev', '');
const epochs = Number(opt('--epochs', '8'));
const outFile = opt('--out', new URL('../models/people.json', import.meta.url).pathname);
/** Entity types kept as labels: persons alone learn "not a person" as one class; all four teach what else a name is. */
const types = opt('--types', 'PER,ORG,LOC,MISC').split(',');
const prune = Number(opt('--prune', '0.05'));

function labelled(docs: GoldSentence[][]): { s: GoldSentence; ctx: DocContext; gold: string[] }[] {
  const out: { s: GoldSentence; ctx: DocContext; gold: string[] }[] = [];
  for (const doc of docs) {
    const ctx = docContext(doc.map((s) => s.toks));
    for (const s of doc)
      out.push({ s, ctx, gold: s.tags.map((t) => (t !== 'O' && types.includes(t.slice(2)) ? t : 'O')) });
  }
  return out;
}

/** A small seeded generator (mulberry32), so that every run visits the sentences in the same order. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function train(data: ReturnType<typeof labelled>): Model {
  const labels = ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])];
  const L = labels.length;
  const w = new Map<string, Float64Array>();
  const acc = new Map<string, Float64Array>(); // sum of step * update, for averaging
  let step = 1;
  const sc = new Float64Array(L);
  const rand = random(15);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let seen = 0;
    for (const n of order) {
      const { s, ctx, gold } = data[n]!;
      // Greedy decoding as at inference, learning from each candidate token's mistake.
      let prev = 'O';
      const toks = s.toks;
      const run = runBounds(toks);
      const caps = capsLine(toks);
      for (let i = 0; i < toks.length; i++) {
        if (!isCandidate(toks[i]!.text)) {
          prev = 'O';
          continue;
        }
        const feats = features(toks, i, prev, ctx, caps, run);
        sc.fill(0);
        for (const f of feats) {
          const v = w.get(f);
          if (v) for (let c = 0; c < L; c++) sc[c]! += v[c]!;
        }
        let best = 0;
        for (let c = 1; c < L; c++) if (sc[c]! > sc[best]!) best = c;
        const g = labels.indexOf(gold[i]!);
        seen++;
        if (best !== g) {
          errors++;
          for (const f of feats) {
            let v = w.get(f);
            let a = acc.get(f);
            if (!v) {
              w.set(f, (v = new Float64Array(L)));
              acc.set(f, (a = new Float64Array(L)));
            }
            v[g]! += 1;
            v[best]! -= 1;
            a![g]! += step;
            a![best]! -= step;
          }
        }
        step++;
        let tag = labels[best]!;
        if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) tag = `B-${tag.slice(2)}`;
        prev = tag;
      }
    }
    console.log(`epoch ${epoch + 1}: ${errors} errors in ${seen} candidate tokens`);
  }
  const weights = new Map<string, Float32Array>();
  for (const [f, v] of w) {
    const a = acc.get(f)!;
    const avg = Float32Array.from(v, (x, c) => x - a[c]! / step);
    if (avg.some((x) => Math.abs(x) >= prune)) weights.set(f, avg);
  }
  return { labels, weights };
}

function evaluate(model: Model, data: ReturnType<typeof labelled>, errorsTo?: string[]): string {
  let [tp, pred, gold] = [0, 0, 0];
  for (const { s, ctx } of data) {
    const { tags, margins } = tagSentence(model, s.toks, ctx);
    const spans = personSpans(tags, margins).map((x) => `${s.toks[x.from]!.start}:${s.toks[x.to]!.end}`);
    const truth = new Set(s.spans.filter((x) => x.type === 'PER').map((x) => `${x.start}:${x.end}`));
    pred += spans.length;
    gold += truth.size;
    tp += spans.filter((x) => truth.has(x)).length;
    if (errorsTo) {
      const sp = new Set(spans);
      const show = (k: string) => s.text.slice(...(k.split(':').map(Number) as [number, number]));
      for (const k of spans) if (!truth.has(k)) errorsTo.push(`FP ${show(k)}\t${s.text}`);
      for (const k of truth) if (!sp.has(k)) errorsTo.push(`FN ${show(k)}\t${s.text}`);
    }
  }
  const [p, r] = [tp / pred, tp / gold];
  return `persons: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} (${gold} gold)`;
}

const t0 = Date.now();
const data = labelled(readConll(trainFile));
const model = train(data);
const file = modelToJSON(model);
writeFileSync(outFile, JSON.stringify(file));
console.log(`${model.weights.size} features written to ${outFile} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (devFile) {
  const errors: string[] = [];
  console.log(`${devFile} ${evaluate(model, labelled(readConll(devFile)), errors)}`);
  if (args.includes('--errors')) writeFileSync(opt('--errors', ''), errors.join('\n') + '\n');
}
