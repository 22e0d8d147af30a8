// A common noun for a person opening a sentence before a name ("Boss Desmond Halloran said"): the person is the
// name without the noun; a peerage stays out of this rule, and a given name that is also a word stays the name's.
// So is a closed-class word opening it ("Besides Baker, ...", "Yet Woodard said").
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => m.name);

describe('a common noun opening the sentence', () => {
  it('leaves a person noun that opens a sentence or a quotation out of the name after it', () => {
    expect(people('Boss Brendan Quaid said the club would appeal against the ban.')).toEqual(['Brendan Quaid']);
    expect(people('"Veteran Colin Ashby deserves better," the manager said.')).toEqual(['Colin Ashby']);
  });

  it('keeps a given name that is also a common word, and a noun inside the sentence, to the other rules', () => {
    expect(people('Frank Delaney said the club would appeal.')).toEqual(['Frank Delaney']);
  });

  it('leaves a preposition, conjunction or adverb opening the sentence out of the name after it', () => {
    expect(people('Besides Halloran, the board heard two bankers from Osaka.')).toEqual(['Halloran']);
    expect(people('Yet Brannigan, a former Airbus engineer, said the plan was sound.')).toEqual(['Brannigan']);
    expect(people('Eventually Quaid agreed to stay on.')).toEqual(['Quaid']);
  });

  it('reads "Said" opening a sentence as the verb: no given name for the place after it, no cut in the role', () => {
    const text = `Rhys Price has missed two of Wales' wins this season. Said Wales assistant coach Huw Bevan: "We hope he is fit for Rome."`;
    const found = extractMentions(textDocument(text)).filter((m) => !m.org);
    expect(found.map((m) => [m.name, ...m.roles].join(': '))).toEqual([
      'Rhys Price',
      'Huw Bevan: Wales assistant coach',
    ]);
  });

  it('reads "Said" before a surname and a colon as the verb, but as a given name before a comma', () => {
    expect(people('Said Hartley: "When the chance came, I did not have to think twice."')).toEqual(['Hartley']);
    expect(people('Said Aouita, the Moroccan runner, won the race.')).toEqual(['Said Aouita']);
  });

  it('leaves a participle opening a sentence about a person out of the full name after it: "Born X"', () => {
    expect(people('Born Elspeth Marrow, the Cornish singer started out in pubs.')).toEqual(['Elspeth Marrow']);
  });

  it('keeps a given name, an initial and a name ending like an adverb that opens the sentence', () => {
    expect(people('Per Lindqvist, a ministry spokesman, said so.')).toEqual(['Per Lindqvist']);
    expect(people('A. Dale Mercer said the offer was too low.')).toEqual(['A. Dale Mercer']);
    expect(people('Olly Brannigan kicked the winning penalty.')).toEqual(['Olly Brannigan']);
  });
});
