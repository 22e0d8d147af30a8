// The timeline merges two mentions only when they tell the same thing, judged against the event's first sentence
// (its core), and shows the source that tells it best; a sentence a page broke across lines is dated whole.
import { extractsOf } from '../src/corpus/load.js';
import { timelinePart } from '../src/corpus/parts/timeline.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeline, extendTimeline, namesInSentence, timelineOf } from '../src/timeline/timeline.js';
import type { EventMention } from '../src/timeline/events.js';
import { ingestFile } from '../src/corpus/ingest.js';
import { NEVER } from '../src/pace.js';

const on = (date: string, ...sentences: string[]): EventMention[] =>
  sentences.map((sentence) => ({ date, precision: 'day', passage: 0, sentence }));

describe('merging', () => {
  it('merges two outlets telling the same thing', async () => {
    const events = await buildTimeline(
      [
        on(
          '2025-03-04',
          'The Hartwell Mining board approved the sale of its copper unit to Larsen Metals for $1.2 billion on Tuesday.',
        ),
        on(
          '2025-03-04',
          'Larsen Metals agreed on Tuesday to buy the copper unit of Hartwell Mining, whose board approved the $1.2 billion sale.',
        ),
      ],
      NEVER,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.doc)).toEqual([0, 1]);
  });

  it('keeps apart what different participants did the same day, however alike the words', async () => {
    const events = await buildTimeline(
      [
        on('2025-03-04', 'Brandt Foods said on Tuesday that quarterly net profit rose 12 percent on higher sales.'),
        on('2025-03-04', 'Okafor Retail said on Tuesday that quarterly net profit rose 9 percent on higher sales.'),
      ],
      NEVER,
    );
    expect(events).toHaveLength(2);
  });

  it('takes an acronym for the name it abbreviates, and not for another name', async () => {
    const told = (who: string) =>
      `The ${who} agreed on Tuesday to cut its grain subsidies by 10 percent over the next three years.`;
    const one = await buildTimeline(
      [on('2025-03-04', told('Nordic Grain Council')), on('2025-03-04', told('NGC'))],
      NEVER,
    );
    expect(one).toHaveLength(1);
    const two = await buildTimeline(
      [on('2025-03-04', told('Nordic Grain Council')), on('2025-03-04', told('NGB'))],
      NEVER,
    );
    expect(two).toHaveLength(2);
  });

  it('without names, merges only nearly the same sentence', async () => {
    const events = await buildTimeline(
      [
        on('2025-01', 'Net income excludes an extraordinary gain from the sale of a division in January.'),
        on('2025-01', 'Results exclude a one-time charge for closing two plants in January.'),
        on('2025-01', 'Net income excludes an extraordinary gain from the sale of a division in January.'),
      ],
      NEVER,
    );
    expect(events.map((e) => e.sources.length).sort()).toEqual([1, 2]);
  });

  it('does not join an anonymous sentence to one that names who, unless all but the same', async () => {
    const events = await buildTimeline(
      [
        on('2025', 'He forecast gross domestic product growth of two pct this year, after one pct last year.'),
        on('2025', 'The Marovian government forecast gross domestic product growth of two pct this year.'),
      ],
      NEVER,
    );
    expect(events).toHaveLength(2);
  });

  it('judges against the core, so a chain of small likenesses does not grow one event', async () => {
    const core = 'The Velden parliament approved the budget bill and the tax reform in a late vote on Tuesday.';
    const next =
      'The Velden parliament approved the budget bill and new pension rules on Tuesday, after protests by unions.';
    const far = 'The Velden unions staged protests against the new pension rules on Tuesday in three cities.';
    const events = await buildTimeline([on('2025-03-04', core), on('2025-03-04', next), on('2025-03-04', far)], NEVER);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.sources.some((s) => s.sentence === far))!.sources).toHaveLength(1);
  });

  it('never merges across stories: the same notice of two companies, told without their names', async () => {
    const notice = (company: string, n: number) => [
      {
        date: '2025-04',
        precision: 'month' as const,
        passage: 0,
        sentence: `${company} raised its quarterly dividend on March 2 and will pay it in April.`,
      },
      {
        date: '2025-04-09',
        precision: 'day' as const,
        passage: 1,
        sentence: `The company said directors also declared regular quarterly dividends on both classes of common, payable April 9 to holders of record March ${n}.`,
      },
    ];
    const apart = await buildTimeline([notice('Orlen Grain Corp', 16), notice('Brisk Valley Bancorp', 16)], NEVER);
    expect(apart.filter((e) => e.date === '2025-04-09')).toHaveLength(2);
    // The same company's notice carried twice is one event.
    const same = await buildTimeline([notice('Orlen Grain Corp', 16), notice('Orlen Grain Corp', 16)], NEVER);
    expect(same.filter((e) => e.date === '2025-04-09')).toHaveLength(1);
  });

  it('keeps apart two notices filed from different places that name no one', async () => {
    const events = await buildTimeline(
      [
        on(
          '2025-05-01',
          'OAKDALE, Ind., March 12 - The company said its board declared a regular quarterly dividend of 10 cts per share, payable May 1 to holders of record April 10.',
        ),
        on(
          '2025-05-01',
          'PINE BLUFF, March 25 - The company said its board declared a regular quarterly dividend of 10 cts per share, payable May 1 to holders of record April 10.',
        ),
        on(
          '2025-05-01',
          'OAKDALE, Ind., March 12 - The company said its board declared a regular quarterly dividend of 10 cts a share, payable May 1 to holders of record April 10.',
        ),
      ],
      NEVER,
    );
    expect(events.map((e) => e.sources.length)).toEqual([2, 1]);
  });

  it('keeps apart two issuers doing the same, and two notices whose labels are no names', async () => {
    const issue = (who: string, date: string) =>
      `NEW YORK, ${date} - ${who} is raising 35 mln dlrs via an offering of convertible subordinated debentures due 2032 with a 5-3/4 pct coupon and par pricing, said lead manager Halden Brothers.`;
    const bonds = await buildTimeline(
      [
        on('2032', issue('Kestrel Graphics Inc', 'March 31')),
        on('2032', issue('Renfold Systems Inc', 'April 7')),
        on('2032', issue('Kestrel Graphics Inc', 'March 31')),
      ],
      NEVER,
    );
    expect(bonds.map((e) => e.sources.length)).toEqual([2, 1]);
    const notices = await buildTimeline(
      [
        on('2025-04-30', 'AUGUSTA, Maine, March 25 - Qtly div 35 cts vs 35 cts prior; Pay April 30; Record April 10'),
        on('2025-04-30', 'TREVOSE, Pa., April 9 - Qtly div 35 cts vs 35 cts prior; Pay May 14; Record April 30'),
      ],
      NEVER,
    );
    expect(notices).toHaveLength(2);
  });

  it('keeps apart two releases that share some figures but not all', async () => {
    const events = await buildTimeline(
      [
        on(
          '2025-02',
          'The Marovian jobless rate eased to 8.2 pct in February from 8.3 pct in January, against 7.9 pct a year earlier, the statistics office said.',
        ),
        on(
          '2025-02',
          'The Marovian jobless rate rose to 8.4 pct in March from 8.2 pct in February and 7.9 pct a year earlier, the statistics office said.',
        ),
      ],
      NEVER,
    );
    expect(events).toHaveLength(2);
  });

  it('does not count a long name in common as likeness of what is told', async () => {
    const events = await buildTimeline(
      [
        on(
          '2025-03',
          'Overseas output of firms should rise 26 pct next year, a survey by the Velden Ministry of International Trade and Industry said in March.',
        ),
        on(
          '2025-03',
          'The firms will apply to the Velden Ministry of International Trade and Industry in March to form a cartel, officials said.',
        ),
      ],
      NEVER,
    );
    expect(events).toHaveLength(2);
  });

  it('shows the source sharing most with the others', async () => {
    const events = await buildTimeline(
      [
        on(
          '2025-06-02',
          'Rescuers in Marovia said on Monday the dam on the Selva river burst after days of rain, flooding villages.',
        ),
        on(
          '2025-06-02',
          'The Selva dam in Marovia burst on Monday, flooding three villages downstream, rescuers said.',
        ),
        on('2025-06-02', 'The Selva river dam in Marovia burst on Monday and flooded three villages downstream.'),
      ],
      NEVER,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.sources).toHaveLength(3);
    expect(events[0]!.text).toBe(
      'The Selva dam in Marovia burst on Monday, flooding three villages downstream, rescuers said.',
    );
  });

  it('extends to exactly what a build gives', async () => {
    const perDoc = [
      on(
        '2025-03-04',
        'The Hartwell Mining board approved the sale of its copper unit to Larsen Metals for $1.2 billion on Tuesday.',
      ),
      on('2025-03-04', 'Brandt Foods said on Tuesday that quarterly net profit rose 12 percent on higher sales.'),
      on(
        '2025-03-04',
        'Larsen Metals agreed on Tuesday to buy the copper unit of Hartwell Mining, whose board approved the $1.2 billion sale.',
      ),
      on('2025-06-02', 'The Selva dam in Marovia burst on Monday, flooding three villages downstream, rescuers said.'),
      on('2025-06-02', 'The Selva river dam in Marovia burst on Monday and flooded three villages downstream.'),
    ];
    const whole = await buildTimeline(perDoc, NEVER);
    const first = await timelineOf(perDoc.slice(0, 2), NEVER);
    const extended = await extendTimeline(first, perDoc, 2, NEVER);
    expect(JSON.stringify(extended.events)).toBe(JSON.stringify(whole));
  });

  it('reads names as whole runs of capitalised words, less the dateline and sentence openers', () => {
    expect([
      ...namesInSentence('WASHINGTON, March 5 - The White House said House Speaker Jim Wright would meet Reagan.'),
    ]).toEqual(['white house', 'house speaker jim wright', 'reagan']);
    expect([...namesInSentence('Exports rose in March, the Trade Ministry said.')]).toEqual(['trade ministry']);
  });
});

describe('events of a page', () => {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', 'broken-lines.txt'), 'utf8');
  const read = ingestFile({ file: 'broken-lines.txt', text, hash: 'x' });
  const [docs, events] = [read.docs, extractsOf(timelinePart, [read])];

  it('dates a sentence the page broke across lines as one sentence', () => {
    const may12 = events[0]!.find((e) => e.date === '2025-05-12');
    expect(may12?.sentence).toBe(
      'The two sides will meet again at the labour ministry on May 12 to settle the remaining pay claims, a union official said.',
    );
    expect(docs[0]!.passages[may12!.passage]!.text).toMatch(/^May 12/);
    // The broken-off half is not dated on its own.
    expect(events[0]!.some((e) => e.sentence === 'The two sides will meet again at the labour ministry on')).toBe(
      false,
    );
  });

  it('takes no event from a photo credit, none from "now", and one from a range', () => {
    expect(events[0]!.map((e) => (e.end ? `${e.date}..${e.end}` : e.date))).toEqual([
      '2025-05-12',
      '2025-03',
      '2025-04-03..2025-04-09',
    ]);
  });
});

describe('page furniture', () => {
  it('knows captions by their credit, stamps, bylines and bare date-time lines, and not a sentence of the story', async () => {
    const { isFurniture } = await import('../src/timeline/events.js');
    for (const line of [
      'Cranes stand idle at the container terminal in Kessel on March 2, 2025. (AP Photo/Marta Olsen)',
      'Dock workers picket the terminal gates on Sunday. REUTERS/Tomas Reyes',
      'Picture: Marta Olsen/Kessel Post, March 2, 2025',
      'Last modified on Tue 4 Mar 2025 10.12 GMT',
      'First published on Mon 3 Mar 2025 18.40 GMT',
      'Published March 4, 2025 at 9:14 a.m. ET',
      'Posted: 4 March 2025 11:02 GMT',
      'By Tomas Reyes and Ana Lindqvist | March 4, 2025',
      '4 March 2025, 11:02 GMT',
    ])
      expect(isFurniture(line), line).toBe(true);
    for (const line of [
      'The union said the strike would end on March 11, 2025.',
      'The talks resume at 10.30 on Monday, the ministry said.',
      'Turnout was high, according to a poll by AP/Ipsos.',
      'Published figures showed exports fell 3 percent.',
      'Posted workers from abroad were paid on March 3.',
      'Published figures showed exports fell 3 percent in February, the statistics office said, after a strong January that had lifted hopes of a recovery in the sector.',
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it('takes no event from the chrome of a page, none from its dateline, and dates its broken sentences whole', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'chrome-dates.txt'), 'utf8');
    const events = extractsOf(timelinePart, [ingestFile({ file: 'chrome-dates.txt', text, hash: 'y' })]);
    expect(events[0]!.map((e) => [e.date, e.sentence.slice(0, 40)])).toEqual([
      ['2025-03-03', 'KESSEL, March 4 (Reuters) - Dock workers'],
      ['2025-03-06', 'Shipping lines began diverting vessels t'],
      ['2025-02-20', 'The strike began on February 20 after ta'],
    ]);
  });

  it('gives no event from a caption, stamp or byline the page reader kept as a paragraph', async () => {
    const { extractEvents } = await import('../src/timeline/events.js');
    const lines = [
      'Dock workers picket the terminal gates on Sunday. REUTERS/Tomas Reyes',
      'Last modified on Tue 4 Mar 2025 10.12 GMT',
      'By Tomas Reyes | March 4, 2025',
      'The union said the strike would end on March 11, 2025.',
    ];
    let at = 0;
    const passages = lines.map((l, n) => {
      const p = { n, text: l, start: at, end: at + l.length };
      at += l.length + 2;
      return p;
    });
    const events = extractEvents({
      doc: 'z',
      file: 'z',
      title: 'Strike',
      date: '2025-03-04',
      source: null,
      lang: 'en',
      text: lines.join('\n\n'),
      passages,
    });
    expect(events.map((e) => e.date)).toEqual(['2025-03-11']);
  });
});

describe('what a sentence tells', () => {
  it('gives its figures, less years, dates and ordinals', async () => {
    const { figuresOf } = await import('../src/timeline/timeline.js');
    expect([
      ...figuresOf(
        'Total M1 rose 12 pct to 62.84 billion dlrs in January 1987 after the 4th qtr, and 5,500 jobs went on March 3.',
      ),
    ]).toEqual(['12', '62.84', '5500']);
  });

  it('counts a number in words before a unit as a figure', async () => {
    const { figuresOf } = await import('../src/timeline/timeline.js');
    expect([...figuresOf('Growth was three pct, one of the best years.')]).toEqual(['3']);
  });

  it('keeps apart two operations of one day that share a rate but not their amounts', async () => {
    const events = await buildTimeline(
      [
        on('2025-03-30', 'The Bank of Marovia bought 294 mln stg of bills for resale on March 30 at 10-7/16 pct.'),
        on('2025-03-30', 'The Bank of Marovia bought 98 mln stg of bills for resale on March 30 at 10-7/16 pct.'),
      ],
      NEVER,
    );
    expect(events).toHaveLength(2);
  });

  it('keeps apart two months of the same series: no figure in common', async () => {
    const events = await buildTimeline(
      [
        on('2025-02', 'The Marovia central bank said M1 money supply rose 12 pct to 62.84 billion in February.'),
        on('2025-02', 'The Marovia central bank said M1 money supply fell 5.3 pct to 59.52 billion in February.'),
        on('2025-02', 'M1 money supply in Marovia rose 12 pct in February to 62.84 billion, the central bank said.'),
      ],
      NEVER,
    );
    expect(events.map((e) => e.sources.length)).toEqual([2, 1]);
  });
});
