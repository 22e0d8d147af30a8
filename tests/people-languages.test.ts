// Other languages: French, Spanish, German, Portuguese, Italian and Dutch articles give people and the roles
// their news writes before them ("le président", "el ministro de Exteriores", "Bundeskanzler", "burgemeester").
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';
import set from './fixtures/people-languages.json' with { type: 'json' };
import roleSet from './fixtures/people-language-roles.json' with { type: 'json' };

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

  describe('mayors, governors, ministers, presidents and spokespeople in the six languages', () => {
    // People only: "Banque de France" is kept as an organisation's name (flagged `org`), never a person.
    const found = roleSet.map((f) => ({ f, all: mentions(f.text, f.lang).filter((m) => !m.org) }));

    it('gives each person whole, with the role as written and no article before it', () => {
      for (const { f, all } of found) expect(all.find((m) => m.name === f.name)?.roles, f.text).toContain(f.role);
      for (const lang of ['fr', 'es', 'de', 'pt', 'it', 'nl']) expect(roleSet.some((f) => f.lang === lang)).toBe(true);
    });

    it('takes the place of a role for no one, nor a name for two', () => {
      for (const { f, all } of found) {
        // "burgemeester van Rotterdam", "prefeito de São Paulo": no "van Rotterdam", no "Paulo".
        expect(all.filter((m) => f.role.includes(m.name) && !f.name.includes(m.name)).map((m) => m.name)).toEqual([]);
        // "Vincenzo De Luca" is not also "De Luca"; "Dorine Burmanje van de gemeente" ends at the surname.
        expect(all.filter((m) => f.name.includes(m.name)).map((m) => m.name)).toEqual([f.name]);
      }
    });
  });

  it('reads a role after a hyphen, and an institution as no one', () => {
    expect(mentions('Volgens oud-burgemeester Job Cohen is het besluit onverstandig.', 'nl')[0]).toMatchObject({
      name: 'Job Cohen',
      roles: ['oud-burgemeester'],
    });
    const bank = mentions('Le gouverneur de la Banque de France, François Villeroy de Galhau, a parlé.', 'fr');
    expect(bank.find((m) => m.name === 'Banque de France')?.org).toBe(true);
  });

  it('keeps an English name after a role noun as the tagger reads it', () => {
    // A demonym after an English role noun is no given name: "fellow American James Heath".
    expect(mentions('He beat fellow American James Heath in the seventh round.', 'en').map((m) => m.name)).toEqual([
      'James Heath',
    ]);
  });
});
