// A long article's people are read over the whole article at once: what its first paragraphs show (a firm's legal
// name, a full name) holds in its last ones, however many paragraphs lie between.
import { describe, expect, it } from 'vitest';
import { builtEngine } from './helpers.js';

/** Paragraphs of a wire story's middle, no names in them: sales figures by quarter and region. */
const middle = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Sales in region ${i + 1} rose ${i + 3} pct in the quarter, against ${i + 1} pct a year before, it said.`,
  );

const story = (first: string, last: string, between: number) =>
  [
    'DUTCH DAIRY GROUP SEES GROWTH',
    ' date 1987-04-03',
    '',
    first,
    '',
    ...middle(between).flatMap((p) => [p, '']),
    last,
  ].join('\n');

describe('long articles', () => {
  it("reads a full name in the first paragraph against a surname before a spokesman's name in the twentieth", async () => {
    const first = 'WASHINGTON, April 3 - Senator George Tarrant said he would vote against the farm bill.';
    const last = 'Tarrant spokesman Bill Moss said the talks went well.';
    const tarrant = async (opening: string) =>
      (await builtEngine({ 'a.txt': story(opening, last, 18) })).corpus.people.people.find((p) =>
        p.name.endsWith('Tarrant'),
      );
    // (Alone, the surname before a spokesman's role is a firm's: the first paragraph says it is the senator's.)
    expect(await tarrant('WASHINGTON, April 3 - Senators met on Friday.')).toBeUndefined();
    expect((await tarrant(first))?.mentions.count).toBe(2);
  });
});
