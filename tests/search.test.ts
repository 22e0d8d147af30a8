import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import { answered, json, SEED, seedEngine, tempCorpus } from './helpers.js';
import { Engine as EngineClass } from '../src/engine.js';
import { findAcronyms } from '../src/corpus/acronyms.js';
import { tokenize } from '../src/text.js';

describe('folding and acronyms', () => {
  it('folds case, accents and dotted acronyms', () => {
    expect(tokenize('C.P.E.C. and CPEC, Petrović’s café')).toEqual(['cpec', 'and', 'cpec', 'petrovic', 'cafe']);
  });
  it('finds acronyms the text defines, skipping small words', () => {
    const found = findAcronyms(
      'the China-Pakistan Economic Corridor (CPEC) and the Tehreek-e-Taliban Pakistan (TTP) and the Belt and Road Initiative (BRI), but not Foo Bar (XYZ)',
    );
    expect([...found.get('cpec')!]).toEqual(['china pakistan economic corridor']);
    expect([...found.get('ttp')!]).toEqual(['tehreek e taliban pakistan']);
    expect([...found.get('bri')!]).toEqual(['belt and road initiative']);
    expect(found.has('xyz')).toBe(false);
  });
});

describe('/source and /search on the seed corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await seedEngine();
  });

  it('/source cpec cites at least four documents, with both the $62bn and the $60 billion figures', async () => {
    const a = await answered(engine, '/source cpec');
    expect(a.command).toBe('source');
    expect(a.documents).toBeGreaterThanOrEqual(4);
    expect(new Set(a.results.map((r) => r.doc)).size).toBeGreaterThanOrEqual(4);
    const excerpts = a.results.map((r) => r.excerpt).join(' ');
    expect(excerpts).toMatch(/\$62bn|62 billion/);
    expect(excerpts).toContain('$60 billion');
    for (const r of a.results)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['doc', 'title', 'date', 'source', 'excerpt']));
  });

  it('CPEC, cpec, C.P.E.C. and the written-out name meet', async () => {
    const docs = async (q: string) => new Set((await answered(engine, `/source ${q}`)).results.map((r) => r.doc));
    const base = await docs('cpec');
    expect(await docs('CPEC')).toEqual(base);
    expect(await docs('C.P.E.C.')).toEqual(base);
    const long = await docs('China-Pakistan Economic Corridor');
    for (const d of base) expect(long.has(d)).toBe(true);
  });

  it('/source ttp cites at least four documents', async () => {
    const a = await answered(engine, '/source ttp');
    expect(new Set(a.results.map((r) => r.doc)).size).toBeGreaterThanOrEqual(4);
  });

  it('/source fentanyl cites the Newsweek story and nothing about the Beijing talks', async () => {
    const a = await answered(engine, '/source fentanyl');
    expect(a.results.length).toBeGreaterThan(0);
    for (const r of a.results) expect(r.source).toBe('Newsweek');
    expect(a.results.some((r) => /Beijing|trilateral/i.test(r.title))).toBe(false);
  });

  it('ranks the right document first', async () => {
    const first = async (q: string) => (await answered(engine, `/search ${q}`)).results[0]?.doc;
    expect(await first('Lee Jae-myung phone call')).toBe('003_5b70376f1ebe71c1.txt#4');
    expect(await first('travel ban Afghans come home')).toBe('003_5b70376f1ebe71c1.txt#3');
    expect(await first('Wana South Waziristan')).toBe('001_48c4fcd209a9552a.txt#2');
    expect(await first('Uzbekistan free economic zone')).toBe('004_a35ab58e4f30d57d.txt');
    expect(await first('Paktika bombardment')).toBe('001_48c4fcd209a9552a.txt#1');
  });

  it('tolerates a misspelling and finds nothing for words the corpus lacks', async () => {
    expect((await answered(engine, '/search fentanil')).results[0]?.source).toBe('Newsweek');
    const none = await json(engine, '/search zelensky kyiv');
    expect(none.results).toEqual([]);
    expect(none.passages).toBe(0);
  });

  it('shows no site chrome when asked for it', async () => {
    for (const q of [
      'Orange background',
      'DOWNLOAD THE APP',
      'Try Our AI Features',
      'No comments yet',
      'Skip to main content',
      'app-storeplay-store',
    ]) {
      const a = await answered(engine, `/search ${q}`);
      for (const r of a.results) expect(r.excerpt.toLowerCase()).not.toContain(q.toLowerCase());
    }
  });

  it('shows a story republished by two outlets once, with both citations', async () => {
    const story = (outlet: string) =>
      `Harbour strike ends after talks\nSource: ${outlet}\nDock workers in the port city ended a nine-day strike on Friday after the harbour authority agreed to raise wages by eight percent and hire two hundred more crane operators. Union leaders said the deal would be put to a vote of members next week, and that picketing would stop at once. Shipping companies said the backlog of containers would take a month to clear.`;
    const dir = tempCorpus({ 'a.txt': story('Harbour Post'), 'b.txt': story('Coastal Times') });
    const e = new EngineClass({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const { source } = await import('../src/queries/source.js');
    const answer = source(e.corpus, 'dock strike wages');
    expect(answer.items).toHaveLength(1);
    expect(answer.items[0]!.citations.map((c) => c.source).sort()).toEqual(['Coastal Times', 'Harbour Post']);
  });

  it('/stats reports documents, passages, dates and skipped files', async () => {
    const a = await json(engine, '/stats');
    expect(a).toMatchObject({ command: 'stats', documents: SEED.documents, files: SEED.files, skipped: [] });
    expect(a.dateRange).toEqual({ from: '2025-05-21', to: '2026-03-04' });
  });
});

describe('near spellings', () => {
  it('withinEdits agrees with the full edit distance', async () => {
    const fc = (await import('fast-check')).default;
    const { editDistance, withinEdits } = await import('../src/search/excerpt.js');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 9 });
    fc.assert(
      fc.property(
        word,
        word,
        fc.integer({ min: 0, max: 3 }),
        (a, b, k) => withinEdits(a, b, k) === editDistance(a, b) <= k,
      ),
      { numRuns: 3000, seed: 11 },
    );
    expect(withinEdits('corridor', 'coridor', 1)).toBe(true);
    expect(withinEdits('pakistan', 'pakisatn', 1)).toBe(false);
    expect(withinEdits('pakistan', 'pakisatn', 2)).toBe(true);
  });
});

describe('/search counts', () => {
  it('counts every matching document, not only those whose passages were ranked', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++)
      files[`port-${i}.txt`] =
        `Harbour report ${i}\nUpdated ${(i % 27) + 1} March 2026\nThe harbour authority in town ${i} said dock number ${i} would reopen after repairs to the quay wall were finished by engineers.`;
    const engine = new EngineClass({ dir: tempCorpus(files), maxFileBytes: 1e6 });
    await engine.start();
    const a = await answered(engine, '/search harbour');
    expect(a.documents).toBe(24);
    expect(a.results.length).toBe(10);
  });
});

describe('term index limits', () => {
  it('keeps passage numbers past 65,535 (a very long article on one line)', async () => {
    const { TermIndex } = await import('../src/search/term-index.js');
    const passages = Array.from({ length: 70_000 }, (_, n) => ({
      n,
      text: n === 69_999 ? 'the walrus surfaced near the pier' : 'boats waited in the harbour',
      start: 0,
      end: 0,
    }));
    const doc = {
      doc: 'long.txt',
      file: 'long.txt',
      title: 'Harbour log',
      date: null,
      source: null,
      lang: 'en',
      text: '',
      passages,
    };
    const index = await TermIndex.build([doc]);
    const [walrus] = index.expand('walrus', false);
    expect([...index.passagesOf(index.slotOfDoc('long.txt')!, walrus!.id)]).toEqual([69_999]);
  });
});
