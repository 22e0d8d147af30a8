// The ingestion pipeline end to end on pages written to real patterns: listings split into teasers, short-lined
// articles kept whole, labels never titles or passages; and the pipeline's composition (readers, refiners, steps).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/types.js';
import { readDocuments, readDocumentsNow } from '../src/ingest/pipeline.js';
import { READERS } from '../src/ingest/readers/index.js';
import { REFINERS } from '../src/ingest/refiners/index.js';
import type { Reader, Refiner } from '../src/ingest/types.js';
import { safeName } from '../src/corpus/add.js';
import add from '../src/commands/add.js';

const FIX = join(import.meta.dirname, 'fixtures', 'ingest');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');
function docsOf(name: string, text = fixture(name)): Document[] {
  const r = readDocumentsNow(name, text);
  if ('reason' in r) throw new Error(`${name} skipped: ${r.reason}`);
  return r.docs;
}
const passagesOf = (docs: Document[]) => docs.flatMap((d) => d.passages.map((p) => p.text));

describe('a listing page', () => {
  it('is read as its teasers, each with its own title, link and date', () => {
    const docs = docsOf('listing-page.html');
    expect(docs.map((d) => d.title)).toEqual([
      'Paper mill reopens with 300 jobs after two years idle',
      'Regional bank holds its lending rate for a third month',
      'Farm exports rise as the new river port opens',
      'Bus drivers end their strike after a pay deal',
      'Startup fund opens applications for rural founders',
    ]);
    // Relative links resolved against the page's canonical URL.
    expect(docs[0]!.url).toBe('https://courier.example.com/business/2025/06/03/mill-reopens');
    expect(docs[2]!.url).toBe('https://courier.example.com/business/2025/06/01/farm-exports');
    // The fourth teaser prints no date: the day its link files it under dates it.
    expect(docs.map((d) => d.date)).toEqual(['2025-06-03', '2025-06-02', '2025-06-01', '2025-05-31', '2025-05-30']);
    expect(docs.every((d) => d.source === 'The Valley Courier')).toBe(true);
    expect(docs.map((d) => d.doc)).toEqual([1, 2, 3, 4, 5].map((n) => `listing-page.html#${n}`));
    // Each teaser is found by its own summary, and holds no other teaser's.
    expect(docs[1]!.text).toBe(
      "The bank's board cited slowing inflation but warned that fuel prices could still push costs up.",
    );
  });
  it('made of blocks each holding one linked heading is a listing too; a date printed as text is read; a bad link is none', () => {
    const docs = docsOf('listing-cards.html');
    expect(docs).toHaveLength(4);
    expect(docs[0]!.date).toBe('2025-06-03');
    expect(docs[2]!.url).toBeNull();
    // A teaser that is only its headline is found by it.
    expect(docs[3]!.text).toBe('Dredging of the harbour mouth starts in July');
    expect(docs[3]!.passages).toHaveLength(1);
  });
  it('is not an article page whose own text runs on beside a rail of related stories', () => {
    const docs = docsOf('article-with-rail.html');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toContain('battery-powered boats');
    expect(docs[0]!.text).not.toContain('Paper mill');
  });
  it('is not a page that says it is one article', () => {
    const page = fixture('listing-page.html').replace('<head>', '<head><meta property="og:type" content="article">');
    expect(docsOf('one.html', page)).toHaveLength(1);
  });
  it('scraped as text, with headline, date and short paragraph blocks, is split into its teasers', () => {
    const docs = docsOf('listing-scrape.txt');
    expect(docs).toHaveLength(5);
    expect(docs[0]!.title).toBe('Port board approves a second container terminal at the eastern quay');
    expect(docs[2]!.title).toBe('Fishermen protest new quotas outside the regional assembly');
    expect(docs.slice(2).map((d) => d.date)).toEqual(['2025-06-03', '2025-06-02', '2025-06-01']);
    expect(docs[1]!.text).toBe(
      'Engineers found cracks in two piers of the viaduct and asked the ministry for a full survey before work resumes.',
    );
  });
});

describe('a short-lined article', () => {
  it('with a line break every few words stays one document, whole', () => {
    const [doc, ...rest] = docsOf('short-lines-en.txt');
    expect(rest).toHaveLength(0);
    expect(doc!.title).toBe('Valley towns vote to share one water authority');
    expect(doc!.date).toBe('2025-06-03');
    expect(doc!.text.split('\n')[0]).toBe(
      'Voters in four valley towns agreed on Sunday to merge their water boards into a single authority, ending a dispute over the cost of new pipes.',
    );
    expect(doc!.text).toContain('will begin in the autumn');
    expect(doc!.text).toContain('on the new board for each of them.');
  });
  it('in Arabic, with a subheading and a date inside it, stays one document, whole', () => {
    const docs = docsOf('short-lines-ar.txt');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.lang).toBe('ar');
    expect(docs[0]!.title).toBe('افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية');
    expect(docs[0]!.text).toContain('تبلغ مئتي ألف متر مكعب يومياً.');
    expect(docs[0]!.text).toContain('وفق الجدول المحدد.');
    expect(docs[0]!.passages.length).toBeGreaterThanOrEqual(4);
  });
});

describe('labels', () => {
  const docs = docsOf('labels.txt');
  it('never become a title, and do not hide the articles they label', () => {
    expect(docs.map((d) => d.title)).toEqual([
      "Why the new river port will not close the valley's trade gap",
      'Harbour strike ends after ministers agree to a pay review',
      'Leaders sign a water-sharing treaty for the three valley states',
    ]);
  });
  it('never become text or a passage', () => {
    for (const label of ['Opinion', 'Based on facts', 'Live from the summit']) {
      expect(
        docs.some((d) => d.text.includes(label)),
        label,
      ).toBe(false);
      expect(
        passagesOf(docs).some((p) => p.includes(label)),
        label,
      ).toBe(false);
    }
  });
});

describe('a page that opens with its headline', () => {
  it('keeps it over the fact lines of a preview (venue, day, time, broadcast), each a short line of its own', () => {
    const docs = docsOf('match-preview.txt');
    expect(docs.map((d) => d.title)).toEqual(['Harbourside v Northfield (Sat)']);
    // The day and kick-off time are stamps, never text; the story is whole.
    expect(docs[0]!.text).not.toMatch(/Saturday, 14 March|1500 GMT/);
    expect(docs[0]!.text).toMatch(/^Harbourside have won their last four home games/);
  });
  it('keeps it over a line under it on the same subject (a result, a box heading)', () => {
    expect(docsOf('subheading.txt').map((d) => d.title)).toEqual(['Harbourside through after shoot-out']);
  });
  it('keeps it over its standfirst when it is as short as a label', () => {
    expect(docsOf('headline-standfirst.txt').map((d) => d.title)).toEqual(['Ferry harbour fees rise']);
  });
  it('and a paragraph a blank line broke mid-sentence is joined back, whole and in one piece', () => {
    const [doc, ...more] = docsOf('blank-broken-paragraph.txt');
    expect(more).toHaveLength(0);
    expect(doc!.title).toBe('Ferry operator keeps winter timetable');
    expect(doc!.text).toMatch(/^The operator of the island ferry said on Monday/);
    expect(doc!.text).toContain('north slipway, and that the contractor would start work as soon as the tides allowed');
  });
});

describe('the pipeline', () => {
  it('runs its refiners in order: lines are unwrapped, classified and labelled before the page is split', () => {
    expect(REFINERS.map((r) => r.name)).toEqual([
      'unwrap',
      'lines',
      'labels',
      'split',
      'metadata',
      'passages',
      'language',
    ]);
    expect(READERS[READERS.length - 1]!.name).toBe('text');
  });
  it('gives way between its steps, and a file worked step by step gives what it gives at once', () => {
    const steps = readDocuments('short-lines-en.txt', fixture('short-lines-en.txt'));
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    // At least once after reading and once after each refiner.
    expect(yields).toBeGreaterThan(REFINERS.length);
    expect(step.value).toEqual(readDocumentsNow('short-lines-en.txt', fixture('short-lines-en.txt')));
  });
  it('takes a new format as one more reader and a new step as one more refiner', () => {
    const csvish: Reader = {
      name: 'pipe-separated',
      extensions: ['psv'],
      accepts: (file) => file.endsWith('.psv'),
      read: (_file, text) => ({
        articles: text
          .trim()
          .split('\n')
          .map((l) => {
            const [title, date, body] = l.split('|');
            return { title, date, body: body! };
          }),
      }),
    };
    const shout: Refiner = {
      name: 'upper-title',
      refine: (drafts) => drafts.map((d) => ({ ...d, title: d.title?.toUpperCase() })),
    };
    READERS.unshift(csvish);
    REFINERS.splice(REFINERS.findIndex((r) => r.name === 'metadata') + 1, 0, shout);
    try {
      const r = readDocumentsNow(
        'x.psv',
        'Bridge closes|2025-06-03|The council voted on Monday to close the old bridge to lorries.\nFerry resumes|2025-06-04|The lake ferry ran again on Tuesday after two weeks of repairs.',
      );
      expect('docs' in r && r.docs.map((d) => [d.doc, d.title, d.date])).toEqual([
        ['x.psv#1', 'BRIDGE CLOSES', '2025-06-03'],
        ['x.psv#2', 'FERRY RESUMES', '2025-06-04'],
      ]);
      // Its extension is one /add stores, with nothing else changed.
      expect(safeName('bridge.psv')).toBe('bridge.psv');
    } finally {
      READERS.shift();
      REFINERS.splice(REFINERS.indexOf(shout), 1);
    }
    expect(safeName('bridge.psv')).toBeNull();
    // /add's description names every format, from the readers.
    for (const r of READERS) expect(add.data.options[0]!.description).toContain(r.name);
  });
  it("says why a file gives nothing: the reader's reason, or what the refiners found", () => {
    expect(readDocumentsNow('x.json', '{"items": [{"id": 1}]}')).toEqual({
      reason: expect.stringContaining('JSON with no article'),
    });
    expect(readDocumentsNow('x.txt', 'Home\nNews\nSport\nContact us\nWeather')).toEqual({
      reason: 'no running text (only headings, labels or a list)',
    });
    expect(readDocumentsNow('x.txt', 'Subscribe to our newsletter\nAccept cookies\nPrivacy policy')).toEqual({
      reason: 'no article text (only site chrome or boilerplate)',
    });
  });
});
