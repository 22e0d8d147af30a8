// A masthead printed once: the outlet's name alone on a line at the top or the bottom of a page is the publisher
// when it is clearly an outlet's and the page vouches for it; a person, a place, a section label or the headline
// itself never is.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentsNow } from '../src/ingest/pipeline.js';

const HEADLINE = 'Port board approves a second container terminal at the eastern quay';
const TEXT =
  "The board voted on Tuesday to fund a second terminal, which officials said would double the port's capacity by 2028. Work on the quay will start in the spring and take three years, the port's director said.";
const sourceOf = (page: string) => {
  const r = readDocumentsNow('page.txt', page);
  if ('reason' in r) throw new Error(r.reason);
  return r.docs[0]!.source;
};
const top = (masthead: string, extra = '') => `${masthead}\n\n${HEADLINE}\n\n${TEXT}${extra}\n`;

describe('a masthead printed once', () => {
  it("takes an outlet's name by its shape, at the top or at the bottom", () => {
    expect(sourceOf(top('The Valley Times'))).toBe('The Valley Times');
    expect(sourceOf(top('Harbour Gazette'))).toBe('Harbour Gazette');
    expect(sourceOf(`${HEADLINE}\n\n${TEXT}\n\nThe Valley Times\n`)).toBe('The Valley Times');
  });

  it('takes any name the page vouches for: its copyright, a domain that spells it, the text naming itself', () => {
    expect(sourceOf(top('Kestrel', '\n\n© 2025 Kestrel. All rights reserved.'))).toBe('Kestrel');
    expect(sourceOf(top('Kestrel', ' The full plan is published at www.kestrel.com/port-plan.'))).toBe('Kestrel');
    expect(sourceOf(top('Kestrel', ' The port director told Kestrel the budget was fixed.'))).toBe('Kestrel');
    expect(sourceOf(top('Kestrel', ' Kestrel has reached out to the ministry for comment.'))).toBe('Kestrel');
    // Nothing vouches for a brand word alone.
    expect(sourceOf(top('Kestrel'))).toBeNull();
  });

  it('never takes a person, a place, a section label, a wire or the headline for one', () => {
    expect(sourceOf(top('Jane Roe', ' The port director told Jane Roe the budget was fixed.'))).toBeNull();
    expect(sourceOf(top('London'))).toBeNull();
    // A capital standing for its government is no outlet the text names itself as.
    expect(sourceOf(top('Washington', ' The ministry told Washington it would not sign the deal.'))).toBeNull();
    expect(sourceOf(top('Politics'))).toBeNull();
    expect(sourceOf(top('Business News'))).toBeNull();
    // The headline is no masthead, whatever its words: a line must stand between the masthead and the text.
    expect(sourceOf(`Valley Times\n\n${TEXT}\n`)).toBeNull();
  });

  it("gives every teaser of a listing the outlet's name, with the wire one credits", () => {
    const page = readFileSync(join(__dirname, 'fixtures/ingest/relative-stamps.txt'), 'utf8');
    const r = readDocumentsNow('relative-stamps.txt', page);
    if ('reason' in r) throw new Error(r.reason);
    expect(r.docs.map((d) => d.source)).toEqual([
      'The Harbour Gazette (via Reuters)',
      'The Harbour Gazette',
      'The Harbour Gazette',
    ]);
  });
});

describe('a masthead on a line cleaning marks as chrome', () => {
  it('is read from a header bar of account buttons, which is never the title', () => {
    for (const [bar, name] of [
      ['The Valley Times | Subscribe | Sign in', 'The Valley Times'],
      ['Harbour Gazette Sign in Subscribe', 'Harbour Gazette'],
      ['Kestrel | Subscribe', null],
    ]) {
      const r = readDocumentsNow('page.txt', top(bar!));
      if ('reason' in r) throw new Error(r.reason);
      expect(r.docs[0]!.title, bar!).toBe(HEADLINE);
      expect(r.docs[0]!.source, bar!).toBe(name);
    }
    // The page vouching for the name in the bar as for a masthead alone.
    expect(sourceOf(top('Kestrel | Subscribe', '\n\nwww.kestrel.com'))).toBe('Kestrel');
  });

  it("is read from the footer's copyright, which never vouches for its own holder", () => {
    expect(sourceOf(`Menu\n\n${HEADLINE}\n\n${TEXT}\n\n© 2025 The Valley Times. All rights reserved.\n`)).toBe(
      'The Valley Times',
    );
    expect(sourceOf(`Menu\n\n${HEADLINE}\n\n${TEXT}\n\n© 2025 Jane Roe. All rights reserved.\n`)).toBeNull();
    expect(sourceOf(`Menu\n\n${HEADLINE}\n\n${TEXT}\n\n© 2025 Kestrel. All rights reserved.\n`)).toBeNull();
  });
});
