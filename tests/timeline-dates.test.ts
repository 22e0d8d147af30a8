// How the timeline places and keeps apart what findDates reads: fiscal periods by the months the text gives (else by
// their year alone), the notes of two companies' tables as two events, and a bond's maturity or a plan compared with
// as no date of the clause. Articles written to wire patterns, with made-up companies.
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates/expressions.js';
import { eventDate, extractEvents } from '../src/timeline/events.js';
import { dateAsReference, dateInLabel, yearTitle } from '../src/dates/era-kind.js';
import { daysOf, precisionOf } from '../src/dates/values.js';
import { builtEngine, answered, textDocument } from './helpers.js';

const placed = (text: string, published: string) =>
  findDates(text, published)
    .filter((d) => !d.within && !d.dateline)
    .map((d) => {
      const { date, end } = eventDate(d);
      return end ? `${date}..${end}` : date;
    });

describe('fiscal periods', () => {
  it('keeps the TimeML value for scoring and marks the period fiscal', () => {
    const [q] = findDates('Orders rose 8 pct in the fiscal second quarter.', '1987-08-04');
    expect(q).toMatchObject({ date: '1987-Q2', precision: 'quarter', fiscal: {} });
    const [y] = findDates('Fiscal 1986 net rose to 3.2 mln dlrs.', '1987-03-04');
    expect(y).toMatchObject({ date: '1986', precision: 'year', fiscal: {} });
    expect(findDates('Orders rose 8 pct in the second quarter.', '1987-08-04')[0]!.fiscal).toBeUndefined();
    // "the fiscal year ended June 30" told in February is the one named for the year it ended in.
    expect(findDates('For the fiscal year ended June 30, sales rose 4 pct.', '1988-02-14')[0]).toMatchObject({
      date: '1987',
      fiscal: { months: ['1986-07', '1987-06'] },
    });
  });

  it('places a fiscal period of unknown months by its year, never as the calendar one of its name', () => {
    expect(placed('Orders rose 8 pct in the fiscal second quarter.', '1987-08-04')).toEqual(['FY1987-Q2']);
    expect(placed('The toolmaker expects a loss in the first half of fiscal 1988.', '1987-03-04')).toEqual([
      'FY1988-H1',
    ]);
    expect(placed('Sales climbed 11 pct in fiscal 1985-86.', '1987-03-04')).toEqual(['FY1985..FY1986']);
    expect(placed('Fiscal 1987 first quarter profit rose 5 pct.', '1987-03-04')).toEqual(['FY1987-Q1']);
    expect(daysOf('FY1987-Q2')).toEqual(['1987-01-01', '1987-12-31']);
    expect(daysOf('FY1986')).toEqual(['1986-01-01', '1986-12-31']);
    expect(precisionOf('FY1987-Q2')).toBe('quarter');
    expect(precisionOf('FY1986-H1')).toBe('half');
    expect(precisionOf('FY1986')).toBe('year');
  });

  it('places a quarter or fiscal year by the months its end day gives', () => {
    // The first quarter of a year ending in September: October to December.
    expect(placed('Net fell in its first quarter, which ended Dec. 27.', '1987-02-10')).toEqual([
      '1986-10..1986-12',
      '1986-12-27',
    ]);
    // A fiscal quarter that is a calendar one is placed by its months too.
    expect(placed('The fiscal third quarter ended Sept. 30 brought record sales.', '1987-10-20')).toEqual([
      '1987-07..1987-09',
      '1987-09-30',
    ]);
    expect(placed('For the fiscal year ended June 30, sales rose 4 pct.', '1987-08-14')).toEqual([
      '1986-07..1987-06',
      '1987-06-30',
    ]);
    // The year-ago quarter of one whose end is given is its months a year before.
    expect(
      placed(
        'Net for the fourth quarter ended January 31 fell to 2.1 mln dlrs from 3.4 mln dlrs in the year-ago quarter.',
        '1987-03-17',
      ),
    ).toEqual(['1986-11..1987-01', '1987-01-31', '1985-11..1986-01']);
    // A half of the fiscal year, its months untold.
    expect(placed('Margins should recover in the second half of the current fiscal year.', '1987-03-17')).toEqual([
      'FY1987-H2',
    ]);
    // A calendar quarter with its calendar end stays as it is.
    expect(placed('Sales rose in the second quarter ended June 30.', '1987-07-20')).toEqual(['1987-Q2', '1987-06-30']);
  });

  it('filters a fiscal quarter by its year, and one with its end day by its months', async () => {
    const engine = await builtEngine({
      'a.txt':
        'KELDON MACHINE CORP <KMC> 1ST QTR NET\n date 1987-08-10\n\nKeldon Machine Corp said orders rose 8 pct in the fiscal second quarter.\n\nKeldon Machine Corp said net fell in its first quarter, which ended Dec. 27.\n',
    });
    const window = async (from: string, to: string) =>
      (await answered(engine, `/timeline from:${from} to:${to}`)).events.map((e) => e.date);
    // Not January to March: the fiscal second quarter's months are unknown, so any window of its year may hold it.
    expect(await window('1987-07-01', '1987-09-30')).toContain('FY1987-Q2');
    expect(await window('1986-01-01', '1986-12-31')).not.toContain('FY1987-Q2');
    // The quarter that ended Dec. 27 is October to December 1986, not January to March.
    expect(await window('1986-10-01', '1986-12-31')).toContain('1986-10');
    expect(await window('1986-01-01', '1986-03-31')).not.toContain('1986-10');
    expect(await window('1986-01-01', '1986-03-31')).toEqual([]);
  });
});

describe('notes of two companies’ tables', () => {
  const table = (headline: string, date: string, place: string, figures: string) =>
    `${headline}\n date ${date}\n\n${place} - ${figures}\n\nNOTE: Share data adjusted for three-for-two stock split in May 1986.\n`;

  it('are two events: who a table is about is the company its headline names', async () => {
    const engine = await builtEngine({
      'a.txt': table(
        'HARTWELL PUMPS INC <HPI> 4TH QTR NET',
        '1987-03-04',
        'DENVER, March 4',
        'Shr 40 cts vs 31 cts; Net 2,100,000 vs 1,600,000; Sales 40.2 mln vs 36.0 mln',
      ),
      'b.txt': table(
        'CORVEN FOODS CORP <CVF> 2ND QTR NET',
        '1987-03-05',
        'BOSTON, March 5',
        'Shr 22 cts vs 18 cts; Net 900,000 vs 750,000; Sales 12.1 mln vs 11.4 mln',
      ),
      'c.txt': table(
        'HARTWELL PUMPS INC <HPI> 4TH QTR NET',
        '1987-03-06',
        'DENVER, March 6',
        'Shr 40 cts vs 31 cts; Net 2,100,000 vs 1,600,000; Sales 40.2 mln vs 36.0 mln',
      ),
    });
    const may = (await answered(engine, '/timeline from:1986-05 to:1986-05')).events.filter(
      (e) => e.date === '1986-05',
    );
    const docs = may.map((e) => e.citations.map((c) => c.doc).sort());
    expect(docs.sort()).toEqual([['a.txt', 'c.txt'], ['b.txt']]);
  });
});

describe("a bond's maturity and a comparison with a plan", () => {
  const dates = (text: string) => findDates(text, '1987-03-30').map((d) => [d.text, d.date]);

  it("takes a weekday's direction from its clause's verb, not from the maturity a note is named by", () => {
    expect(dates("Tuesday's sale of eurobonds due 1992 drew little demand.")).toEqual([
      ['Tuesday', '1987-03-24'],
      ['1992', '1992'],
    ]);
    // ("due" with no year after it still looks ahead.)
    expect(dates('The first payment is due Tuesday.')).toEqual([['Tuesday', '1987-03-31']]);
  });

  it('reads no date in a span of time compared with a plan', () => {
    expect(dates('The plant reopened four months earlier than planned.')).toEqual([]);
    expect(dates('It opened in 1985. Two years later, it closed.').map(([, d]) => d)).toEqual(['1985', '1987']);
  });
});

describe('a year naming a title, and a span to a year’s end', () => {
  const events = (text: string, date: string | null = '1987-05-06') =>
    extractEvents(textDocument(text, { date })).map((e) => (e.end ? `${e.date}..${e.end}` : e.date));

  it('makes no event of a year its title holder is known by', () => {
    expect(events('Moreau now meets 2001 champion Piet Lindqvist in the last eight.')).toEqual([]);
    expect(events('The 1994 Open winner, Ralf Ekdahl, has retired.')).toEqual([]);
    expect(yearTitle('She is the 2000 Olympic silver medallist.', 11, '2000')).toBe(true);
    // (A year that tells when is an event: "won the title in 2001", "2001 profits rose".)
    expect(events('Lindqvist won the title in 2001.')).toEqual(['2001']);
    expect(yearTitle('The 2001 profits rose.', 4, '2001')).toBe(false);
    expect(events('Until 1950 the winners were told in advance.')).toEqual(['1950']);
    expect(yearTitle('Back then, 1950 the winners knew.', 11, '1950')).toBe(false);
    expect(events('In 1950 winners got a silver cup.')).toEqual(['1950']);
  });

  it('makes no event of a date a figure is measured against', () => {
    expect(events('Margins were cut in half from 1984 levels.')).toEqual([]);
    expect(events("Shipments were 9 pct below March 1986's levels.")).toEqual([]);
    expect(events('The group said in its 1985 annual report that it would expand.')).toEqual([]);
    expect(events('Starts were 4.1 pct above the March, 1985, level of 1.6 mln units.')).toEqual([]);
    expect(dateAsReference('Levels rose in 1985 and fell.', 14, '1985')).toBe(false);
    // What a change is measured against: "compared with", a figure and "on" or "over"; the year prices are fixed in.
    expect(events('Turnover should rise again this year compared with 1986, he said.')).toEqual(['1987']);
    expect(events('Staff numbers reached 41,200, a rise of 2,900 over 1985.')).toEqual([]);
    expect(events("Cinema receipts fell, down 14.5% on 2002's figures.")).toEqual([]);
    expect(events('In the last quarter output, in 1980 prices, rose 0.4 pct.')).not.toContain('1980');
    // (A figure for that year, or a year that says when, stays: "rose 10 pct in 1986", "over 1986 as a whole".)
    expect(events('Staff numbers rose by 900 in 1985.')).toEqual(['1985']);
    expect(events('Output, which rose in 1980, fell.')).toEqual(['1980']);
    expect(dateAsReference('Prices rose over 1986 as a whole.', 16, '1986')).toBe(false);
    expect(dateAsReference('The 1980 prices were cut.', 4, '1980')).toBe(false);
    expect(events('The index fell 41 points to 1210 on Monday.')).toEqual(['1987-05-04']);
    // (A figure given for the date compared with makes it a dated figure.)
    expect(events('Its income rose, compared with 1985 earnings of 14.7 mln dlrs.')).toEqual(['1985']);
    expect(events("Sales were 12 billion crowns against 1985's 13 billion.")).toEqual(['1985']);
    expect(events('Earnings dropped sharply compared with 1984, when the group made a record 310 mln crowns.')).toEqual(
      ['1984'],
    );
    // What "than" measures a figure against, a record since, and a period with no figure to compare.
    expect(events('Exports were 8 pct lower in March than February 1986.')).toEqual(['1987-03']);
    expect(events('Fewer homes were sold in March than for the same month in 1985.')).toEqual(['1987-03']);
    expect(events('Its jobless rate fell to 6.1 pct, the lowest since September 1980.')).toEqual([]);
    expect(events('Copper hit prices not seen since 1981 on the London market.')).toEqual([]);
    expect(events('There are no comparable figures for the first half of 1986, it said.')).toEqual([]);
    // (A time limit is no yardstick: "no later than"; nor is a figure given for the date compared with.)
    expect(events('Bids must arrive no later than June 30, 1987.')).toEqual(['1987-06-30']);
    expect(events('Sales were higher than in 1984, when they reached 20 mln dlrs.')).toEqual(['1984']);
    expect(events('Wages grew faster than in 1984, the survey said.')).toEqual([]);
    // Any comparative in -ier and the common ones in -er; not a noun in -er before "than" ("Easter ... later than").
    expect(events('"I feel much healthier than in 1983," he said.')).toEqual([]);
    expect(events('Stocks are leaner than in 1984, the retailers said.')).toEqual([]);
    expect(events('The after-tax charge will be taken no later than January 1988.')).toEqual(['1988-01']);
    expect(events('A fee rise of 4 mln dlrs a year over 1985 rates was sought.')).toEqual([]);
    // A currency's place before its unit, and words between the change and its figure.
    expect(
      events('The group posted 31 pct higher 1986 operating profits at 2.4 billion S.A. Dlrs from a year ago.'),
    ).toEqual(['1986']);
    // A date's mark a figure equals, matches or passes, no figure of it given.
    expect(events("Profit this year should at least equal last year's figure, the chairman said.")).toEqual(['1987']);
    expect(events('Its 1987 sales will exceed 1986 results, he said.')).toEqual(['1987']);
    // Any date "from" which a change is measured, no figure of it given; not a day a change runs from.
    expect(events('Imports totalled 30 billion marks in March, a rise of 9 pct from February.')).toEqual(['1987-03']);
    expect(events('Unions seek a pay rise of 3 pct from June 1.')).toEqual(['1987-06-01']);
    // A level a date had, no figure of it given; not a figure's level, a superlative's range, a figure after a dash.
    expect(events('Wages must grow 3 pct a year to return to the level of 1979, it said.')).toEqual([]);
    expect(events('Unemployment was above the 5.2 pct level of March 1986.')).toEqual(['1986-03']);
    expect(events('Orders rose in April to the third highest levels of 1987.')).toEqual(['1987-04', '1987']);
    expect(events('"Output may reach the peak level of 1984" -- 2.1 mln tonnes, he said.')).toEqual(['1984']);
    // A change by a figure "from" the year before, no figure of that year; not a span "from" one year to another.
    expect(
      events('Profit in 1986 rose. Net interest income was 9.1 mln dlrs, up 2.2 mln dlrs from the prior year.'),
    ).toEqual(['1986']);
    expect(events('Exports grew 12 pct from 1982 to 1984.')).toEqual(['1982..1984']);
    expect(events('Prices rose 3 pct from March 1984 to March 1985.')).toEqual(['1984-03..1985-03']);
    // An equal's "as ... as" a date; not a time ("as early as 1985").
    expect(events('Imports will grow in 1988, though not as fast as in 1986.')).toEqual(['1988']);
    expect(events('Claims were three times as high as in 1983.')).toEqual([]);
    expect(events('The mill was planned as early as 1983.')).toEqual(['1983']);
    // What is unlike a date is said of another time: "a quick count, unlike in 1992".
    expect(events('The count was over by midnight, unlike in 1992.')).toEqual([]);
    expect(events('Unlike 1979, the strike ended in a week in 1984.')).toEqual(['1984']);
    expect(events('Unlike 1979, when 40,000 jobs went, the cuts were small.')).toEqual(['1979']);
    // A figure the text does not give: "no year-earlier figure", "without giving a 1985 figure".
    expect(events('The agency gave no year-earlier figure.')).toEqual([]);
    expect(events('Loans were 3 bln dlrs, it said without giving a 1985 figure.')).toEqual([]);
    expect(events('There were no 1985 results before the loss in 1985.')).toEqual(['1985']);
    // A mark of a date a figure passes or falls short of: a high, a peak, a book value.
    expect(events('It sold the mill for 12 mln dlrs, two mln dlrs above end-1985 book value.')).toEqual([]);
    expect(events("Ticket sales reached 90 mln, beating 1984's all-time high.")).toEqual([]);
    expect(events('The index stayed below the 1983 peak.')).toEqual([]);
    expect(events('Sales hit a record high in 1983.')).toEqual(['1983']);
    expect(events('Output was 2 pct above the March, 1983 total of 41.2 mln tonnes.')).toEqual(['1983-03']);
    // An index's base: "N pct of the 1977 average".
    expect(events('The index stood at 131.2 pct of the 1980 average.')).toEqual([]);
    expect(events('Output was 90 pct of the 1980 average of 5 mln tonnes.')).toEqual(['1980']);
  });

  it("makes no event of a law's year, a contract's or a crop's label, or a weekday counted in any month", () => {
    expect(events('Its status changed under the Charities Reform Act of 1971, the trust said.')).toEqual([]);
    expect(events('Dealing opens on July 8, led by the December 1987 contract.')).toEqual(['1987-07-08']);
    expect(events('It auctioned 800 tonnes of tea from the 1985/86 and 1986/87 crops.')).toEqual([]);
    expect(events('Expiry falls on the third Thursday of the month before delivery.')).toEqual([]);
    // (A year a law was passed in is an event: "the act passed in 1971".)
    expect(events('The act was passed in 1971.')).toEqual(['1971']);
    expect(events('It was accused of spying during a 1996 contract competition.')).toEqual(['1996']);
    expect(dateInLabel('The 1986/87 season was poor.', 4, '1986/87')).toBe(false);
    // The time a work's story is set in; not a record or a target set then.
    expect(events('Her second novel, a love story set in 1920s Lisbon, won the prize in 1989.')).toEqual(['1989']);
    expect(events('The game, which is set in 1944, sold well.')).toEqual([]);
    expect(events('The previous attendance record was set in 1971.')).toEqual(['1971']);
    // A century a thing is the best of; not a time within it.
    expect(events('He was called the finest bowler of the 19th century.')).toEqual([]);
    expect(events('The canal was dug at the turn of the 19th century.')).toEqual(['18']);
    // A year naming a work, a law or a bid; a contract month naming the goods traded.
    expect(events('Fans bought a remix of the 1985 single in its first week.')).toEqual([]);
    expect(events('Prices have changed little since the 1979 banking reform act.')).toEqual([]);
    expect(events('Under the 1974 Coastal Waters Protection Act, owners must report spills.')).toEqual([]);
    expect(events("The mayor has long backed Madrid's 2016 Olympic bid.")).toEqual([]);
    expect(events('The June yen contract ended at 0.0071 in thin trade.')).toEqual([]);
    expect(events('The June 1987 yen contract ended at 0.0071 in thin trade.')).toEqual([]);
    // (A price over or under a futures month, and a row of a table of quotes, a month and a dash opening it.)
    expect(events('Some 30,000 tonnes traded on Monday at 18 cents over September.')).toEqual(['1987-05-04']);
    expect(events('June - 19 ov Jly bid, 22 offered.')).toEqual([]);
    expect(events('L/H May - No bids, 24 ov May offered.')).toEqual([]);
    expect(events('March - Sales rose 5 pct.')).toEqual(['1987-03']);
    expect(events('September sterling closed at 1.5820 on Tuesday.')).toEqual(['1987-05-05']);
    // (The year a work came out, a month the goods were traded in, are events.)
    expect(events('The single came out in 1985.')).toEqual(['1985']);
    expect(events('Since 1984 the finance law has capped loans.')).toEqual(['1984']);
    // (A year after a work's "of" names the work: "the spy flick of 1995", "the class of 1966".)
    expect(events('Fans still quote the spy flick of 1995 at conventions.')).toEqual([]);
    expect(events('A version of the song came out in 1984.')).toEqual(['1984']);
    expect(events('Prices on March 3 hit a record.')).toEqual(['1987-03-03']);
    expect(events('On May 4 gold rose 5 dlrs.')).toEqual(['1987-05-04']);
    expect(events('Coffee sales slowed in March and sugar rose.')).toEqual(['1987-03']);
    expect(dateInLabel('In June sugar rose.', 3, 'June')).toBe(true);
    expect(dateInLabel('In 1985 single mothers got more.', 3, '1985')).toBe(true);
  });

  it('makes no event of the month or day a fiscal year ends on beside the span it closes', () => {
    expect(events('Kenya ran a surplus in the year ended June 1986.')).toEqual(['1985-07..1986-06']);
    expect(events('Revenue rose in the fiscal year ended September 30.')).toEqual(['1985-10..1986-09']);
    // (The same month told apart from the period is an event of its own, and so is a period's end with no span.)
    expect(events('Profit rose in the year to March 31, 1986.')).toEqual(['1986-03-31']);
    expect(events('Sales rose in the year ended September 30, 1986, and fell in September 1986.')).toEqual([
      '1985-10..1986-09',
      '1986-09',
    ]);
  });

  it('makes no event of a guess between two spans back: "a year or 18 months ago"', () => {
    expect(events('Two or three years ago the plan would have failed.')).toEqual([]);
    expect(events('Prices are firmer than six or nine months ago.')).toEqual([]);
    expect(events('He left the bank 18 months ago.')).toEqual(['1985-11']);
  });

  it('reads "between <month> and end <year>" as one span to that December', () => {
    expect(events('It will reschedule loans falling due between October, 1985 and end 1986.')).toEqual([
      '1985-10..1986-12',
    ]);
    expect(events('Loans fell due between May 1984 and the end of 1985.')).toEqual(['1984-05..1985-12']);
    // (Without "between", two dates.)
    expect(events('Output was low in March 1985 and end 1986.')).toEqual(['1985-03', '1986']);
  });
});

describe('futures contract months', () => {
  const eventDates = (text: string, date: string) => extractEvents(textDocument(text, { date })).map((e) => e.date);

  it('reads a contract month as the month still traded, and makes no event of it', () => {
    const report =
      'Silver futures rose on the opening. July was up 11.2 at 6.790 dlrs from 6.80 dlrs.\n\nJune soyoil was unchanged, while new crop November fell 2 cents, pit brokers said.';
    expect(findDates('July was up 11.2 at 6.790 dlrs from 6.80 dlrs.', '1987-04-07')).toMatchObject([
      { date: '1987-07', contract: true },
    ]);
    expect(eventDates(report, '1987-04-07')).toEqual([]);
    // (A month's figures are the month's: "March was up 2.3 pct on February"; so is a period's estimate of a crop.)
    expect(eventDates('Retail sales in the region rose. March was up 2.3 pct at 410 mln dlrs.', '1987-04-07')).toEqual([
      '1987-03',
    ]);
    const estimate = 'Officials cut the April-June sugar consumption estimate by 4 pct.';
    expect(findDates(estimate, '1987-03-20')[0]).not.toHaveProperty('contract');
    expect(findDates('The May wheat contract fell two cents.', '1987-04-07')[0]).toMatchObject({ contract: true });
    // A price move "in" the month in a futures report; not a month's figure, nor a move outside such a report.
    expect(eventDates('Farm gate prices were up 3 cents in March, the ministry said.', '1987-04-07')).toEqual([
      '1987-03',
    ]);
    expect(
      eventDates('Oat futures closed mixed, up 1/2 cent per bushel in May to down 1/4 in July.', '1987-04-07'),
    ).toEqual([]);
    expect(eventDates('Retail sales were up 2 pct in March, the futures exchange said.', '1987-04-07')).toEqual([
      '1987-03',
    ]);
  });
});

describe('months listed together', () => {
  it("reads months listed in the calendar's order as one run, the later ones in the earlier one's year", () => {
    const dated = (text: string, published: string) => findDates(text, published).map((d) => d.date);
    // Told on April 7: May is just ahead, and June with it, not June a year back.
    expect(
      dated('The ministry has not decided on selling grain stocks in May and June, officials said.', '1987-04-07'),
    ).toEqual(['1987-05', '1987-06']);
    expect(dated('He expects the cut in May or June, dealers said.', '1987-04-07')).toEqual(['1987-05', '1987-06']);
    // (A list over a year's turn, both months behind publication; a list a year closes.)
    expect(dated('Output was flat in January and December, it said.', '1987-03-16')).toEqual(['1987-01', '1986-12']);
    expect(dated('The rate was 3.0 pct in April, August and December last year.', '1987-03-16').slice(1)).toEqual([
      '1986-08',
      '1986-12',
    ]);
    // "last year", "this year" after a list give each month of it its year, as "next year" does.
    expect(dated('It peaked in April and May last year, the agency said.', '1987-03-16')).toEqual([
      '1986-04',
      '1986-05',
      '1986',
    ]);
    expect(dated('Turnover for January to March this year will fall.', '1987-04-16')).toEqual(['1987-01', '1987-03']);
  });
});
