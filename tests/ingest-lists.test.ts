// A sentence that announces a list ("… gave the following figures:") and the short lines under it are kept as text.
import { describe, expect, it } from 'vitest';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { classify, normalisePage } from '../src/ingest/lines.js';
import { isLeadIn, joinLists } from '../src/ingest/lists.js';

const page = (text: string) => classify(normalisePage(text).split('\n'));

function bodyOf(file: string, text: string): string {
  const read = readDocumentsNow(file, text);
  if ('reason' in read) throw new Error(read.reason);
  expect(read.docs).toHaveLength(1);
  return read.docs[0]!.text;
}

/** A wire brief in the shape of a crop report: a sentence, then a lead-in and its rows, then a sign-off. */
const CROP_REPORT = [
  'RICE PLANTING AHEAD OF LAST YEAR IN THE NORTH',
  '',
  'MANILA, June 4 - Rice planting in the northern provinces was 38 pct complete by June 1, the farm bureau said.',
  '',
  'That compares with 30 pct at the same point of last season.',
  '',
  'The bureau gave the following planting figures for the main growing provinces:',
  '',
  'Isabela: 52 pct',
  '',
  'Nueva Ecija: 41 pct',
  '',
  'Pangasinan: nine pct',
  '',
  'Reuter',
].join('\n');

describe('lists under a lead-in', () => {
  it('keeps a lead-in and its rows as one line of the story, its sign-off out of it', () => {
    const text = bodyOf('crop.txt', CROP_REPORT);
    expect(text).toContain(
      'The bureau gave the following planting figures for the main growing provinces: Isabela: 52 pct; Nueva Ecija: 41 pct; Pangasinan: nine pct.',
    );
    expect(text).not.toMatch(/Reuter/);
    // The story's own sentences come first, in order.
    expect(text.indexOf('Rice planting in the northern')).toBeLessThan(text.indexOf('The bureau gave'));
  });

  it('keeps every bullet a judge lists, short or long', () => {
    const story = [
      'Actor spared jail over hotel fight',
      '',
      'A television actor has been spared jail after admitting a fight with a porter at a London hotel last spring. The court heard that he had been drinking for most of the afternoon before the argument began in the lobby.',
      '',
      'The porter needed stitches to a cut above his eye, and the hotel banned the actor for life. District Judge Ann Marsh said he must:',
      '',
      '- Pay £500 compensation',
      ' - Do 120 hours of unpaid work in the community',
      ' - Attend an alcohol awareness course',
      '',
      'His agent said he was sorry for what had happened and would not appeal against the sentence handed down on Friday.',
    ].join('\n');
    const text = bodyOf('actor.txt', story);
    expect(text).toContain(
      'District Judge Ann Marsh said he must: Pay £500 compensation; Do 120 hours of unpaid work in the community; Attend an alcohol awareness course.',
    );
    expect(text).toContain('His agent said he was sorry');
  });

  it('starts a new list at the next lead-in, and keeps the text above a table when a list follows it', () => {
    const story = [
      'PORT SHIPMENTS OF GRAIN IN THE WEEK',
      '',
      'SANTOS, May 9 - The port authority issued the following figures for grain loaded in the week to May 7, in tonnes, against the week before and the same week a year ago.',
      '',
      'Wheat 120,400 98,300 77,100',
      'Corn 88,200 91,500 140,000',
      'Barley nil nil nil',
      'Soymeal 12,900 4,400 nil',
      '',
      'Loadings for the season to May 7, with last season in brackets, were as follows, in thousands of tonnes:',
      '',
      'Wheat 1,204.5 (980.2)',
      'Corn 2,311.0 (2,840.7)',
      'Loadings of oilseeds by the crushing mills were as follows, in tonnes:',
      'Soymeal 40,100 (38,000)',
      '',
      'Reuter',
    ].join('\n');
    const text = bodyOf('port.txt', story).split('\n');
    expect(text[0]).toMatch(/^SANTOS, May 9 - The port authority issued/);
    // The table right under the text, a row without figures included where the table prints it.
    expect(text[1]).toBe(
      'Wheat 120,400 98,300 77,100; Corn 88,200 91,500 140,000; Barley nil nil nil; Soymeal 12,900 4,400 nil',
    );
    expect(text[2]).toBe(
      'Loadings for the season to May 7, with last season in brackets, were as follows, in thousands of tonnes: Wheat 1,204.5 (980.2); Corn 2,311.0 (2,840.7).',
    );
    expect(text[3]).toBe(
      'Loadings of oilseeds by the crushing mills were as follows, in tonnes: Soymeal 40,100 (38,000).',
    );
  });

  it('tells a lead-in from a label, a heading or a sentence ending otherwise', () => {
    const lines = page(
      [
        'Related:',
        'Share this article with your friends on:',
        'RESULTS OF THE FIRST ROUND OF VOTING IN THE NORTHERN DISTRICTS:',
        'The ministry gave the following figures for the main ports:',
        'The ministry gave the following figures for the main ports.',
      ].join('\n'),
    );
    expect(lines.map(isLeadIn)).toEqual([false, false, false, true, false]);
  });

  it('leaves a lead-in with nothing but text under it as it is', () => {
    const lines = page(
      [
        'The minister said the plan rested on three points, which he set out in a letter to the committee:',
        'Prices of bread and milk would be held at their present level until the end of the year, he wrote in the letter.',
      ].join('\n'),
    );
    expect(joinLists(lines).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  it("keeps a team sheet's short rows of names under its line-up, and no short row of names under prose", () => {
    const story =
      'Harbour Utd 3-1 Kelso\n\nHarbour United eased into the semi-final with a win over Kelso on Saturday.\n\n';
    const lineUp = 'Tullock, Duffy, Wilkie, Ritchard, Dorward, Scobie (Samuels 63), Brebner, Kerrigan, Robb, Brady.';
    const text = bodyOf('match.txt', story + lineUp + '\n\nColley, Dane.\n\n8,661\n\n: Blanch, McGurk.\n');
    expect(text).toContain('Colley, Dane.');
    expect(text).toContain(': Blanch, McGurk.');
    expect(text).not.toContain('8,661');
    // Under a story's last sentence, the same row is the page's (tags, a related list), not the story's.
    expect(bodyOf('story.txt', story + 'Colley, Dane.\n')).not.toContain('Colley');
  });
});
