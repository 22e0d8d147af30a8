// One long line must not freeze the bot: bounded sentence splitting, paced ingestion, a per-file budget.
import { extractsOf } from '../src/corpus/load.js';
import { timelinePart } from '../src/corpus/parts/timeline.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEGMENT_WINDOW, sentences } from '../src/text.js';
import { ingestFile, ingestFileAsync } from '../src/corpus/ingest.js';
import { pace } from '../src/pace.js';
import { Engine } from '../src/engine.js';
import { loadConfig } from '../src/config.js';
import { answered, json, seedEngine, tempCorpus } from './helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneLinePage } from './fixtures/one-line-page.js';

/** Sentence splitting in one pass over the whole text: what windowed splitting must give on ordinary text. */
function onePass(text: string): { start: number; end: number }[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: { start: number; end: number; text: string }[] = [];
  for (const s of seg.segment(text)) {
    const t = s.segment.trim();
    if (!t) continue;
    const start = s.index + s.segment.length - s.segment.trimStart().length;
    const prev = out[out.length - 1];
    const word = prev && /([\p{L}.]+)\.$/u.exec(prev.text)?.[1]?.toLowerCase();
    if (
      prev &&
      ((word && (['dr', 'u.s', 'mr'].includes(word) || word.length === 1)) ||
        (/^[\p{Ll}\d]/u.test(t) && /\.$/.test(prev.text) && !/\d\.$/.test(prev.text)))
    ) {
      prev.end = start + t.length;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ start, end: start + t.length, text: t });
  }
  return out.map(({ start, end }) => ({ start, end }));
}

afterEach(() => vi.restoreAllMocks());

describe('sentence splitting', () => {
  it('never hands the segmenter more than a window, and finds the breaks one pass finds', () => {
    const text = oneLinePage(60_000).split('\n')[2]!;
    const lengths: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, s: string) {
      lengths.push(s.length);
      return segment.call(this, s);
    });
    const got = sentences(text).map(({ start, end }) => ({ start, end }));
    vi.restoreAllMocks();
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SEGMENT_WINDOW);
    expect(lengths.length).toBeGreaterThan(10);
    expect(got).toEqual(onePass(text));
  });

  it('cuts a line with no sentence break at all into window-sized pieces, on spaces', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' ');
    const got = sentences(text);
    expect(got.length).toBeGreaterThan(5);
    for (const s of got) expect(s.end - s.start).toBeLessThanOrEqual(SEGMENT_WINDOW);
    expect(got.map((s) => s.text).join(' ')).toBe(text);
  });

  it('joins after an abbreviation at the end of a long joined sentence, and not after a long word that ends like one', () => {
    const long = 'x'.repeat(100);
    expect(sentences(`We met Dr. Khan today.`).length).toBe(1);
    // "…xdr." is a word of 100-odd letters, not "Dr.": the next sentence stands alone.
    expect(sentences(`It was ${long}dr. Then it rained.`).length).toBe(2);
  });
});

describe('paced ingestion', () => {
  it('gives the same articles paced as in one step', async () => {
    const raw = { file: 'wire.txt', text: oneLinePage(120_000), hash: 'h' };
    const whole = ingestFile(raw);
    const paced = await ingestFileAsync({ ...raw }, pace(0));
    expect(paced).toEqual(whole);
    expect(whole.docs[0]!.passages.length).toBeGreaterThan(64);
    expect(extractsOf(timelinePart, [whole])[0]!.length).toBeGreaterThan(10);
  });

  it('answers a query while a 400 KB one-line page is being ingested', async () => {
    const engine = await seedEngine();
    const order: string[] = [];
    let answering = true;
    const loop = async () => {
      while (answering) {
        const answer = await json(engine, '/source cpec');
        order.push(answer.results?.length ? 'answer' : 'empty');
        await new Promise((r) => setImmediate(r));
      }
    };
    const ingesting = ingestFileAsync({ file: 'wire.txt', text: oneLinePage(400_000), hash: 'h' }, pace(5)).then(
      (r) => {
        order.push('ingested');
        return r;
      },
    );
    const answering$ = loop();
    const result = await ingesting;
    answering = false;
    await answering$;
    expect(result.docs).toHaveLength(1);
    // Answers came while the page was worked on, not only before it started or after it ended.
    const at = order.indexOf('ingested');
    expect(order.slice(0, at).filter((x) => x === 'answer').length).toBeGreaterThan(5);
    expect(order).not.toContain('empty');
  });

  it('skips a file over the per-file time budget with the reason, through the reload', async () => {
    const dir = tempCorpus({ 'wire.txt': oneLinePage(200_000) });
    const engine = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024, fileBudgetMs: 0 });
    const report = await engine.reload();
    expect(report.ok).toBe(true);
    expect(engine.corpus.skipped).toEqual([
      { file: 'wire.txt', reason: expect.stringMatching(/^took too long to process/) },
    ]);
  });

  it('indexes a long one-line page within the budget, through the reload', async () => {
    const dir = tempCorpus({}, true);
    writeFileSync(join(dir, 'wire.txt'), oneLinePage(300_000));
    const engine = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024 });
    await engine.reload();
    expect(engine.corpus.docs.some((d) => d.file === 'wire.txt')).toBe(true);
    const found = await answered(engine, '/search harbour board Gwadar cargo');
    expect(found.results.some((r) => r.doc === 'wire.txt')).toBe(true);
  });

  it('refuses a MAX_FILE_MB larger than the bot can ingest', () => {
    expect(() => loadConfig({ MAX_FILE_MB: '50' } as NodeJS.ProcessEnv)).toThrow(/MAX_FILE_MB: must be at most 4/);
    expect(loadConfig({ MAX_FILE_MB: '4' } as NodeJS.ProcessEnv).MAX_FILE_MB).toBe(4);
  });
});
