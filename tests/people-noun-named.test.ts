// A one-word name the tagger reads as a firm's, right after a noun for a person, is that person's ("the rapper
// Eminem"); not after a noun news writes before firms too ("its buyer Diageo"), nor a place.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => [m.name, ...m.roles].join(': '));

describe('a name after a noun for a person', () => {
  it('takes a stage name the tagger reads as a firm for a person after such a noun', () => {
    expect(people('The rapper Eminem said he was happy with the result.')).toEqual(['Eminem: rapper']);
    expect(people('The German striker Franca scored with the last kick of the game.')).toEqual(['Franca: striker']);
  });

  it('leaves a firm after a noun news writes before firms too, and a place after any', () => {
    expect(people('The unit was sold to its buyer Diageo last year.')).toEqual([]);
    expect(people('The singer Paris said nothing.')).toEqual([]);
  });
});
