// The four given-name tests, each stricter in its own way: a common word, a place, a title, a word of a place name.
import { describe, expect, it } from 'vitest';
import { givenAmong, givenOnly, knownGiven, plainGivenName } from '../src/people/given-names.js';

describe('given names', () => {
  it('knows a given name that is nothing else by every test', () => {
    expect([knownGiven('Gianfranco'), plainGivenName('Gianfranco'), givenOnly('Gianfranco')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(givenAmong(['Gianfranco', 'Zola'], 0)).toBe(true);
  });

  it('takes a given name that is also a common word only where the context says a person is meant', () => {
    expect(knownGiven('Wood')).toBe(true);
    expect(plainGivenName('Wood')).toBe(false);
    expect(givenOnly('Wood')).toBe(false);
  });

  it('takes no place for a given name in its place among words', () => {
    expect(knownGiven('Manhattan')).toBe(true);
    expect(givenAmong(['in', 'Manhattan'], 1)).toBe(false);
    expect(givenAmong(['Hong', 'Kong'], 1)).toBe(false);
    expect(givenAmong(['Paul', 'Smith'], 0)).toBe(true);
  });

  it('takes no title word for a given name standing alone', () => {
    expect(knownGiven('Justice')).toBe(true);
    expect(givenOnly('Justice')).toBe(false);
    expect(knownGiven('Dutch')).toBe(false);
  });
});
