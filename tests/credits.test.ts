// The one photo-credit vocabulary: every word and agency it lists is a credit wherever a credit is looked for (a
// line, a caption's end, a timeline paragraph, a name beside a slash), and what it leaves out is not.
import { describe, expect, it } from 'vitest';
import {
  CREDIT_WORDS,
  PHOTO_AGENCIES,
  creditSpans,
  endsWithCredit,
  inCredit,
  isCredit,
  isCreditSource,
} from '../src/ingest/credits.js';
import { isFurniture } from '../src/timeline/events.js';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const CAPTION = 'Rescue workers search the rubble of a collapsed building in Hatay, Turkey, on February 8, 2023.';
const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => m.name);
const nameIn = (s: string, name: string) => inCredit(s, s.indexOf(name), s.indexOf(name) + name.length);

describe('credit vocabulary', () => {
  it('reads every credit word as a credit, alone and closing a caption, in the cases pages print it', () => {
    for (const word of CREDIT_WORDS) {
      const cap = word[0]!.toUpperCase() + word.slice(1);
      for (const w of [cap, word.toUpperCase()]) {
        expect(isCredit(`${w}: Jane Roe/AFP`), w).toBe(true);
        expect(endsWithCredit(`${CAPTION} ${w}: Jane Roe`), w).toBe(true);
        expect(creditSpans(`${CAPTION} ${w}: Jane Roe The council met later.`), w).toHaveLength(1);
      }
    }
  });

  it('reads every picture agency after a photographer, and beside a slash as a name is credited', () => {
    for (const agency of PHOTO_AGENCIES) {
      expect(isCredit(`Jane Roe/${agency}`), agency).toBe(true);
      expect(isCreditSource(agency), agency).toBe(true);
      expect(nameIn(`${CAPTION} Jane Roe/${agency}`, 'Jane Roe'), agency).toBe(true);
    }
    // A wire is a picture's source as well (wires.ts lists them).
    for (const wire of ['Reuters', 'REUTERS', 'AFP', 'Xinhua', 'Bloomberg'])
      expect(nameIn(`${CAPTION} ${wire}/Jane Roe`, 'Jane Roe'), wire).toBe(true);
  });

  it('finds the agency a few words after the slash, and an agency written with a hyphen before it', () => {
    expect(nameIn('A trader works on the floor. Jane Roe/Bloomberg via Getty Images', 'Jane Roe')).toBe(true);
    expect(nameIn('Workers clear snow in Seoul. EPA-EFE/Kim Hong-ji', 'Kim Hong-ji')).toBe(true);
    expect(people('Workers clear snow in Seoul. EPA-EFE/Kim Hong-ji')).toEqual([]);
  });

  it('is no credit for a name beside a slash that is not an agency, nor for a link to a chart or a clip', () => {
    expect(nameIn('Coach Ali Farouk/assistant Tom Reid will pick the side.', 'Ali Farouk')).toBe(false);
    expect(nameIn('The Israel/Gaza border stayed closed.', 'Israel')).toBe(false);
    expect(isCreditSource('spa')).toBe(false);
    expect(isCredit('(Graphic: Global assets in 2019 - here)')).toBe(false);
    expect(isCredit('Video: In this talk the author explains the finding.')).toBe(false);
  });

  it('takes a caption closed by a bracketed handout credit out of the timeline, as ingestion takes it out of the text', () => {
    const caption =
      'In this handout photo released by the Interior Ministry, the minister (C) speaks in Lagos on June 3, 2025. (Handout/Interior Ministry)';
    expect(isCredit(caption)).toBe(true);
    expect(isFurniture(caption)).toBe(true);
    expect(isFurniture('The minister spoke in Lagos on June 3, 2025, and the talks resumed the next day.')).toBe(false);
    expect(isFurniture(`${CAPTION} Photographer: Jane Roe/Bloomberg`)).toBe(true);
  });
});
