import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/corpus/ingest.js';
import { wireName, withWire } from '../src/ingest/wires.js';

const ingest = (text: string, file = 'page.txt') => ingestFile({ file, text, hash: 'h' });
const one = (text: string) => {
  const r = ingest(text);
  expect(r.docs, r.skipped?.reason).toHaveLength(1);
  return r.docs[0]!;
};

// Pages written to the shapes outlets print: masthead, headline, byline, stamp, caption with credit, text, footer.
const WIRE_PAGE = [
  'Daily Ledger',
  'World | Business | Sport',
  'Border crossing reopens after week-long closure',
  'By Staff Reporter',
  'Published June 3, 2025 at 9:14 AM EDT',
  'Trucks wait at the crossing on Monday. REUTERS/Omar Farouk',
  'KABUL, June 3 (Reuters) - The main border crossing between the two countries reopened on Tuesday after a week-long closure that left thousands of trucks stranded, officials on both sides said.',
  'Traders said the closure had cost them millions of dollars in spoiled fruit and vegetables, and called for a lasting agreement on the crossing.',
  'Daily Ledger',
].join('\n');

describe('publication dates in the forms news prints', () => {
  it('reads "Published <date> at <time> <zone>", "<date> <time> GMT+03:00", DD-MM-YYYY and datelines with a year', () => {
    expect(one(WIRE_PAGE).date).toBe('2025-06-03');
    const body =
      'The council approved the plan on Monday after a long debate over its cost, members said after the vote.';
    expect(one(`Council approves harbour plan\nJune 03, 2025 07:45 PM GMT+03:00\n${body}`).date).toBe('2025-06-03');
    expect(one(`Council approves harbour plan\n23-05-2025\n${body}`).date).toBe('2025-05-23');
    expect(one(`Council approves harbour plan\n date 2024-11-05\n${body}`).date).toBe('2024-11-05');
    const city = one(`Council approves harbour plan\nMay 21, 2025 (ISLAMABAD) – ${body}`);
    expect(city.date).toBe('2025-05-21');
    // The dateline's city is a place, never the publisher.
    expect(city.source).toBeNull();
  });
});

describe('publishers from what the page says', () => {
  it('keeps the wire beside the outlet that carries it, and never takes a byline, credit or stamp as the title', () => {
    const d = one(WIRE_PAGE);
    expect(d.source).toBe('Daily Ledger (via Reuters)');
    expect(d.title).toBe('Border crossing reopens after week-long closure');
    for (const junk of ['REUTERS/Omar Farouk', 'By Staff Reporter', '9:14 AM']) expect(d.text).not.toContain(junk);
  });
  it('finds a wire from its sign-off, its credit line or "— Agencies", alone or run on after the last sentence', () => {
    const body =
      'The company said it would buy back up to five pct of its shares over the next year, citing strong cash flow.';
    expect(one(`ACME CORP SETS BUYBACK\n date 1987-03-02\n\n${body}\n\nReuter\n`).source).toBe('Reuters');
    expect(one(`ACME CORP SETS BUYBACK\n date 1987-03-02\n\n${body} REUTER\n`).source).toBe('Reuters');
    expect(one(`Ministers meet on water sharing\n date 2025-02-10\n${body}\nSOURCE: AA`).source).toBe('Anadolu Agency');
    expect(one(`Ministers meet on water sharing\n date 2025-02-10\n${body}\n— Agencies`).source).toBe('Agencies');
    expect(one(`Ministers meet on water sharing\n date 2025-02-10\nWASHINGTON (AP) — ${body}`).source).toBe('AP');
  });
  it('never takes a pronoun, a count or a period of time for a publisher', () => {
    const d = one(
      'Nine mths 1987 results\nNine mths 30-06-1987\nHe could not confirm the figures, which the company said were preliminary and unaudited.\nYear 1986 included a one-time gain from the sale of a unit, the company said.',
    );
    expect(d.source).toBeNull();
    expect(
      one(
        'Storm damage counted\n date 2025-01-04\nPolice could not confirm how many homes were damaged when the storm hit the coast overnight.',
      ).source,
    ).toBeNull();
  });
  it('names wires by their usual names and shows an outlet that is itself a wire once', () => {
    expect(wireName('REUTER')).toBe('Reuters');
    expect(wireName('The Associated Press')).toBe('AP');
    expect(wireName('XINHUA')).toBe('Xinhua');
    expect(wireName('AFP')).toBe('AFP');
    expect(wireName('Kabul')).toBeNull();
    expect(withWire('AFP', 'AFP')).toBe('AFP');
    expect(withWire(null, 'AP')).toBe('AP');
    expect(withWire('Reuters', 'Reuters')).toBe('Reuters');
    expect(withWire('The Ledger', null)).toBe('The Ledger');
  });
});

describe('short real stories are kept', () => {
  it('keeps an earnings table under its headline, titled by the headline, searchable by its rows', () => {
    const d = one(
      'ACME WIDGETS <ACW> 4TH QTR NET\n date 1987-02-26\n\nDAYTON, Ohio, Feb 26 - Shr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000\n\nRevs 16.1 mln vs 3,971,000\n\nReuter\n',
    );
    expect(d.title).toBe('ACME WIDGETS <ACW> 4TH QTR NET');
    expect(d.text).toContain('Net 807,000 vs 2,858,000');
    expect(d.passages.length).toBeGreaterThan(0);
    expect(d.source).toBe('Reuters');
    expect(d.lang).toBe('en');
  });
  it('keeps a dividend notice, and the table of a story with a note under it', () => {
    const notice = one(
      'BAYSIDE TRUST SETS QUARTERLY\n date 1987-03-02\n\nBOSTON, March 2 - Qtly div 48 cts vs 44 cts prior\n\nPay May One\n\nRecord April One\n\nReuter\n',
    );
    expect(notice.text).toMatch(/Qtly div 48 cts.*Pay May One.*Record April One/);
    const noted = one(
      'BAYSIDE BANK YEAR NET\n date 1987-02-26\n\nShr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000\n\nLoans 299.2 mln vs 327.2 mln\n\nNote: Year includes an extraordinary gain from a tax carry forward of 132,000 dlrs, or five cts per shr.\n\nReuter\n',
    );
    expect(noted.title).toBe('BAYSIDE BANK YEAR NET');
    expect(noted.text).toContain('Loans 299.2 mln vs 327.2 mln');
    expect(noted.text).toContain('extraordinary gain');
  });
  it('keeps a notice of one row or a few under its dated headline, figures or none', () => {
    const clocks = one('CLOCK CHANGES.\n date 1990-03-01\n\nMARCH 25 - PORTUGAL MOVES CLOCKS FORWARD ONE HOUR.\n');
    // The headline above the date line, stopped as wires print them; the one row is the passage.
    expect([clocks.title, clocks.date, clocks.passages.length]).toEqual(['CLOCK CHANGES', '1990-03-01', 1]);
    expect(clocks.text).toContain('PORTUGAL MOVES CLOCKS');
    const meetings = one(
      'ANALYST MEETINGS - March 3\n date 1987-03-03\n\nHarbor Lights Trust - New York\n\nGreen Valley Foods - Chicago\n\nReuter\n',
    );
    expect(meetings.title).toBe('ANALYST MEETINGS - March 3');
    expect(meetings.source).toBe('Reuters');
    expect(meetings.text).toBe('Harbor Lights Trust - New York; Green Valley Foods - Chicago');
  });
  it('skips a list of menu items, a list under chrome or a second heading, and a long list of names, with the reason', () => {
    const reason = 'no running text (only headings, labels or a list)';
    // Rows of a word or two are menu items.
    expect(ingest('Harbour Gazette Today\n date 1990-05-04\n\nHome\n\nLocal sport\n').skipped?.reason).toBe(reason);
    // Two headings above the date: no notice's shape.
    expect(
      ingest('Harbour Gazette\n\nTown council news\n date 1990-05-04\n\nHarbor Lights Trust - New York\n').skipped
        ?.reason,
    ).toBe(reason);
    // Chrome among the rows.
    expect(
      ingest(
        'ANALYST MEETINGS - May 4\n date 1990-05-04\n\nHarbor Lights Trust - New York\n\nSubscribe to our newsletter\n',
      ).docs,
    ).toHaveLength(0);
    // More rows than a notice holds, none with a figure: a list, judged as one.
    const names = Array.from({ length: 13 }, (_, i) => `Harbor Trust Unit ${'ABCDEFGHIJKLM'[i]} - Boston`).join('\n\n');
    expect(ingest(`ANALYST MEETINGS - May 4\n date 1990-05-04\n\n${names}\n`).docs).toHaveLength(0);
    const links = Array.from({ length: 5 }, (_, i) => `Related Articles: story number ${i} you may have missed`).join(
      '\n',
    );
    expect(ingest(links).docs).toHaveLength(0);
  });
});

describe('sentences with subscription words', () => {
  it('keeps a reported sentence that says subscribe, consent or terms, and cuts the ones addressed to the reader', () => {
    const d = one(
      [
        'Chemicals group plans rights issue',
        ' date 1987-04-01',
        'Existing shareholders will have a preferential right to subscribe to the issue in the ratio of one new share for every five held. Subscribe to our newsletter for the latest market news.',
        'Terms and conditions of the contract would be subject to the approval of the regulators, the company said, and the board gave its consent on Tuesday.',
      ].join('\n'),
    );
    expect(d.text).toContain('preferential right to subscribe');
    expect(d.text).toContain('Terms and conditions of the contract');
    expect(d.text).not.toContain('Subscribe to our newsletter');
  });
});

describe('a standfirst under the headline', () => {
  it('takes the headline above a standfirst for the title, and a long headline alone for itself', () => {
    const page = (...lines: string[]) => one(lines.join('\n\n'));
    const body =
      'Beer and spirits carry heavy duties in the country, so breweries have searched for cheaper drinks that taste alike, and sales of those drinks grew by a fifth last year.';
    expect(
      page(
        'Brewers turn to beer alternatives',
        'Brewers are increasingly making money from beer-flavoured drinks rather than from beer itself',
        body,
      ).title,
    ).toBe('Brewers turn to beer alternatives');
    // A headline written as a sentence, with nothing above it, is the title.
    expect(page('Brewers are making more money from drinks that only taste like beer these days', body).title).toBe(
      'Brewers are making more money from drinks that only taste like beer these days',
    );
  });
});

describe('headlines that end in a quotation', () => {
  it('takes a headline closed by a quote mark for the title, not for a sentence of the story', () => {
    const d = one(
      [
        "Carmaker deal 'may cost 1,500 jobs'",
        '',
        'Some 1,500 jobs at the carmaker plant in the north may go if a rival buys a stake in the firm, a newspaper has reported.',
        '',
        'The union said it would fight any cuts and asked ministers to step in before the sale went ahead.',
      ].join('\n'),
    );
    expect(d.title).toBe("Carmaker deal 'may cost 1,500 jobs'");
    expect(d.text.startsWith('Some 1,500 jobs')).toBe(true);
  });
});

describe('splitting', () => {
  it('keeps one article when its headline is printed again further down, and still splits two articles', () => {
    const para = (s: string) =>
      `${s} officials said on Tuesday, adding that the work would take most of the summer to complete.`;
    const article = (title: string, date: string, a: string, b: string) =>
      [title, date, para(a), title, date, para(b)].join('\n');
    const one = ingest(
      article(
        'Canal lock repairs start next month',
        'Updated 2 June 2025',
        'The canal lock will close for repairs,',
        'Boats will use the old channel meanwhile,',
      ),
    );
    expect(one.docs).toHaveLength(1);
    expect(one.docs[0]!.text).toContain('old channel');
    const two = ingest(
      [
        article(
          'Canal lock repairs start next month',
          'Updated 2 June 2025',
          'The canal lock will close for repairs,',
          'Boats will use the old channel,',
        ),
        'Bridge toll to rise in autumn',
        'Updated 3 June 2025',
        para('The toll on the river bridge will rise in October,'),
      ].join('\n'),
    );
    expect(two.docs.map((d) => d.title)).toEqual([
      'Canal lock repairs start next month',
      'Bridge toll to rise in autumn',
    ]);
  });
});
