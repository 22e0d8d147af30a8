// Page furniture inside a paragraph gives no timeline event: a sentence holding a photo credit (told by the one credit
// vocabulary, src/ingest/credits.ts), a stamp or a byline; the story's own sentences around it still do.
import { describe, expect, it } from 'vitest';
import { extractEvents, isFurniture } from '../src/timeline/events.js';
import type { Document } from '../src/types.js';

function docOf(text: string): Document {
  return {
    doc: 'furniture.txt',
    file: 'furniture.txt',
    title: 'Talks resume',
    date: '2025-03-06',
    source: null,
    lang: 'en',
    text,
    passages: [{ n: 0, text, start: 0, end: text.length }],
  };
}

const datesOf = (text: string) => extractEvents(docOf(text)).map((e) => e.date);

describe('timeline events and page furniture', () => {
  it('skips a sentence holding a photo credit, and keeps the story sentences beside it', () => {
    const story = 'Negotiators met again in Geneva on March 3, 2025. ';
    const after = 'A second round followed on March 5, 2025.';
    for (const credit of [
      'Delegates arrive at the venue on March 2, 2025 (Jane Roe/Getty Images) before the session. ',
      'Delegates arrive at the venue on March 2, 2025 (AP Photo/Jane Roe) as the talks open. ',
      'REUTERS/Jane Roe A delegate waits outside the hall on March 2, 2025 as talks begin. ',
    ]) {
      expect(datesOf(story + credit + after), credit).toEqual(['2025-03-03', '2025-03-05']);
    }
    // Without the credit the same sentence is an event: it is the credit that takes it out.
    expect(datesOf(story + 'Delegates arrived at the venue on March 2, 2025. ' + after)).toEqual([
      '2025-03-03',
      '2025-03-02',
      '2025-03-05',
    ]);
  });
});

describe('a desk’s credit line as a paragraph', () => {
  it('is furniture even when it names a day, in brackets or as roles joined by semicolons', () => {
    expect(isFurniture('(Additional reporting by Ana Ruiz on April 13, 2025; Editing by Ken Lowe)')).toBe(true);
    expect(isFurniture('Reporting by Jane Roe in London on April 19; Editing by John Doe')).toBe(true);
    expect(isFurniture('(Compiled by Sami Aziz on Tuesday)')).toBe(true);
    // A sentence of the story that opens the same way is no credit.
    expect(isFurniture('Reporting by Jane Roe on April 19 showed that the port had lost a week of trade.')).toBe(false);
    expect(isFurniture('(Reporting by the ministry on April 19 showed a rise in exports.)')).toBe(false);
  });
});
