// A page's closing sentence that lost its full stop is the story's (a columnist's line about himself); a closing
// line that speaks to the reader, and a caption-like line of a few words, are not; a paragraph left open on a comma is.
import { describe, expect, it } from 'vitest';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { answerQuestion } from '../src/commands/dispatch.js';
import { builtEngine, withFillers } from './helpers.js';
import { extractMentions } from '../src/people/extract.js';

const column = (closing: string) =>
  'Europe sets out its plan for the connected home\n\n' +
  'How people watch television in the next decade could change, following a plan agreed by makers of ' +
  'phones, televisions and computers.\n\n' +
  'Last week the group said it wanted every gadget in the home to share what it plays, whoever made it. ' +
  'The ten-year plan brings together research projects that the member firms have been funding for years.\n\n' +
  `${closing}\n`;

const passages = (text: string) => {
  const read = readDocumentsNow('column.txt', text);
  if ('reason' in read) throw new Error(read.reason);
  return read.docs[0]!.passages.map((p) => p.text);
};

describe("a page's closing line", () => {
  it('keeps a closing sentence without its full stop, and reads who it names', async () => {
    const closing =
      'Alan Greer is the editor of the Home Circuits website, which covers the impact of gadgets on family life';
    expect(passages(column(closing)).at(-1)).toBe(closing);
    const e = await builtEngine(withFillers({ 'column.txt': column(closing) }));
    expect(answerQuestion(e, 'Who is Alan Greer?').data.answer).toMatch(/editor of the Home Circuits website/);
  });

  it("keeps a writer's closing line that holds more names than common words", () => {
    const closing =
      'Carl Boyce is technology correspondent for The Globe, a BBC World Service and WNYC-Boston co-production';
    expect(passages(column(closing)).at(-1)).toBe(closing);
  });

  it('leaves out a closing line that speaks to the reader, or names a picture in a few words', () => {
    for (const closing of [
      'You can hear more from Alan Greer on the World Service programme, Home Circuits',
      'The new set-top box on show at the Nice fair',
    ])
      expect(passages(column(closing)).join(' ')).not.toContain(closing.slice(0, 20));
  });
});

describe('a paragraph left open on a comma', () => {
  it('keeps a sentence that runs on into the quote after it, and reads who it names', () => {
    const story =
      'Dutch shares seen flat\n date 1987-03-16\n\n' +
      'AMSTERDAM, March 16 - Dutch share prices are set to stay flat this spring, brokers said on Monday.\n\n' +
      'But Maarten Vlieg, analyst with the broker Kempen Haag, expects a modest recovery later this year,\n\n' +
      '"Foreign buyers will come back once the guilder settles. We are near the bottom," he said.\n';
    const read = readDocumentsNow('dutch.txt', story);
    if ('reason' in read) throw new Error(read.reason);
    const texts = read.docs[0]!.passages.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('But Maarten Vlieg, analyst with the broker Kempen Haag'))).toBe(true);
    const named = extractMentions(read.docs[0]!).map((m) => m.name);
    expect(named).toContain('Maarten Vlieg');
    // (A short line closing on a comma, a table's caption, stays out: "Differentials were fixed as follows,".)
    const table = readDocumentsNow('table.txt', story.replace(/But Maarten.*\n/u, 'Premiums were fixed as follows,\n'));
    if ('reason' in table) throw new Error(table.reason);
    expect(table.docs[0]!.passages.map((p) => p.text).join(' ')).not.toContain('as follows');
  });
});
