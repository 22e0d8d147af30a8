// Section headings and menus lose to the headline (src/ingest/meta.ts), even when they share a word with it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentsNow } from '../src/ingest/pipeline.js';

const titleOf = (name: string, text: string) => {
  const r = readDocumentsNow(name, text);
  if ('reason' in r) throw new Error(r.reason);
  return r.docs.map((d) => d.title);
};
const BODY =
  '\n\nThe finance ministry said on Monday that companies selling digital services in the country would pay a levy of three percent from next year.\n\nThe tax is expected to raise about 200 million a year, officials said.\n';

describe('a section heading above a headline', () => {
  it('loses when the menu lists it, and the menu is no headline either', () => {
    const page = readFileSync(join(import.meta.dirname, 'fixtures', 'ingest', 'section-heading.txt'), 'utf8');
    expect(titleOf('section-heading.txt', page)).toEqual([
      'Living costs rise at the fastest pace in a year as energy bills climb',
    ]);
  });
  it('loses when it pairs two topics as sections are named', () => {
    for (const section of ['Science and technology news', 'Technology & Science', 'Middle East and Africa'])
      expect(
        titleOf(
          't.txt',
          `${section}\nBy Sam Hale\nTechnology firms face a new tax on digital services in Africa${BODY}`,
        ),
        section,
      ).toEqual(['Technology firms face a new tax on digital services in Africa']);
  });
  it('is still the headline a line under it picks up a word of, when it is no section heading', () => {
    // A result printed under its headline: the headline is the first, as before.
    expect(
      titleOf('t.txt', `Tax on digital services passes first vote\nBy Sam Hale\nDigital tax vote: full results${BODY}`),
    ).toEqual(['Tax on digital services passes first vote']);
  });
});
