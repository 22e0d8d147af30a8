// A word alone in a list of people's full names is a person's name, whatever the tagger read it as; not a place
// the lexicon knows, nor a word in a list of fewer than two full names or of acts ("The Libertines").
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => m.name);

describe('a name alone in a list of people', () => {
  it('takes a stage name between full names for a person', () => {
    expect(people('Alicia Keys, Anastasia, Avril Lavigne and Beyonce Knowles had featured alongside her.')).toContain(
      'Anastasia',
    );
    expect(people('The nominees were Alicia Keys, Anastacia, Kanye West and Gwen Stefani.')).toContain('Anastacia');
  });

  it('leaves a place among the names, and a word in a list with one full name', () => {
    expect(people('He has visited Tony Blair, Gordon Brown, Paris and Berlin.')).toEqual([
      'Tony Blair',
      'Gordon Brown',
    ]);
    expect(people('Britney Spears, Anastasia and Usher were on the list.')).not.toContain('Anastasia');
    // A word before its members' role is their body.
    expect(
      people(
        'Halford Beatty managers Anthony Walker and Nicholas Jeffs, and Raildeck managers Alistair Cole, Sean Fuller and Keith Lee all face charges.',
      ),
    ).not.toContain('Raildeck');
    // A list of acts, one named "The ...", may name bands by one word.
    expect(
      people('Muse beat Franz Ferdinand, Jamie Cullum, Kasabian and The Libertines for best live act.'),
    ).not.toContain('Kasabian');
  });
});

describe('names a plural for people gives as examples', () => {
  it('takes each one-word item after "authors like", "singers such as" for a person, with the role', () => {
    const found = extractMentions(textDocument('The gala will feature A-list singers Madonna, Shakira and Usher.'));
    expect(found.filter((m) => !m.org && m.evidence).map((m) => m.name)).toEqual(['Madonna', 'Shakira', 'Usher']);
    expect(people('Singers such as Madonna, Cher and Bono performed.')).toEqual(['Madonna', 'Cher', 'Bono']);
    // A plural right before the list too.
    const shown = extractMentions(
      textDocument(
        'The show, Phonetics, will hang images by photographers Dan Bailey, Rankin and Nan Golding, and artists Sir Paul Blake, Tracy Amin and Jack Vettori.',
      ),
    ).filter((m) => !m.org);
    expect(shown.find((m) => m.name === 'Rankin')?.roles).toEqual(['photographer']);
  });

  it('takes each one-word item after the plural noun alone for a person, shown by the list', () => {
    const found = extractMentions(
      textDocument('A-list singers Madonna, Nelly and Usher will join actors Kevin Spacey and Halle Berry.'),
    );
    expect(found.filter((m) => !m.org && m.evidence).map((m) => m.name)).toEqual([
      'Madonna',
      'Nelly',
      'Usher',
      'Kevin Spacey',
      'Halle Berry',
    ]);
  });

  it("takes a full name the tagger read as a body's or a place's, a given name opening it, for a person", () => {
    expect(
      people('Critics praised actors Virginia Madsen, Nicole Kidman and Thomas Haden Church for the film.'),
    ).toEqual(['Virginia Madsen', 'Nicole Kidman', 'Thomas Haden Church']);
  });

  it('ends a list at the item "and" joins: a comma after it opens the next clause', () => {
    expect(
      people('Featuring the voices of Ann Lee, Tom Vale, Jo Marsh and Kit Bell, Gizmos follows a young inventor.'),
    ).toEqual(['Ann Lee', 'Tom Vale', 'Jo Marsh', 'Kit Bell']);
  });

  it('takes the second of two examples too: "stars such as A B and C"', () => {
    expect(people('A campaign against stars such as Kofi Roy and Sizzla has been waged.')).toEqual([
      'Kofi Roy',
      'Sizzla',
    ]);
    // (Two runs with no plural for people before them are no list of names: "Hill and Cork".)
    expect(people('Prices rose in Marlow and Tadcaster last week.')).toEqual([]);
  });

  it('takes none after a plural firms share ("companies", "carmakers")', () => {
    expect(people('Companies like Microsoft, Google and Apple were there.')).toEqual([]);
    expect(people('Orders came from carmakers like Nissan, Daewoo and Proton.')).toEqual([]);
    // Nor one word owning what follows it: "midfielders A and B and Vogts' assistant".
    const found = extractMentions(
      textDocument(
        'Candidates include former midfielders Gordon Strahan and Gary Allister and Vogts’ assistant Tom Burn.',
      ),
    );
    expect(found.find((m) => m.name === 'Vogts')?.roles ?? []).toEqual([]);
  });
});
