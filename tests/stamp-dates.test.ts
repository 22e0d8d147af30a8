// Dates a page prints in a time stamp: the day beside a clock time ("Updated 3:42 PM ET Fri May 23, 2025"), an
// ISO date and time, and relative stamps ("2 hours ago") dated from a sibling on the same page whose date is known.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayBefore, hoursAgo, stampDate } from '../src/ingest/stamp-dates.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { classify } from '../src/ingest/lines.js';

const read = (name: string, text: string) => {
  const r = readDocumentsNow(name, text);
  if ('reason' in r) throw new Error(r.reason);
  return r.docs;
};

describe('the day a time stamp prints', () => {
  it('reads the date beside a clock time and zone, in the orders pages print them', () => {
    for (const [stamp, date] of [
      ['Updated 3:42 PM ET Fri May 23, 2025', '2025-05-23'],
      ['Updated 10:32 AM EDT, Tue June 3, 2025', '2025-06-03'],
      ['Published 11:34 PM EST Nov 19, 2019', '2019-11-19'],
      ['Fri 6:45 PM, Feb 16, 2018', '2018-02-16'],
      ['November 20, 2019 - 11:28 AMT', '2019-11-20'],
      ['May 23, 2025 / 10:32 AM', '2025-05-23'],
      ['2025-05-23T10:32:00Z', '2025-05-23'],
      ['2025-05-23T10:32:00+03:00', '2025-05-23'],
    ] as const)
      expect(stampDate(stamp), stamp).toBe(date);
    // No year, no date; an impossible day is none.
    for (const stamp of ['Tuesday, 1 March', 'Updated 10:32 AM EDT', '1945 GMT', '2025-02-30T10:32:00Z'])
      expect(stampDate(stamp), stamp).toBeNull();
  });

  it('dates a page from the stamp under its headline, and never takes an ISO time stamp for a title', () => {
    const story =
      'The island ferry operator will add a night crossing from April, its chief executive said on Monday, after passenger numbers rose by a fifth.';
    const [cnn] = read(
      'a.txt',
      `Ferry operator adds a night crossing\nUpdated 3:42 PM ET Mon March 3, 2025\n\n${story}\n`,
    );
    expect(cnn!.date).toBe('2025-03-03');
    expect(classify(['2025-03-03T15:42:00Z'])[0]!.kind).toBe('stamp');
    const [iso] = read('b.txt', `2025-03-03T15:42:00Z\nFerry operator adds a night crossing\n\n${story}\n`);
    expect(iso!.title).toBe('Ferry operator adds a night crossing');
    expect(iso!.date).toBe('2025-03-03');
  });
});

describe('relative stamps', () => {
  it('reads how long ago, labelled or glued to a word, in several languages', () => {
    for (const [stamp, hours] of [
      ['2 hours ago', 2],
      ['timean hour ago', 1],
      ['Updated 3 days ago', 72],
      ['yesterday', 24],
      ['il y a 2 heures', 2],
      ['vor 3 Stunden', 3],
      ['hace 2 horas', 2],
      ['2 ore fa', 2],
    ] as const)
      expect(hoursAgo(stamp), stamp).toBe(hours);
    expect(hoursAgo('2 dogs ago')).toBeNull();
    expect(classify(['Updated 3 days ago'])[0]!.kind).toBe('stamp');
  });

  it('counts back from the moment a dated sibling fixes', () => {
    expect(dayBefore('2025-06-07', 2, 1)).toBe('2025-06-07');
    expect(dayBefore('2025-06-07', 2, 48)).toBe('2025-06-05');
    expect(dayBefore('2025-03-01', 0, 24)).toBe('2025-02-28');
  });

  it('dates the teasers of a listing from the one whose dateline gives its day, and no others', () => {
    const page = readFileSync(join(__dirname, 'fixtures/ingest/relative-stamps.txt'), 'utf8');
    expect(read('relative-stamps.txt', page).map((d) => d.date)).toEqual(['2025-03-03', '2025-03-03', '2025-03-01']);
    // Without the dated teaser nothing tells the moment the page was taken: no date rather than a guess.
    const undated = page.replace(/PORTO ALTO, March 3, 2025 \(Reuters\) - /, '');
    expect(read('relative-stamps.txt', undated).map((d) => d.date)).toEqual([null, null, null]);
  });
});
