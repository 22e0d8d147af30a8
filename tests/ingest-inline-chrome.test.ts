// Chrome run into a line of text: labels and notices at a line's start or end (edges.ts), photo credits inside a
// line with the captions before them (captions.ts), a caption written twice (lines.ts cleanProse).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trimEdges } from '../src/ingest/edges.js';
import { cutCaptions } from '../src/ingest/captions.js';
import { creditSpans } from '../src/ingest/credits.js';
import { classify, cleanProse } from '../src/ingest/lines.js';
import { isCredit } from '../src/ingest/chrome.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { extractMentions } from '../src/people/extract.js';

const NEWS =
  'Dock workers returned to the cranes on Tuesday morning after the transport ministry agreed to review their pay, union leaders said.';
const MORE = 'The strike had kept more than forty ships at anchor outside the harbour for nine days.';

describe('labels and notices at the start or end of a line', () => {
  it('cuts each kind, whatever line it sits on', () => {
    for (const label of [
      'News: Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.',
      "Opinion: Advocates for ideas and draws conclusions based on the author's interpretation of facts and data.",
      'Analysis: Interpretation of the news based on evidence, including data, as well as anticipating how events might unfold.',
      'Rating: Mostly False',
      'Listen to this article · 4 min',
      'Listen to this story',
      'Écouter cet article',
      '5 min read',
      'Reading time: 3 minutes',
      'Temps de lecture : 3 min',
      'Lesezeit: 4 Min.',
      'Tempo de leitura: 2 minutos',
      'Advertisement',
      'Story continues below advertisement',
      'Share this article',
      'Share on Facebook Share on Twitter Share via Email',
      'Click to share on Twitter (Opens in new window)',
      'Why It Matters',
      'What Happens Next?',
    ]) {
      expect(trimEdges(`${label} ${NEWS}`), label).toBe(NEWS);
      expect(trimEdges(label), label).toBe('');
    }
    for (const note of [
      'This story has been updated with comment from the union.',
      'This article was originally published by The Valley Courier. Read the original article.',
      "Editor's note: This story was updated at 5:45 p.m. ET to include details from the ministry.",
      'Share this article Facebook Twitter Email',
      '3 min read',
    ])
      expect(trimEdges(`${NEWS} ${note}`), note).toBe(NEWS);
    // An advertisement's slot between two sentences.
    expect(trimEdges(`${NEWS} Advertisement ${MORE}`)).toBe(`${NEWS} ${MORE}`);
    // An explainer's subheading run into the text.
    expect(trimEdges(`${NEWS} What To Know ${MORE}`)).toBe(`${NEWS} ${MORE}`);
  });
  it('keeps sentences that only open with the same words', () => {
    for (const t of [
      'Advertising revenue rose by a fifth in the first quarter, the broadcaster said.',
      'Advertisement spending fell in May, the agency said.',
      'Share prices fell on Monday after the bank cut its forecast.',
      'Listen to what the voters in the valley are saying, the mayor told the council.',
      'Based on facts gathered by the inspectors, the board closed the bridge.',
      'The story was published in the journal Nature on Wednesday.',
      'This article of the constitution has been amended twice since 1949.',
      'Reading the report, the minister said the time had come to act.',
      `${NEWS} Facebook said it would appeal.`,
      `${NEWS} The company said its advertisement had been misleading.`,
      'Rating agencies cut the bank to junk on Friday.',
      'Why it matters to farmers is clear, the minister said.',
      `${NEWS} What people are saying about the plan worries the mayor.`,
    ])
      expect(trimEdges(t), t).toBe(t);
  });
});

describe('photo credits inside a line', () => {
  it('finds credits in the shapes pages print them', () => {
    const found = (t: string) => creditSpans(t).map((s) => t.slice(s.start, s.end));
    expect(found(`${MORE} AP Photo/Jane Roe What Officials Are Saying`)).toEqual(['AP Photo/Jane Roe']);
    expect(found(`${MORE} REUTERS/Omar Farouk Rescue workers search the rubble.`)).toEqual(['REUTERS/Omar Farouk']);
    expect(found('Caption. Photo by Anna Lindqvist/EPA-EFE/pool June 3 (Reuters) -- Text.')).toEqual([
      'Photo by Anna Lindqvist/EPA-EFE/pool',
    ]);
    expect(found('Caption here. Photo: Gene J. Puskar')).toEqual(['Photo: Gene J. Puskar']);
    expect(found('Caption here. Photo: Ringo H.W. Chiu, AP')).toEqual(['Photo: Ringo H.W. Chiu, AP']);
    expect(found('Officials at the clinic in the capitalCredit: The Valley Times')).toEqual([
      'Credit: The Valley Times',
    ]);
    expect(found('Chairman Jon Vale (Credit: iStock) and more')).toEqual(['(Credit: iStock)']);
    expect(found('A field of wheat (Image: jroe / Getty Images) and more')).toEqual(['(Image: jroe / Getty Images)']);
    expect(found('The mayor opens the bridge (Getty Images) The works')).toEqual(['(Getty Images)']);
    expect(found('Crowds in the square (Jane Roe/AFP via Getty Images) Later')).toEqual([
      '(Jane Roe/AFP via Getty Images)',
    ]);
  });
  it('are no credit when the words are a sentence or a dateline', () => {
    for (const t of [
      'WASHINGTON (AP) — The Senate passed the bill on Tuesday.',
      'The photo agency said it had 40 photographers in the field.',
      'The bank said its units will be merged into Harbour Bank/Galleria.',
      'Credit: The council said it would borrow more next year.',
      'Image rights were sold for 2 million dollars, the company said.',
      `${NEWS} Credit card spending rose in May.`,
    ])
      expect(creditSpans(t), t).toEqual([]);
  });
  it('cuts the credit and the caption before it, written twice or in a caption’s shape, and keeps the text', () => {
    const caption = 'Dock workers cheer outside the port gates on Tuesday.';
    const after = 'Exporters said the stoppage cost them two million euros a day.';
    // Written twice in a row: the surest sign, whatever the caption says.
    const twice = 'A view of the harbour from the old lighthouse at dawn.';
    expect(cutCaptions(`${MORE} ${twice} ${twice} AP Photo/Jane Roe ${after}`)).toBe(`${MORE} ${after}`);
    // Alt text, title and caption: three copies.
    expect(cutCaptions(`${MORE} ${twice} ${twice} ${twice} AP Photo/Jane Roe ${after}`)).toBe(`${MORE} ${after}`);
    expect(cutCaptions(`${MORE} ${caption} REUTERS/Lena Marsh ${after}`)).toBe(`${MORE} ${after}`);
    // A caption opening the line, then the story's dateline.
    expect(
      cutCaptions(
        'Union leader Tomas Berglund talks to reporters at the harbour on Monday. Photo by Anna Lindqvist/EPA-EFE/pool June 3 (Reuters) -- The ministry said the review would report by November.',
      ),
    ).toBe('June 3 (Reuters) -- The ministry said the review would report by November.');
    // A sentence of the story before a credit is not its caption: only the credit goes.
    expect(cutCaptions(`${NEWS} ${MORE} REUTERS/Lena Marsh ${after}`)).toBe(`${NEWS} ${MORE} ${after}`);
    expect(cutCaptions(`${NEWS} ${MORE}`)).toBe(`${NEWS} ${MORE}`);
  });
  it('cuts a subheading the credit stood before, once the credit is gone', () => {
    const caption = 'A view of the harbour from the old lighthouse at dawn.';
    const after = 'Exporters said the stoppage cost them two million euros a day.';
    const [line] = classify([`${MORE} ${caption} ${caption} AP Photo/Jane Roe What People Are Saying ${after}`]);
    expect(line!.text).toBe(`${MORE} ${after}`);
  });
  it('leaves one copy of a sentence said twice apart, and none of one written twice in a row', () => {
    const caption = 'Workers repair the east pier of the old bridge on Monday morning.';
    expect(cleanProse(`${caption} ${caption} ${NEWS} ${MORE}`)).toBe(`${NEWS} ${MORE}`);
    expect(cleanProse(`${NEWS} ${MORE} ${NEWS}`)).toBe(`${NEWS} ${MORE}`);
    // Said over and over, it is no caption pair: one copy stays.
    expect(cleanProse(`${NEWS} ${NEWS} ${NEWS} ${MORE}`)).toBe(`${NEWS} ${MORE}`);
  });
});

describe('credit lines', () => {
  it('are chrome in the shapes only a credit has', () => {
    for (const l of ['Jane Roe/The Valley Times/Getty Images', 'Jane Roe | Bloomberg | Getty Images', 'Sam Hale | AFP'])
      expect(isCredit(l), l).toBe(true);
    for (const l of ['Harbour Bank/Galleria', 'Baker/Lyons - New York', 'Apple | Google | Microsoft'])
      expect(isCredit(l), l).toBe(false);
    const kinds = classify([
      'Photo: Gene J. Roe',
      'Photo: Lena H.W. Marsh, AP',
      'Image copyright Getty Images',
      // A caption glued to its credit is a caption, even when it reports something.
      'The first case was reported after a hunter ate a marmotCredit: The Valley Times',
      'Photo finish decides the cup final',
    ]).map((l) => l.kind);
    expect(kinds).toEqual(['chrome', 'chrome', 'chrome', 'chrome', 'short']);
  });
});

describe('a page with chrome run into its lines', () => {
  const r = readDocumentsNow(
    'inline-chrome.txt',
    readFileSync(join(import.meta.dirname, 'fixtures', 'ingest', 'inline-chrome.txt'), 'utf8'),
  );
  if ('reason' in r) throw new Error(r.reason);
  const [doc] = r.docs;
  it('keeps every sentence of the story and its title and date', () => {
    expect(r.docs).toHaveLength(1);
    expect(doc!.title).toBe('Harbour strike ends after ministers agree to a pay review');
    expect(doc!.date).toBe('2025-06-03');
    for (const s of [
      'Dock workers returned to the cranes on Tuesday morning',
      'The strike had kept more than forty ships at anchor',
      'Exporters said the stoppage had cost them',
      'June 3 (Reuters) -- The ministry said the review would report by November.',
      'The union said it would put the offer to a vote',
      'A crane operator, Piet Janssen, said the crews had lost nine days of pay',
      'Shipping agents said the queue of vessels would take a week to clear.',
    ])
      expect(doc!.text, s).toContain(s);
  });
  it('keeps no label, notice, credit or caption in its text or passages', () => {
    const passages = doc!.passages.map((p) => p.text).join('\n');
    for (const c of [
      'Advocates for ideas',
      'Listen to this article',
      'min read',
      'cheer outside the port gates',
      'Lena Marsh',
      'Berglund',
      'Anna Lindqvist',
      'Advertisement',
      'Getty',
      'This story has been updated',
      'Share this article',
      'Facebook',
    ]) {
      expect(doc!.text, c).not.toContain(c);
      expect(passages, c).not.toContain(c);
    }
  });
  it('names no photographer as a person the story mentions', () => {
    const names = extractMentions(doc!).map((m) => m.name);
    expect(names).toContain('Piet Janssen');
    expect(names.some((n) => /Marsh|Lindqvist/.test(n))).toBe(false);
  });
});
