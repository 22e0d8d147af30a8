// Date lines in other languages and digit systems, wire datelines alone on their line, and a sentence's short
// tail on a line of its own: each read by mechanism, on fixtures written to real patterns.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDateLine, parseDatelineAlone } from '../src/dates/pubdate.js';
import { monthNumber } from '../src/dates/months.js';
import { splitPassages } from '../src/corpus/passages.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import type { Document } from '../src/types.js';

const FIX = join(import.meta.dirname, 'fixtures');
const cases = JSON.parse(readFileSync(join(FIX, 'date-lines.json'), 'utf8')) as {
  lines: { lang: string; line: string; date: string }[];
  publishers: { line: string; prefix: string }[];
  sentences: string[];
};
function docsOf(name: string, text = readFileSync(join(FIX, 'ingest', name), 'utf8')): Document[] {
  const r = readDocumentsNow(name, text);
  if ('reason' in r) throw new Error(`${name} skipped: ${r.reason}`);
  return r.docs;
}

describe('a date line in another language', () => {
  const langs = [...new Set(cases.lines.map((c) => c.lang))];
  it.each(langs)('%s: the date is read, label, weekday and time left aside', (lang) => {
    for (const c of cases.lines.filter((x) => x.lang === lang)) {
      expect(parseDateLine(c.line), c.line).toEqual({ date: c.date, prefix: null, rest: '' });
    }
  });
  it('covers both Arabic month systems and both Arabic digit systems', () => {
    expect(langs).toEqual(
      expect.arrayContaining(['ar-egypt', 'ar-maghreb', 'ar-levant', 'ar-digits-arabic-indic', 'ar-digits-persian']),
    );
    // Every month of each Arabic system, with hamza and madda seats as pages print them.
    const egypt = 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' ');
    const levant = [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ];
    expect(egypt.map((m) => monthNumber(m))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(levant.map((m) => monthNumber(m))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthNumber('إبريل')).toBe(4);
  });
  it('keeps the outlet named before the label', () => {
    for (const c of cases.publishers) expect(parseDateLine(c.line)?.prefix).toBe(c.prefix);
  });
  it('is never a sentence that holds a date', () => {
    for (const s of cases.sentences) expect(parseDateLine(s), s).toBeNull();
  });
  it('dates an Arabic page and a French page, and neither date line is a passage', () => {
    const ar = docsOf(
      'ar.txt',
      'ارتفاع أسعار الخبز في العاصمة\n\nالأحد ٢ شباط ٢٠٢٥ - ١٤:٢٠\n\nرفعت المخابز أسعار الخبز للمرة الثانية هذا العام بعد زيادة تكاليف الطحين والوقود، وفق ما أعلنته نقابة الخبازين يوم الأحد.\n',
    );
    expect(ar[0]!.date).toBe('2025-02-02');
    const fr = docsOf(
      'fr.txt',
      "La grève des éboueurs reconduite\n\nPublié le 11 avril 2025 à 07h30\n\nLes éboueurs de la ville ont voté jeudi soir la reconduction de leur grève pour une semaine, faute d'accord sur les primes.\n",
    );
    expect(fr[0]!.date).toBe('2025-04-11');
    for (const d of [...ar, ...fr]) expect(d.passages.every((p) => !/2025/.test(p.text))).toBe(true);
  });
});

describe('a wire dateline on a line of its own', () => {
  it('is read as place, agency, month and day; never with text after it', () => {
    expect(parseDatelineAlone('ROTTERDAM, Nov. 3 (Xinhua) --')).toEqual({
      month: 11,
      day: 3,
      year: null,
      agency: 'Xinhua',
    });
    expect(parseDatelineAlone('PORTLAND, Maine (AP) _')).toEqual({ month: null, day: null, year: null, agency: 'AP' });
    expect(parseDatelineAlone('GENEVA, June 4, 2001 (AFP) —')).toEqual({ month: 6, day: 4, year: 2001, agency: 'AFP' });
    expect(parseDatelineAlone('LIMA _')).toEqual({ month: null, day: null, year: null, agency: null });
    expect(parseDatelineAlone('LIMA, Peru (AP) _ The vote was delayed.')).toBeNull();
    expect(parseDatelineAlone('LIMA, Sometime 4 (AP) _')).toBeNull();
  });
  it('gives the wire as publisher and the date from its month and day with the file’s year; the story is kept', () => {
    const docs = docsOf('wire-datelines.txt');
    expect(docs.map((d) => [d.title, d.date, d.source])).toEqual([
      ['Port workers walk out over night-shift rota', '1999-11-04', 'Xinhua'],
      ['Flood barrier closes for the first time this season', '1999-11-02', 'Xinhua'],
    ]);
    expect(docs[1]!.passages[0]!.text).toMatch(/^Engineers lowered/);
    expect(docs.flatMap((d) => d.passages).some((p) => /Xinhua/.test(p.text))).toBe(false);
  });
  it('with a year of its own dates the story; with none and no date in the file, no date is made up', () => {
    const dated = docsOf(
      'g.txt',
      'Talks on the river treaty resume\n\nGENEVA, June 4, 2001 (AFP) —\n\nNegotiators from the three countries returned to the table on Monday after a pause of two months, a spokeswoman said.\n',
    );
    expect([dated[0]!.date, dated[0]!.source]).toEqual(['2001-06-04', 'AFP']);
    const docs = docsOf('wire-dateline-ap.txt');
    expect(docs.map((d) => [d.title, d.date, d.source])).toEqual([
      ['Ferry service suspended as storm nears the coast', null, 'AP'],
    ]);
    expect(docs[0]!.passages.map((p) => p.text.split(' ')[0])).toEqual(['The', 'Officials']);
  });
  it('stands alone: the story under it on the next line is not joined to it', () => {
    const docs = docsOf(
      'n.txt',
      'Ferry service suspended\n\nPORTLAND, Maine (AP) _\nthe state ferry service cancelled all sailings to the islands on Monday as forecasters warned of gusts.\n',
    );
    expect(docs[0]!.passages[0]!.text).toMatch(/^the state ferry/);
    expect(docs[0]!.source).toBe('AP');
  });
});

describe("a sentence's short tail on a line of its own", () => {
  it('belongs to the sentence begun on the line above', () => {
    expect(
      splitPassages(
        'Union leaders said on Friday that the talks on overtime pay\nbroke down.\nBoth sides will meet again next week, a mediator said.',
      ).map((p) => p.text),
    ).toEqual([
      'Union leaders said on Friday that the talks on overtime pay broke down.',
      'Both sides will meet again next week, a mediator said.',
    ]);
    // Both lines too short to be passages alone.
    const [p] = splitPassages('Talks on overtime pay\nbroke down.');
    expect(p!.text).toBe('Talks on overtime pay broke down.');
    expect([p!.start, p!.end]).toEqual([0, 33]);
    expect(p!.sentences).toEqual([0, 33]);
  });
  it('only when it ends the sentence, and only when the line above left one open', () => {
    // Short lines are at most asides, read for names only (passage-asides.test.ts).
    const text = (t: string) => splitPassages(t).flatMap((p) => (p.aside ? [] : [p.text]));
    expect(text('Talks on overtime pay\nbroke down')).toEqual([]);
    expect(text('The talks on overtime pay ended.\nthen it rained.')).toEqual(['The talks on overtime pay ended.']);
    expect(text('The talks on overtime pay went on\nToday only.')).toEqual(['The talks on overtime pay went on']);
  });
});
