// Date reading by mechanism, on news patterns (tests/fixtures/news-dates.json), and the TimeML values and spans
// of the precisions the timeline writes.
import { describe, expect, it } from 'vitest';
import { readHeadline, findDates } from '../src/dates/expressions.js';
import { boundOf, daysOf, isoWeek, precisionOf } from '../src/dates/values.js';
import { directionAt } from '../src/dates/tense.js';
import { wordValue, wordYear } from '../src/dates/numbers.js';
import { parseDateFilter } from '../src/queries/date-filter.js';
import { dateLabel, rangeLabel } from '../src/dates/label.js';
import { dateSpans } from '../src/questions/spans.js';
import { readTimeML } from '../scripts/eval-dates.js';
import { splitPassages } from '../src/corpus/passages.js';
import { passageSentences } from '../src/text.js';
import cases from './fixtures/news-dates.json' with { type: 'json' };

const values = (text: string, published: string | null) =>
  findDates(text, published)
    .filter((d) => !d.within && !d.dateline)
    .map((d) => (d.end ? `${d.date}..${d.end}` : d.date));

const dates = (text: string, published: string) => findDates(text, published).map((d) => [d.text, d.date]);

describe('dates by mechanism', () => {
  it.each(cases.map((c) => [c.mechanism, c.text, c.published, c.expect] as const))(
    '%s: %s',
    (_m, text, published, expected) => {
      expect(values(text, published)).toEqual(expected);
    },
  );

  it("starts a mention's text where its index points, and the text is what the sentence says there", () => {
    for (const c of cases) {
      for (const d of findDates(c.text, c.published)) {
        expect(c.text.slice(d.index, d.index + d.text.length)).toBe(d.text);
        expect(d.text).not.toMatch(/^(?:in|on|at|since|by|from|until|during)\s/i);
      }
    }
    const [m] = findDates('The plant opened in 2011 after delays.', null);
    expect(m).toMatchObject({ index: 20, text: '2011', date: '2011' });
    // The full stop after a month's full name ends the sentence, not the expression.
    expect(findDates('The warrants lapse at the end of June.', '2024-06-02').map((d) => d.text)).toEqual([
      'the end of June',
    ]);
    expect(findDates('Output fell in early Sept. and recovered.', '2024-10-02')[0]?.text).toBe('early Sept.');
    expect(findDates('The underwriters sold the shares on June 11 at 6.875 dlrs each.', '2024-06-19')[0]?.text).toBe(
      'June 11',
    );
    // A bracket chrono reads along is left out.
    expect(findDates('The envoy will fly out at dawn (5 a.m. EDT Thursday), aides said.', '2024-04-02')[0]?.text).toBe(
      '5 a.m. EDT Thursday',
    );
    // A possessive's "'s" is not part of the day it follows; "today's world" is still no day.
    expect(dates("Officials met before yesterday's vote and today’s count.", '2024-06-19')).toEqual([
      ['yesterday', '2024-06-18'],
      ['today', '2024-06-19'],
    ]);
    expect(dates("The course prepares pupils for today's world.", '2024-06-19')).toEqual([]);
    // "of" of a noun makes no day ("the people of tomorrow"); "of" of a preposition does.
    expect(dates('They are the people of tomorrow.', '2024-06-19')).toEqual([]);
    expect(dates("The dollar held steady ahead of today's meeting.", '2024-06-19')).toEqual([['today', '2024-06-19']]);
    expect(dates('Half the areas had snow as of this morning.', '2024-06-19')).toEqual([
      ['this morning', '2024-06-19'],
    ]);
    // A kind compared with today's is none; the day's own offer is the day.
    expect(dates("The chips will be smaller than today's chips.", '2024-06-19')).toEqual([]);
    expect(dates("It may bid at a price lower than today's offer.", '2024-06-19')).toEqual([['today', '2024-06-19']]);
    // "last night" is the day before publication, "this morning" the day itself; "the last night" of a run is none.
    expect(dates('Talks broke up late last night and resumed this morning.', '2024-06-19')).toEqual([
      ['last night', '2024-06-18'],
      ['this morning', '2024-06-19'],
    ]);
    expect(dates('It was the last night of the tour.', '2024-06-19')).toEqual([]);
    // A figure before "on" and a date is no clock hour: the date starts after it.
    expect(dates('The index closed at 20 on Oct. 27 and rose 12 on Friday.', '2024-11-04')).toEqual([
      ['Oct. 27', '2024-10-27'],
      ['Friday', '2024-11-01'],
    ]);
    // A figure with decimals and a comma before it too: "fell 1.4%, or 6.43, on Friday".
    expect(dates('The index fell 1.4%, or 6.43, on Friday, to 437.68.', '2024-11-04')).toEqual([
      ['Friday', '2024-11-01'],
    ]);
  });

  it('reads "April 12 and 26", days apart, as two dates, not a range', () => {
    const found = findDates('About 2,600 elections will be held on April 12 and 26 for local posts.', '1987-03-12');
    expect(found.map((d) => [d.text, d.date, d.end, d.within])).toEqual([
      ['April 12', '1987-04-12', undefined, undefined],
      ['26', '1987-04-26', undefined, undefined],
    ]);
    expect(findDates('Talks will be held between April 12 and 26.', '1987-03-12')[0]?.end).toBe('1987-04-26');
  });

  it('reads a date after the present progressive as ahead, and one it tells before it as told by nothing', () => {
    // Told in March: July 1 more than two months ahead had been read as last July.
    expect(
      dates('The government is withdrawing its labour subsidy for the sector as from July 1.', '1987-03-05'),
    ).toEqual([['July 1', '1987-07-01']]);
    expect(
      dates('The officials are meeting to finalise the agenda for the conference here Saturday.', '1987-03-10'),
    ).toEqual([['Saturday', '1987-03-14']]);
    expect(dates("The Fed's actions on Friday show that it is offering only token resistance.", '1987-04-13')).toEqual([
      ['Friday', '1987-04-10'],
    ]);
    // The second part of a compound modifier tells no tense: "strike-hit", "wholly-owned".
    expect(
      dates("He is withdrawing the subsidy for Rotterdam's strike-hit cargo sector as from July 1.", '1987-03-05'),
    ).toEqual([['July 1', '1987-07-01']]);
    expect(
      dates('Rexnord said it expects to merge with a wholly-owned unit of Banner in early May.', '1987-03-19'),
    ).toEqual([['early May', '1987-05']]);
    // A verb that goes on with what is tells no arrangement.
    expect(dates('The firm is continuing to try to sell itself, under a June agreement.', '1989-10-27')).toEqual([
      ['June', '1989-06'],
    ]);
    // A period ending that is "previous" is past, whatever the verb.
    expect(
      dates(
        'Caremark said it is changing its fiscal year-end to a calendar year from the previous fiscal year ending June 30.',
        '1987-03-02',
      ),
    ).toContainEqual(['June 30', '1986-06-30']);
  });

  it('reads a thing told as the one before, right before its date, as past whatever the clause tells', () => {
    expect(
      dates(
        'The Treasury said it would offer the bills at rates below the preceding offer in mid-February.',
        '1987-03-05',
      ),
    ).toEqual([['mid-February', '1987-02']]);
  });

  it('takes a participle after an article and an adverb for an adjective, no verb telling the past', () => {
    expect(
      dates('The governor will speak to the state in a nationally televised address Thursday night.', '1991-05-06'),
    ).toEqual([['Thursday night', '1991-05-09']]);
    expect(dates('The governor gave a nationally televised address Thursday night.', '1991-05-06')).toEqual([
      ['Thursday night', '1991-05-02'],
    ]);
  });

  it('reads a month figures cover as the one just past, though they are awaited', () => {
    expect(dates('The market is awaiting U.S. February trade data, due on April 14.', '1987-04-09')).toEqual([
      ['February', '1987-02'],
      ['April 14', '1987-04-14'],
    ]);
    expect(dates('Dealers are awaiting the Australian trade figures for March.', '1987-04-14')).toEqual([
      ['March', '1987-03'],
    ]);
    expect(dates('The January/February employment statistics suggest growth will be healthy.', '1987-03-24')).toEqual([
      ['January/February', '1987-01'],
    ]);
  });

  it('reads "a year after" and "90 days before" only standing alone, not before a thing or a clause', () => {
    expect(
      dates('They may wait until September, which would be a year after negotiations began.', '1987-03-19'),
    ).toEqual([['September', '1987-09']]);
    expect(dates('The committees will hold off for 90 days before hearing testimony.', '1987-03-18')).toEqual([]);
    expect(dates('The plant opened in May 1985 and closed a year after.', '1987-03-19')).toEqual([
      ['May 1985', '1985-05'],
      ['a year after', '1986-05'],
    ]);
  });

  it('reads no period from a fraction or from the half of a month', () => {
    // "one-quarter of the total" is no quarter: "last year" compares with last year, not its quarter.
    expect(
      dates(
        'Only 33 rigs, about one-quarter of the total, were drilling last week, compared to 70 last year.',
        '1987-03-02',
      ),
    ).toEqual([
      ['last week', '1987-W09'],
      ['last year', '1986'],
    ]);
    expect(dates('He would go to Peking in the first half of next month.', '1987-03-27')).toEqual([
      ['next month', '1987-04'],
    ]);
  });

  it('reads no relative year in the last year of a span ("the last year of the plan")', () => {
    // The plan's own last year, not the year before publication; the year told alone still is.
    expect(
      dates(
        'India aims to grow 180 mln tonnes by the last year of the seventh five-year plan ending March 31, 1990.',
        '1987-04-09',
      ),
    ).toEqual([['March 31, 1990', '1990-03-31']]);
    expect(
      dates('Output rose in the last year, and the plan ends in the next month of its term.', '1987-04-09'),
    ).toEqual([['the last year', '1986']]);
    expect(dates('Output rose last year of course.', '1987-04-09')).toEqual([['last year', '1986']]);
  });

  it('reads a weekend in the possessive, and a period a year back, with its hyphen or without, by what is told', () => {
    expect(dates("Officials will discuss it at this weekend's regular meeting.", '1987-04-10')).toEqual([
      ['this weekend', '1987-W15-WE'],
    ]);
    // (Not a thing named by it: "the weekend's papers".)
    expect(dates("She read the weekend's papers.", '1987-04-10')).toEqual([]);
    expect(dates('First-quarter sales were level with the year earlier period.', '1987-04-10')).toEqual([
      ['First-quarter', '1987-Q1'],
      ['the year earlier period', '1986-Q1'],
    ]);
    // (With no quarter told, the period a year back is the reported year's: "a 1986 operating profit".)
    expect(
      dates(
        'It had a 1986 operating profit of 64 mln dlrs, against a loss of 13 mln dlrs in the year-earlier period.',
        '1987-04-10',
      ),
    ).toEqual([
      ['1986', '1986'],
      ['the year-earlier period', '1985'],
    ]);
    expect(
      dates(
        'In the nine months ended September 30, 1986, the loss widened to 30 mln dlrs from 23 mln dlrs in the year earlier period.',
        '1987-04-10',
      ),
    ).toEqual([
      ['September 30, 1986', '1986-09-30'],
      ['the year earlier', '1985'],
    ]);
  });

  it('reads the second day of "April 24 and 25" as a mention of its own that ends the range', () => {
    const found = findDates('The ceremony is planned for May 5th and 6th, officials said.', '2024-02-10');
    expect(found.map((d) => [d.text, d.date, d.end, d.within])).toEqual([
      ['May 5th', '2024-05-05', '2024-05-06', undefined],
      ['6th', '2024-05-06', undefined, true],
    ]);
  });

  it('locates the end of a range on its own, marked as part of the range', () => {
    const all = findDates('Prices were stable between 2015 and 2019.', null);
    expect(all.map((d) => [d.date, d.end, d.text, !!d.within])).toEqual([
      ['2015', '2019', '2015 and 2019', false],
      ['2019', undefined, '2019', true],
    ]);
  });

  it('reads a wire dateline as the date it is, marked as the dateline', () => {
    expect(
      findDates(
        'LUSAKA, March 5 (Reuters) - The Zambian central bank held its policy rate on Tuesday.',
        '2024-03-05',
      ).map((d) => [d.date, !!d.dateline]),
    ).toEqual([
      ['2024-03-05', true],
      ['2024-03-05', false],
    ]);
    // A region of two words, a country with its article, a wire's leading asterisks.
    for (const line of [
      'VANCOUVER, British Columbia, March 5 - The miner said it sold its stake.',
      'IJMUIDEN, The Netherlands, March 5 - The port reopened.',
      '****RIO DE JANEIRO, March 5 - The central bank held rates.',
    ])
      expect(findDates(line, '2024-03-05').map((d) => [d.date, !!d.dateline])).toEqual([['2024-03-05', true]]);
  });

  it('reads an expression from the date the sentence before was about, or the story told before one that opens a sentence', () => {
    const read = (sentences: string[], published: string) => {
      const article = {};
      return sentences.map((s) => findDates(s, published, article).map((d) => d.date));
    };
    // "The following month" after a sentence about March; without the article, nothing to read it from.
    expect(
      read(
        [
          'Two pension funds pressed the Velden Shipping board in March 1989 to split the group.',
          'The following month, Velden hired bankers to find buyers for its tanker arm.',
        ],
        '1989-10-27',
      ),
    ).toEqual([['1989-03'], ['1989-04']]);
    expect(
      findDates('The following month, Velden hired bankers to find buyers for its tanker arm.', '1989-10-27'),
    ).toEqual([]);
    // Opening its sentence, it goes on the story from the last date told, over a few undated sentences...
    const told = 'Two pension funds pressed the Velden Shipping board in March 1989 to split the group.';
    expect(read([told, 'The board said no.', 'The following month, Velden hired bankers.'], '1989-10-27')).toEqual([
      ['1989-03'],
      [],
      ['1989-04'],
    ]);
    // ...but not over many, and inside a sentence only from the sentence right before.
    const undated = ['The board said no.', 'The funds wrote again.', 'Shares slid.', 'Analysts were split.'];
    expect(read([told, ...undated, 'The following month, Velden hired bankers.'], '1989-10-27').at(-1)).toEqual([]);
    expect(read([told, 'The board said no.', 'Velden hired bankers the following month.'], '1989-10-27')).toEqual([
      ['1989-03'],
      [],
      [],
    ]);
  });

  it('compares with the quarter a year before when the sentence before reported a quarter', () => {
    const article = {};
    const published = '1989-11-02';
    expect(
      findDates('Korvan Textiles said third-quarter net profit climbed 14% to $7.2 million.', published, article).map(
        (d) => d.date,
      ),
    ).toEqual(['1989-Q3']);
    expect(findDates('A year earlier, Korvan made $6.3 million.', published, article).map((d) => d.date)).toEqual([
      '1988-Q3',
    ]);
    // The compared quarter is not carried on: the next "year-earlier" still compares with the reported one.
    expect(
      findDates('Revenue slipped from the year-earlier $210 million.', published, article).map((d) => d.date),
    ).toEqual(['1988-Q3']);
    // Read alone, "a year earlier" is the year.
    expect(findDates('A year earlier, Korvan made $6.3 million.', published).map((d) => d.date)).toEqual(['1988']);
  });

  it('compares a sentence of results with the same quarter a year before, or with the year before the one reported', () => {
    const at = (text: string, published: string, article?: object) =>
      findDates(text, published, article as never).map((d) => d.date);
    // Told alone, results compared "a year earlier" are the last quarter's: companies report by quarter.
    expect(
      at(
        'The toolmaker said net income rose to $14.2 million, or 61 cents a share, from $11.9 million a year earlier.',
        '2024-10-24',
      ),
    ).toEqual(['2023-Q3']);
    expect(at('Revenue slipped 4% to $812 million, compared with $846 million last year.', '2024-10-24')).toEqual([
      '2023-Q3',
    ]);
    // Not a forecast, nor a year's figure ("more than ... last year" is no comparison).
    expect(at('The group expects sales to climb to 30% of revenue from 24% a year ago.', '2024-10-24')).toEqual([
      '2023',
    ]);
    expect(at('The clinic chain had more than $40 million in sales last year.', '2024-10-24')).toEqual(['2023']);
    // After the article told the year it reports, "a year ago" is the year before that one.
    const article = {};
    expect(at('Harlow Tools said its 2023 net income rose 8 pct to $51 million.', '2024-02-20', article)).toEqual([
      '2023',
    ]);
    expect(
      at('Net rose to $51 million, or 61 cents a share, from $47 million a year ago.', '2024-02-20', article),
    ).toEqual(['2022']);
  });

  it('reads "the latest quarter" as one already ended, whatever later quarter the article spoke of', () => {
    const article = {};
    const read = (t: string) => findDates(t, '2024-11-06', article).map((d) => d.date);
    expect(read('The storm will lead to a fourth-quarter charge of about $40 million, the insurer said.')).toEqual([
      '2024-Q4',
    ]);
    expect(read('Earnings from its auto line fell 30% in the latest quarter.')).toEqual(['2024-Q3']);
    // The quarter compared with is not the one the article reports on.
    const report = {};
    const told = (t: string) => findDates(t, '2024-10-25', report).map((d) => d.date);
    expect(told('The chain reported third-quarter profit of $8 million.')).toEqual(['2024-Q3']);
    expect(told('In the 2023 period, it earned $5 million.')).toEqual(['2023-Q3']);
    expect(told('Sales in the quarter rose 4%.')).toEqual(['2024-Q3']);
  });

  it('reads "the previous business day" from the day told, past a weekend; "the next" with none, from publication', () => {
    const on = (s: string, published: string) => findDates(s, published).map((d) => `${d.text}=${d.date}`);
    // 1991-03-11 is a Monday: the business day before it is the Friday.
    const reserves = 'Reserves stood at 3.2 billion on March 11, up from 2.9 billion the previous business day.';
    expect(on(reserves, '1991-03-12')).toEqual(['March 11=1991-03-11', 'the previous business day=1991-03-08']);
    // Told on a Friday with no day of its own: the Monday after.
    expect(on('The quotes hold through the next trading day.', '1991-03-15')).toEqual([
      'the next trading day=1991-03-18',
    ]);
  });

  it('reads "the previous Friday" and "the following week" from the day the story is at', () => {
    const read = (sentences: string[], published: string) => {
      const article = {};
      return sentences.map((s) => findDates(s, published, article).map((d) => `${d.text}=${d.date}`));
    };
    // The story's day was told three sentences back: a weekday is read from it, not from publication (a Monday).
    const market = [
      'Oslo share prices closed sharply lower Friday after the finance minister resigned.',
      'Shipping stocks led the fall.',
      'Banks held up better.',
      'The benchmark index ended at 412.6, down 3.1% from the previous Friday.',
      'The following week, brokers expect thin trading.',
    ];
    expect(read(market, '1991-03-18')).toEqual([
      ['Friday=1991-03-15'],
      [],
      [],
      ['the previous Friday=1991-03-08'],
      ['The following week=1991-W11'],
    ]);
    // A report of a week's figures reads its comparisons from the week it reports, sentences after it told it.
    const weekly = [
      'Canadian money supply rose 120 mln dlrs in the week ended March 11, the central bank said.',
      'M-2 rose 40 mln dlrs.',
      'M-3 fell 25 mln dlrs.',
      'Bank loans outstanding rose 90 mln dlrs.',
      'Liquid assets were unchanged.',
      'Net foreign currency assets fell 31 mln dlrs.',
      'Notes in circulation totalled 16.2 billion dlrs, up 50 mln dlrs from the previous week.',
    ];
    expect(read(weekly, '1992-03-20').at(-1)).toEqual(['the previous week=1992-W10']);
    // A week before or after a day of the sentence.
    expect(values('The strike began on Oct. 12 and ended the week after.', '1991-11-04')).toEqual([
      '1991-10-12',
      '1991-W42',
    ]);
    // Alone, with no day to read it from, neither is dated (never from publication: a story told in the past).
    expect(values('Brokers expect thin trading the following week.', '1991-03-18')).toEqual([]);
  });

  it('carries the quarter reported, not one forecast or one the news came after', () => {
    const read = (sentences: string[]) => {
      const article = {};
      return sentences.map((s) => findDates(s, '2021-10-27', article).map((d) => d.date));
    };
    // A quarter not yet begun at publication is a forecast: "the year-ago period" is the reported one's a year back.
    expect(
      read([
        'Norland Steel posted a 40% drop in third-quarter profit.',
        'Analysts expect losses through the second quarter of 2022.',
        'In the year-ago period, Norland earned $80 million.',
      ]),
    ).toEqual([['2021-Q3'], ['2022-Q2'], ['2020-Q3']]);
    // "After a flat second quarter" sets what came before the news.
    expect(
      read([
        'Norland Steel posted a 40% gain in third-quarter profit.',
        'After a flat second quarter, the company credited higher prices.',
        'Charges taken in the year-earlier period also helped.',
      ]),
    ).toEqual([['2021-Q3'], ['2021-Q2'], ['2020-Q3']]);
  });

  it('reads a weekday and the day it names side by side as one date', () => {
    const read = (text: string, published: string) =>
      findDates(text, published).map((d) => `${d.text}=${d.date}${d.end ? `..${d.end}` : ''}`);
    // Found by two readers (a weekday, a day in words): one mention over both, dated by the day.
    expect(read('Polling stations open this coming Sunday, May ninth, in every district.', '2021-05-05')).toEqual([
      'this coming Sunday, May ninth=2021-05-09',
    ]);
    expect(read('The fire started on March 4, a Thursday, near the depot.', '2021-03-10')).toEqual([
      'March 4, a Thursday=2021-03-04',
    ]);
    // A day written without its year falls in the year whose calendar puts it on the weekday.
    expect(read('Lawyers said the hearing was moved to Jan. 12, a Wednesday.', '2021-12-20')).toEqual([
      'Jan. 12, a Wednesday=2022-01-12',
    ]);
    // Two weekdays, or a weekday and a day apart in the sentence, stay two.
    expect(read('Talks ran Monday, Tuesday and Wednesday.', '2021-03-10').length).toBe(3);
    expect(read('He left on March 4, and returned Friday.', '2021-03-10')).toEqual([
      'March 4=2021-03-04',
      'Friday=2021-03-05',
    ]);
  });

  it('counts a span from the date after it: "the day before last Tuesday\'s hearing"', () => {
    const read = (text: string, published: string) => findDates(text, published).map((d) => `${d.text}=${d.date}`);
    expect(read('The day before last Tuesday’s hearing, the lawyers met.', '2021-03-11')).toEqual([
      'The day before last Tuesday=2021-03-08',
    ]);
    expect(read('A week before May 3 the union struck.', '2021-06-01')).toEqual(['A week before May 3=2021-04-26']);
    expect(read('The mill reopened two months after March 2019.', '2021-06-01')).toEqual([
      'two months after March 2019=2019-05',
    ]);
    expect(read('The line opened the year after 1990.', '2021-06-01')).toEqual(['the year after 1990=1991']);
    // "the week after", "the month before" a day name a week, a month.
    expect(read('Shops reopened the week after Christmas.', '2021-06-01')).toEqual([
      'the week after Christmas=2020-W53',
    ]);
    expect(read('The month before May 3, prices fell.', '2021-06-01')).toEqual(['The month before May 3=2021-04']);
    // A day is never counted from a month or a year; "one day before U.S. officials meet" counts from no date.
    expect(read('It closed a day after March 2019.', '2021-06-01')).toEqual(['March 2019=2019-03']);
    expect(read('One day before U.S. officials meet, he left.', '2021-06-01')).toEqual([]);
  });

  it('ends a range on a weekday, and reads "to December\'s figures" as no range', () => {
    const read = (text: string, published: string) =>
      findDates(text, published).map((d) => `${d.text}=${d.date}${d.end ? `..${d.end}` : ''}`);
    expect(read('The fund bought 90,000 shares from Feb. 18 to Tuesday at $4 each.', '2021-03-11')).toEqual([
      'Feb. 18 to Tuesday=2021-02-18..2021-03-09',
      'Tuesday=2021-03-09',
    ]);
    // A weekday that would end the range before its start is the first one after it.
    expect(read('The fair runs from April 1 through Saturday, organisers said.', '2021-03-29')).toEqual([
      'April 1 through Saturday=2021-04-01..2021-04-03',
      'Saturday=2021-04-03',
    ]);
    expect(read('After a revision Friday to December’s payrolls, the gain was smaller.', '2021-02-08')).toEqual([
      'Friday=2021-02-05',
      'December=2020-12',
    ]);
    expect(read('Prices climbed from November to December’s peak.', '2021-02-08')).toEqual([
      'November to December=2020-11..2020-12',
      'December=2020-12',
    ]);
  });

  it('reads "the year" of "the first nine months of the year" as the year the sentence is about', () => {
    expect(values('Revenue for the first nine months of the year rose 4%.', '2021-10-28')).toEqual(['2021']);
    expect(values('The mill expects losses for the rest of the year.', '2021-10-28')).toEqual(['2021']);
    // A year the sentence told before it is that year.
    expect(values('He was jailed in May 1985 and spent the rest of the year in prison.', '2021-10-28')).toEqual([
      '1985-05',
      '1985',
    ]);
    // "the year before" is read by its own rule (here from nothing: undated).
    expect(values('Output in the first half of the year before fell.', '2021-10-28')).toEqual(['2021-H1']);
  });

  it('never counts "a year earlier" from the day a statement was made', () => {
    // The day of saying is no period of the figures: the year before publication (nine months: no quarter).
    expect(
      values(
        'The maker said Friday that it lost $60 million in the first nine months, against a profit a year earlier.',
        '2021-10-25',
      ),
    ).toEqual(['2021-10-22', '2020']);
    // A day something happened on is.
    expect(values('The plant closed on May 3, and a year earlier it had cut 200 jobs.', '2021-10-25')).toEqual([
      '2021-05-03',
      '2020-05-03',
    ]);
  });

  it('reads "April, last year" as one month', () => {
    expect(values('Both sides misread the white paper of April, last year.', '1987-04-20')).toEqual(['1986-04']);
    expect(values('Output rose in March, this year.', '1987-04-20')).toEqual(['1987-03']);
    // "In July, last year's winner" is July and last year.
    expect(values('In July, last year’s winner spoke.', '1987-04-20')).toEqual(['1986-07', '1986']);
  });

  it('reads "the same day", "that same month" from the date the sentence, or the one before, is about', () => {
    const read = (sentences: string[], published: string) => {
      const article = {};
      return sentences.map((s) => findDates(s, published, article).map((d) => `${d.text}=${d.date}`));
    };
    expect(
      read(
        [
          'The levee near Hollins gave way on April 9, 2019.',
          'The same day, the county closed two schools.',
          'The mill changed hands in June 2017.',
          'That same month, its founder retired.',
        ],
        '2021-05-04',
      ),
    ).toEqual([
      ['April 9, 2019=2019-04-09'],
      ['The same day=2019-04-09'],
      ['June 2017=2017-06'],
      ['That same month=2017-06'],
    ]);
    // A week read from a day of the sentence.
    expect(values('The strike began Oct. 12, and the same week the union hired lawyers.', '1991-11-04')).toEqual([
      '1991-10-12',
      '1991-W41',
    ]);
    // "the same day as the vote", "the same month last year" are anchored on something else; alone, nothing.
    expect(values('The transfer was made on the same day as the vote.', '2021-05-04')).toEqual([]);
    expect(values('Shipments fell from the same month last year.', '2021-05-04')).toEqual(['2020']);
    expect(values('The same day, the county closed two schools.', '2021-05-04')).toEqual([]);
  });

  it('names the year of "the third quarter" by the results year the article reported just before', () => {
    const read = (sentences: string[], published: string) => {
      const article = {};
      return sentences.map((s) => findDates(s, published, article).map((d) => d.date));
    };
    // Told in March 1990, a quarter named after 1988's results is 1988's, not the latest such quarter (1989's).
    expect(
      read(
        [
          'Ridgeline Foods Inc said its 1988 results would be restated.',
          'In the second quarter, it had reported a loss of $2 million.',
          'First-half sales were also cut.',
        ],
        '1990-03-15',
      ),
    ).toEqual([['1988'], ['1988-Q2'], ['1988-H1']]);
    // A fiscal year forecast names the year of the quarters told after it.
    expect(
      read(
        ['Ridgeline expects fiscal 1990 earnings to rise 10%.', 'In the first quarter, sales should be flat.'],
        '1989-11-20',
      ),
    ).toEqual([['1990'], ['1990-Q1']]);
    // A year that is no period of results (a founding) names none; nor does one told long before.
    expect(
      read(
        ['The company was founded in 1988 and sells shoes.', 'In the second quarter, it lost $2 million.'],
        '1990-03-15',
      ),
    ).toEqual([['1988'], ['1989-Q2']]);
    expect(
      read(
        [
          'Ridgeline Foods Inc said its 1988 results would be restated.',
          'The chain has 40 stores.',
          'It employs 900 people.',
          'Its shares are traded over the counter.',
          'In the second quarter, it lost $2 million.',
        ],
        '1990-03-15',
      ).at(-1),
    ).toEqual(['1989-Q2']);
  });

  it('reads "the year before" and "a year earlier" from the period the sentence, or the one before, reported', () => {
    expect(
      values('Ferry revenue fell to $300 million last year, down from $410 million the year before.', '1998-09-07'),
    ).toEqual(['1997', '1996']);
    // "the day before" a thing is anchored on that thing, not on a date.
    expect(
      values('The vote was held on May 3, and the day before the vote the party sold its stake.', '1998-09-07'),
    ).toEqual(['1998-05-03']);
    const read = (sentences: string[]) => {
      const article = {};
      return sentences.map((s) => findDates(s, '1989-10-30', article).map((d) => d.date));
    };
    expect(read(['In 1988, the cannery earned $5 million.', 'A year earlier, it lost $2 million.'])).toEqual([
      ['1988'],
      ['1987'],
    ]);
    // A date long before publication is no period reported: "a year earlier" keeps publication.
    expect(read(['The cannery was founded in 1950.', 'A year earlier, it lost $2 million.'])).toEqual([
      ['1950'],
      ['1988'],
    ]);
    // A story told in order: a count of years opening a sentence goes back from the year the one before was at.
    expect(read(['The brewer bought a maltings near Leeds in 1979.', 'A year earlier it had bought 40 pubs.'])).toEqual(
      [['1979'], ['1978']],
    );
    expect(read(['The brewer bought a maltings near Leeds in 1979.', 'But two years later it sold them.'])).toEqual([
      ['1979'],
      ['1981'],
    ]);
    // (Not a count further into its sentence: a figure compared with a year before publication.)
    expect(read(['The brewer bought a maltings near Leeds in 1979.', 'Beer sales rose from a year earlier.'])).toEqual([
      ['1979'],
      ['1988-Q3'],
    ]);
  });

  it('compares a month with the same month a year back, and never reads from a dateline or a compared period', () => {
    const read = (sentences: string[], published: string) => {
      const article = {};
      return sentences.map((s) => findDates(s, published, article).map((d) => `${d.text}=${d.date}`));
    };
    expect(
      read(
        [
          'DALLAS, March 6 - Corvair Air said its load factor for February fell to 61.2 pct from 63.5 pct a year ago.',
          'It said passenger miles for the month rose 4.1 pct to 2.9 billion from 2.8 billion a year ago.',
          'Boardings rose 6.2 pct to 2.1 mln from 2.0 mln a year earlier.',
        ],
        '1987-03-06',
      ),
    ).toEqual([
      ['March 6=1987-03-06', 'February=1987-02', 'a year ago=1986-02'],
      ['a year ago=1986-02'],
      // The compared "a year ago" is not what the next sentence is read from (nor the year before it, and so on).
      ['a year earlier=1986'],
    ]);
    // A wire dateline's day is the article's own date, not the period a figure is compared with.
    expect(
      values(
        'OSAKA, March 13 - Profits in the October-December quarter rose four pct from a year earlier.',
        '1987-03-13',
      ),
    ).toEqual(['1986-Q4', '1985-Q4']);
    // Its months joined by "to" name it too, one quarter, not a month and a quarter.
    expect(values('Profits rose in the October-to-December quarter.', '1987-03-13')).toEqual(['1986-Q4']);
    expect(values('Sales fell in the July to September quarter.', '1987-11-13')).toEqual(['1987-Q3']);
  });

  it("reads a story's relative dates from its dateline's day, over the article's sentences", () => {
    const article = {};
    const read = (t: string) => findDates(t, '1987-03-06', article).map((d) => d.date);
    expect(read("TAIPEI, March 7 - The bankers' association left rates unchanged today.")).toEqual([
      '1987-03-07',
      '1987-03-07',
    ]);
    expect(read('It meets again tomorrow.')).toEqual(['1987-03-08']);
    // A dateline far from publication is no story day (a misread or an old story): publication stays.
    expect(values('TAIPEI, May 7 - The bankers left rates unchanged today.', '1987-03-06')).toEqual(['1987-03-06']);
  });

  it('reads a month coming within a month in a past clause as the coming one', () => {
    expect(
      values('The kingdom warned refiners of a 10 percent cut in crude deliveries in September.', '1990-08-16'),
    ).toEqual(['1990-09']);
    expect(values('Marovia Bancorp announced a deal to buy the Selva lender in January.', '1989-11-02')).toEqual([
      '1990-01',
    ]);
    expect(values('Banks have extended credit lines for the retailer through January.', '1989-10-30')).toEqual([
      '1990-01',
    ]);
    // Further ahead, a past clause keeps the past one.
    expect(values('The retailer announced the store closures in December.', '1990-08-16')).toEqual(['1989-12']);
  });

  it('reads "for now", "until now" and "now that" as the present', () => {
    for (const s of [
      'The clinic will stay shut for now, the council said.',
      "No rover had landed on the moon's far side until now.",
      'Prices will rise now that the port is closed.',
    ])
      expect(values(s, '1990-08-15')).toEqual(['PRESENT_REF']);
    expect(values('Two years from now the mill will close.', '1990-08-15')).not.toContain('PRESENT_REF');
  });

  it('gives each new precision its precision name', () => {
    const p = (text: string, published: string) => findDates(text, published).map((d) => d.precision);
    expect(p('Profit rose in the third quarter.', '2024-11-04')).toEqual(['quarter']);
    expect(p('Sales fell in the first half of 2023.', '2024-11-04')).toEqual(['half']);
    expect(p('The talks collapsed last week.', '2024-11-04')).toEqual(['week']);
    expect(p('Rain returned this summer.', '2024-11-04')).toEqual(['season']);
    // A figure "of" a season is the figure's; a name "of" it is no season ("the summer of love").
    expect(findDates('Jobless fell from a high last summer of 11.2 pct.', '1987-06-18').map((d) => d.date)).toEqual([
      '1986-SU',
    ]);
    expect(p('Nobody forgot the summer of love.', '1987-06-18')).toEqual([]);
    // A season naming a crop's kind is none: "the winter wheat areas", "the winter crops".
    expect(
      p('Half the winter wheat areas have snow, and part of the winter crops must be resown.', '1987-03-03'),
    ).toEqual([]);
    expect(p('It was built in the 1970s.', '2024-11-04')).toEqual(['decade']);
    // A century by its ordinal, in figures or words, capitalised in British style too; not one opening a firm's name.
    const centuries = (text: string) => findDates(text, null).map((d) => `${d.text}:${d.date}:${d.precision}`);
    expect(centuries('The mill was built in the 19th century and rebuilt in the twentieth century.')).toEqual([
      'the 19th century:18:century',
      'the twentieth century:19:century',
    ]);
    expect(centuries('The chapel, built in the 18th Century, was restored.')).toEqual(['the 18th Century:17:century']);
    expect(centuries('Shares in 21st Century Insurance and 20th Century-Fox rose.')).toEqual([]);
    expect(p('Rates are now higher.', '2024-11-04')).toEqual(['ref']);
    // A year back from a quarter is a quarter, and a comparison is no quarter to count another back from.
    const text =
      'Earnings rose to 103 mln dlrs in the first quarter from 98 mln a year ago, and fell from 42 mln last year.';
    expect(findDates(text, '1987-03-02').map((d) => `${d.date}:${d.precision}`)).toEqual([
      '1987-Q1:quarter',
      '1986-Q1:quarter',
      '1986-Q1:quarter',
    ]);
  });

  it('gives "recently", "the future" and "now" to no answer of when', () => {
    const s = 'The lender recently opened a branch in Oslo and will open more in the future, it said on Tuesday.';
    expect(values(s, '2024-05-02')).toEqual(['PAST_REF', 'FUTURE_REF', '2024-04-30']);
    expect(dateSpans(s, '2024-05-02').map((a) => a.text)).toEqual(['Tuesday']);
    const now = 'The lender now has a branch in Oslo, opened on Tuesday, and currently employs 40.';
    expect(values(now, '2024-05-02')).toEqual(['PRESENT_REF', '2024-04-30', 'PRESENT_REF']);
    expect(dateSpans(now, '2024-05-02').map((a) => a.text)).toEqual(['Tuesday']);
  });

  it('reads "end-1987", "end-March" and a half with its year written after it', () => {
    expect(dates('Debt was 31 billion at end-1986 and 25 billion at end-1985.', '1987-03-19')).toEqual([
      ['end-1986', '1986'],
      ['end-1985', '1985'],
    ]);
    expect(dates('Stocks at end-February were 2.4 mln tonnes.', '1987-03-19')).toEqual([['end-February', '1987-02']]);
    expect(dates('Banks arrived between late 1985 and first half 1986.', '1987-04-02')).toContainEqual([
      'first half 1986',
      '1986-H1',
    ]);
  });

  it("reads a year's opening or closing three or six months, and its last quarter, as that quarter or half", () => {
    expect(dates('GDP shrank 0.2% during the last three months of 2004.', '2005-02-14')).toEqual([
      ['the last three months of 2004', '2004-Q4'],
    ]);
    expect(dates('Germany shrank 0.2% in the final quarter of 2004.', '2005-02-14')).toEqual([
      ['the final quarter of 2004', '2004-Q4'],
    ]);
    expect(dates('Profit rose in the first six months of this year.', '1987-09-02')).toEqual([
      ['the first six months of this year', '1987-H1'],
    ]);
    expect(dates('It earned 233.9 mln in the first three months of 1986.', '1987-04-15')).toEqual([
      ['the first three months of 1986', '1986-Q1'],
    ]);
    // Nine months are no quarter nor half: the year is what the text tells.
    expect(dates('Losses through the first nine months of 1986 were heavy.', '1987-04-15')).toEqual([['1986', '1986']]);
  });

  it('reads "May" joined to another month, in that month\'s year, and no past in the verb "last"', () => {
    expect(dates('Colombia opened export registrations for April and May.', '1987-03-13')).toEqual([
      ['April', '1987-04'],
      ['May', '1987-05'],
    ]);
    // A shipment period of two months with a slash: the months from one to the other.
    expect(dates('India bought two cargoes for April/May shipment.', '1987-03-12')).toEqual([['April/May', '1987-04']]);
    expect(dates('Egypt will tender for May/June shipment.', '1987-04-07')).toEqual([['May/June', '1987-05']]);
    expect(dates('The company said losses were four mln dlrs for April and May.', '1987-06-20')).toEqual([
      ['April', '1987-04'],
      ['May', '1987-05'],
    ]);
    // A firm named May is no month.
    expect(dates('He bought April and May Department Stores shares.', '1987-03-03')).toEqual([['April', '1987-04']]);
    // "last" as a verb: the drought may last until May, told in March, is this May.
    expect(dates('Officials said the drought could last until May.', '1987-03-24')).toEqual([['May', '1987-05']]);
    expect(dates('The suspension will last until the end of trading on Friday.', '1987-03-10')).toEqual([
      ['Friday', '1987-03-13'],
    ]);
  });

  it('reads a financial year written with a one-digit end, and no range in a partnership number', () => {
    const grants = findDates('He received 4m in grants-in-aid in 2003-4.', '2005-02-10');
    expect(grants.map((d) => [d.text, d.date, d.end])).toEqual([['2003-4', '2003', '2004']]);
    expect(findDates('The 1999-0 season ended early.', '2001-01-10').map((d) => d.end)).toEqual(['2000']);
    expect(dates('It was operated for Omni Drilling Partnership No 1978-2.', '1987-05-01')).toEqual([]);
  });

  it('reads the date a thing done is for as ahead: "for first dealings on Monday", "for payment Monday"', () => {
    const issue = 'The Treasury issued 250 mln stg of stock to the Bank, for first dealings on Monday, the Bank said.';
    expect(dates(issue, '1987-03-27')).toEqual([['Monday', '1987-03-30']]);
    expect(dates('The call was for 92 pct of the balances, for payment Monday.', '1987-04-03')).toEqual([
      ['Monday', '1987-04-06'],
    ]);
  });

  it('reads the date a hearing, a meeting or a tender is set or called for as ahead, whatever the tense', () => {
    expect(dates('The board has set a hearing on the tariff dispute for June 12.', '1987-03-20')).toEqual([
      ['June 12', '1987-06-12'],
    ]);
    expect(dates('The ministry has called a tender for Saturday for 20,000 tonnes of rice.', '1987-04-08')).toEqual([
      ['Saturday', '1987-04-11'],
    ]);
    expect(dates('The company said it called a special meeting of holders for Jan. 15.', '1987-10-20')).toEqual([
      ['Jan. 15', '1988-01-15'],
    ]);
    // (Not a record set for a month gone by.)
    expect(dates('Car sales set a record for February, the group said.', '1987-03-20')).toEqual([
      ['February', '1987-02'],
    ]);
  });

  it('reads a month told as a prospect in reported speech as ahead: "said a deal in June appeared likely"', () => {
    expect(dates('The minister said a settlement in July appeared likely.', '1987-04-10')).toEqual([
      ['July', '1987-07'],
    ]);
    expect(
      dates('He said on Monday that a vote in June seemed the most that could be hoped for.', '1987-04-15').slice(1),
    ).toEqual([['June', '1987-06']]);
    // (Not a month's figures told as they seemed: "Sales in March appeared weak".)
    expect(dates('He said a ruling in June appeared harsh.', '1987-09-10')).toEqual([['June', '1987-06']]);
  });

  it('reads a month a prospect is spoken of as ahead: "the likelihood of a June election"', () => {
    expect(dates('Analysts see a growing likelihood of a July poll, he said.', '1987-03-17')).toEqual([
      ['July', '1987-07'],
    ]);
    expect(dates('He said speculation about a July poll had grown.', '1987-03-17')).toEqual([['July', '1987-07']]);
    // (Not the thing itself told as done: "a July poll had shown".)
    expect(dates('He said a July poll had shown the party ahead.', '1987-03-17')).toEqual([['July', '1986-07']]);
  });

  it('reads "this weekend" told in the past early in the week as the weekend just gone', () => {
    // 29 June 1987 is a Monday: ISO week 27's weekend is the coming one, week 26's the one just gone.
    expect(dates('The ministers agreed this weekend in Vienna on a ceiling.', '1987-06-29')).toEqual([
      ['this weekend', '1987-W26-WE'],
    ]);
    expect(dates('The ministers will meet this weekend in Vienna.', '1987-06-29')).toEqual([
      ['this weekend', '1987-W27-WE'],
    ]);
  });

  it('reads a half "of this year" as the publication year\'s, whatever the tense', () => {
    const quota = 'Iraq has rejected its new production quota set in Vienna for the second half of this year.';
    expect(dates(quota, '1987-06-29')).toEqual([['the second half of this year', '1987-H2']]);
  });

  it('reads a month naming a thing it is of as the one just past, though the clause looks ahead', () => {
    const pact = "If all members stick by the cartel's December pricing agreement it would get through the slump.";
    expect(dates(pact, '1987-03-03')).toEqual([['December', '1986-12']]);
    expect(dates("Economists expect a rebound from January's depressed levels.", '1987-03-20')).toEqual([
      ['January', '1987-01'],
    ]);
    // A meeting a month names may lie ahead, and so may a month far from publication.
    expect(dates('OPEC will decide at its December meeting.', '1987-03-03')).toEqual([['December', '1987-12']]);
    expect(dates('The committee expects its September report to show growth.', '1987-03-03')).toEqual([
      ['September', '1987-09'],
    ]);
  });

  it('reads a day in words after its month before a preposition, and no day before a noun', () => {
    expect(dates('The exchange set April one for the debut of a new procedure.', '1987-03-02')).toEqual([
      ['April one', '1987-04-01'],
    ]);
    expect(dates('The plants will be closed for a week starting August six for inventory.', '1987-04-02')).toEqual([
      ['August six', '1987-08-06'],
    ]);
    expect(dates('The company set May eight as the date of its annual meeting.', '1987-03-20')).toEqual([
      ['May eight', '1987-05-08'],
    ]);
    // "one" counting a noun is no day: the month alone.
    expect(dates('Sales fell in March one year later.', '1987-03-20').map(([t]) => t)).not.toContain('March one');
  });

  it('reads no day from a newspaper named "Today" in quotation marks', () => {
    expect(dates('The poll, published in "Today," showed support had fallen.', '1987-03-26')).toEqual([]);
    expect(dates('"Today," he said, "we won."', '1987-03-26')).toEqual([['Today', '1987-03-26']]);
  });

  it('reads a currency or bond futures month as one still traded, and a day in words before "from"', () => {
    expect(dates('June yen closed at 0.007191 on Tuesday while June marks finished at 0.5602.', '1987-04-08')).toEqual([
      ['June', '1987-06'],
      ['Tuesday', '1987-04-07'],
      ['June', '1987-06'],
    ]);
    expect(dates('June T-bonds were trading at 97-2/32 before the figures.', '1987-04-03')).toEqual([
      ['June', '1987-06'],
    ]);
    // A month's figures of a currency are that month's: "September sterling bank lending".
    expect(dates('A surge in September sterling bank lending is unlikely to move rates.', '1987-10-20')).toEqual([
      ['September', '1987-09'],
    ]);
    expect(dates('He learned of it in a telephone call March five from the chairman.', '1987-04-08')).toEqual([
      ['March five', '1987-03-05'],
    ]);
  });

  it("reads a span of abbreviated months, not a crop year's twelve months", () => {
    const surplus = findDates('The accumulated surplus in the Jan-Sept period was 7.857 billion dlrs.', '1987-10-20');
    expect(surplus.map((d) => [d.text, d.date, d.end])[0]).toEqual(['Jan-Sept', '1987-01', '1987-09']);
    expect(dates('China will export 5.5 mln tonnes of corn during 1986/87 (Oct-Sept).', '1987-03-05')).toEqual([
      ['1986/87', '1986'],
    ]);
  });

  it('reads a month and "a year ago" right after it as that month of the year before', () => {
    const receipts = 'Receipts were 41.2 billion dlrs in May, up from 39.8 billion dlrs in May a year ago.';
    expect(dates(receipts, '1987-06-19')).toEqual([
      ['May', '1987-05'],
      ['May a year ago', '1986-05'],
    ]);
    expect(dates('Home sales fell to 70,000 from 75,000 in March a year earlier.', '1987-04-28')).toEqual([
      ['March a year earlier', '1986-03'],
    ]);
  });

  it('reads a verb of having before its object as no perfect tense', () => {
    const visit = 'The couple would be in Rome from June 3 to 6 and would have an audience with the king on June 6.';
    expect(dates(visit, '1987-03-12')).toContainEqual(['June 6', '1987-06-06']);
    expect(dates('The plan should have an overall neutral impact on prices Monday.', '1987-03-13')).toEqual([
      ['Monday', '1987-03-16'],
    ]);
  });

  it('reads "fell due" and "became due" as past', () => {
    expect(dates('The bridging loan fell due at the end of February, the company said.', '1987-04-17')).toEqual([
      ['the end of February', '1987-02'],
    ]);
    expect(dates('The note became due on February 28.', '1987-04-17')).toEqual([['February 28', '1987-02-28']]);
  });

  it('gives no calendar period to a length of time running on from now', () => {
    expect(dates('Bond prices could drift over the next month, dealers said.', '1987-03-13')).toEqual([]);
    expect(dates('He expects within the next year to buy back 25 mln dlrs of notes.', '1987-06-02')).toEqual([]);
    expect(dates('Output will stay flat throughout the coming two years.', '1987-06-02')).toEqual([]);
    // A count of days or nights ahead is the days it covers: tonight is the first night, tomorrow the first day.
    const frost = 'Wheat may suffer some winterkill over the next two nights, a private forecaster said.';
    expect(findDates(frost, '1987-03-03').map((d) => [d.text, d.date, d.end])).toEqual([
      ['the next two nights', '1987-03-03', '1987-03-04'],
    ]);
    expect(findDates('Talks will go on over the next three days.', '1987-03-03').map((d) => [d.date, d.end])).toEqual([
      ['1987-03-04', '1987-03-06'],
    ]);
    // Not in a past narrative: those are the story's days.
    expect(dates('Over the next two days, prices fell sharply.', '1987-03-03')).toEqual([]);
    // A month or year named as such still is one.
    expect(dates('Output will rise next month.', '1987-03-13')).toEqual([['next month', '1987-04']]);
    expect(dates("He will stay for the next year's budget talks.", '1987-03-13')).toEqual([['the next year', '1988']]);
  });

  it('counts a year before a split year or a fiscal year as the whole year before it', () => {
    // Written to the patterns of Japanese and Indian results and crop stories.
    const span = (text: string, published: string) =>
      findDates(text, published).map((d) => [d.text, d.date, d.end ?? null, d.fiscal?.months ?? null]);
    expect(
      span('Copier sales rose to 512 billion yen in 1986/87 from 470 billion a year earlier.', '1987-06-01'),
    ).toEqual([
      ['1986/87', '1986', '1987', null],
      ['a year earlier', '1985', '1986', null],
    ]);
    // The closing month of the split year is not the anchor.
    expect(
      span('The board sold 3.1 mln tonnes in 1986/87 ending March, up from 2.9 mln the previous year.', '1987-06-01'),
    ).toContainEqual(['the previous year', '1985', '1986', null]);
    // Nor its closing day: the fiscal year before, with its months.
    expect(
      span('Group profit for the year ending March 31, 1988 will rise 4 pct from a year earlier.', '1987-06-01'),
    ).toContainEqual(['a year earlier', '1987', null, ['1986-04', '1987-03']]);
    // A sentence after one that told a split year is read from it, and no quarter is made up.
    const article = {};
    findDates('Group net profit fell 12 pct in 1986/87, the company said.', '1987-06-01', article);
    expect(
      findDates('Chip sales rose to 41 billion yen from 36 billion a year earlier.', '1987-06-01', article).map((d) => [
        d.date,
        d.end,
      ]),
    ).toEqual([['1985', '1986']]);
    // A week or a weekday is still read from the day, not from the split year.
    expect(
      dates(
        'It bought 1,323 tonnes in the week ended February 26 of the 1986/87 season, against 1,961 the previous week.',
        '1987-03-09',
      ),
    ).toContainEqual(['the previous week', '1987-W08']);
  });

  it('reads a month a forecast in progress names as ahead, though told in the past perfect', () => {
    const plant = 'A spokesman said the utility had been projecting commercial operation of the plant in September.';
    expect(dates(plant, '1987-03-04')).toEqual([['September', '1987-09']]);
  });

  it('reads "May" opening a sentence before what is traded on it as the contract month, else as the modal', () => {
    expect(dates('May soymeal closed at 152.30 dlrs, up 90 cents.', '1987-04-07')).toEqual([['May', '1987-05']]);
    expect(dates('May crude ended 20 cents higher.', '1987-04-07')).toEqual([['May', '1987-05']]);
    expect(dates('Dealers said May corn ended a cent higher.', '1987-04-07')).toEqual([['May', '1987-05']]);
    expect(dates('May the best team win the cup.', '1987-04-07')).toEqual([]);
  });

  it('reads the fourth quarter told in the first with no tense ahead as the one just ended', () => {
    const figures = 'Preliminary figures for invisible transactions in the fourth quarter show a surplus.';
    expect(dates(figures, '1987-03-20')).toEqual([['the fourth quarter', '1986-Q4']]);
    expect(dates('The fourth quarter will be strong, the chairman said.', '1987-03-20')).toEqual([
      ['The fourth quarter', '1987-Q4'],
    ]);
    // A result set against the forecast is told as done: "better than expected" looks back, not ahead.
    const beat = 'The unit lost money, with fourth quarter margins better than expected.';
    expect(dates(beat, '1987-03-20')).toEqual([['fourth quarter', '1986-Q4']]);
    expect(dates('Fourth quarter margins are expected to improve.', '1987-03-20')).toEqual([
      ['Fourth quarter', '1987-Q4'],
    ]);
    // A fiscal fourth quarter may end in any month: left to the tense.
    expect(dates('It aims to book the gain in the fourth fiscal quarter ending in May.', '1987-03-20')).toContainEqual([
      'the fourth fiscal quarter',
      '1987-Q4',
    ]);
  });

  it("reads the day after a fiscal year's opening months as their end, not the year's", () => {
    const fedex = 'For the first four months of the fiscal year, ending Sept 30, package volume rose 28 pct.';
    expect(findDates(fedex, '1987-10-19')[0]?.fiscal).toEqual({ months: ['1987-06', '1987-09'] });
    expect(findDates('Net rose in the fiscal year ending Sept 30.', '1987-10-19')[0]?.fiscal).toEqual({
      months: ['1986-10', '1987-09'],
    });
  });

  it('reads "the previous year" after "the year to March 2005" as the twelve months ending a year before', () => {
    const tankan =
      'Firms expect to invest 7.7% more in the year to March 2005 than the previous year, the survey said.';
    const prev = findDates(tankan, '2004-12-14').find((d) => d.text === 'the previous year');
    expect(prev?.fiscal).toEqual({ months: ['2003-04', '2004-03'] });
    // After a month that closes no year, the calendar year before.
    const plain = findDates('Sales rose in March 2005 from the previous year.', '2005-04-14').at(-1);
    expect([plain?.date, plain?.fiscal]).toEqual(['2004', undefined]);
  });

  it("reads a results report's year-ago figures from the quarter its headline names", () => {
    const article = {};
    readHeadline('ACME CORP <ACM> 4TH QTR LOSS', '1987-03-02', article);
    const read = (t: string) => findDates(t, '1987-03-02', article).map((d) => d.date);
    expect(
      read('Note: Oper excludes a loss of 48 cts a share for year-ago qtr and 78 cts for year-ago 12 mths.'),
    ).toEqual(['1985-Q4', '1985']);
    expect(read('Year-ago shr data restated to reflect a two pct stock dividend.')).toEqual(['1985']);
    expect(read("Net includes a gain, vs a loss of 512,000 dlrs in the prior year's 4th qtr.")).toEqual(['1985-Q4']);
    // A quarter not yet over is a forecast's headline, no report's: "year-ago" is read as with no headline.
    const forecast = {};
    readHeadline('U.S. CAR OUTPUT SEEN DROPPING IN 3RD QTR', '1987-06-29', forecast);
    expect(findDates('Output was higher in the year-ago qtr.', '1987-06-29', forecast).map((d) => d.date)).toEqual([
      '1986-Q1',
    ]);
    // A headline naming no quarter leaves "year-ago" a year before publication.
    const plain = {};
    readHeadline('ACME CORP SEES HIGHER SALES', '1987-03-02', plain);
    expect(findDates('Year-ago shr data restated.', '1987-03-02', plain).map((d) => d.date)).toEqual(['1986']);
  });

  it('reads "the quarter" by the day it starts on, as by the one it ends on', () => {
    const bankruptcies = 'Bankruptcies are expected to increase in the quarter starting April 1, the agency said.';
    expect(dates(bankruptcies, '1987-03-05')).toEqual([
      ['the quarter', '1987-Q2'],
      ['April 1', '1987-04-01'],
    ]);
    expect(dates('Output will rise in the quarter beginning July 1.', '1987-03-05')[0]).toEqual([
      'the quarter',
      '1987-Q3',
    ]);
  });

  it('reads a date after "since" as past, whatever the clause\'s tense', () => {
    const g5 = 'The Group of Five will gather for the first time since their February talks in Paris.';
    expect(dates(g5, '1987-04-06')).toEqual([['February', '1987-02']]);
    expect(dates('Zambia will keep the auction despite its suspension since January 24.', '1987-03-02')).toEqual([
      ['January 24', '1987-01-24'],
    ]);
  });

  it('gives no date to a weekday or month a habit names, and keeps one an adverb of quality or opinion stands by', () => {
    const tender =
      'The Bundesbank generally announces a tender on Monday, holds it on Tuesday morning and allocates funds Wednesday.';
    expect(dates(tender, '1987-03-03')).toEqual([]);
    expect(dates('The rains normally last until July.', '1987-03-03')).toEqual([]);
    expect(dates('The board meets every Monday.', '1987-03-03')).toEqual([]);
    expect(dates('The report is usually released on Tuesday nights.', '1987-04-22')).toEqual([]);
    // A day of a month that comes back each year, alone or in a list.
    expect(dates('Coupons are paid on April 15 and October 15 of each year.', '1987-03-27')).toEqual([]);
    expect(dates('Rent falls due on 25 March every year.', '1987-03-27')).toEqual([]);
    expect(dates('Rent fell due on 25 March, the tenants said.', '1987-03-27')).toEqual([['25 March', '1987-03-25']]);
    // Not a habit: a contrast, a closed aside, a quality, an opinion.
    expect(dates('Shops usually close early, but on Friday they stayed open.', '1987-03-03')).toEqual([
      ['Friday', '1987-02-27'],
    ]);
    expect(dates('The dividend, normally paid every year, was not paid in February.', '1987-03-03')).toEqual([
      ['February', '1987-02'],
    ]);
    expect(dates('Growth in the traditionally broad M3 aggregate was moderate in February.', '1987-03-03')).toEqual([
      ['February', '1987-02'],
    ]);
    expect(dates('Areas were generally dry in the week ended Wednesday.', '1987-04-02')).toEqual([
      ['Wednesday', '1987-04-01'],
    ]);
    expect(dates('Traders generally expect prices to hold through June.', '1987-04-06')).toEqual([['June', '1987-06']]);
  });

  it('gives no date to a season or quarter a present habit is told of, and keeps one a past or an opinion is', () => {
    expect(dates("He said Tandem's second quarter is traditionally slower than the first.", '1987-04-06')).toEqual([]);
    expect(dates('The summer months usually see fewer sales.', '1987-04-06')).toEqual([]);
    expect(dates('Profits usually fall in the fourth quarter.', '1987-04-06')).toEqual([]);
    expect(dates('Sales are usually weaker in the summer months.', '1987-04-06')).toEqual([]);
    // A past state, an opinion, an aside: the period is a date.
    expect(dates('The second quarter was generally weak.', '1987-09-06')).toEqual([['The second quarter', '1987-Q2']]);
    expect(dates('The fourth quarter is generally expected to be weak.', '1987-09-06')).toEqual([
      ['The fourth quarter', '1987-Q4'],
    ]);
    expect(dates('Profits fell in the fourth quarter, which is usually the strongest.', '1987-02-06')).toEqual([
      ['the fourth quarter', '1986-Q4'],
    ]);
    // A month's present state keeps its month: only a season's or a quarter's is a habit.
    expect(dates('Prices are generally firm in March.', '1987-02-06')).toEqual([['March', '1987-03']]);
    // An adverb of manner closing its clause, or a new clause after ", and", tells no habit of what follows.
    const drexel =
      'Business is proceeding normally and the first-quarter profit could be the strongest on Wall Street.';
    expect(dates(drexel, '1987-03-06')).toEqual([['the first-quarter', '1987-Q1']]);
    const bhp = 'The third quarter is normally its weakest, and analysts predicted a rise in fourth quarter net.';
    expect(dates(bhp, '1987-03-06')).toEqual([['fourth quarter', '1986-Q4']]);
  });

  it('reads a pair of months a price is for, and a month an exchange names in a price, as ahead', () => {
    const report =
      'New crop sales were light, with June/July going at 1,850 dlrs, Aug/Sept at 1,870 dlrs per tonne FOB.';
    expect(dates(report, '1987-03-02')).toEqual([
      ['June/July', '1987-06'],
      ['Sept', '1987-09'],
    ]);
    expect(dates('Butter went at 2.27 times New York Sept.', '1987-03-02')).toEqual([['Sept.', '1987-09']]);
    expect(dates('Cake sales were registered at 785 to 995 dlrs for March/April.', '1987-03-02')).toEqual([
      ['March/April', '1987-03'],
    ]);
    // A total for two months is a statistic of past months.
    expect(dates('The trade surplus of 17.6 billion marks for January/February compares well.', '1987-03-19')).toEqual([
      ['January/February', '1987-01'],
    ]);
  });

  it('reads a day the verb right before it tells as done as the one past, however near the coming one is', () => {
    // Two weeks ahead would be the coming one in a past clause ("voted to recommend at the annual meeting April 23").
    expect(dates('The increase to 80 dlrs a share was announced April 26.', '1987-04-13')).toEqual([
      ['April 26', '1986-04-26'],
    ]);
    expect(dates('They replace the four directors who resigned on April 4 after the vote.', '1987-03-26')).toEqual([
      ['April 4', '1986-04-04'],
    ]);
    expect(dates('Party leader Mikhail Gorbachev proposed on Saturday that talks be separated.', '1987-03-02')).toEqual(
      [['Saturday', '1987-02-28']],
    );
    // A participle, a report of what lies ahead, and a clause told in "would" are not done.
    expect(dates('Banks must repurchase securities pledged on April 22.', '1987-03-26')).toEqual([
      ['April 22', '1987-04-22'],
    ]);
    expect(dates('Acme Corp said April 8 will be the last day of trading.', '1987-04-03')).toEqual([
      ['April 8', '1987-04-08'],
    ]);
    expect(dates('Bids would close before the price was announced on April 28.', '1987-04-08')).toEqual([
      ['April 28', '1987-04-28'],
    ]);
  });

  it('reads a date in a condition told in the present under a clause that looks ahead as ahead', () => {
    expect(
      dates('It will raise its payout if the plan is approved effective with the June dividend.', '1987-03-04'),
    ).toEqual([['June', '1987-06']]);
    expect(dates('It raised its payout because the plan was approved in June.', '1987-03-04')).toEqual([
      ['June', '1986-06'],
    ]);
  });

  it('reads a holiday as its day, not a thing or a season named after it', () => {
    expect(dates('Sales rose sharply over Christmas.', '1987-01-10')).toEqual([['Christmas', '1986-12-25']]);
    expect(dates('Imports of Christmas trees rose.', '1987-01-10')).toEqual([]);
    expect(dates('The period included the Christmas selling season.', '1987-03-10')).toEqual([]);
    expect(dates('Shops closed for the Christmas holidays.', '1987-01-10')).toEqual([]);
    expect(dates('Figures were cut by the Labor Day holiday.', '1986-09-10')).toEqual([['Labor Day', '1986-09-01']]);
  });

  it('reads "last" right before a month and day as the one before publication, however near the coming one is', () => {
    // (Without "last", a few days' slack for a dateline behind the news keeps the coming one.)
    expect(dates('Launched last March 3, the scheme cut interest rates.', '1987-03-01')).toEqual([
      ['March 3', '1986-03-03'],
    ]);
    expect(dates('The scheme was launched March 3.', '1987-03-01')).toEqual([['March 3', '1987-03-03']]);
    expect(dates('The mine closed last June 2 after a flood.', '1987-06-02')).toEqual([['June 2', '1986-06-02']]);
    expect(dates('The mine closed last June 1 after a flood.', '1987-06-02')).toEqual([['June 1', '1987-06-01']]);
  });

  it('dates a day with no year by the year of the story the sentences before tell, not for what lies ahead', () => {
    const article = {};
    const read = (text: string) => findDates(text, '1987-03-19', article).map((d) => [d.text, d.date]);
    expect(read('On March 12, 1985, Seemala sold Jefferies 1.4 mln shares.')).toEqual([
      ['March 12, 1985', '1985-03-12'],
    ]);
    expect(read('On March 20, Jefferies sold the stock back to Seemala.')).toEqual([['March 20', '1985-03-20']]);
    expect(read('On March 26 Seemala bought back its stock.')).toEqual([['March 26', '1985-03-26']]);
    expect(read('The company will meet on April 2.')).toEqual([['April 2', '1987-04-02']]);
  });

  it('reads a week by its place in a month as that ISO week', () => {
    expect(dates('Output fell in the first week of March.', '1987-03-20')).toEqual([
      ['the first week of March', '1987-W10'],
    ]);
    expect(dates('Prices worsened in the first March week.', '1987-03-20')).toEqual([
      ['the first March week', '1987-W10'],
    ]);
    expect(dates('It expects to report in the third week in April.', '1987-03-30')).toEqual([
      ['the third week in April', '1987-W16'],
    ]);
    expect(dates('The last week of December 2004 saw record sales.', '2005-01-10')).toEqual([
      ['The last week of December 2004', '2004-W53'],
    ]);
  });

  it('reads a month after a given name as a surname, unless a day follows it', () => {
    expect(dates('Bill May, chairman of the bank, said so.', '1987-03-10')).toEqual([]);
    expect(dates('Chairman Bill May, 54, will retire.', '1987-03-10')).toEqual([]);
    expect(dates('John March told reporters the plan was dead.', '1987-03-10')).toEqual([]);
    expect(dates('He will succeed Mr. Davison Feb. 1, the bank said.', '1989-10-26')).toEqual([
      ['Feb. 1', '1990-02-01'],
    ]);
    expect(dates('Early May rains helped the crop.', '1987-06-10')).toEqual([['Early May', '1987-05']]);
  });

  it('keeps relative dates only with a publication date', () => {
    expect(values('The mill closed a year ago, in the third quarter, last week.', null)).toEqual([]);
    expect(values('The mill closed in the third quarter of 1998.', null)).toEqual(['1998-Q3']);
    // Counted from a date the text writes in full, a relative date needs none.
    expect(values('It made a record profit in 2004, up 31.8% on the previous year.', null)).toEqual(['2004', '2003']);
    expect(values('The brewer was founded in 1998 and floated two years later.', null)).toEqual(['1998', '2000']);
    // With none written before it, "a year earlier" has nothing to count from.
    expect(values('Sales were higher a year earlier, the firm said.', null)).toEqual([]);
    // "next year" counts from the day of writing, whatever year the sentence told before it; "the next year" from it.
    expect(values('The console is due in 2006, and prototypes early next year.', null)).toEqual(['2006']);
    expect(values('It lost money in 2000 and made a profit the next year.', null)).toEqual(['2000', '2001']);
  });
});

describe('the clause that governs a date', () => {
  const at = (s: string, word: string) => directionAt(s, s.indexOf(word), s.indexOf(word) + word.length);
  it('reads the nearest cue in the date’s own clause', () => {
    expect(at('A spokesman said Thursday that the troops will remain.', 'Thursday')).toBe('past');
    expect(at('The spokesman said the troops will leave on Thursday.', 'Thursday')).toBe('future');
    expect(at('Without the deal the plant would have closed on Friday.', 'Friday')).toBe('past');
    expect(at('The dividend will be paid Dec. 14 to holders.', 'Dec. 14')).toBe('future');
  });
  it('reads a date a period opens after a reporting verb by the verb of what is reported', () => {
    // "said from September" tells no time of the saying.
    expect(at('Officials said from September a state fund will guarantee the loans.', 'September')).toBe('future');
    expect(at('Officials said from September the state fund guaranteed the loans.', 'September')).toBe('past');
    // "said in September" may: the saying's verb still tells.
    expect(at('Officials said in September the fund will guarantee the loans.', 'September')).toBe('past');
  });
  it('reads a "when" clause right after a date with no tense of its own, past an aside inside it', () => {
    const coming =
      'He said: "I see no need for new cuts before the 3rd of July when our (board) meeting will be held."';
    expect(at(coming, '3rd of July')).toBe('future');
    expect(at('He said there was no need for cuts before the 3rd of July when the board met.', '3rd of July')).toBe(
      'past',
    );
  });
  it('reads "is to" and a verb, and a limit of "no earlier than", as ahead', () => {
    expect(at('On May 30, the province is to bring in new rules, officials said.', 'May 30')).toBe('future');
    expect(at('She said the bond issue is likely to come to the market no earlier than June.', 'June')).toBe('future');
    expect(at('He said the deal had closed no later than March 2.', 'March 2')).toBe('past');
    // ("earlier" before "than" tells no time gone by.)
    const budget = 'The budget will probably be drawn up no earlier than August but before November.';
    expect(at(budget, 'November')).toBe('future');
  });
  it('reads "could" and "can" before a verb as ahead, not before "have" or "not"', () => {
    expect(at('The plant could reopen in June, the company said.', 'June')).toBe('future');
    expect(at('Talks can resume in May.', 'May')).toBe('future');
    expect(at('The plant could have reopened in June.', 'June')).toBe('past');
    expect(at('The two sides could not agree in January, he said.', 'January')).not.toBe('future');
  });
  it('reads a scheduled thing a clause prepares for as ahead: "prepared for a Thursday meeting"', () => {
    const s = 'The council prepared for a Thursday meeting to decide on sanctions.';
    expect(at(s, 'Thursday')).toBe('future');
    expect(at('The council met on Thursday to decide on sanctions.', 'Thursday')).toBe('past');
  });
  it('skips an aside closed before the date for the clause before it', () => {
    const s =
      'Float ranged from near zero on Thursday -- for which the spokesman could give no reason -- to a high on Tuesday.';
    expect(at(s, 'Tuesday')).toBe('past');
  });
  it('takes the next clause for a date that opens the sentence, the one before otherwise', () => {
    expect(at('In January, the company hired a new chief.', 'January')).toBe('past');
    expect(at('In January, the company will hire a new chief.', 'January')).toBe('future');
    expect(at('The company will hire a chief, and in January.', 'January')).toBe('future');
  });
  it('hears deadlines and intents', () => {
    expect(at('The banks must settle by March.', 'March')).toBe('future');
    expect(at('Reports had been filed by Wednesday.', 'Wednesday')).toBe('past');
    expect(at('The group agreed to buy the line in February.', 'February')).toBe('future');
    expect(at('The economy continued to expand in February.', 'February')).toBe('past');
    expect(at('The deadline was postponed until March.', 'March')).toBe('future');
    expect(at('Nothing here tells March.', 'March')).toBe(null);
  });
  it('reads the end of a time granted or agreed as ahead, not one the thing itself came at', () => {
    expect(at('The hospital group said it has received a waiver until June 12 from its banks.', 'June 12')).toBe(
      'future',
    );
    expect(at('Harlan agreed not to buy more of the shares until October 31.', 'October 31')).toBe('future');
    // The thing came then: "not ... until".
    expect(at('The waiver was not granted until November 2.', 'November 2')).toBe('past');
    expect(at('He was chairman of the bank until October 31.', 'October 31')).toBe('past');
    // A time that has run: told in the past, it ended then.
    expect(at('The ban on imports remained in force until May 26.', 'May 26')).not.toBe('future');
    expect(at('The team won every match until March.', 'March')).not.toBe('future');
    expect(at('The company said a waiver was granted until June 30.', 'June 30')).toBe('future');
  });
  it('reads the coming quarter a thing is set for as that quarter, whatever the tense, but not results', () => {
    expect(dates('The ceiling for the third quarter was set at 16.6 mln bpd.', '1987-06-19')).toEqual([
      ['the third quarter', '1987-Q3'],
    ]);
    expect(dates('Net profit for the third quarter rose 12 pct.', '1987-06-19')).toEqual([
      ['the third quarter', '1986-Q3'],
    ]);
  });

  it('reads a date told after the thing something is ahead of as ahead', () => {
    expect(at('He told reporters here ahead of his departure on Sunday for the talks.', 'Sunday')).toBe('future');
    expect(at('Unions hope to conclude ahead of the holiday period in June.', 'June')).toBe('future');
    // "ahead of schedule" says early, not before a thing to come.
    expect(at('The plant opened ahead of schedule in March.', 'March')).not.toBe('future');
  });

  it("reads a comparison's baseline as a time that has been, not a deadline after 'later than'", () => {
    expect(at('The climate was less favourable in February than in January.', 'January')).toBe('past');
    expect(at('We expect this quarter to be better than the fourth quarter.', 'the fourth quarter')).toBe('past');
    expect(at('Sales must be registered no later than September 30.', 'September 30')).not.toBe('past');
  });
  it('reads a deadline met in the simple past as past, one set, hoped for or reported as ahead', () => {
    expect(at('Output rose 12 percent by December, the ministry said.', 'December')).toBe('past');
    expect(at('Rebels captured the city by March 3, officials said.', 'March 3')).toBe('past');
    expect(at('The company will sell half its stake by December.', 'December')).toBe('future');
    expect(at('The government promised to cut the deficit by March.', 'March')).toBe('future');
    expect(at('It asked for the change by June 12.', 'June 12')).toBe('future');
    expect(at('Holiday said by the end of the year, there will be 220 hotels.', 'the end of the year')).toBe('future');
    expect(at('He saw sterling rising, forcing a rate cut by Friday.', 'Friday')).toBe('future');
    expect(at('The central bank made a rate cut by Friday.', 'Friday')).toBe('past');
    // A clause a participle opens after a comma is told by the verb before it.
    expect(at('The group bought shares last week, taking its stake to 9 pct by Friday.', 'Friday')).toBe('past');
    expect(at('The group will buy shares, taking its stake to 9 pct by Friday.', 'Friday')).toBe('future');
    expect(at('She saw the price (WTI) rallying to 22 dlrs by the end of the year.', 'the end of the year')).toBe(
      'future',
    );
    expect(at('Officials put the plan into effect by May.', 'May')).toBe('future');
    expect(at('Delegates remained confident about reaching agreement by Friday.', 'Friday')).toBe('future');
    expect(
      at('The Saudis were told that if they did not change their mind by Monday, it would buy elsewhere.', 'Monday'),
    ).toBe('future');
    expect(at('The firm bought back shares, with half the plan completed by year-end.', 'year-end')).toBe('future');
    expect(at('Another source said the change could take place by July.', 'July')).toBe('future');
  });
  it('ends a date before a figure that "from" starts', () => {
    expect(dates('Unemployment fell to 7 percent by December from 9 percent in June.', '1988-01-20')).toEqual([
      ['December', '1987-12'],
      ['June', '1987-06'],
    ]);
    expect(dates('Exports fell to 882 tonnes in March from 1,764 in February.', '1987-04-08')).toEqual([
      ['March', '1987-03'],
      ['February', '1987-02'],
    ]);
    expect(dates('The talks ran from March 3 to 9.', '1988-01-20')).toEqual([['March 3 to 9', '1988-03-03']]);
  });
  it('stops at the present tense, and reads an -ed word after a determiner as an adjective', () => {
    expect(at('The insurer said the price is 12 dlrs on Dec. 7.', 'Dec. 7')).toBe(null);
    // (The present progressive tells an arrangement: ahead.)
    expect(at('The insurer said it is buying the bonds back on Dec. 7.', 'Dec. 7')).toBe('future');
    expect(at('The insurer said it is calling the bonds for redemption on Dec. 7.', 'Dec. 7')).toBe('future');
    expect(at('The split would be paid on a still unspecified date in January.', 'January')).toBe('future');
    expect(at('The reduced payout was made in January.', 'January')).toBe('past');
  });
});

describe('a year earlier than a period a cause names after it', () => {
  it('reads "a year earlier" from the period reported, not a quarter a cause after it names', () => {
    const found = dates(
      'Tax paid was 40 mln dlrs in the quarter, down from 61 mln a year earlier, mainly because of the ' +
        'second-quarter provision.',
      '1987-10-19',
    );
    expect(found).toContainEqual(['a year earlier', '1986-Q3']);
    expect(dates('Sales in the second quarter rose 5 pct from a year earlier.', '1987-10-19')).toContainEqual([
      'a year earlier',
      '1986-Q2',
    ]);
  });
});

describe('a month the sentence has just named', () => {
  it('reads "the end of the month" after a month named ahead as that month, not one gone by', () => {
    expect(
      dates(
        'The loan books would be closed by mid-June and the first 2 billion dlrs should arrive by the end of the month.',
        '1987-03-27',
      ),
    ).toEqual([
      ['mid-June', '1987-06'],
      ['the end of the month', '1987-06'],
    ]);
    expect(
      dates('Exports rose in February and should rise again by the end of the month.', '1987-03-27'),
    ).toContainEqual(['the end of the month', '1987-03']);
    expect(dates('The rule, approved in May, takes effect at the end of the month.', '1987-03-27')).toContainEqual([
      'the end of the month',
      '1987-03',
    ]);
  });

  it('reads a level reached in a month as gone by, whatever the main verb tells', () => {
    expect(
      dates(
        'Buying in March is expected to exceed the record high of 2.1 billion dlrs seen in December.',
        '1987-03-30',
      ),
    ).toContainEqual(['December', '1986-12']);
    expect(dates('Rates will return to the levels reached in November.', '1987-03-30')).toContainEqual([
      'November',
      '1986-11',
    ]);
    expect(dates('The index will hit a record high in December, he said.', '1987-03-30')).toContainEqual([
      'December',
      '1987-12',
    ]);
  });
});

describe('a story the wire set in lower case', () => {
  it('reads a lower-case month before a day or a year as a month, and "may" or "march" before a count as verbs', () => {
    expect(values('Relief teams arrived days after a march 9 landslide cut the road.', '1987-03-20')).toEqual([
      '1987-03-09',
    ]);
    expect(values('the senate last february 12 voted to delay the bill.', '1987-03-20')).toEqual(['1987-02-12']);
    expect(values('the loans fall due between july 1985 and january 1986.', '1987-03-20')).toEqual([
      '1985-07..1986-01',
    ]);
    expect(values('For the year ended december 31, the bank earned 40 mln dlrs.', '1987-03-20')).toContain(
      '1986-12-31',
    );
    expect(values('Pickets will march 5 miles to the plant.', '1987-03-20')).toEqual([]);
    expect(values('Output may 10 pct lower this year, he said.', '1987-03-20')).toEqual(['1987']);
    // (After a figure, a verb: "from 6-1/2 may prompt".)
    expect(values('Dealers said a cut in the rate from 6-1/2 may prompt others.', '1987-03-20')).toEqual([]);
  });

  it("takes a lower-case dateline for the story's own date, no event", () => {
    const found = findDates('des moines, april 7 - hog prices rose 1.00 dlr, the usda said.', '1987-04-07');
    expect(found.map((d) => [d.text, !!d.dateline])).toEqual([['april 7', true]]);
  });
});

describe('TimeML values', () => {
  it('covers the days of each precision', () => {
    expect(daysOf('2024-05-07')).toEqual(['2024-05-07', '2024-05-07']);
    expect(daysOf('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(daysOf('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(daysOf('199')).toEqual(['1990-01-01', '1999-12-31']);
    expect(daysOf('19')).toEqual(['1900-01-01', '1999-12-31']);
    expect(daysOf('1989-Q3')).toEqual(['1989-07-01', '1989-09-30']);
    expect(daysOf('1989-H1')).toEqual(['1989-01-01', '1989-06-30']);
    expect(daysOf('1989-H2')).toEqual(['1989-07-01', '1989-12-31']);
    expect(daysOf('1993-WI')).toEqual(['1993-12-01', '1994-02-28']);
    expect(daysOf('1993-SU')).toEqual(['1993-06-01', '1993-08-31']);
    expect(daysOf('2020-W53')).toEqual(['2020-12-28', '2021-01-03']);
    expect(daysOf('2024-W01')).toEqual(['2024-01-01', '2024-01-07']);
    expect(daysOf('2024-W12-WE')).toEqual(['2024-03-23', '2024-03-24']);
    expect(daysOf('PRESENT_REF')).toBeNull();
  });
  it('names the ISO week of a day across year ends', () => {
    expect(isoWeek(Date.UTC(2021, 0, 3))).toBe('2020-W53');
    expect(isoWeek(Date.UTC(2024, 11, 30))).toBe('2025-W01');
    expect(isoWeek(Date.UTC(2024, 10, 6))).toBe('2024-W45');
  });
  it('knows each precision by its value', () => {
    expect(
      ['2024-05-07', '2024-05', '2024', '202', '2024-Q1', '2024-H2', '2024-W09', '2024-W09-WE', '2024-FA'].map(
        precisionOf,
      ),
    ).toEqual(['day', 'month', 'year', 'decade', 'quarter', 'half', 'week', 'week', 'season']);
    expect(['19', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF'].map(precisionOf)).toEqual(['century', 'ref', 'ref', 'ref']);
  });
  it('reads a quarter, week or season as a filter bound', () => {
    expect(boundOf('1989-q3', 'from')).toBe('1989-07-01');
    expect(parseDateFilter('1989-Q3', 'to')).toEqual({ date: '1989-09-30' });
    expect(parseDateFilter('2024-W45', 'from')).toEqual({ date: '2024-11-04' });
    expect(parseDateFilter('2024-SU', 'to')).toEqual({ date: '2024-08-31' });
    expect(parseDateFilter('2024-W12-WE', 'from')).toEqual({ date: '2024-03-23' });
    expect(parseDateFilter('2024-Q5', 'to')).toHaveProperty('error');
    // A decade as a heading writes it.
    expect(parseDateFilter('1970s', 'from')).toEqual({ date: '1970-01-01' });
    expect(parseDateFilter('1970s', 'to')).toEqual({ date: '1979-12-31' });
  });
  it('labels each value as a reader reads it', () => {
    expect(
      ['197', '19', '20', '2025-SU', '2025-WI', '2025-H1', 'FY1987', 'FY1987-Q2', 'FY1987-H2'].map(dateLabel),
    ).toEqual([
      '1970s',
      '20th century',
      '21st century',
      'summer 2025',
      'winter 2025',
      'first half of 2025',
      'fiscal 1987',
      'fiscal 1987, Q2',
      'fiscal 1987, second half',
    ]);
    expect(['1987-W09', '1987-W09-WE', '1987-Q4', '1987-03-04', '1987-03', '1987'].map(dateLabel)).toEqual([
      'week of 1987-02-23',
      'weekend of 1987-02-28',
      '1987-Q4',
      '1987-03-04',
      '1987-03',
      '1987',
    ]);
    expect(rangeLabel('197', '198')).toBe('1970s – 1980s');
  });
});

describe('numbers in words', () => {
  it('reads days and years', () => {
    expect(wordValue('thirty-first')).toBe(31);
    expect(wordValue('ninety six')).toBe(96);
    expect(wordYear('nineteen ninety-six')).toBe(1996);
    expect(wordYear('nineteen oh five')).toBe(1905);
    expect(wordYear('two thousand and one')).toBe(2001);
    expect(wordYear('ninety')).toBeNull();
  });
});

describe('the TimeML reader of npm run eval:dates', () => {
  it('finds the creation date, the text and the TIMEX3 spans in it', () => {
    const xml =
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13">02/13/1998</TIMEX3></DCT><TEXT>Talks &amp; votes ended <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3>.</TEXT></TimeML>';
    const doc = readTimeML(xml);
    expect(doc.dct).toBe('1998-02-13');
    expect(doc.text).toBe('Talks & votes ended Thursday.');
    expect(doc.timexes).toEqual([{ start: 20, end: 28, type: 'DATE', value: '1998-02-12', text: 'Thursday' }]);
  });
});

describe('passages and sentences as dates need them', () => {
  it('keeps a wire dateline alone on its line with the paragraph it opens, which it dates', () => {
    const text =
      'KAMPALA, March 3 (Reuters) --\n\nThe central bank cut its policy rate on Tuesday, citing slower inflation.\n\nTraders had expected a smaller cut after a weak shilling.';
    const [first, second] = splitPassages(text);
    expect(first!.text.startsWith('KAMPALA, March 3 (Reuters) --')).toBe(true);
    expect(first!.text).toContain('policy rate on Tuesday');
    expect(second!.text.startsWith('Traders')).toBe(true);
    const found = findDates(first!.text, '2026-03-04');
    expect(found.map((d) => [d.text, d.date, !!d.dateline])).toEqual([
      ['March 3', '2026-03-03', true],
      ['Tuesday', '2026-03-03', false],
    ]);
    // A short line that is no dateline still stands alone, an aside after the passages (read for names only).
    const plain = splitPassages('Markets at a glance --\nShares rose for a third day as oil prices steadied.');
    expect(plain.map((p) => [p.text, !!p.aside])).toEqual([
      ['Shares rose for a third day as oil prices steadied.', false],
      ['Markets at a glance --', true],
    ]);
  });

  it('keeps a clock time with the zone or weekday that follows "a.m." or "p.m." in one sentence', () => {
    const texts = (t: string) => passageSentences({ text: t }).map((s) => s.text);
    expect(texts('Polls open at 7 a.m. EDT Thursday across the state. Turnout is expected to be high.')).toEqual([
      'Polls open at 7 a.m. EDT Thursday across the state.',
      'Turnout is expected to be high.',
    ]);
    expect(texts('The exchange reopens at 10 a.m. Monday, its operator said.')).toHaveLength(1);
    expect(texts('The session ended at 4 p.m. GMT on Friday.')).toHaveLength(1);
    // "a.m." that ends a sentence still ends it.
    expect(texts('The blast came at 6 a.m. Rescue teams arrived within the hour.')).toHaveLength(2);
    const [thursday] = findDates('Polls open at 7 a.m. EDT Thursday across the state.', '2026-03-02');
    expect(thursday?.date).toBe('2026-03-05');
  });

  it('keeps dotted initials with the surname after them, and ends a sentence at a letter after a figure', () => {
    const texts = (t: string) => passageSentences({ text: t }).map((s) => s.text);
    expect(texts('William K.K. Wang, managing director of the bank, said so. Dealers agreed.')).toEqual([
      'William K.K. Wang, managing director of the bank, said so.',
      'Dealers agreed.',
    ]);
    expect(texts('NEW YORK, March 4 - E.F. Hutton Group Inc said it named a new chief.')).toHaveLength(1);
    // And before the surname's possessive: "J.R.R. Tolkien's".
    expect(texts("The saga draws on J.R.R. Tolkien's letters. Fans queued.")).toEqual([
      "The saga draws on J.R.R. Tolkien's letters.",
      'Fans queued.',
    ]);
    // Initials that end a sentence before a word that opens one, or a place's, still end it.
    expect(texts('The group is called A.B.C. It was set up in May.')).toHaveLength(2);
    expect(texts('He was born in Washington D.C. Police said so.')).toHaveLength(2);
    // "13s.", "$500m.", "496p.": a letter after a figure ends a word, not an initial.
    expect(texts('Some scenes may be unsuitable for under-13s. It opens on 19 May.')).toHaveLength(2);
    expect(texts('It previously set reserves at $500m. It intends to adjust them.')).toHaveLength(2);
    // So does a letter after a hyphen: a word's end, no initial ("Jay-Z.").
    expect(texts('Nominees include Ravi Shah and Jay-Z. Soul singer Ann Vale will host.')).toHaveLength(2);
    // A single initial still joins: "George W. Bush".
    expect(texts('President George W. Bush said so.')).toHaveLength(1);
  });
});

describe('the end of the year as the wire writes it, this decade, a week told on a Sunday', () => {
  it('reads "end-year" and "end-of-year" as the year, ahead or gone by the tense', () => {
    expect(values('The dollar is expected to rise further to 33 by end-year, bankers said.', '1987-03-24')).toEqual([
      '1987',
    ]);
    expect(values('The end-of-year figures were weak.', '1987-03-24')).toEqual(['1986']);
  });

  it('reads "a year earlier" after a half as the same half a year before', () => {
    expect(values('Second-half net earnings rose to 12.5 mln dlrs from 9.8 mln a year earlier.', '1987-06-18')).toEqual(
      ['1986-H2', '1985-H2'],
    );
  });

  it('reads "the start of the year" and "the beginning of the year" as the year of publication', () => {
    expect(values('Loan rates stood at 9.4 pct at the start of the year, the bank said.', '1987-03-24')).toEqual([
      '1987',
    ]);
    expect(values('Since the beginning of the year, exports have fallen.', '1987-06-02')).toEqual(['1987']);
  });

  it('reads "this decade" and "the next decade", not "the past decade"', () => {
    expect(values('There was a stagnant pattern in that sector this decade.', '1987-03-24')).toEqual(['198']);
    expect(values('Growth will recover in the next decade.', '1987-03-24')).toEqual(['199']);
    expect(values('Over the past decade prices fell.', '1987-03-24')).toEqual([]);
  });

  it('reads "this week" told on a Sunday of a visit ahead as the week from tomorrow', () => {
    expect(values('Chirac will make his first official visit this week.', '1987-03-29')).toEqual(['1987-W14']);
    expect(values('Talks this week failed.', '1987-03-29')).toEqual(['1987-W13']);
    expect(values('Chirac will make his first official visit this week.', '1987-03-27')).toEqual(['1987-W13']);
  });
});

describe('a month before the event it dates', () => {
  it('reads the month of "the June Economic Summit", not of "the March for Life"', () => {
    expect(values('Wilson said they will meet before the June Economic Summit.', '1987-04-08')).toEqual(['1987-06']);
    expect(values('The annual March for Life drew crowds.', '1987-04-08')).toEqual([]);
  });
});

describe('a month alone before another with its year', () => {
  it('gives the month the other one’s year across "and", "or" or "to" and a few words', () => {
    expect(values('The talks were held in August and September 1985.', '1987-03-16')).toEqual(['1985-08', '1985-09']);
    expect(
      values('He sold the arms in either August or after the first shipment in September 1985.', '1987-03-16'),
    ).toEqual(['1985-08', '1985-09']);
    // The year before, for a month later in the calendar.
    expect(values('Prices fell in December or January 1985, traders said.', '1987-03-16')).toEqual([
      '1984-12',
      '1985-01',
    ]);
  });

  it('leaves a month parted from the dated one by more than a joining word, or by "and" and more words', () => {
    expect(values('Sales rose in August, up from a low in September 1985.', '1987-03-16')).toEqual([
      '1986-08',
      '1985-09',
    ]);
    // This January beside the February of a year before.
    expect(
      values(
        'Prices fell 0.1 pct in February, after a rise of 0.2 pct in January and no change in February 1986.',
        '1987-03-25',
      ),
    ).toEqual(['1987-02', '1987-01', '1986-02']);
    expect(values('M3 rose 0.6 pct, after 0.8 in January and a February 1986 rise of 0.1 pct.', '1987-03-25')).toEqual([
      '1987-01',
      '1986-02',
    ]);
  });
});

describe('"May" written alone', () => {
  it('reads the month after a word of time or "the" before a noun it dates, as after "in"', () => {
    expect(values('Figures showed the May deficit was below forecasts at 866 mln dlrs.', '1987-06-15')).toEqual([
      '1987-05',
    ]);
    expect(values('Prices have risen since May, it said.', '1987-06-15')).toEqual(['1987-05']);
    expect(values('Prices rose in May.', '1987-06-15')).toEqual(['1987-05']);
  });

  it('reads no month in a modal, a person named May, or a person’s government', () => {
    expect(values('It may rise.', '1987-06-15')).toEqual([]);
    expect(values('The leadership of May was questioned by her party.', '2017-06-15')).toEqual([]);
    expect(values('The May government fell.', '2017-06-15')).toEqual([]);
  });
});

describe("a cargo's forward month", () => {
  it('reads a month before "loading", "position", "shipment" as one still traded, whatever the tense', () => {
    expect(values('December loading rose to 19.65 dlrs, up 45 cents on the day.', '1987-10-19')).toEqual(['1987-12']);
    expect(
      values('The first two cargoes were cash and the May position was on a counter-trade basis.', '1987-03-10'),
    ).toEqual(['1987-05']);
  });

  it("reads a month's statistics of shipments as the month past", () => {
    expect(values('March shipments rose 5 pct to 4,000 tonnes.', '1987-10-19')).toEqual(['1987-03']);
    // A position that is no cargo's: the month's figures.
    expect(values('Initially the January position was reported as flat.', '1987-03-19')).toEqual(['1987-01']);
  });
});

describe('"in N units" from publication', () => {
  it('reads a count of years, months or days on from publication in a clause of the future', () => {
    expect(values('The preferred stock would be redeemed in five years.', '1989-11-02')).toEqual(['1994']);
    expect(values('The mill will close in two months, a spokesman said.', '1989-11-02')).toEqual(['1990-01']);
    expect(values('Talks will resume in 10 days.', '1989-11-02')).toEqual(['1989-11-12']);
  });

  it('reads no date in a span past, a record’s span or a loan’s term', () => {
    expect(values('Output rose 5 pct in two months.', '1989-11-02')).toEqual([]);
    expect(values('It will be the first time in five years that the club wins.', '1989-11-02')).toEqual([]);
    expect(values('The bank will lend 50 mln dlrs, repayable in 10 years.', '1989-11-02')).toEqual([]);
    expect(values('Sri Lanka will seek aid to overcome its worst drought in 26 years.', '1987-03-26')).toEqual([]);
    expect(values('It plans to issue 45 mln dlrs in five year subordinated debentures.', '1987-03-26')).toEqual([]);
    expect(values('Beetles can destroy a potato field in a day, officials said.', '1987-03-26')).toEqual([]);
    expect(values('The drop could result in losses of three billion dlrs in a year.', '1987-03-26')).toEqual([]);
    expect(values('It plans to expand the area in a year when many fields are resown.', '1987-03-26')).toEqual([]);
  });
});

describe("a company's fiscal quarters, once the article names one by its end", () => {
  const told = (sentences: string[], published: string) => {
    const article = {};
    return sentences.map((s) =>
      findDates(s, published, article).map((d) => [d.text, d.date, d.fiscal?.months?.join('..') ?? '']),
    );
  };

  it('reads "the quarter" and the company\'s ordinal quarters by the fiscal calendar told', () => {
    const got = told(
      [
        'Corvane Systems said it expects higher earnings in its second fiscal quarter ending March 31.',
        '"We will see higher growth in the quarter," its chief executive said.',
        "An analyst estimated Corvane's second quarter net at 40 to 45 cts per share.",
        'He said its third quarter would be stronger.',
      ],
      '1987-03-05',
    );
    expect(got[1]).toEqual([['the quarter', '1987-Q2', '1987-01..1987-03']]);
    expect(got[2]).toEqual([['second quarter', '1987-Q2', '1987-01..1987-03']]);
    expect(got[3]).toEqual([['its third quarter', '1987-Q3', '1987-04..1987-06']]);
  });

  it('reads the fiscal quarter told again by its ordinal, and its "a year ago", by the fiscal months', () => {
    const got = told(
      [
        'Halden Mills, reporting stronger results for the third quarter ended February 22, raised its dividend.',
        'At the end of the third quarter, its return on equity was 31.6 pct.',
        'It earned 56.9 mln dlrs in the period, up from 46.4 mln dlrs a year ago.',
      ],
      '1987-03-13',
    );
    expect(got[1]).toEqual([['the third quarter', '1987-Q3', '1986-12..1987-02']]);
    expect(got[2]).toEqual([['a year ago', '1986-Q3', '1985-12..1986-02']]);
    // Not the same ordinal set in another year, by its figures, the sentence's opening or a word of comparison.
    const other = told(
      [
        'Halden Mills, reporting stronger results for the third quarter ended February 22, raised its dividend.',
        'It reported a third quarter loss last year of 1.9 mln dlrs.',
        'Last year, it lost 243,064 dlrs in the third quarter.',
        'Sales rose to 40.0 mln dlrs from 28.7 mln dlrs in the prior third quarter.',
      ],
      '1987-03-13',
    );
    expect(other.slice(1).map((ds) => ds.find((d) => /quarter/.test(d[0]!))?.[2])).toEqual(['', '', '']);
    // Nor is the quarter a year back what "the quarter" after it is read from.
    const after = told(
      [
        'Halden Mills, reporting stronger results for the third quarter ended February 22, raised its dividend.',
        'It reported a third quarter loss last year of 1.9 mln dlrs.',
        'Exports made up 20 pct of sales during the quarter just ended.',
      ],
      '1987-03-13',
    );
    expect(after[2]![0]![1]).toBe('1987-Q3');
  });

  it("reads a quarter by its ordinal in the sentence that gives the fiscal year's end as that year's", () => {
    const dates = (s: string, published = '1987-03-25') =>
      findDates(s, published).map((d) => [d.text, d.date, d.fiscal?.months?.join('..') ?? '']);
    expect(
      dates('Dorval Breweries expects a strong fourth quarter and record sales for the year ending April 30.')[0],
    ).toEqual(['fourth quarter', '1987-Q4', '1987-02..1987-04']);
    expect(
      dates('Orders in the second quarter of the fiscal year ended June 30 were flat, the firm said.', '1987-08-10')[0],
    ).toEqual(['the second quarter', '1987-Q2', '1986-10..1986-12']);
    // Not one the sentence sets in a year of its own, nor beside a year that ends with the calendar's.
    expect(
      dates('In 1986 it lost money in the fourth quarter, and it expects a profit for the year ending April 30.')[1],
    ).toEqual(['the fourth quarter', '1986-Q4', '']);
    expect(
      dates('It lost money in the fourth quarter of 1986 and expects a profit for the year ending April 30.')[0],
    ).toEqual(['the fourth quarter of 1986', '1986-Q4', '']);
    expect(dates('It expects a strong fourth quarter and record sales for the year ending December 31.')[0]).toEqual([
      'fourth quarter',
      '1987-Q4',
      '',
    ]);
  });

  it('leaves a quarter no possessive owns, and one with a year, on the calendar', () => {
    const got = told(
      [
        'Corvane Systems said it expects higher earnings in its second fiscal quarter ending March 31.',
        'The economy grew 2 pct in the fourth quarter.',
        "Corvane earned less than in last year's second quarter.",
      ],
      '1987-03-05',
    );
    expect(got[1]).toEqual([['the fourth quarter', '1986-Q4', '']]);
    expect(got[2]!.map((d) => d[2])).toEqual(['']);
  });
});
