// Lines too short to be passages (a results row, a reporter's name alone) are kept as asides: people read them for
// names; search and events do not see them; a snapshot keeps them as asides.
import { describe, expect, it } from 'vitest';
import { splitPassages } from '../src/corpus/passages.js';
import { extractMentions } from '../src/people/extract.js';
import { extractEvents } from '../src/timeline/events.js';
import { packDocs, unpackDocs } from '../src/corpus/file-pack.js';
import { TermIndex } from '../src/search/term-index.js';
import { textDocument } from './helpers.js';

// A results story as wires file them: a lede, then one finisher a line, then the reporter's name.
const RESULTS = [
  "Kenyan runners took the first three places in the men's 10,000 metres on Sunday, the organisers said.",
  '1. Tomas Verhoeven (Belgium)',
  '2. Anselm Kiprotich (Kenya)',
  'Ruth Okonkwo',
  'The next meeting is on July 14 in Oslo, where the same field is expected to race again.',
].join('\n');

describe('asides: short lines kept for names', () => {
  it('come after every passage, which keep their numbers and their order', () => {
    const ps = splitPassages(RESULTS);
    expect(ps.map((p) => [p.n, !!p.aside])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [3, true],
      [4, true],
    ]);
    expect(ps[1]!.text).toMatch(/^The next meeting/);
    expect(ps.slice(2).map((p) => p.text)).toEqual([
      '1. Tomas Verhoeven (Belgium)',
      '2. Anselm Kiprotich (Kenya)',
      'Ruth Okonkwo',
    ]);
    for (const p of ps) expect(RESULTS.slice(p.start, p.end)).toBe(p.text);
  });

  it('a line with no word in capitals is no aside', () => {
    expect(splitPassages('The talks on overtime pay went on and on.\n12 - 14').map((p) => p.n)).toEqual([0]);
  });

  it('give people their names', () => {
    const names = extractMentions(textDocument(RESULTS)).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Tomas Verhoeven', 'Anselm Kiprotich', 'Ruth Okonkwo']));
  });

  it('give no event: a date on a short line is not dated', () => {
    const doc = textDocument(
      'Talks between the two unions resumed in the capital on Monday after a long pause.\nMarch 3, 1996 Ruth Okonkwo',
    );
    expect(doc.passages.map((p) => !!p.aside)).toEqual([false, true]);
    expect(extractEvents(doc).map((e) => e.sentence)).not.toContain('March 3, 1996 Ruth Okonkwo');
  });

  it('stay asides through a snapshot', () => {
    const docs = [textDocument(RESULTS)];
    const back = unpackDocs(JSON.parse(JSON.stringify(packDocs({ docs, extracts: {} })))).docs[0]!;
    expect(back.passages.map((p) => !!p.aside)).toEqual(docs[0]!.passages.map((p) => !!p.aside));
  });

  it('are not indexed for search', async () => {
    const index = await TermIndex.build([textDocument(RESULTS)]);
    expect(index.expand('oslo', false)).not.toEqual([]);
    expect(index.expand('okonkwo', false)).toEqual([]);
    expect(index.expand('verhoeven', false)).toEqual([]);
  });
});
