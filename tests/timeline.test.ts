import { beforeAll, describe, expect, it } from 'vitest';
import { findDates } from '../src/dates/expressions.js';
import { span } from '../src/timeline/timeline.js';
import { extractEvents } from '../src/timeline/events.js';
import { splitPassages } from '../src/corpus/passages.js';
import type { Engine } from '../src/engine.js';
import { answered, builtEngine, json, seedEngine, type Answered } from './helpers.js';
import { timeline as timelineAnswer } from '../src/queries/timeline.js';
import unseen from './fixtures/unseen-dates.json' with { type: 'json' };

const dates = (text: string, published: string | null) =>
  findDates(text, published)
    .filter((d) => !d.within && !d.dateline)
    .map((d) => (d.end ? `${d.date}..${d.end}` : d.date));

describe('date resolution', () => {
  it('counts weekdays back across month and year ends', () => {
    expect(dates('Fighting broke out last Thursday night.', '2026-03-04')).toEqual(['2026-02-26']);
    expect(dates('The talks ended on Friday.', '2024-01-02')).toEqual(['2023-12-29']);
    expect(dates('He said on Wednesday that peace could prevail.', '2026-03-04')).toEqual(['2026-03-04']);
    expect(dates('The ministry said on Tuesday it would help.', '2026-03-04')).toEqual(['2026-03-03']);
    expect(dates('Officials will meet on Monday.', '2025-12-31')).toEqual(['2026-01-05']);
  });

  it('gives a month or year the precision the text gives, never a day', () => {
    expect(dates('In December, the Taliban said 46 people were killed.', '2025-05-21')).toEqual(['2024-12']);
    expect(dates('They met in Kabul last month.', '2025-05-21')).toEqual(['2025-04']);
    expect(dates('More than 80,000 have been expelled since the end of March.', '2025-05-21')).toEqual(['2025-03']);
    expect(dates('Earlier in June 2025, the government vowed to boost ties.', null)).toEqual(['2025-06']);
    expect(dates('The forum was first launched in 2017.', '2025-05-23')).toEqual(['2017']);
    expect(dates('They attacked in early May.', '2025-05-23')).toEqual(['2025-05']);
  });

  it('reads ranges and written-out forms', () => {
    expect(dates('The conflict, from May 7 to May 10, followed the strikes.', '2025-05-23')).toEqual([
      '2025-05-07..2025-05-10',
    ]);
    expect(dates('The festival ran October 25–30.', '2025-11-02')).toEqual(['2025-10-25..2025-10-30']);
    expect(dates('They met on 21st May, 2025.', null)).toEqual(['2025-05-21']);
    expect(dates('The report is dated 2025-05-21.', null)).toEqual(['2025-05-21']);
    expect(dates('The talks resumed on Oct. 9.', '2025-10-20')).toEqual(['2025-10-09']);
    expect(dates('Pakistan was an ally from 1996 through 2021.', null)).toEqual(['1996..2021']);
  });

  it('resolves the future forward', () => {
    expect(dates('Talks are set for November 6 in Doha.', '2025-10-20')).toEqual(['2025-11-06']);
    expect(dates('A second round is scheduled for February 12.', '2023-12-20')).toEqual(['2024-02-12']);
    // Reported future: "would" governs the date...
    expect(dates('Qureshi said the port would reopen on Monday.', '2026-03-10')).toEqual(['2026-03-16']);
    expect(dates('The minister said talks would resume in February.', '2025-12-02')).toEqual(['2026-02']);
    // ...but not a date the reporting verb carries, nor a past conditional.
    expect(
      dates('Ankara would help reinstate a ceasefire, the Turkish Presidency said on Tuesday.', '2026-03-04'),
    ).toEqual(['2026-03-03']);
    expect(dates('On April 2, Trump said Korea would face a 49% duty.', '2025-06-07')).toEqual(['2025-04-02']);
    expect(dates('Without the deal the plant would have closed on Friday.', '2025-05-13')).toEqual(['2025-05-09']);
  });

  it('drops relative dates when the article has no date, and what is not an event', () => {
    expect(dates('In May, federal authorities arrested 16 people; last year was worse.', null)).toEqual([]);
    expect(
      dates('The story was posted 2 hours ago; one week later he paused it for three months.', '2025-06-07'),
    ).toEqual([]);
    expect(
      dates(
        'The military killed 481 operatives and the project is worth $62bn; the 45-year-old was hurt.',
        '2026-03-04',
      ),
    ).toEqual([]);
    expect(dates('June 7 (UPI) -- The president spoke.', '2025-06-07')).toEqual([]);
    expect(dates('Read it at https://example.org/2025/08/01/story/.', null)).toEqual([]);
  });

  it('dates sentences written apart from the seeds', () => {
    let right = 0;
    for (const c of unseen) if (JSON.stringify(dates(c.text, c.published)) === JSON.stringify(c.expect)) right++;
    expect(right / unseen.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('/timeline on the seed corpus', () => {
  let engine: Engine;
  let all: Answered<'/timeline'>;
  beforeAll(async () => {
    engine = await seedEngine();
    all = await answered(engine, '/timeline');
  });
  const find = (date: string, text: RegExp, end?: string) =>
    all.events.find(
      (e) => e.date === date && (end ? e.end === end : true) && e.citations.some((c) => text.test(c.excerpt)),
    );

  it('holds the key events, each cited', () => {
    const wanted: [string, RegExp, string?][] = [
      ['2017', /first launched in 2017/],
      ['2021-08', /returned to power/],
      ['2023-11', /expulsion programme/],
      ['2024-12', /Paktika/],
      ['2025-04-19', /Dar visited Kabul/],
      ['2025-05-07', /from May 7 to May 10/, '2025-05-10'],
      ['2025-05-15', /Jaishankar/],
      ['2025-05-21', /trilateral|Beijing/],
      ['2026-02-26', /last Thursday/],
      ['2026-03-04', /Munir/],
    ];
    for (const [date, text, end] of wanted) {
      const e = find(date, text, end);
      expect(e, `${date} ${text}`).toBeTruthy();
      for (const c of e!.citations) expect(c).toMatchObject({ doc: expect.any(String), excerpt: expect.any(String) });
    }
  });

  it('merges one event told by several articles into one event with several citations', () => {
    const beijing = all.events.filter((e) => e.date === '2025-05-21');
    const most = Math.max(...beijing.map((e) => new Set(e.citations.map((c) => c.doc)).size));
    expect(most).toBeGreaterThanOrEqual(3);
    const taliban = find('2021-08', /returned to power/);
    expect(new Set(taliban!.citations.map((c) => c.doc)).size).toBe(2);
  });

  it('is oldest first, and no event carries a date after its article', () => {
    const firstDays = all.events.map((e) => span(e.date, e.end)[0]);
    expect([...firstDays].sort()).toEqual(firstDays);
    for (const e of all.events) {
      for (const c of e.citations) {
        // Only an event the article itself announces may lie after its date.
        if (c.date && span(e.date)[0] > c.date)
          expect(c.excerpt).toMatch(/will|scheduled|set for|from June 15-17|summit/);
      }
    }
    expect(all.events.some((e) => e.date === '2025-08-01')).toBe(false);
  });

  it('filters by dates, topic and person', async () => {
    const may = await answered(engine, '/timeline from:2025-05-01 to:2025-06-30 topic:cpec');
    expect(may.events.length).toBeGreaterThan(0);
    for (const e of may.events) {
      expect(e.date >= '2025-05' && e.date <= '2025-06-30').toBe(true);
      expect(e.citations.length).toBeGreaterThan(0);
    }
    const muttaqi = await answered(engine, '/timeline person:muttaqi');
    expect(muttaqi.events.length).toBeGreaterThan(0);
    for (const e of muttaqi.events) expect(e.citations.every((c) => /Muttaqi/.test(c.excerpt))).toBe(true);
  });

  it('refuses impossible or reversed dates politely', async () => {
    expect((await json(engine, '/timeline from:2025-02-30')).error).toMatch(/not a real date/);
    expect((await json(engine, '/timeline from:2026-01-01 to:2025-01-01')).error).toMatch(/after/);
    expect((await json(engine, '/timeline from:soon')).error).toMatch(/2025-05-21/);
  });
});

describe('timeline after articles are added', () => {
  it('extends to exactly what a build over every article gives, and leaves the previous timeline as it was', async () => {
    const { extractEvents } = await import('../src/timeline/events.js');
    const { timelineOf, extendTimeline } = await import('../src/timeline/timeline.js');
    const { pace } = await import('../src/pace.js');
    const engine = await seedEngine();
    // Every article twice over, with its date moved a little in the copy: many dates shared between articles.
    const docs = engine.corpus.docs;
    const perDoc = [
      ...docs.map((d) => extractEvents(d)),
      ...docs.map((d) => extractEvents({ ...d, date: d.date ? d.date.replace(/\d$/, '1') : d.date })),
    ];
    const whole = (await timelineOf(perDoc, pace())).events;
    for (const from of [0, 1, Math.floor(perDoc.length / 2), perDoc.length - 1]) {
      const previous = await timelineOf(perDoc.slice(0, from), pace());
      const copy = structuredClone(previous.events);
      const middle = Math.floor((from + perDoc.length) / 2);
      // Twice: the second extension carries on from what the first one left.
      const once = await extendTimeline(previous, perDoc.slice(0, middle), from, pace());
      expect((await extendTimeline(once, perDoc, middle, pace())).events).toEqual(whole);
      expect(previous.events).toEqual(copy);
      // The previous timeline, extended again, gives the same: the first extension changed none of its groups.
      expect((await extendTimeline(previous, perDoc, from, pace())).events).toEqual(whole);
      // A timeline read from a snapshot has no groups to carry on from: it is built whole, to the same result.
      expect((await extendTimeline({ events: copy }, perDoc, from, pace())).events).toEqual(whole);
    }
    expect(whole.some((e) => e.sources.length > 1)).toBe(true);
  });
});

describe('timeline topic filter', () => {
  it('takes an event as on the topic when the passage telling it is', async () => {
    const { Engine } = await import('../src/engine.js');
    const { tempCorpus, answered: ask } = await import('./helpers.js');
    const dir = tempCorpus({
      'corridor.txt':
        'Corridor partners sign four deals\nUpdated 10 March 2026\nThe CPEC partners met in Beijing to review progress on the corridor and its power plants. On 3 March 2026 the ministers signed four agreements on rail and ports.\n\nSeparately, on 5 March 2026 the weather service warned of floods in the north and asked farmers to move their herds.',
    });
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.start();
    const dates = (await ask(engine, '/timeline topic:cpec')).events.map((e: { date: string }) => e.date);
    expect(dates).toContain('2026-03-03');
    expect(dates).not.toContain('2026-03-05');
    expect((await ask(engine, '/timeline topic:floods')).events.map((e: { date: string }) => e.date)).toEqual([
      '2026-03-05',
    ]);
  });
});

describe('timeline person filter', () => {
  it('cites the articles the directory found the person in, not a namesake sharing a surname', async () => {
    const { Engine } = await import('../src/engine.js');
    const { tempCorpus, answered: ask } = await import('./helpers.js');
    const dir = tempCorpus({
      'budget.txt':
        'Budget talks stall\nUpdated 10 March 2026\nEconomist Tariq Rahman said on 3 March 2026 that the budget was tight. Rahman added that cuts would follow.',
      'cabinet.txt':
        'Cabinet reshuffle\nUpdated 12 March 2026\nMinister Fazal Rahman said on 5 March 2026 that the cabinet would change. On 6 March 2026 Rahman met the president.',
    });
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.start();
    const tariq = await ask(engine, '/timeline person:tariq rahman');
    expect(tariq.events.map((e: { date: string }) => e.date)).toEqual(['2026-03-03']);
    expect(tariq.events.flatMap((e: { citations: { doc: string }[] }) => e.citations.map((c) => c.doc))).toEqual([
      'budget.txt',
    ]);
    const fazal = await ask(engine, '/timeline person:fazal rahman from:2026-03-06');
    expect(fazal.events.map((e: { date: string }) => e.date)).toEqual(['2026-03-06']);
  });
});

describe("a results report's headline", () => {
  it('dates its year-ago figures a year before the quarter it names, and gives no event itself', () => {
    const text =
      'NEW YORK, March 2 - Oper shr loss eight cts vs profit 20 cts\n\nYear-ago shr data restated for a stock dividend.\n';
    const doc = {
      doc: 'r.txt',
      file: 'r.txt',
      title: 'ACME CORP <ACM> 4TH QTR LOSS',
      date: '1987-03-02',
      source: null,
      lang: 'en',
      text,
      passages: splitPassages(text),
    };
    expect(extractEvents(doc).map((e) => [e.date, e.sentence.slice(0, 8)])).toEqual([['1985', 'Year-ago']]);
  });
});

describe('a decade or century as the kind of a thing', () => {
  const eventsOf = (text: string) =>
    extractEvents({
      doc: 'e.txt',
      file: 'e.txt',
      title: 'Film notes',
      date: '2005-02-01',
      source: null,
      lang: 'en',
      text,
      passages: splitPassages(text),
    }).map((e) => e.date);
  it('gives no event, while a decade told as a time does', () => {
    expect(eventsOf("Vera Drake, Leigh's 1950s drama about a backstreet abortionist, was named best film.\n")).toEqual(
      [],
    );
    expect(eventsOf('Anyone who knows anything about 1st century history will see the flaw.\n')).toEqual([]);
    expect(eventsOf('The studio plans a remake of the 1960s film, starring new faces.\n')).toEqual([]);
    expect(eventsOf('The pair were found guilty in a 1990s trial of libelling the firm.\n')).toEqual(['199']);
    expect(eventsOf('The 1960s saw big changes in the industry.\n')).toEqual(['196']);
    // "by" before a person's trade names who did it; before a time, by when.
    expect(eventsOf('The phrase was coined by the 17th-century diarist Samuel Pepys.\n')).toEqual([]);
    expect(eventsOf('The phrase was coined by the 17th Century poet Andrew Marvell.\n')).toEqual([]);
    expect(eventsOf('The mills had closed by the 1960s and stood empty for years.\n')).toEqual(['196']);
  });
});

describe('timeline headings', () => {
  it('heads a decade, a season or a week as a reader reads it, the JSON keeping the value', async () => {
    const e = await builtEngine({
      'a.txt':
        'Music\nUpdated 10 May 2025\nThe band was formed in the 1970s in Leeds. It toured last summer. Sales rose last week.',
    });
    const answer = timelineAnswer(e.corpus, {});
    expect(answer.items.map((i) => i.heading)).toEqual(['1970s', 'summer 2024', 'week of 2025-04-28']);
    expect((answer.data as { events: { date: string }[] }).events.map((x) => x.date)).toEqual([
      '197',
      '2024-SU',
      '2025-W18',
    ]);
  });
});
