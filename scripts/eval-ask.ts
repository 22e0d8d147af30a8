// Scores mention answers on questions written from real articles: is an expected answer in the reply's first
// line, and is that line cited? Usage: npm run eval:ask -- [--realnews DIR] [--distractors N] [--failures]
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine.js';
import { renderText } from '../src/adapters/text.js';
import { answerQuestion } from '../src/commands/dispatch.js';

const { values } = parseArgs({
  options: {
    realnews: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared', 'realnews') },
    questions: {
      type: 'string',
      default: ['questions-realnews.json', 'questions-realnews-2.json', 'questions-realnews-3.json']
        .map((f) => join(import.meta.dirname, '..', 'tests', 'fixtures', f))
        .join(','),
    },
    distractors: { type: 'string', default: '1000' },
    failures: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: npm run eval:ask -- [--realnews DIR] [--questions FILE,FILE…] [--distractors N] [--failures]\n',
  );
  process.exit(0);
}

interface Q {
  file: string;
  q: string;
  expect: string[];
}
const questions = values
  .questions!.split(',')
  .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { questions: Q[] }).questions);
const dir = mkdtempSync(join(tmpdir(), 'dossier-ask-'));
const wanted = new Set(questions.map((q) => q.file));
// Other articles of the same collections stand around the questioned ones, as a real corpus would.
const others: string[] = [];
for (const sub of ['bbc', 'reuters'])
  for (const f of readdirSync(join(values.realnews!, sub))) others.push(`${sub}/${f}`);
const step = Math.max(1, Math.floor(others.length / Number(values.distractors)));
for (const f of [...wanted, ...others.filter((_, i) => i % step === 0)])
  copyFileSync(join(values.realnews!, f), join(dir, f.replace('/', '-')));

const engine = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024 });
await engine.reload();
let pass = 0;
let cited = 0;
const times: number[] = [];
for (const q of questions) {
  const started = performance.now();
  const answer = answerQuestion(engine, q.q);
  times.push(performance.now() - started);
  const first = renderText(answer).split('\n')[0]!;
  const ok = q.expect.some((e) => first.toLowerCase().includes(e.toLowerCase()));
  const hasCitation = !!answer.lead?.citation;
  if (ok) pass++;
  if (hasCitation) cited++;
  if (!ok && values.failures)
    process.stdout.write(
      `MISS ${basename(q.file)} ${q.q}\n  expected ${q.expect.join(' | ')}\n  got ${first.slice(0, 300)}\n`,
    );
}
times.sort((a, b) => a - b);
const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
process.stdout.write(
  `${pass}/${questions.length} answered in the first line (${((100 * pass) / questions.length).toFixed(0)}%), ${cited} with a cited answer sentence; ${engine.corpus.docs.length} documents; answer p95 ${p95.toFixed(1)} ms\n`,
);
rmSync(dir, { recursive: true, force: true });
process.exit(0);
