// A common noun for a person opening a sentence before a name ("Boss Desmond Halloran said"): the person is the
// name without the noun; a peerage stays out of this rule, and a given name that is also a word stays the name's.
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
});
