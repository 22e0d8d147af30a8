// Publication dates, wires and headlines in the forms outlets print them, English, French and Arabic
// (tests/fixtures/outlets/, pages written to real patterns): each page's date, publisher and title, and no byline,
// stamp or credit as a passage.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { bylineWire, outletWithWire, wireName, wireSignOff } from '../src/ingest/wires.js';
import { isByline, isRelativeStamp, isTimestamp } from '../src/ingest/chrome.js';
import { hoursAgo, stampDate } from '../src/ingest/stamp-dates.js';
import { continues } from '../src/ingest/unwrap.js';
import { deskCredit, isDeskCredit } from '../src/ingest/desk-credits.js';

const docOf = (name: string) => {
  const r = readDocumentsNow(name, readFileSync(join(import.meta.dirname, 'fixtures', 'outlets', name), 'utf8'));
  if ('reason' in r) throw new Error(r.reason);
  expect(r.docs).toHaveLength(1);
  return r.docs[0]!;
};

/** Each page: the title, date and publisher it prints, and words that are chrome and must be in no passage. */
const PAGES: [string, { title: string; date: string | null; source: string | null; chrome: string[] }][] = [
  [
    'fr-publie-avec-afp.txt',
    {
      title: 'Gaza : les médiateurs annoncent une nouvelle trêve de six semaines',
      date: '2025-05-21',
      source: 'AFP',
      chrome: ['Publié le', 'Mis à jour', 'Jeanne Martin'],
    },
  ],
  [
    'fr-slash-date-dateline.txt',
    {
      title: 'Ukraine : Kiev et Moscou échangent des centaines de prisonniers',
      date: '2025-05-21',
      source: 'AFP',
      chrome: ['21/05/2025'],
    },
  ],
  [
    'fr-mis-a-jour-sign-off.txt',
    {
      title: "Le Sénat adopte le projet de loi sur l'énergie après un long débat",
      date: '2025-05-21',
      source: 'AFP',
      chrome: ['Mis à jour', 'avec AFP'],
    },
  ],
  [
    'ar-levant-month.txt',
    {
      title: 'وزراء الخارجية العرب يبحثون في القاهرة خطة لإعادة إعمار غزة',
      date: '2025-05-21',
      source: null,
      chrome: ['٢٠٢٥', 'أخبار الشرق'],
    },
  ],
  [
    'ar-egypt-anadolu.txt',
    {
      title: 'البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي',
      date: '2025-05-21',
      source: 'Anadolu Agency',
      chrome: ['٠٢:٣٠'],
    },
  ],
  [
    'ar-kanun-source.txt',
    {
      title: 'الأمم المتحدة تحذر من تفاقم الأزمة الإنسانية في السودان',
      date: '2025-01-21',
      source: 'AFP',
      chrome: ['المصدر', 'كانون'],
    },
  ],
  [
    'en-reporting-by-reuters.txt',
    {
      title: 'Harbour authority cuts port fees to win back shipping lines',
      date: '2025-05-21',
      source: 'Reuters',
      chrome: ['Reporting by', 'Editing by', 'Ringstrom'],
    },
  ],
  [
    'en-writer-contributed-ap.txt',
    {
      title: 'Storm knocks out power to thousands along the coast',
      date: '2025-05-21',
      source: 'AP',
      chrome: ['contributed to this report', 'Associated Press writers'],
    },
  ],
  [
    'en-relative-only.txt',
    {
      title: 'Flooding forces thousands from homes in northern Italy',
      // "3 hours ago" with nothing on the page to count back from gives no date.
      date: null,
      source: null,
      chrome: ['Last updated'],
    },
  ],
  [
    'en-updated-edt.txt',
    {
      title: 'Senate passes stopgap bill hours before shutdown deadline',
      date: '2025-05-21',
      source: null,
      chrome: ['Updated', 'Jane Roe'],
    },
  ],
  [
    'en-bst.txt',
    { title: 'Train drivers announce fresh strike dates over pay', date: '2025-05-21', source: null, chrome: ['BST'] },
  ],
  [
    'en-slash-stamp.txt',
    {
      title: 'Oil prices climb as supply worries mount',
      date: '2025-05-21',
      source: null,
      chrome: ['2:30 PM', 'an hour ago'],
    },
  ],
  [
    // An outlet after the writers, vouched for by the page's domain: the outlet is the publisher.
    'en-byline-broadcaster.txt',
    {
      title: 'Senate passes stopgap bill hours before shutdown deadline',
      date: '2025-09-26',
      source: 'CNN',
      chrome: ['Maria Okafor', 'Updated 11:42'],
    },
  ],
  [
    // An outlet after the writer, known by the word that ends outlets' names.
    'en-byline-outlet-word.txt',
    {
      title: 'Council approves new harbour footbridge after two-year review',
      date: '2025-03-03',
      source: 'The Harbour Herald',
      chrome: ['Aoife Brennan'],
    },
  ],
  [
    // A role after the writer is no outlet.
    'en-byline-role.txt',
    {
      title: 'Drought cuts wheat harvest across the southern plains',
      date: '2025-06-12',
      source: null,
      chrome: ['Idris Valconi', 'Senior Correspondent'],
    },
  ],
  [
    'en-byline-ap.txt',
    {
      title: 'Greek ferry workers walk off the job in pension dispute',
      date: null,
      source: 'AP',
      chrome: ['Costas Kantouris', 'Associated Press'],
    },
  ],
  [
    'en-dash-afp.txt',
    { title: 'Kenyan police fire tear gas at protesters in Nairobi', date: null, source: 'AFP', chrome: ['— AFP'] },
  ],
  [
    'en-source-anadolu.txt',
    {
      title: 'Earthquake of magnitude 5.1 shakes western Turkey',
      date: null,
      source: 'Anadolu Agency',
      chrome: ['SOURCE'],
    },
  ],
  [
    'en-with-afp.txt',
    { title: "Japan's economy shrinks for first time in a year", date: null, source: 'AFP', chrome: ['With AFP'] },
  ],
  [
    'en-agence-france-presse.txt',
    {
      title: "Iraq's parliament fails again to elect speaker",
      date: null,
      source: 'AFP',
      chrome: ['Agence France-Presse'],
    },
  ],
];

describe('pages in the forms outlets print', () => {
  for (const [file, want] of PAGES)
    it(`${file}: title, date and publisher as printed, no chrome in a passage`, () => {
      const d = docOf(file);
      expect(d.title).toBe(want.title);
      expect(d.date).toBe(want.date);
      expect(d.source).toBe(want.source);
      expect(d.passages.length).toBeGreaterThanOrEqual(2);
      for (const p of d.passages) for (const c of want.chrome) expect(p.text, c).not.toContain(c);
    });
});

describe('wire credits', () => {
  it('are read from bylines: after the writers, in brackets, or as the writer', () => {
    expect(bylineWire('By Costas Kantouris and Derek Gatopoulos, Associated Press')).toBe('AP');
    expect(bylineWire('By Jane Roe | Reuters')).toBe('Reuters');
    expect(bylineWire('Par Jeanne Martin (avec AFP)')).toBe('AFP');
    expect(bylineWire('By Reuters')).toBe('Reuters');
    expect(bylineWire('By The Associated Press')).toBe('AP');
    // An outlet, a role or a place after the names is no wire.
    for (const b of ['By Jane Roe and John Doe, CNN', 'By Jane Roe, Senior Correspondent', 'By Jane Roe, Paris'])
      expect(bylineWire(b), b).toBeNull();
  });
  it('a byline with a credit in brackets is still a byline', () => {
    expect(isByline('Par Jeanne Martin (avec AFP)')).toBe(true);
    expect(isByline('By Jane Roe (Reuters)')).toBe(true);
    expect(isByline('Gaza truce holds (for now)')).toBe(false);
  });
  it('are read from sign-off lines in English, French and Arabic', () => {
    for (const [line, wire] of <[string, string][]>[
      ['(With AFP)', 'AFP'],
      ['with AFP', 'AFP'],
      ['avec AFP', 'AFP'],
      ['(avec AFP)', 'AFP'],
      ['avec agences', 'Agencies'],
      ['SOURCE: Reuters', 'Reuters'],
      ['Source : AFP', 'AFP'],
      ['— AFP', 'AFP'],
      ['Agence France-Presse', 'AFP'],
      ['Anadolu', 'Anadolu Agency'],
      ['المصدر: وكالة الأنباء الفرنسية', 'AFP'],
      ['(رويترز)', 'Reuters'],
      ['(أ ف ب)', 'AFP'],
      ['وكالات', 'Agencies'],
    ])
      expect(wireSignOff(line), line).toBe(wire);
    for (const line of ['with the council', 'avec le maire', 'المصدر: وزارة الصحة', 'وكالة الأنباء'])
      expect(wireSignOff(line), line).toBeNull();
  });
  it('names Arabic agencies with hamza seats and the word "agency" folded', () => {
    expect(wireName('وكالة الأناضول')).toBe('Anadolu Agency');
    expect(wireName('الاناضول')).toBe('Anadolu Agency');
    expect(wireName('فرانس برس')).toBe('AFP');
    expect(wireName('القاهرة')).toBeNull();
  });
});

describe('stamps', () => {
  it('"Last updated: 3 hours ago" is a stamp that counts back, and no date on its own', () => {
    expect(isRelativeStamp('Last updated: 3 hours ago')).toBe(true);
    expect(isRelativeStamp('Published: 2 days ago')).toBe(true);
    expect(hoursAgo('Last updated: 3 hours ago')).toBe(3);
    expect(stampDate('Last updated: 3 hours ago')).toBeNull();
  });
  it('a stamp of parts set apart by slashes or bars gives the day one part prints', () => {
    expect(stampDate('May 21, 2025 / 2:30 PM / Updated an hour ago')).toBe('2025-05-21');
    expect(stampDate('Updated an hour ago | 21 May 2025 | 14:30 BST')).toBe('2025-05-21');
    expect(stampDate('Markets / 2:30 PM / Updated an hour ago')).toBeNull();
  });
});

describe('Arabic lines wrapped by a scrape', () => {
  it('join a line of several words to the next no longer than it; never a label or a masthead', () => {
    expect(continues('افتتح وزير الموارد المائية صباح اليوم', 'محطة جديدة لتحلية مياه البحر')).toBe(true);
    expect(continues('سياسة', 'وزراء الخارجية العرب يبحثون في القاهرة خطة لإعادة إعمار غزة')).toBe(false);
    expect(continues('أخبار الشرق', 'سياسة')).toBe(false);
    // A headline over a paragraph printed on one line.
    expect(
      continues(
        'وزراء الخارجية العرب يبحثون خطة الإعمار',
        'عقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة يوم الأربعاء لبحث خطة شاملة لإعادة إعمار قطاع غزة بعد الحرب.',
      ),
    ).toBe(false);
  });
});

describe('wire headlines', () => {
  const first = (text: string) => {
    const r = readDocumentsNow('wire.txt', text);
    if ('reason' in r) throw new Error(r.reason);
    return r.docs[0]!;
  };
  it('ending with an initialism keep it, its stop no sentence end', () => {
    const d = first(
      'HARBOUR BOARD TO BUY CRANES FROM U.S.\n date 1987-03-23\n\nSOUTHPORT, March 23 - The harbour board said it agreed to buy four container cranes from a U.S. maker for about 40 mln dlrs, to be delivered next year.\n Reuter\n',
    );
    expect(d.title).toBe('HARBOUR BOARD TO BUY CRANES FROM U.S.');
    expect(d.source).toBe('Reuters');
  });
  it('set all in capitals with a full stop are headlines, the stop left off; a sentence with one stays a sentence', () => {
    const story =
      'SOUTHPORT, March 23 - The harbour board said it hired a bank to arrange a 40 mln dlr credit facility for new cranes, to be delivered next year.\n\nThe board said the facility has a five year term.\n Reuter\n';
    const d = first(`HARBOUR BOARD MANDATES BANK FOR CRANE LOAN.\n date 1987-03-23\n\n${story}`);
    expect(d.title).toBe('HARBOUR BOARD MANDATES BANK FOR CRANE LOAN');
    expect(d.text).toMatch(/^SOUTHPORT, March 23/);
    // A line in mixed case ending with a stop is a sentence: the title is then taken from elsewhere.
    const mixed = first(`The harbour board mandates a bank for its crane loan.\n date 1987-03-23\n\n${story}`);
    expect(mixed.title).not.toBe('The harbour board mandates a bank for its crane loan');
  });
  it('holding an amount and a year are headlines, and a table’s first row under its dateline stays text', () => {
    const d = first(
      'HARBOUR BOARD SAYS 1986 DEFICIT 7.08 MLN DLRS\n date 1987-03-02\n\nHARBOURTON, Ore., March 2 - The harbour board said its deficit for 1986 was 7.08 mln dlrs, up from 5.2 mln dlrs a year earlier.\n Reuter\n',
    );
    expect(d.title).toBe('HARBOUR BOARD SAYS 1986 DEFICIT 7.08 MLN DLRS');
    const t = first(
      'KELDON PUMPS INC <KPI> 4TH QTR NET\n date 1987-03-02\n\nHARBOURTON, Ore., March 2 - Shr 41 cts vs 1.27 dlrs; Net 912,000 vs 2,604,000; Revs 12.3 mln vs 11.9 mln\n\nYear Shr 1.62 dlrs vs 2.40 dlrs; Net 3,610,000 vs 4,955,000\n Reuter\n',
    );
    expect(t.text).toMatch(/^HARBOURTON, Ore\., March 2 - Shr 41 cts vs 1\.27 dlrs/);
    // An amount is no clock time; a clock time by its day is still a stamp.
    expect(isTimestamp('HARBOUR BOARD SAYS 1986 DEFICIT 7.08 MLN DLRS')).toBe(false);
    expect(isTimestamp('March 2, 1987 7.08 pm')).toBe(true);
  });
  it('holding a clock time and its zone are headlines, not stamps; a table of prices under one stays text', () => {
    const d = first(
      'COTTON FUTURES 11:30 EDT\n date 1987-04-07\n\nMAY7 61.20 UP 0.35\n\nJUL7 60.85 UP 0.20\n\nOCT7 58.10 OFF 0.05\n\n',
    );
    expect(d.title).toBe('COTTON FUTURES 11:30 EDT');
    expect(d.text).toContain('MAY7 61.20 UP 0.35');
    expect(isTimestamp('COTTON FUTURES 11:30 EDT')).toBe(false);
    expect(isTimestamp('Updated 11:30 EDT')).toBe(true);
    expect(isTimestamp('MARKETS 11:30 EDT Tue June 3')).toBe(true);
  });
});

describe('an outlet with the wire it carries', () => {
  const H = 'Les dockers mettent fin à la grève après un accord salarial';
  const P =
    "Les dockers du port ont repris le travail mercredi après que leur syndicat a accepté un accord salarial de deux ans, mettant fin à neuf jours de grève.\nL'accord prévoit une hausse des salaires de 6 % cette année, selon un communiqué de l'autorité portuaire.";
  const sourceOf = (page: string) => {
    const r = readDocumentsNow('p.txt', page);
    if ('reason' in r) throw new Error(r.reason);
    expect(r.docs[0]!.title).not.toContain('AFP');
    for (const p of r.docs[0]!.passages) expect(p.text).not.toMatch(/AFP|رويترز|Staff/u);
    return r.docs[0]!.source;
  };
  it('gives both from a line "<Outlet> avec <wire>", the wire alone from a place or a person beside it', () => {
    expect(sourceOf(`${H}\n21 mai 2025\n${P}\nLe Monde avec AFP\n`)).toBe('Le Monde (via AFP)');
    expect(sourceOf(`${H}\nPar Le Figaro avec AFP\n21 mai 2025\n${P}\n`)).toBe('Le Figaro (via AFP)');
    expect(sourceOf(`${H}\n21 mai 2025\n${P}\nParis avec AFP\n`)).toBe('AFP');
    expect(sourceOf(`${H}\n21 mai 2025\n${P}\nJeanne Martin avec AFP\n`)).toBe('AFP');
  });
  it('reads an Arabic source line with agencies, and a place with its wire on a line of its own', () => {
    const HA = 'عمال الميناء ينهون إضرابهم بعد اتفاق على الأجور';
    const PA =
      'عاد عمال الميناء إلى العمل يوم الأربعاء بعد أن وافقت النقابة على اتفاق للأجور مدته عامان، منهيا إضرابا استمر تسعة أيام.\nويرفع الاتفاق الأجور بنسبة ستة في المئة هذا العام، بحسب بيان من سلطة الميناء.';
    expect(sourceOf(`${HA}\n٢١ مايو ٢٠٢٥\n${PA}\nالمصدر: الجزيرة + وكالات\n`)).toBe('الجزيرة (via Agencies)');
    expect(sourceOf(`${HA}\n٢١ مايو ٢٠٢٥\n${PA}\nالقاهرة - رويترز\n`)).toBe('Reuters');
    expect(sourceOf(`${HA}\n٢١ مايو ٢٠٢٥\n${PA}\nدبي - (رويترز)\n`)).toBe('Reuters');
  });
  it("takes the wire from a byline naming its staff, from the wire's copyright, and from its name over the text", () => {
    expect(sourceOf(`${H}\n21 mai 2025\n${P}\nBy Reuters Staff\n`)).toBe('Reuters');
    expect(sourceOf(`${H}\n21 mai 2025\n${P}\n© Agence France-Presse\n`)).toBe('AFP');
    expect(sourceOf(`${H}\nAFP\n21 mai 2025\n${P}\n`)).toBe('AFP');
    // A picture's credit is the picture's, not the story's.
    expect(sourceOf(`${H}\n21 mai 2025\n${P}\nPhoto: AFP\n`)).toBeNull();
  });
  it('is no pair when the line is a headline or the tail is no wire', () => {
    expect(outletWithWire('Le Monde avec AFP')).toEqual({ outlet: 'Le Monde', wire: 'AFP' });
    expect(outletWithWire('Exxon and Reuters settle lawsuit')).toBeNull();
    expect(outletWithWire('Paris et Berlin')).toBeNull();
    expect(outletWithWire('Reuters and AP')).toBeNull();
  });
});

describe("a wire desk's credit line", () => {
  it("is Reuters' for its roles and names, each in its place, and AP's for its writers who contributed", () => {
    expect(deskCredit('Reporting by David Shepardson in Washington')).toBe('Reuters');
    expect(deskCredit('(Reporting by Jane Roe; Editing by John Doe)')).toBe('Reuters');
    expect(
      deskCredit(
        'Additional reporting by Ana Ruiz in Madrid and Bart de Vries; Writing by Jane Roe; Editing by John Doe.',
      ),
    ).toBe('Reuters');
    expect(deskCredit('AP writer John Doe contributed.')).toBe('AP');
    expect(deskCredit('Associated Press writer Jane Roe contributed from London.')).toBe('AP');
    expect(deskCredit('AFP correspondents Jane Roe in Paris and John Doe in Lyon contributed to this report.')).toBe(
      'AFP',
    );
  });
  it('is never a sentence that opens with the same words, nor a credit to writers of no wire', () => {
    expect(deskCredit('Reporting by the ministry showed a rise in exports.')).toBeNull();
    expect(deskCredit('Editing by hand was slow.')).toBeNull();
    expect(deskCredit('Local writers John Doe and Jane Roe contributed to this report.')).toBeNull();
    expect(deskCredit('Reporting by Jane Roe in Paris showed that the ministry had known for years.')).toBeNull();
    // Any outlet credits its own staff so: a credit line, chrome, but no wire's.
    expect(deskCredit('Additional reporting by Jane Roe')).toBeNull();
    expect(isDeskCredit('Additional reporting by Jane Roe')).toBe(true);
    expect(isDeskCredit('Reporting by the ministry showed a rise in exports.')).toBe(false);
  });
});
