import { describe, expect, it, beforeAll } from 'vitest';
import type { Engine } from '../src/engine.js';
import { seedEngine } from './helpers.js';

const CHROME = [
  'Skip to main content',
  'DOWNLOAD THE APP',
  'app-storeplay-store',
  'Orange background',
  'Try Our AI Features',
  'No comments yet',
  'Related Articles',
  'Short Url',
  'Comments are closed',
  'Exit mobile version',
  'Daily8',
  'timean hour ago',
  'time2 hours ago',
  'Source; Al Jazeera',
  'Try The Telegraph free',
];

describe('ingestion of the seed corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await seedEngine();
  });
  const doc = (id: string) => engine.corpus.docs.find((d) => d.doc === id)!;

  it('splits files into their articles', () => {
    const perFile = new Map<string, number>();
    for (const d of engine.corpus.docs) perFile.set(d.file, (perFile.get(d.file) ?? 0) + 1);
    expect(Object.fromEntries(perFile)).toEqual({
      '000_5ad65b1a13be49b4.txt': 1,
      '001_48c4fcd209a9552a.txt': 2,
      '002_ea69e982cacc8714.txt': 1,
      '003_5b70376f1ebe71c1.txt': 4,
      '004_a35ab58e4f30d57d.txt': 1,
    });
    expect(engine.corpus.skipped).toEqual([]);
  });

  it('reads titles, dates and publishers in their many forms', () => {
    expect(doc('001_48c4fcd209a9552a.txt#1')).toMatchObject({
      title: 'Afghanistan and Pakistan to work to upgrade diplomatic ties after trilateral talks in Beijing',
      date: '2025-05-21',
      // "With inputs from Reuters" under the story: the wire is kept beside the outlet.
      source: 'Arab News (via Reuters)',
    });
    expect(doc('001_48c4fcd209a9552a.txt#2')).toMatchObject({
      title: 'Peace can only prevail if Afghanistan renounces support for ‘terrorism’— Pakistan defense chief',
      date: '2026-03-04',
      source: 'Arab News',
    });
    expect(doc('003_5b70376f1ebe71c1.txt#1')).toMatchObject({
      title: "Pakistan, Afghanistan move towards ‘restoring ties' in talks with China",
      date: '2025-05-23',
      source: 'Yahoo',
    });
    expect(doc('003_5b70376f1ebe71c1.txt#2')).toMatchObject({
      title: 'FBI Working With India to Disrupt Chinese Fentanyl Network—Kash Patel',
      // Stamped "an hour ago" on a page where the UPI story, dated June 7 by its dateline, is stamped "2 hours ago".
      date: '2025-06-07',
      source: 'Newsweek',
    });
    expect(doc('003_5b70376f1ebe71c1.txt#3')).toMatchObject({ source: 'Yahoo', date: '2025-06-07' });
    expect(doc('003_5b70376f1ebe71c1.txt#4')).toMatchObject({ date: '2025-06-07', source: 'UPI' });
    expect(doc('004_a35ab58e4f30d57d.txt')).toMatchObject({ date: '2025-06-16' });
    expect(doc('000_5ad65b1a13be49b4.txt')).toMatchObject({ date: null, source: 'Al Jazeera' });
    for (const d of engine.corpus.docs) expect(d.lang).toBe('en');
  });

  it('keeps the article text whole and no site chrome', () => {
    for (const d of engine.corpus.docs)
      for (const c of CHROME) expect(d.text, `${d.doc} holds “${c}”`).not.toContain(c);
    // The author biographies after the comment widget are not part of the article.
    expect(doc('002_ea69e982cacc8714.txt').text).not.toContain('Anum Riaz');
    // First and last paragraphs survive.
    expect(doc('004_a35ab58e4f30d57d.txt').text.startsWith('After a prolonged and bitter standoff')).toBe(true);
    expect(doc('003_5b70376f1ebe71c1.txt#1').text).toContain(
      'Balancing these complex relationships will require diplomacy',
    );
    expect(doc('001_48c4fcd209a9552a.txt#2').text).toContain(
      'Turkish President Recep Tayyip Erdogan told Pakistani Prime Minister Shehbaz Sharif',
    );
  });

  it('splits text into passages whose offsets point back into the text', () => {
    for (const d of engine.corpus.docs) {
      expect(d.passages.length).toBeGreaterThan(0);
      for (const p of d.passages) expect(d.text.slice(p.start, p.end)).toBe(p.text);
    }
  });
});
