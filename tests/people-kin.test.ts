// Relatives named by their given names only take the surname the sentence ties them to: a kin word after the
// owner's name ("Mr Glazer's two sons, Avi and Joel"), or a surname two given names share in a family's sentence.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => [m.name, m.roles]);

describe('relatives named by given name', () => {
  it('gives them the surname of the one whose kin they are, and the kin as a role', () => {
    expect(people("The bid is being led by Mr Glazier's two sons, Avi and Joel, the paper said.")).toEqual(
      expect.arrayContaining([
        ['Avi Glazier', ['Mr Glazier’s son']],
        ['Joel Glazier', ['Mr Glazier’s son']],
      ]),
    );
    expect(people("Michael Harwood's ex-model wife, Sandra, is to play a leading role.")).toEqual(
      expect.arrayContaining([['Sandra Harwood', ['Michael Harwood’s ex-model wife']]]),
    );
    expect(people("Curtis's widow and daughter Natalie attended.")).toEqual(
      expect.arrayContaining([['Natalie Curtis', ['Curtis’s daughter']]]),
    );
  });

  it('gives the first of two given names the surname they share, only in a sentence about a family', () => {
    const names = people('It was done by husband and wife economist team Jim and Margaret Cuthbertson.').map(
      (p) => p[0],
    );
    expect(names).toEqual(expect.arrayContaining(['Jim Cuthbertson', 'Margaret Cuthbertson']));
    // Nor after a plural role: "impresarios David and Ed Mirvish" are both Mirvishes, and no other David.
    expect(people('The show is co-produced by theatrical impresarios Daniel and Ed Marvin.').map((p) => p[0])).toEqual([
      'Daniel Marvin',
      'Ed Marvin',
    ]);
    // A band and two singers are no family.
    expect(people('Performers include Lulu and Julio Iglesias.').map((p) => p[0])).not.toContain('Lulu Iglesias');
  });

  it('reads no relative from a name that is no given name, nor from a name cut short', () => {
    expect(people("Sir Elton John's partner David Furnish was there.").map((p) => p[0])).not.toContain('Davi John');
    expect(
      people("The city's mayor Boston spoke.")
        .map((p) => p[0])
        .some((n) => String(n).endsWith(' city')),
    ).toBe(false);
  });
});

describe("a relative a pronoun's kin word gives", () => {
  const found = (text: string) =>
    extractMentions(textDocument(text))
      .filter((m) => !m.org)
      .map((m) => [m.name, m.roles] as [string, string[]]);

  it('gives the relative the kin of the person named last before, and a given name alone that surname', () => {
    expect(found('Leona Marsh sang with her brother Tobias for the first time.')).toEqual([
      ['Leona Marsh', []],
      ['Tobias Marsh', ['Leona Marsh’s brother']],
    ]);
    expect(found('Arlo Penn came to the premiere with his late mother, Greta Holm, in 1990.')[1]).toEqual([
      'Greta Holm',
      ['Arlo Penn’s late mother'],
    ]);
  });

  it('takes the person the sentences before named last, when the sentence names no one before the kin word', () => {
    expect(
      found('Arlo Penn unveiled his star on Monday. The 41-year-old came with his mother, Maureen, and thanked her.'),
    ).toEqual([
      ['Arlo Penn', []],
      ['Maureen Penn', ['Arlo Penn’s mother']],
    ]);
  });

  it("gives no kin of a man to a woman's relative: 'her' is not his", () => {
    expect(found('She learnt that her husband, Edwin Hale, had an affair with her sister Jessamy.')).toEqual([
      ['Edwin Hale', []],
      ['Jessamy', []],
    ]);
  });
});

describe('a kin word heading an apposition', () => {
  it('reads "the wife of X" after a name as a role, up to a relative clause, like any role noun', () => {
    expect(people('She toured with Mary Ellen Tate, the future wife of Harold Penn, in 1961.')).toEqual([
      ['Mary Ellen Tate', ['future wife of Harold Penn']],
      ['Harold Penn', []],
    ]);
    expect(
      people(
        'He wrote the song with Mary Ellen Tate, the future wife of Harold Penn who went on to record his best-known version of it.',
      )[0],
    ).toEqual(['Mary Ellen Tate', ['future wife of Harold Penn']]);
  });

  it('reads no role from a phrase opened by a preposition, nor the second description after "and someone"', () => {
    expect(people('The prize went to Clive Barrow, ahead of fellow British star Ann Holt.')[0]).toEqual([
      'Clive Barrow',
      [],
    ]);
    expect(
      people(
        'According to Alan Weir, a research director at Gartner and someone who has followed the firm for years, it will grow.',
      )[0],
    ).toEqual(['Alan Weir', ['research director at Gartner']]);
  });
});
