// A name opened by initials ("EB White", "J.R.R. Tolkien") that the tagger reads as a firm's is a person's where only
// a person can stand: an author's "by", a work owned, a person's apposition, a list of people; elsewhere the shape
// is a firm's as often ("JP Morgan", "E.F. Hutton"), and is left alone.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { nameInitials, namesAfterInitials } from '../src/people/initialled.js';
import { docContext, personModel, tagSentence, tagTokens } from '../src/people/tagger.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => [m.name, ...m.roles].join(': '));

/** The names the initials finder alone takes from a sentence. */
const found = (s: string) => {
  const tt = tagTokens(s);
  const { tags } = tagSentence(personModel(), tt, docContext([tt]));
  return namesAfterInitials(s, tt, tags).map((sp) => s.slice(tt[sp.from]!.start, tt[sp.to]!.end));
};

describe('names opened by initials', () => {
  it('takes them after a work and "by", or before a work they own', () => {
    expect(people('The musical follows the original story by PJ Drayford closely.')).toEqual(['PJ Drayford']);
    expect(people('The radio play was adapted by K.M. Ollerton last spring.')).toEqual(['K.M. Ollerton']);
    expect(people("The studio bought the rights to JRR Halloway's fantasy trilogy.")).toEqual(['JRR Halloway']);
    expect(people("The studio bought the rights to J.R.R. Halloway's fantasy trilogy.")).toEqual(['J.R.R. Halloway']);
    // (Not what a firm owns too: "letters of credit".)
    expect(people("The bank honoured KD Arvani's letters of credit.")).toEqual([]);
  });

  it("takes them before a person's apposition, and in a list beside people", () => {
    expect(people('Shares look cheap, said KD Bhandari, a fund manager with a Mumbai firm.')).toEqual([
      'KD Bhandari: fund manager with a Mumbai firm',
    ]);
    expect(people('Authors such as Zadie Smith, JM Farrant and Hanif Kureishi were left out.')).toEqual([
      'Zadie Smith: author',
      'JM Farrant: author',
      'Hanif Kureishi: author',
    ]);
  });

  it("leaves a firm's name of the same shape where a firm can stand", () => {
    expect(people('Analysts at JP Morgan expect the deal to close soon.')).toEqual([]);
    expect(people('The report by JD Power found owners were unhappy.')).toEqual([]);
    expect(people("RJ Reynolds's profit rose sharply in the quarter.")).toEqual([]);
    // (A longer run of capitals is a firm's or a body's: "RJ Reynolds Tobacco".)
    expect(people('The book by RJ Reynolds Tobacco staff was withdrawn.')).toEqual([]);
    // (A list's item beside it must open on a given name: the tagger reads lists of firms as people's too.)
    expect(people('The suppliers named were Leisure Knitwear, TW Knitwear and Vogue Hats.')).not.toContain(
      'TW Knitwear',
    );
    // (Nor a firm's name of three words: "Archer Daniels Midland".)
    expect(found('Refiners such as KD Carvell and Archer Daniels Midland will be told soon.')).toEqual([]);
    expect(found('Refiners such as Archer Daniels Midland and KD Carvell will be told soon.')).toEqual([]);
    expect(found('Refiners such as Archer Daniels and KD Carvell will be told soon.')).toEqual(['KD Carvell']);
    // (An apposition must be headed by a role: "the forerunner of", a noun for a person, is a firm's too.)
    expect(found('Talks between Mexico and KD Carvell, the forerunner of the venture, broke down.')).toEqual([]);
    expect(found('Talks between Mexico and KD Carvell, the envoy of the venture, broke down.')).toEqual(['KD Carvell']);
    // (An apposition naming another's role is no person's: "the bank's chief economist".)
    expect(people("Shares fell, said KD Arvani, the bank's main investor.")).toEqual([]);
  });

  it('reads initials only where no dictionary knows the capitals', () => {
    expect(nameInitials('JRR')).toBe(true);
    expect(nameInitials('E.B.')).toBe(true);
    expect(nameInitials('BBC')).toBe(false);
    expect(nameInitials('UK')).toBe(false);
    expect(nameInitials('U.K.')).toBe(false);
    expect(nameInitials('ABCD')).toBe(false);
    // Two capitals English knows as a bare abbreviation may still be initials; a firm's, a unit's or a word's not.
    expect(nameInitials('PL')).toBe(true);
    expect(nameInitials('BP')).toBe(false);
    expect(nameInitials('KM')).toBe(false);
    expect(nameInitials('IT')).toBe(false);
    expect(people('The stage show mixes the film with the original book by PL Wrexford.')).toEqual(['PL Wrexford']);
  });
});
