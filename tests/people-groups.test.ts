// Not people: clubs, bands and firms the article gives a plural verb or a firm's possessions, a word alone the
// lexicon knows as a firm's, and a title opened by a possessive (works.ts, extract.ts).
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const mentions = (text: string) => extractMentions(textDocument(text));
const people = (text: string) =>
  mentions(text)
    .filter((m) => !m.org)
    .map((m) => m.name);

describe('groups by what the sentence says of them', () => {
  it('takes a name given a plural verb as a group’s, in the whole article', () => {
    const text =
      'Chelsea have won their last six league games.\n\nThe manager said Chelsea deserved the three points against a stubborn side.';
    expect(people(text)).not.toContain('Chelsea');
    expect(mentions(text).some((m) => m.name === 'Chelsea' && m.org)).toBe(true);
    const band =
      'Franz Ferdinand are nominated in three categories.\n\nFranz Ferdinand picked up the best album award.';
    expect(people(band)).toEqual([]);
  });

  it('reads the plural verb past a relative clause said of the name, not past a list going on', () => {
    // (The tagger reads a name before ", who" as a person's.)
    const text =
      'Girl group Honey Traps came third, while Velvet Hammers, who had the best-selling album of the year, were fourth.';
    expect(people(text)).not.toContain('Velvet Hammers');
    expect(people('Jane Ostrow, who won twice last year, and Ravi Menon were both knocked out.')).toEqual([
      'Jane Ostrow',
      'Ravi Menon',
    ]);
  });

  it('keeps a person whose name is one of several before the plural verb, or the object of another word', () => {
    expect(people('Hewitt and Chelsea Morgan are both through to the final.')).toContain('Chelsea Morgan');
    expect(
      people(
        'Injuries to veteran Mary Lou Kendrick have forced the captain to change the team. Kendrick said she was sad.',
      ),
    ).toContain('Mary Lou Kendrick');
    expect(people('Stars such as Anna Kowalska as well as Rita Pavone have been used to sell the idea.')).toContain(
      'Rita Pavone',
    );
  });

  it('takes a name owning shares, profits or a stadium as a firm’s or a club’s, not a coach owning a squad', () => {
    expect(people("Boral's shares rose 2% on news of the bid but Foster's shares fell 3.1%.")).toEqual([]);
    expect(people("Coach Eamon Walsh spoke first. Walsh's squad is fit and ready.")).toContain('Walsh');
  });

  it('reads past the words telling a figure’s period or kind to what the firm owns, in the whole article', () => {
    const text =
      "Dale Harrow said on Monday it would cut jobs. Dale Harrow's fourth quarter profits fell 5%, and Dale Harrow's first-half operating profit was flat.";
    expect(people(text)).toEqual([]);
    // A possessive before a person's own thing stays a person, whatever period word comes between.
    expect(people("Dale Harrow said on Monday he would stay. Dale Harrow's first year in office was calm.")).toContain(
      'Dale Harrow',
    );
  });

  it('takes a word alone the lexicon knows as a firm’s for no one, but the surname of a person the article names', () => {
    expect(people('In a bid to shore up its browser, Microsoft has issued a patch for the flaw.')).toEqual([]);
    expect(people('Henry Ford built the plant. Ford said the workers would be paid five dollars a day.')).toEqual([
      'Henry Ford',
      'Ford',
    ]);
  });

  it('takes capitalised words opened by a possessive for a title', () => {
    expect(people('Other winners included Rosa Venn for My Summer of Love.')).toEqual(['Rosa Venn']);
  });
});
