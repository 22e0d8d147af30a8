// A photo credit names a photographer or an agency the article does not write of: never a person of the article.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => m.name);

describe('photo credits', () => {
  it('takes no one from a credit, before or after its slash, and keeps the people of the caption', () => {
    expect(people('Senator Ruth Wilder speaks at a rally in Dayton. (AP Photo/Marta Lindqvist)')).toEqual([
      'Ruth Wilder',
    ]);
    expect(people('Flood waters rose again on Tuesday. Photo: Karel Novak/Getty Images')).toEqual([]);
    expect(people('Supporters cheer in Dayton, Ohio, on Monday. (AP Photo/Charles Dunmore)')).toEqual([]);
    expect(people('Protesters march through the city centre on Saturday. REUTERS/Peter Andrews')).toEqual([]);
  });

  it('keeps a name beside a slash that is no credit', () => {
    expect(people('Coach Ali Farouk/assistant Tom Reid will pick the side.')).toContain('Ali Farouk');
  });
});
