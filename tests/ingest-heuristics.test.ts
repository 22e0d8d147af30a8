// Unit tests for each ingestion heuristic on its own: lines, chrome, segmentation, metadata, unwrapping, labels.
import { describe, expect, it } from 'vitest';
import { classify, cleanProse, isProse, normalisePage, type Line } from '../src/ingest/lines.js';
import { isRelativeStamp, hasChromeCue } from '../src/ingest/chrome.js';
import { isTableRow, isTitleLike, segmentPage } from '../src/ingest/segment.js';
import { fallbackTitle, mastheadOf, publisherOf, readMeta, settleFile } from '../src/ingest/meta.js';
import { continues, unwrapLines } from '../src/ingest/unwrap.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { hasLabelShape, markLabels } from '../src/ingest/labels.js';
import { isHeaderLine, articleSegment } from '../src/ingest/refiners/split.js';

const page = (text: string) => classify(normalisePage(text).split('\n'));
const bodyText = (lines: Line[]) => lines.map((l) => l.text).join('\n');
const PARA_A =
  'The council voted on Monday to close the old bridge to lorries while engineers inspect its piers, the mayor said.';
const PARA_B =
  'Drivers will use the ring road until the inspection ends, which officials expect to take about six weeks.';
const PARA_C =
  'Farmers in the valley said the new quotas would cut their income by a third and asked the ministry to delay them.';

describe('lines', () => {
  it('normalises line endings, odd spaces and invisible characters', () => {
    expect(normalisePage('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normalisePage('said. REUTER^M\nThe ^M key^M')).toBe('said. REUTER\nThe ^M key');
    expect(normalisePage('x\u00a0y\u202fz')).toBe('x y z');
    expect(normalisePage('wo\u200brd\ufeff')).toBe('word');
    expect(normalisePage('a \t  b')).toBe('a b');
  });
  it('calls running text prose: a sentence of five words or more, or twenty words of anything', () => {
    expect(isProse('The bridge closed on Monday.')).toBe(true);
    expect(isProse('The bridge closed on Monday')).toBe(false);
    expect(isProse('Bridge closed.')).toBe(false);
    // Four words are a headline with a full stop, not yet a sentence of running text.
    expect(isProse('The bridge has closed.')).toBe(false);
    expect(isProse('The old bridge has closed.')).toBe(true);
    expect(isProse('THE BRIDGE CLOSED ON MONDAY.')).toBe(false);
    expect(isProse(Array.from({ length: 20 }, (_, i) => `word${i}`).join(' '))).toBe(true);
    // A script without letter case has no capitals to tell a heading by.
    expect(isProse('أغلقت السلطات الجسر القديم أمام الشاحنات يوم الاثنين.')).toBe(true);
  });
  it('cuts the chrome sentences of a paragraph and a sentence written twice in a row, keeping the news', () => {
    expect(cleanProse(`${PARA_A} Subscribe to our newsletter for more.`)).toBe(PARA_A);
    expect(cleanProse('Subscribe to our newsletter. Download our app now. The bridge closed.')).toBe('');
    // A picture's alt text and its caption, as scraping prints them: neither copy is the story's.
    const caption = 'Workers repair the east pier of the old bridge on Monday morning.';
    expect(cleanProse(`${caption} ${caption} ${PARA_A} ${PARA_B}`)).toBe(`${PARA_A} ${PARA_B}`);
    expect(cleanProse(PARA_A)).toBe(PARA_A);
  });
  it('classifies each kind of line, and a bullet of several words as text', () => {
    const kinds = page(
      [
        'Bridge closes to lorries',
        'June 3, 2025',
        '2 hours ago',
        'Share on Facebook',
        PARA_A,
        '',
        '• Engineers will inspect all six piers this month',
      ].join('\n'),
    ).map((l) => l.kind);
    expect(kinds).toEqual(['short', 'date', 'stamp', 'chrome', 'prose', 'blank', 'prose']);
    expect(page('• Roads')[0]!.kind).toBe('short');
    expect(page('• Roads')[0]!.bullet).toBe(true);
  });
  it('knows relative stamps of listing pages', () => {
    for (const t of ['2 hours ago', 'an hour ago', 'timean hour ago', 'yesterday', 'Just now'])
      expect(isRelativeStamp(t), t).toBe(true);
    for (const t of ['Two hours later the road reopened', 'ago']) expect(isRelativeStamp(t), t).toBe(false);
  });
  it('knows lists of other stories as chrome', () => {
    for (const t of ['Related stories', 'Read more', 'Most read', 'Skip to main content', 'Advertisement'])
      expect(hasChromeCue(t), t).toBe(true);
    expect(hasChromeCue('Related parties agreed to the deal on Monday.')).toBe(false);
  });
});

describe('when lines', () => {
  it('are stamps when they only tell a day without its year, or a clock time with its zone', () => {
    for (const t of ['Tuesday, 4 March', 'Sat 14 Mar', 'Sunday March 9th', '1945 GMT', '0800 UTC'])
      expect(page(t)[0]!.kind, t).toBe('stamp');
    for (const t of ['Tuesday', 'March 4', 'Sunday Times', '2500 GMT', '1987 was a good year'])
      expect(page(t)[0]!.kind, t).not.toBe('stamp');
  });
});

describe('titles and tables', () => {
  const line = (text: string) => page(text)[0]!;
  it('takes a headline-shaped line for a title, never a label, a sentence, a byline or a table row', () => {
    expect(isTitleLike(line('Bridge closes to lorries for six weeks'))).toBe(true);
    expect(isTitleLike(line('Analysis'))).toBe(false);
    expect(isTitleLike(line('Bridge closes to lorries:'))).toBe(false);
    expect(isTitleLike(line('By the old river bridge'))).toBe(false);
    expect(isTitleLike(line('Revs 16.1 mln vs 3,971,000'))).toBe(false);
    expect(isTitleLike(line('• Bridge closes to lorries'))).toBe(false);
    // A line opening with a word in lower case goes on from something; a brand in camel case is a headline.
    expect(isTitleLike(line('home to the winners in the next round'))).toBe(false);
    expect(isTitleLike(line('iPhone sales rise in the spring'))).toBe(true);
  });
  it('takes a result between two names for a headline, not a row of figures', () => {
    for (const t of ['Harbourside 2-1 Northfield', 'Port Vale 0-3 Castle Rovers', 'Westland 17-28 Eastmoor'])
      expect([isTableRow(t), isTitleLike(line(t))], t).toEqual([false, true]);
    // A score that ends a row, or figures after a name, are still rows.
    for (const t of ['Harbourside 2-1', 'Wheat 2-1 2.40']) expect(isTableRow(t), t).toBe(true);
  });
  it('reads a year a preposition governs as words, so a headline with one figure is no row', () => {
    for (const t of ['Harbour trade at 6.2% in 2004', 'Copper exports rise 25% in 2019'])
      expect([isTableRow(t), isTitleLike(line(t))], t).toEqual([false, true]);
    // Years as columns are figures still.
    for (const t of ['Net 2004 2003', 'Sales 12.3 1987']) expect(isTableRow(t), t).toBe(true);
  });
  it('knows rows of figures', () => {
    for (const t of ['Revs 16.1 mln vs 3,971,000', 'Shr 55 cts vs 24 cts', 'Wheat 2.55 2.40 4.65'])
      expect(isTableRow(t), t).toBe(true);
    // A third of the words figures is a row; a quarter is a headline with a number in it.
    expect(isTableRow('Corn 2.55 higher')).toBe(true);
    for (const t of ['Bridge closes for 6 weeks after survey', 'Council votes on the budget', 'Exports up 5 pct'])
      expect(isTableRow(t), t).toBe(false);
  });
});

describe('segmentation', () => {
  it('splits at a headline followed by a date and prose, and reads each article on its own', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries for six weeks',
          'June 3, 2025',
          '',
          PARA_A,
          '',
          PARA_B,
          '',
          'Farmers protest new quotas in the valley',
          'June 2, 2025',
          '',
          PARA_C,
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(2);
    expect(bodyText(segs[0]!.body)).toBe(`${PARA_A}\n${PARA_B}`);
    expect(bodyText(segs[1]!.body)).toBe(PARA_C);
    expect(segs[1]!.header.map((l) => l.text)).toEqual(['Farmers protest new quotas in the valley', 'June 2, 2025']);
  });
  it('splits at a headline printed twice in a row (page title and heading)', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries',
          '',
          PARA_A,
          '',
          'Farmers protest new quotas',
          'Farmers protest new quotas',
          '',
          PARA_C,
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(2);
  });
  it('keeps one story whose table prints a heading again after rows, or a row twice', () => {
    const segs = segmentPage(
      page(
        [
          'Harbour rates ease in latest week',
          'June 3, 2025',
          '',
          PARA_A,
          '',
          'Average rates of city and trust banks',
          '',
          'Under 60 days 4.33 pct (4.32)',
          '',
          '60-90 days 4.13 pct (4.37)',
          '',
          'Average rates of city and trust banks',
          '',
          '90-120 days 4.35 pct (4.30)',
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(1);
    const rows = segmentPage(
      page(
        [
          'Harbour Corp third quarter net',
          'June 3, 2025',
          '',
          'Shr 37 cts vs 41 cts',
          'Net 35 mln vs 38 mln',
          'Revs not given',
          'Nine mths',
          'Shr 1.32 dlrs vs 1.18 dlrs',
          'Net 123 mln vs 106 mln',
          'Revs not given',
        ].join('\n'),
      ),
    );
    expect(rows).toHaveLength(1);
    expect(bodyText(rows[0]!.body)).toContain('Nine mths; Shr 1.32 dlrs vs 1.18 dlrs');
    // A date or stamp between a headline and its repeat is no row: the page title and heading still open one.
    const twice = segmentPage(
      page(
        [
          'Bridge closes to lorries',
          '',
          PARA_A,
          '',
          'Farmers protest new quotas',
          'Updated 04 March 2025',
          'Farmers protest new quotas',
          '',
          PARA_C,
        ].join('\n'),
      ),
    );
    expect(twice).toHaveLength(2);
  });
  it('takes an undated headline with no text above it for the header, never the body', () => {
    const [seg] = segmentPage(
      page(['Bridge closes to lorries', '', PARA_A, '', 'Inspection to take six weeks', '', PARA_B].join('\n')),
    );
    expect(seg!.header.map((l) => l.text)).toEqual(['Bridge closes to lorries']);
    expect(bodyText(seg!.body)).toBe(`${PARA_A}\nInspection to take six weeks\n${PARA_B}`);
  });
  it('keeps one article when its headline is printed again above its last part', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries',
          'June 3, 2025',
          '',
          PARA_A,
          '',
          'Bridge closes to lorries',
          'June 3, 2025',
          '',
          PARA_B,
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(1);
    expect(bodyText(segs[0]!.body)).toContain(PARA_B);
  });
  it('needs more than a short line and a date: not under an open sentence, not above a sentence that goes on', () => {
    // Under a line the break cut mid-sentence: part of that text.
    const open = page(
      [
        'Bridge closes to lorries',
        'June 3, 2025',
        PARA_A,
        'The council said the works on',
        'inspection of the six piers',
        'June 4, 2025',
        PARA_B,
      ].join('\n'),
    );
    expect(segmentPage(open)).toHaveLength(1);
    // A date then a sentence that opens in lower case: a wrapped sentence, no new article.
    const lower = page(
      [
        'Bridge closes to lorries',
        'June 3, 2025',
        '',
        PARA_A,
        '',
        'Work on the six piers',
        'June 4, 2025',
        '',
        'will begin in the autumn, once the regional grant is paid, the engineers said.',
      ].join('\n'),
    );
    expect(segmentPage(lower)).toHaveLength(1);
    // A subheading and a date with no blank line above, on a page that sets its parts apart with blank lines.
    const sub = page(
      [
        'Bridge closes to lorries',
        'June 3, 2025',
        '',
        PARA_A,
        'Inspection of the six piers',
        'June 4, 2025',
        '',
        PARA_B,
      ].join('\n'),
    );
    const segs = segmentPage(sub);
    expect(segs).toHaveLength(1);
    // …and the story goes on past it.
    expect(bodyText(segs[0]!.body)).toContain(PARA_B);
  });
  it('opens the next article at the headline right above its date, not at a headline-shaped line before that', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries for six weeks',
          'June 3, 2025',
          PARA_A,
          'Harvest festival opens in the valley',
          'Farmers protest new quotas in the valley',
          'June 2, 2025',
          PARA_C,
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(2);
    expect(segs[1]!.header.map((l) => l.text)).toEqual(['Farmers protest new quotas in the valley', 'June 2, 2025']);
  });
  it('takes a date line between paragraphs as a break: text above it under the headline is header, not story', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries for six weeks',
          'The council acted after a survey of the piers.',
          'June 3, 2025',
          PARA_A,
          PARA_B,
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(1);
    expect(bodyText(segs[0]!.body)).toBe(`${PARA_A}\n${PARA_B}`);
  });
  it('goes on past chrome with a sentence the chrome cut, whatever its words', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries',
          'June 3, 2025',
          '',
          PARA_A,
          'Advertisement',
          'Share this article',
          'and six more weeks of works are planned for the autumn, after which the limit is lifted.',
        ].join('\n'),
      ),
    );
    expect(bodyText(segs[0]!.body)).toContain('six more weeks of works');
  });
  it('splits articles on a page that uses no blank lines at all', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries for six weeks',
          'June 3, 2025',
          PARA_A,
          'Farmers protest new quotas in the valley',
          'June 2, 2025',
          PARA_C,
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(2);
  });
  it('stops a story at a list of other stories about something else', () => {
    const segs = segmentPage(
      page(
        [
          'Bridge closes to lorries',
          'June 3, 2025',
          '',
          PARA_A,
          '',
          PARA_B,
          '',
          'Related stories',
          'Most read',
          '',
          'Tennis club opens two new clay courts for the summer season and offers free lessons.',
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(1);
    expect(bodyText(segs[0]!.body)).not.toContain('Tennis');
  });
  it('keeps a notice whose rows carry dates, or whose dateline runs into its first row', () => {
    const notice = segmentPage(
      page(
        [
          'Harbour Corp raises payout',
          ' date 2025-06-03',
          '',
          'HARBOURTON, June 3 - Qtly div 96 cts vs 90 cts',
          '',
          'Pay July One, 2025',
          '',
          'Record June 30, 2025',
          '',
          'Reuter',
        ].join('\n'),
      ),
    );
    expect(notice).toHaveLength(1);
    expect(bodyText(notice[0]!.body)).toBe(
      'HARBOURTON, June 3 - Qtly div 96 cts vs 90 cts; Pay July One, 2025; Record June 30, 2025',
    );
    const results = segmentPage(
      page(
        [
          'Harbour Savings year net',
          ' date 2025-06-03',
          '',
          'HARBOURTON, June 3 - Shr 1.86 dlrs vs 1.85 dlrs',
          '',
          'Net 1,923,304 vs 1,897,998',
        ].join('\n'),
      ),
    );
    expect(results).toHaveLength(1);
    expect(bodyText(results[0]!.body)).toBe(
      'HARBOURTON, June 3 - Shr 1.86 dlrs vs 1.85 dlrs; Net 1,923,304 vs 1,897,998',
    );
  });
  it('keeps a table of prices under a headline that is itself a time stamp', () => {
    const table = segmentPage(
      page(
        [
          'HARBOUR OATS FUTURES 11:05 EDT',
          ' date 2025-06-03',
          '',
          'JUL5 151 1/4 UP 1/2',
          '',
          'SEP5 149 OFF 1/4',
          '',
          'DEC5 -- --',
        ].join('\n'),
      ),
    );
    expect(table).toHaveLength(1);
    expect(bodyText(table[0]!.body)).toBe('JUL5 151 1/4 UP 1/2; SEP5 149 OFF 1/4; DEC5 -- --');
  });
  it('indexes a table of two short rows whole', () => {
    const table = readDocumentsNow(
      'close.txt',
      [
        'HARBOUR EXCHANGE OAT CLOSE 1614 - JUN 3',
        ' date 2025-06-03',
        '',
        'Jul --- --- --- 5507',
        '',
        'Sep --- --- --- 4885',
      ].join('\n'),
    );
    expect('docs' in table && table.docs.map((d) => d.passages.map((p) => p.text))).toEqual([
      ['Jul --- --- --- 5507; Sep --- --- --- 4885'],
    ]);
  });
  it('takes a notice of one row under a dated headline as a brief, not a line of a word or two', () => {
    const one = segmentPage(
      page(['Harbour Corp quarterly dividend', 'June 3, 2025', '', 'Qtly div 48 cts'].join('\n')),
    );
    expect(one.map((s) => [s.brief, s.body.map((l) => l.text)])).toEqual([[true, ['Qtly div 48 cts']]]);
    expect(
      segmentPage(page(['Harbour Corp quarterly dividend', 'June 3, 2025', '', 'Read more'].join('\n'))),
    ).toHaveLength(0);
  });
  it('takes a few rows under a dated headline for a notice, but a long list of lines for a list, not a notice', () => {
    const teasers = [
      'Harbour board names new pilots',
      'Ferry timetable changes next week',
      'Dock workers vote on new contract',
      'Lighthouse reopens to visitors',
      'Fishing fleet returns early',
      'Tug crews train for winter storms',
      'Customs office moves to quay',
      'Cruise season opens with parade',
      'Pier repairs finish ahead of plan',
      'Marina fees rise for larger boats',
      'Coastguard praises volunteer crews',
      'Canal lock closes for inspection',
      'Shipyard hires young apprentices',
    ];
    const under = (rows: string[]) =>
      segmentPage(page(['Harbour news in brief', 'June 3, 2025', '', ...rows].join('\n'))).map((s) => s.brief);
    expect(under(teasers.slice(0, 4))).toEqual([true]);
    // Thirteen rows of headlines is a list of other stories (MAX_NOTICE_ROWS), nothing to read.
    expect(under(teasers)).toEqual([]);
  });
  it('keeps a story of table rows under its headline as one line of rows', () => {
    const segs = segmentPage(
      page(
        [
          'Harbour Corp first quarter net',
          'June 3, 2025',
          '',
          'Shr 55 cts vs 24 cts',
          'Net 4.1 mln vs 1.9 mln',
          'Revs 16.1 mln vs 12.0 mln',
        ].join('\n'),
      ),
    );
    expect(segs).toHaveLength(1);
    expect(bodyText(segs[0]!.body)).toBe('Shr 55 cts vs 24 cts; Net 4.1 mln vs 1.9 mln; Revs 16.1 mln vs 12.0 mln');
  });
});

describe('metadata', () => {
  const meta = (text: string) => readMeta(segmentPage(page(text))[0]!);
  it('takes the headline the page repeats over a later headline-shaped line', () => {
    expect(
      meta(
        [
          'Bridge closes to lorries for six weeks',
          'Council acts after pier survey',
          'Bridge closes to lorries for six weeks',
          '',
          PARA_A,
        ].join('\n'),
      ).title,
    ).toBe('Bridge closes to lorries for six weeks');
  });
  it('takes the headline a date follows over the line just above the text', () => {
    expect(
      meta(
        ['Bridge closes to lorries for six weeks', 'June 3, 2025', 'Council acts after pier survey', '', PARA_A].join(
          '\n',
        ),
      ).title,
    ).toBe('Bridge closes to lorries for six weeks');
  });
  it('takes the first headline a date follows when several are, not a venue printed between it and the date', () => {
    // One article's header as it is, so that only the ranking decides.
    const lines = page(
      ['Harbourside v Northfield', 'Saturday, 14 March', 'Quayside Park, Port Ellen', '1500 GMT', PARA_A].join('\n'),
    );
    expect(readMeta({ header: lines.slice(0, 4), body: lines.slice(4), all: lines }).title).toBe(
      'Harbourside v Northfield',
    );
  });
  it('never takes a name with its club or city (a team sheet, a venue) over a headline beside it', () => {
    for (const entry of ['Gareth Hale (Pembrokeshire)', 'Quayside Park, Port Ellen'])
      expect(meta(['Harbourside v Northfield', entry, '', PARA_A].join('\n')).title, entry).toBe(
        'Harbourside v Northfield',
      );
    // A headline in title case with a comma is no such entry.
    expect(meta(['Valley news roundup today', 'Mayor, Council Agree Budget', '', PARA_A].join('\n')).title).toBe(
      'Mayor, Council Agree Budget',
    );
  });
  it('takes the opening headline over a later line on the same subject, not over a masthead', () => {
    expect(
      meta(['Bridge closes to lorries for six weeks', 'Lorries to use ring road', '', PARA_A].join('\n')).title,
    ).toBe('Bridge closes to lorries for six weeks');
    // A masthead ("The Valley Courier") names the outlet, whatever words it shares with the headline.
    expect(meta(['The Valley Courier', 'Valley bridge closes to lorries', '', PARA_A].join('\n')).title).toBe(
      'Valley bridge closes to lorries',
    );
  });
  it('otherwise takes the last headline-shaped line before the text', () => {
    expect(
      meta(['Valley news roundup today', 'Bridge closes to lorries for six weeks', '', PARA_A].join('\n')).title,
    ).toBe('Bridge closes to lorries for six weeks');
  });
  it('reads the date from a date line, or a date opening the first paragraph, which it takes off the text', () => {
    expect(meta(['Bridge closes to lorries', 'June 3, 2025', '', PARA_A].join('\n')).date).toBe('2025-06-03');
    const seg = segmentPage(
      page(['Bridge closes to lorries', 'Roads and transport', '', `2025-06-16 ${PARA_A}`].join('\n')),
    )[0]!;
    expect(readMeta(seg).date).toBe('2025-06-16');
    expect(seg.body[0]!.text).toBe(PARA_A);
  });
  it('finds the publisher on a "Source:" line, a label repeated in the header, or how the text names itself', () => {
    expect(meta(['Bridge closes to lorries', '', PARA_A, 'Source: Valley Courier'].join('\n')).source).toBe(
      'Valley Courier',
    );
    expect(meta(['Valley Courier', 'Bridge closes to lorries', 'Valley Courier', '', PARA_A].join('\n')).source).toBe(
      'Valley Courier',
    );
    expect(
      meta(
        [
          'Bridge closes to lorries',
          '',
          `${PARA_A} The Valley Courier could not independently verify the survey.`,
        ].join('\n'),
      ).source,
    ).toBe('Valley Courier');
    expect(meta(['Bridge closes to lorries', '', PARA_A].join('\n')).source).toBeNull();
  });
  it('keeps the wire of a dateline or sign-off beside the outlet', () => {
    const m = meta(
      ['Bridge closes to lorries', '', `KABUL, June 3 (Reuters) - ${PARA_A}`, 'Source: Valley Courier'].join('\n'),
    );
    expect(m.wire).toBe('Reuters');
    expect(publisherOf(m)).toBe('Valley Courier (via Reuters)');
    expect(meta(['Bridge closes to lorries', '', PARA_A, 'Reuter'].join('\n')).wire).toBe('Reuters');
  });
  it('reads a sign-off through what the transmission left after it, and takes a run-on one off the text', () => {
    for (const signOff of ['REUTER...', 'Reuter…', 'REUTER E', 'REUTER TAW', 'Reuter4', 'REUTER11:43/VB', 'REUTER^M'])
      expect(meta(['Bridge closes to lorries', '', PARA_A, signOff].join('\n')).wire, signOff).toBe('Reuters');
    for (const signOff of [' REUTER', ' REUTER...', ' reuter^M', ' REUTER... ^M', ' AFP']) {
      const seg = segmentPage(page(['Bridge closes to lorries', '', PARA_B, `${PARA_A}${signOff}`].join('\n')))[0]!;
      expect(readMeta(seg).wire, signOff).toBe(signOff.includes('AFP') ? 'AFP' : 'Reuters');
      expect(bodyText(seg.body).endsWith(`${PARA_B}\n${PARA_A}`), signOff).toBe(true);
    }
    // A price table run on after the last sentence, its columns led by dots, is read through once: it holds no
    // sign-off (split every way a run of dots can be, it took the reader minutes).
    const priceTable =
      'RATES.(USD/T)......BID..............ASK.......... PORT A (FOB)........210/215..............220/226.......... ' +
      'PORT B (CIF)........230/235..............241/246.......... LISTED PRICES-FOB' +
      '.'.repeat(42) +
      ' POSTED PRICE.(4/1).....199.................205.00.........';
    const tabled = segmentPage(
      page(['Bridge closes to lorries', '', PARA_B, `${PARA_A} ${priceTable}`].join('\n')),
    )[0]!;
    expect(readMeta(tabled).wire).toBeNull();
    expect(bodyText(tabled.body)).toContain('POSTED PRICE');
    // Keyed with a letter dropped or added, in capitals; a word a letter away that is another word is none.
    for (const slip of ['REUTE', 'REUITER', 'RUTER', 'XINHUAA'])
      expect(meta(['Bridge closes to lorries', '', PARA_A, slip].join('\n')).wire, slip).not.toBeNull();
    for (const word of ['ROUTER', 'ROUTE', 'Reute', 'KYOTO', 'RETURNS'])
      expect(meta(['Bridge closes to lorries', '', PARA_A, word].join('\n')).wire, word).toBeNull();
    // Run on to a short last sentence, a table's last row or a ticker.
    const short = segmentPage(
      page(['Bridge closes to lorries', '', PARA_A, 'Gold futures remained idle. REUTER'].join('\n')),
    )[0]!;
    expect(readMeta(short).wire).toBe('Reuters');
    const table = segmentPage(
      page(
        [
          'Harbour Corp sees higher profit',
          'June 3, 2025',
          '',
          PARA_A,
          '',
          'Chemicals 4.4 mln vs 4.0 mln',
          'Electronics 1.0 mln vs 0.1 mln REUTER',
        ].join('\n'),
      ),
    )[0]!;
    expect(readMeta(table).wire).toBe('Reuters');
    expect(bodyText(table.body)).toContain('Electronics 1.0 mln vs 0.1 mln');
    expect(bodyText(table.body)).not.toContain('REUTER');
    const ticker = `${PARA_B}\nNote - Full name is Harbour Corp NV <HBRC.AS> REUTER`;
    expect(meta(['Bridge closes to lorries', '', PARA_A, ticker].join('\n')).wire).toBe('Reuters');
    // A wire named at the end of a line of text is no sign-off.
    expect(
      meta(['Bridge closes to lorries', '', PARA_A, `${PARA_B} The plan was first reported by AFP`].join('\n')).wire,
    ).toBeNull();
    // A figure or capitals ending a sentence are no transmission: the line is no sign-off.
    expect(meta(['Bridge closes to lorries', '', PARA_A, 'Revenue 42'].join('\n')).wire).toBeNull();
    expect(meta(['Bridge closes to lorries', '', `${PARA_A} It rose 4 pct in 1986.`].join('\n')).wire).toBeNull();
  });
  it('takes no wire from a story that says it spoke to one: an outlet quotes a wire as it quotes anyone', () => {
    const told = `${PARA_A} "We will reopen it," a council spokesman told Reuters.`;
    expect(meta(['Bridge closes to lorries', '', told].join('\n')).wire).toBeNull();
  });
  it("settles a yearless dateline from the file, and the masthead as every article's publisher", () => {
    const lines = page(
      [
        'Valley Courier',
        '',
        'Bridge closes to lorries',
        'June 3, 2025',
        '',
        PARA_A,
        '',
        'Farmers protest new quotas',
        '2 hours ago',
        '',
        `ROME, May 30 (AP) - ${PARA_C}`,
        '',
        'Valley Courier',
      ].join('\n'),
    );
    const segs = segmentPage(lines);
    expect(segs).toHaveLength(2);
    const metas = segs.map(readMeta);
    expect(metas[1]!.date).toBeNull();
    expect(mastheadOf(lines)).toBe('Valley Courier');
    settleFile(metas, mastheadOf(lines));
    expect(metas[1]!.date).toBe('2025-05-30');
    expect(metas.map((m) => m.source)).toEqual(['Valley Courier', 'Valley Courier']);
  });
  it('takes a short name in the header for the publisher only when the header prints it twice', () => {
    expect(meta(['Valley Roads', 'Bridge closes to lorries', '', PARA_A].join('\n')).source).toBeNull();
  });
  it('lends an article with no publisher the one of a sibling sharing its chrome, never over its own', () => {
    const m = (source: string | null) => ({
      title: null,
      date: null,
      yearless: null,
      ago: null,
      source,
      wire: null,
      sourceFrom: source ? ('label' as const) : null,
      chrome: new Set(['menu news sport']),
    });
    const metas = [m('Valley Courier'), m('Harbour Gazette'), m(null)];
    settleFile(metas);
    expect(metas.map((x) => x.source)).toEqual(['Valley Courier', 'Harbour Gazette', 'Valley Courier']);
  });
  it('titles an article that has none by its first sentence, without a dateline', () => {
    expect(fallbackTitle('KABUL: The old bridge closed to lorries on Monday. Drivers will use the ring road.')).toBe(
      'The old bridge closed to lorries on Monday.',
    );
    expect(fallbackTitle(PARA_A).length).toBeLessThanOrEqual(100);
    expect(fallbackTitle(PARA_A).endsWith('…')).toBe(true);
  });
});

describe('articles whose format gave their bounds', () => {
  it('drop the lines that open them without being part of them, not a table under the headline', () => {
    const lines = page(['Bridge closes to lorries', 'June 3, 2025', 'By Ana Ruiz', 'Roads', PARA_A].join('\n'));
    expect(isHeaderLine(lines[0]!, 'Bridge closes to lorries')).toBe(true);
    expect(isHeaderLine(lines[3]!, null)).toBe(true);
    expect(isHeaderLine(lines[4]!, null)).toBe(false);
    expect(isHeaderLine(page('Shr 55 cts vs 24 cts')[0]!, null)).toBe(false);
    expect(bodyText(articleSegment(lines, 'Bridge closes to lorries').body)).toBe(PARA_A);
  });
  it('keep a teaser that is only its headline, found by it', () => {
    const seg = articleSegment(
      page('Bridge closes to lorries for six weeks'),
      'Bridge closes to lorries for six weeks',
    );
    expect(bodyText(seg.body)).toBe('Bridge closes to lorries for six weeks');
  });
});

describe('hard-wrapped lines', () => {
  it('go on when a line ends with no stop and the next opens in lower case, or in a script without case', () => {
    expect(continues('The council voted on Monday', 'to close the bridge.')).toBe(true);
    expect(continues('The council voted on Monday.', 'to close the bridge.')).toBe(false);
    expect(continues('Bridge closes to lorries', 'The council voted on Monday.')).toBe(false);
    expect(continues('أغلقت السلطات الجسر', 'أمام الشاحنات يوم الاثنين.')).toBe(true);
  });
  it('never join a date, a stamp, a byline or a credit', () => {
    expect(continues('Bridge closes to lorries', 'June 3, 2025')).toBe(false);
    expect(continues('June 3, 2025', 'after a survey')).toBe(false);
    expect(continues('Bridge closes to lorries', '2 hours ago')).toBe(false);
    expect(continues('By Ana Ruiz', 'and the council')).toBe(false);
    expect(continues('افتتاح محطة جديدة', '3 يونيو 2025')).toBe(false);
  });
  it('are joined back into paragraphs, blank lines and other lines kept', () => {
    expect(
      unwrapLines(
        'Bridge closes\n\nThe council voted\non Monday to close\nthe bridge.\nDrivers will\nuse the ring road.',
      ),
    ).toBe('Bridge closes\n\nThe council voted on Monday to close the bridge.\nDrivers will use the ring road.');
  });
});

describe('paragraphs a blank line broke', () => {
  it('are joined when the line above is open and the line below opens with a word in lower case', () => {
    expect(unwrapLines('The council said that the\n\ncontractor\n\nwould start in April.')).toBe(
      'The council said that the contractor would start in April.',
    );
  });
  it('are not joined at a heading, a note in brackets, a brand, a table row or a caseless script', () => {
    for (const text of [
      'Bridge closes to lorries\n\n(after a survey of the piers)',
      'Phone sales rise in the valley\n\niPhone sales led the rise.',
      'Shr 55 cts vs 24 cts\n\nrevs 16.1 mln vs 12.0 mln',
      'The council voted on Monday.\n\nthen it adjourned',
      'أغلقت السلطات الجسر\n\nأمام الشاحنات يوم الاثنين.',
    ])
      expect(unwrapLines(text), text).toBe(text);
  });
});

describe('labels', () => {
  const line = (text: string) => page(text)[0]!;
  it("have a label's shape: a few words, no stop, no figure, not a capitalised name", () => {
    for (const t of ['Based on facts', 'Fact check', 'Live from the summit'])
      expect(hasLabelShape(line(t)), t).toBe(true);
    // One capitalised word ("Analysis", "Opinion") cannot be told from a masthead ("Reuters") by shape; it is never
    // a title or a passage anyway (fewer than three words).
    for (const t of [
      'Analysis',
      'Valley Courier',
      'The Valley Courier',
      'Bridge closes to lorries for weeks',
      'Top 10 stories',
      'Based on facts.',
    ])
      expect(hasLabelShape(line(t)), t).toBe(false);
  });
  it('are marked only beside a longer headline, above or below it', () => {
    const kinds = (text: string) => markLabels(page(text)).map((l) => l.kind);
    expect(kinds(['Based on facts', 'Bridge closes to lorries for six weeks', 'June 3, 2025'].join('\n'))).toEqual([
      'label',
      'short',
      'date',
    ]);
    expect(kinds(['Bridge closes to lorries for six weeks', 'Based on facts', 'June 3, 2025'].join('\n'))).toEqual([
      'short',
      'label',
      'date',
    ]);
    expect(kinds(['Based on facts', 'June 3, 2025', PARA_A].join('\n'))).toEqual(['short', 'date', 'prose']);
    // A headline not three words longer than the line beside it is no sign that the line is a label.
    expect(kinds(['Bridge works begin', 'Bridge closes to lorries', 'June 3, 2025'].join('\n'))).toEqual([
      'short',
      'short',
      'date',
    ]);
  });
  it('are never a headline over its standfirst, which shares two of its words', () => {
    const kinds = (text: string) => markLabels(page(text)).map((l) => l.kind);
    expect(
      kinds(['Ferry harbour fees rise', 'Ferry operators will pay higher harbour fees from the spring'].join('\n')),
    ).toEqual(['short', 'short']);
    // One word in common is no sign: a label can name the place of a story.
    expect(kinds(['Live from the summit', 'Leaders sign a water treaty at the summit in Geneva'].join('\n'))).toEqual([
      'label',
      'short',
    ]);
  });
  it('never become a title', () => {
    const lines = markLabels(
      page(['Bridge closes to lorries for six weeks', 'Based on facts', 'June 3, 2025', '', PARA_A].join('\n')),
    );
    expect(readMeta(segmentPage(lines)[0]!).title).toBe('Bridge closes to lorries for six weeks');
  });
});
