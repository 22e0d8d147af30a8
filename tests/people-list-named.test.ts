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
