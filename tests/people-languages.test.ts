// Other languages: French, Spanish, German, Portuguese, Italian and Dutch articles give people and the roles
// their news writes before them ("le président", "el ministro de Exteriores", "Bundeskanzler", "burgemeester").
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';
import set from './fixtures/people-languages.json' with { type: 'json' };

const mentions = (text: string, lang: string) => extractMentions(textDocument(text, { lang }));

describe('people in other languages', () => {
  const found = set.map((f) => ({ f, m: mentions(f.text, f.lang).find((m) => m.name === f.name) }));

  it('finds the names, whole, and nothing but names', () => {
    expect(found.filter((x) => x.m).length).toBeGreaterThanOrEqual(set.length - 1);
    for (const f of set) for (const m of mentions(f.text, f.lang)) expect([f.name]).toContain(m.name);
  });

  it('gives each the role as written, with its ministry or council', () => {
    const right = found.filter((x) => x.m?.roles.includes(x.f.role));
    expect(right.length).toBeGreaterThanOrEqual(set.length - 1);
    for (const lang of ['fr', 'es', 'de', 'pt', 'it', 'nl'])
      expect(
        right.some((x) => x.f.lang === lang),
        lang,
      ).toBe(true);
  });

  it('takes a name the tagger reads as an organisation for a person after a role noun', () => {
    expect(
      mentions('La presidente del Consiglio Giorgia Meloni ha incontrato ieri i sindacati.', 'it')[0],
    ).toMatchObject({ name: 'Giorgia Meloni', roles: ['presidente del Consiglio'] });
  });
});
