// Roles news tells by description rather than by a title before the name: one of a plural role after a copula, an
// office held told by a past verb in a relative clause, "the man behind" a thing, two offices joined after a copula,
// and a tournament's placings.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { apposition, appointment, copular, leadingApposition, officeVerb } from '../src/people/role-phrases.js';
import { isRoleNoun } from '../src/people/role-words.js';
import { textDocument } from './helpers.js';

const rolesOf = (text: string, name: string) =>
  extractMentions(textDocument(text)).find((m) => m.name === name && !m.org)?.roles;

describe('roles told by description', () => {
  it('reads one of a plural role after a copula as that role, past an age', () => {
    expect(rolesOf('Dana Whitlow, 41, is one of Canada’s most admired stage designers.', 'Dana Whitlow')).toEqual([
      'designer',
    ]);
    expect(copular(' is one of the region’s leading economists.')).toBe('economist');
    expect(copular(' was one of its founders.')).toBe('founder');
    // (Not a role an "and" between two peoples' adjectives cut short.)
    expect(copular(' is a member of a panel of Dutch and Belgian judges at the show.')).toBeNull();
    expect(copular(' is a member of a panel of judges at the show.')).toBe('member of a panel of judges');
    // (A noun for a person the role lists lack: "benefactor".)
    expect(copular(' is one of the city’s most generous benefactors.')).toBe('benefactor');
    // (Not one of a group that is no role, nor what someone is to the writer.)
    expect(copular(' is one of three children.')).toBeNull();
    expect(copular(' is one of my heroes.')).toBeNull();
    expect(copular(' is one of the key figures in the trade.')).toBeNull();
    expect(copular(' was one of the architects of the Lisbon accord.')).toBeNull();
    // (A name going on with a noun of its own is no body's: "the Lisbon accord team".)
    expect(copular(' was one of the members of the Lisbon accord team.')).toBe('member');
    // (The body whose they are: an owner that is no place, or a name after.)
    expect(copular(" was one of Orbix's first employees.")).toBe('Orbix employee');
    expect(copular(' is one of the older members of the Wales squad that travels.')).toBe('member of the Wales squad');
  });

  it('reads an office held in a past relative clause, past who tells it, when the body is named', () => {
    expect(officeVerb(', who police say headed the Varna Credit sales desk.')).toBe(
      'former head of the Varna Credit sales desk',
    );
    expect(rolesOf('The suit names Cal Brody, who it says headed Marlow’s trading arm.', 'Cal Brody')).toEqual([
      'former head of Marlow’s trading arm',
    ]);
    expect(officeVerb(', who managed Rotherham in the 1990s, died.')).toBe('former manager of Rotherham');
    expect(officeVerb(', who managed the feat twice, won.')).toBeNull();
    expect(officeVerb(', who headed the label Red Lane were signed to, died.')).toBeNull();
    // (A film directed is no office.)
    expect(officeVerb(', who directed the 1999 hit Brass Lane, said')).toBeNull();
    // (The present keeps its office.)
    expect(officeVerb(', who heads the Arvon fund, said')).toBe('head of the Arvon fund');
  });

  it('reads "the man behind" a thing as the role', () => {
    expect(apposition(', the man behind the Snapfold app, said')).toBe('man behind the Snapfold app');
    expect(rolesOf('Ravi Mehta, the brains behind the scheme, declined to comment.', 'Ravi Mehta')).toEqual([
      'brains behind the scheme',
    ]);
    expect(apposition(', the man behind, said')).toBeNull();
  });

  it('ends a role at a second description with its own article', () => {
    // (What the person is to someone, or a second thing they are.)
    expect(
      apposition(', president of the Osaka Guild of Weavers and Dyers and a close friend of the premier, said'),
    ).toBe('president of the Osaka Guild of Weavers and Dyers');
    expect(apposition(', a dean of the law school and a critic of the bill, said')).toBe('dean of the law school');
  });

  it('keeps a second office joined by "and" after a copula, and a field of two bodies', () => {
    expect(copular(' is chairman and chief executive of both Tarlow and Pennick.')).toBe(
      'chairman and chief executive of both Tarlow and Pennick',
    );
    expect(copular(' is chairman and chief executive of Orbix between June 1984 and May.')).toBe(
      'chairman and chief executive of Orbix',
    );
    expect(copular(' was president and chief operating officer until May.')).toBe(
      'president and chief operating officer',
    );
    const m = extractMentions(textDocument('Ida Crane is chairman and chief executive of both Tarlow and Pennick.'))[0];
    expect(m?.affiliation).toBeNull();
    // (Not what is no office: "a lawyer and mother of two", "chairman and owns a farm".)
    expect(copular(' is a lawyer and mother of two.')).toBe('lawyer');
    expect(copular(' is chairman and owns a farm.')).toBe('chairman');
  });

  it('keeps a list of fields in capitals in an apposition, not a list of people', () => {
    expect(apposition(', vice president in charge of Nordic, Baltic and Russian Export sales, will')).toBe(
      'vice president in charge of Nordic, Baltic and Russian Export sales',
    );
    expect(apposition(', minister of Works, and Omar Saleh, minister of Trade, met.')).toBe('minister of Works');
  });

  it('reads an appointment approved "as" a role', () => {
    expect(appointment('Members will approve ', " as Orbix's new finance director, replacing")).toBe(
      "Orbix's finance director",
    );
    expect(rolesOf('The board ratified Lena Voss as chief executive.', 'Lena Voss')).toEqual(['chief executive']);
    // (Without "as", something else is approved.)
    expect(appointment('The board approved ', "'s plan to expand.")).toBeNull();
  });

  it("takes a team's locks for roles", () => {
    expect(rolesOf('The pack includes Scotland lock Ewan Dunmore.', 'Ewan Dunmore')).toEqual(['Scotland lock']);
  });

  it("takes a tournament's placings for roles", () => {
    expect(['semi-finalist', 'quarter-finalist', 'runner-up'].every(isRoleNoun)).toBe(true);
    expect(rolesOf('Ivo Marek, Halle semi-finalist in 2003, won in straight sets.', 'Ivo Marek')).toEqual([
      'Halle semi-finalist in 2003',
    ]);
  });

  it('keeps two portfolios joined by "and" in a title set off before the name', () => {
    expect(leadingApposition("Oman's Commerce and Industry Minister, ")).toBe("Oman's Commerce and Industry Minister");
    expect(rolesOf("Oman's Commerce and Industry Minister, Salim Hadi, said so.", 'Salim Hadi')).toEqual([
      "Oman's Commerce and Industry Minister",
    ]);
    // (A lower-case office before "and" is another person's: "the president and Foreign Minister, X".)
    expect(leadingApposition('The president and Foreign Minister, ')).toBe('Foreign Minister');
  });
});
