// Each kind of wrong merge a hand check of real wire stories found, kept apart by its mechanism, while the same
// announcement told by several stories stays one event. Every sentence is written to a wire pattern, with names
// made up.
import { describe, expect, it } from 'vitest';
import { buildTimeline, namesInSentence, subjectOf } from '../src/timeline/timeline.js';
import { DATELINE } from '../src/text.js';
import type { EventMention } from '../src/timeline/events.js';
import type { Precision } from '../src/dates/values.js';
import { NEVER } from '../src/pace.js';

/** One article's mentions of `date`, published on `published` (none when null), its lead given apart when set. */
const article = (
  date: string,
  sentences: string[],
  {
    published = null,
    lead,
    precision = 'day',
  }: { published?: string | null; lead?: string; precision?: Precision } = {},
): EventMention[] =>
  sentences.map((sentence, i) => ({
    date,
    precision,
    passage: i,
    sentence,
    ...(published ? { published } : {}),
    ...(lead && i === 0 ? { lead } : {}),
  }));

const sizes = async (...docs: EventMention[][]) =>
  (await buildTimeline(docs, NEVER)).map((e) => e.sources.length).sort((a, b) => b - a);

describe('kinds of wrong merge', () => {
  it('reads a subject across "of", so two issuers of one template are two events', async () => {
    const issue = (who: string) =>
      `ZURICH, April 1 - ${who} is issuing 100 mln Swiss francs of convertible notes due September 30, 2031, paying an indicated 1-1/4 pct, lead manager Norr Bank said.`;
    expect(subjectOf(issue('The Bank of Velden Ltd'))).toBe('bank velden');
    expect(
      await sizes(
        article('2031-09-30', [issue('The Bank of Velden Ltd')]),
        article('2031-09-30', [issue('Castor Bank Ltd')]),
      ),
    ).toEqual([1, 1]);
    expect(
      await sizes(
        article('2031-09-30', [issue('The Bank of Velden Ltd')]),
        article('2031-09-30', [issue('The Bank of Velden Ltd')]),
      ),
    ).toEqual([2]);
  });

  it('keeps a figure revised from the one another story gave apart from it: the first estimate and the revision', async () => {
    const first =
      'LONDON, May 6 - The Bank of Ardenne said it forecast a shortage of around 420 mln stg in the money market today.';
    const revised =
      'LONDON, May 6 - The Bank of Ardenne said it revised up its forecast of the shortage in the money market today to around 610 mln stg from its initial estimate of 420 mln.';
    expect(await sizes(article('2025-05-06', [first]), article('2025-05-06', [revised]))).toEqual([1, 1]);
    // Told "from ... to ..." too.
    const fromTo =
      'LONDON, May 6 - The Bank of Ardenne said it revised up its forecast of the shortage in the money market today from 420 mln stg to around 610 mln.';
    expect(await sizes(article('2025-05-06', [first]), article('2025-05-06', [fromTo]))).toEqual([1, 1]);
    // The revision told by two wires is one event; so is a change both tell, one with its old figure, one without.
    expect(await sizes(article('2025-05-06', [revised]), article('2025-05-06', [revised]))).toEqual([2]);
    expect(
      await sizes(
        article('2025-05-06', [revised]),
        article('2025-05-06', [
          'LONDON, May 6 - The Bank of Ardenne said it revised up its forecast of the shortage in the money market today to around 610 mln stg.',
        ]),
      ),
    ).toEqual([2]);
  });

  it('does not count the teller named in a closing attribution as a participant: two items of one bulletin', async () => {
    const said = ', the Joint Crop Weather Office of the Orvian Agriculture and Trade Ministries said.';
    expect(
      await sizes(
        article('2025-04-05', [`Rain slowed planting in the Tellic Plains in the week ended April 5${said}`]),
        article('2025-04-05', [`Frost hurt orchards in Southern Marovia in the week ended April 5${said}`]),
      ),
    ).toEqual([1, 1]);
    // The same item carried by two wires is one event.
    expect(
      await sizes(
        article('2025-04-05', [`Rain slowed planting in the Tellic Plains in the week ended April 5${said}`]),
        article('2025-04-05', [`Rain slowed planting in the Tellic Plains during the week ended April 5${said}`]),
      ),
    ).toEqual([2]);
  });

  it('keeps apart two subjects unless each names the other, an acronym with or without dots as its name', async () => {
    const buyer =
      'The Marovian Republic will likely honour its pledge to buy four mln tonnes of U.K. wheat this year, officials said.';
    const seller =
      'U.K. wheat acreage this year will likely drop to its lowest in decades, with four mln tonnes sold abroad, officials said.';
    expect(subjectOf(seller)).toBe('uk');
    expect(
      await sizes(article('2025', [buyer], { precision: 'year' }), article('2025', [seller], { precision: 'year' })),
    ).toEqual([1, 1]);
    // One told at length, then by surname: one subject.
    expect(
      await sizes(
        article('2025-04-29', [
          'Prime Minister Ana Velo has told her ruling Unity Party to draft an economic package in time for her visit to Ostrava starting on April 29.',
        ]),
        article('2025-04-29', [
          'Velo said she had told her Unity Party to draft its own economic package in time for her visit to Ostrava starting on April 29.',
        ]),
      ),
    ).toEqual([2]);
  });

  it('takes one word as a subject when it is a name for sure: two capitalised parts, a ticker, an apposition', () => {
    expect(subjectOf('NEW YORK, June 18 - Castor-Velden, a state-owned oil company, raised its crude postings.')).toBe(
      'castor-velden',
    );
    expect(subjectOf('Orlen <ORL> said it raised its crude postings.')).toBe('orlen');
    expect(subjectOf('Kestrel, a miner, said output rose.')).toBe('kestrel');
    expect(subjectOf('Exports, unlike imports, rose.')).toBeNull();
  });

  it('does not count one teller of two releases as a participant in common', async () => {
    const inflation =
      'LUXEMBOURG, March 25 - Inflation in the Velden Union, which fell to its lowest in years in January, started to rise again last month, figures from the union statistics office Velstat showed.';
    const jobless =
      'LUXEMBOURG, April 6 - Velden Union unemployment fell slightly in February to just under 17 mln, the union statistics agency Velstat said.';
    expect(
      await sizes(
        article('2025-02', [inflation], { precision: 'month' }),
        article('2025-02', [jobless], { precision: 'month' }),
      ),
    ).toEqual([1, 1]);
  });

  it('counts an acronym told beside its name as that name, once', () => {
    const names = namesInSentence(
      'Plans to reform the Velden Farmers Union (VFU) pension fund were referred to the Tellic Council.',
    );
    expect([...names].sort()).toEqual(['tellic council', 'velden farmers union']);
  });

  it('compares figures as many times as given: two estimates sharing their values in another order are two', async () => {
    const one =
      'Federal hog slaughter is estimated at about 120,000 to 125,000 head versus 120,000 week ago and 125,000 a year ago, market analysts said.';
    const other =
      'Federal hog slaughter is estimated at about 120,000 to 124,000 head versus 125,000 week ago and 126,000 a year ago, market analysts said.';
    expect(
      await sizes(article('2025', [one], { precision: 'year' }), article('2025', [other], { precision: 'year' })),
    ).toEqual([1, 1]);
    expect(
      await sizes(article('2025', [one], { precision: 'year' }), article('2025', [one], { precision: 'year' })),
    ).toEqual([2]);
  });

  it('reads "one ct" as a figure: two companies\' notes of one template with other amounts are two', async () => {
    const q = (note: string) => article('2025-Q4', [note], { precision: 'quarter' });
    expect(
      await sizes(
        q(
          'Also excludes extraordinary loss of six cts a share in the fourth quarter 2025, and gain of 1.81 dlrs a share in full year 2025.',
        ),
        q(
          'Also excludes extraordinary gain of one ct per share in fourth quarter 2025, and gain of one ct per share in the full year.',
        ),
      ),
    ).toEqual([1, 1]);
  });

  it('keeps apart two statements about a period not yet over, made weeks apart', async () => {
    const april =
      'CHICAGO, April 8 - Harlow Corp continues to target record earnings for fiscal 2025, chairman Ann Vey told the annual meeting.';
    const june =
      'CHICAGO, June 29 - Harlow Corp expects record earnings in the second half of fiscal 2025, chairman Ann Vey said.';
    const year = (sentence: string, published: string) => article('2025', [sentence], { published, precision: 'year' });
    expect(await sizes(year(april, '2025-04-08'), year(june, '2025-06-29'))).toEqual([1, 1]);
    // Told days apart, they are one.
    expect(await sizes(year(april, '2025-04-08'), year(june, '2025-04-10'))).toEqual([2]);
    // A period long over is one fact however far apart it is retold.
    const past = (sentence: string, published: string) =>
      article('2021-08', [sentence], { published, precision: 'month' });
    expect(
      await sizes(
        past(
          'When the Velden Front returned to power in Kabra in August 2021, many saw it as a victory for Tellia.',
          '2025-05-23',
        ),
        past(
          "Tellia had welcomed the Velden Front's return to power in Kabra in August 2021 as a victory.",
          '2025-06-16',
        ),
      ),
    ).toEqual([2]);
  });

  it('reads who a story is about in its lead, dated or not: two bonds of one template are two stories', async () => {
    const terms = 'The bond pays interest annually on March 25 and matures on the same date in 2030.';
    const bond = (issuer: string) =>
      article('2030', [terms], {
        precision: 'year',
        lead: `LONDON, March 11 - ${issuer} is launching a 100 mln dlr eurobond with warrants, lead manager Norr Bank said.`,
      });
    expect(await sizes(bond('Castor Motor Co'), bond('Velden Power Co'))).toEqual([1, 1]);
    expect(await sizes(bond('Castor Motor Co'), bond('Castor Motor Co'))).toEqual([2]);
  });

  it('merges one issuer told under its own name in a roundup whose lead is about another', async () => {
    const issue =
      'LONDON - Kestrel Alloys Corp is issuing a 100 mln dlr eurobond due April 23, 2030 priced at par, lead manager Norr Bank said.';
    expect(
      await sizes(
        article('2030-04-23', [issue.replace('LONDON -', 'LONDON, April 7 -')]),
        article('2030-04-23', [issue], {
          lead: 'LONDON - Velden Shipping Ltd is issuing a 50 mln dlr eurobond due 2029, lead manager Norr Bank said.',
        }),
      ),
    ).toEqual([2]);
  });

  it('reads datelines without a date, and no hyphenated name as one', () => {
    expect(DATELINE.exec('WOODBRIDGE, N.J. - Orlen Stores reported sales')?.[0]).toBe('WOODBRIDGE, N.J. - ');
    expect(DATELINE.exec('BERNE - Tellic prices rose')?.[0]).toBe('BERNE - ');
    expect(DATELINE.exec('Yesterday, Castor-Velden Co said it would')).toBeNull();
    expect(DATELINE.exec('Shares, however - the index')).toBeNull();
  });
});
