import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Engine } from '../src/engine.js';
import { tempCorpus } from './helpers.js';
import { ingestFile } from '../src/corpus/ingest.js';

const ARTICLE = [
  'Home',
  'Menu',
  'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.',
  'Akzeptieren',
  'Flood defences hold as river peaks in the northern valley',
  'Published: March 4, 2026 10:02 am',
  'By Jane Doe',
  'The river crested at 6.2 metres on Tuesday night, the regional water authority said, but the new flood walls held along the northern valley.',
  'Engineers had raised the walls by a metre after the floods of 2021, when the same river broke its banks in three places.',
  '“We were ready this time,” said the mayor, Ana Petrović, who visited the embankment at dawn.',
  'Share this article',
  'Subscribe to our newsletter',
  'Most read',
  'Celebrity chef opens new restaurant downtown',
  'Five tips for a better night of sleep',
].join('\n');

const PERSIAN = [
  'گفت‌وگوهای پاکستان و افغانستان در پکن',
  'پاکستان و افغانستان پس از گفت‌وگوهای سه‌جانبه در پکن توافق کردند که روابط دیپلماتیک خود را ارتقا دهند و سفیر مبادله کنند.',
  'وزیران خارجه سه کشور درباره گسترش دالان اقتصادی چین و پاکستان به افغانستان نیز گفت‌وگو کردند و بر همکاری امنیتی تأکید کردند.',
].join('\n');

describe('messy and bad files', () => {
  it('skips empty, binary, non-UTF-8, boilerplate-only and oversized files with a reason, and loads the rest', async () => {
    const dir = tempCorpus(
      {
        'empty.txt': '',
        'blank.txt': '   \n\n  \n',
        'random.bin': randomBytes(4096),
        'latin1.txt': Buffer.from('Caf\xe9 cr\xe8me, na\xefve fa\xe7ade and more words than that here.', 'latin1'),
        'chrome.txt': 'Skip to main content\nDOWNLOAD THE APP\nFollow us\nComments\nNo comments yet...\nSubscribe\n',
        'huge.txt': 'word '.repeat(1_100_000),
        'crlf.txt': ARTICLE.replace(/\n/g, '\r\n'),
        'persian.txt': PERSIAN,
      },
      true,
    );
    const engine = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024 });
    const report = await engine.reload();
    expect(report.ok).toBe(true);
    const reasons = Object.fromEntries(engine.corpus.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['blank.txt']).toMatch(/empty/);
    expect(reasons['random.bin']).toMatch(/binary|UTF-8/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['chrome.txt']).toMatch(/chrome|boilerplate/);
    expect(reasons['huge.txt']).toMatch(/size limit/);
    // The seed documents are all still there, and the good new files too.
    expect(engine.corpus.docs.filter((d) => !d.file.startsWith('0'))).toHaveLength(2);
    expect(engine.corpus.docs.length).toBe(9 + 2);
  });

  it('reads a CRLF page with a foreign cookie banner, a byline and a list of other headlines', () => {
    const { docs } = ingestFile({ file: 'crlf.txt', text: ARTICLE.replace(/\n/g, '\r\n'), hash: 'x' });
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(d.title).toBe('Flood defences hold as river peaks in the northern valley');
    expect(d.date).toBe('2026-03-04');
    expect(d.text).toContain('Ana Petrović');
    for (const chrome of ['Cookies', 'Akzeptieren', 'Subscribe', 'Celebrity chef', 'Five tips', 'Menu', '\r'])
      expect(d.text).not.toContain(chrome);
  });

  it('indexes text in other scripts rather than dropping it', async () => {
    const dir = tempCorpus({ 'persian.txt': PERSIAN });
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    expect(engine.corpus.docs).toHaveLength(1);
    expect(engine.corpus.docs[0]!.lang).toBe('fa');
    const { hits } = engine.corpus.index.search('افغانستان', engine.corpus.acronyms);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('handles a 5 MB single line without a full stop when the size limit allows it', async () => {
    const words = ['river', 'valley', 'council', 'budget', 'school', 'harbour', 'election', 'market'];
    let line = '';
    for (let i = 0; line.length < 5 * 1024 * 1024; i++) line += words[(i * 7 + (i >> 3)) % words.length] + ' ';
    const dir = tempCorpus({ 'one-line.txt': line });
    const engine = new Engine({ dir, maxFileBytes: 8 * 1024 * 1024 });
    const report = await engine.reload();
    expect(report.ok).toBe(true);
    const d = engine.corpus.docs[0]!;
    expect(d.passages.length).toBeGreaterThan(1000);
    expect(Math.max(...d.passages.map((p) => p.text.length))).toBeLessThanOrEqual(1200);
  });

  it('reads a wire dateline and the agency as publisher', () => {
    const text = [
      'Ceasefire talks resume in Doha',
      '',
      'DOHA, Oct 9 (Reuters) - Negotiators met again on Thursday to discuss a ceasefire, two officials said, a week after talks stalled.',
      'The officials said a new draft had been circulated among the delegations earlier in the week.',
    ].join('\n');
    const d = ingestFile({ file: 'wire.txt', text: text.replace('Oct 9', 'Oct 9, 2025'), hash: 'y' }).docs[0]!;
    expect(d).toMatchObject({ title: 'Ceasefire talks resume in Doha', date: '2025-10-09', source: 'Reuters' });
    const undated = ingestFile({ file: 'wire.txt', text, hash: 'z' }).docs[0]!;
    expect(undated.date).toBeNull();
  });
  it('keeps no scraped page in memory through the headline and publisher it read from it', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const used = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    // Pages with 200 KB of chrome above a short article: only the headline and publisher are kept.
    const chrome = Array.from(
      { length: 2000 },
      (_, i) => `Related Articles: story number ${i} you may have missed`,
    ).join('\n');
    const page = (i: number) => ({ file: `p${i}.txt`, text: `${chrome}\n${ARTICLE}`, hash: `p${i}` });
    ingestFile(page(0));
    const before = used();
    const kept = Array.from({ length: 10 }, (_, i) => {
      const [d] = ingestFile(page(i + 1)).docs;
      return [d!.title, d!.source];
    });
    const grew = used() - before;
    expect(kept[0]![0]).toBe('Flood defences hold as river peaks in the northern valley');
    // A headline that is a view into its page would keep each page, 2 MB in all, alive.
    expect(grew).toBeLessThan(1024 * 1024);
  });
});
