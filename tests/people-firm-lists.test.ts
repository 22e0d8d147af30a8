// Lists of firms named like people (brokers named after their founders), surnames a title in the plural heads,
// particles inside Portuguese names, a deity's name, and the body "its" stands for in a role before a name.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { firmList } from '../src/people/firm-lists.js';
import { itsOwner } from '../src/people/role-phrases.js';
import { possessiveListItems } from '../src/people/thing-lists.js';
import { tagTitledList } from '../src/people/list-named.js';
import { namesAfterInitials } from '../src/people/initialled.js';
import { tagTokens } from '../src/people/tagger.js';
import { thingApposition } from '../src/people/works.js';
import { textDocument } from './helpers.js';

const mentions = (text: string) => extractMentions(textDocument(text));
const people = (text: string) =>
  mentions(text)
    .filter((m) => !m.org)
    .map((m) => m.name);
const rolesOf = (text: string, name: string) => mentions(text).find((m) => m.name === name && !m.org)?.roles;

describe('lists of firms', () => {
  it('takes the items of a list naming shops in the possessive for shops, given names and all', () => {
    const sale = "The chain will sell Harlow's, Bentham's, Quincy's, Ruth Kendall and Marsh and Pryor, it said.";
    expect(people(sale)).toEqual([]);
    expect(possessiveListItems(sale)).toEqual([
      'Harlow',
      'Bentham',
      'Quincy',
      'Ruth Kendall and Marsh and Pryor',
      'Ruth Kendall',
      'Marsh',
      'Pryor',
    ]);
    // Later uses of a shop's name alone are the shop's too.
    expect(people(`${sale} Profits at Harlow fell.`)).toEqual([]);
    // (Not people in the possessive, the list's last item owning what follows it.)
    expect(
      possessiveListItems("The votes of Tom Ashby's, Mark Hale's, and Ann Cole's supporters were counted."),
    ).toEqual([]);
  });

  it('takes every item of a list before a verb only firms take with an issue for a firm, given names and all', () => {
    expect(people('Farrow Keane, Bellamy Brothers and Dalton Price co-managed the offering.')).toEqual([]);
    expect(people('Mabry Hollis and Cortland Vance would co-manage the notes, the company said.')).toEqual([]);
    expect(people('Ansel Wright and Trenton Lowe managed the issue of debentures.')).toEqual([]);
    // (A bare "managed" with no issue after it is anyone's verb.)
    expect(people('Ansel Wright and Trenton Lowe managed to finish the race.')).toEqual([
      'Ansel Wright',
      'Trenton Lowe',
    ]);
    expect(firmList('Ansel Wright managed to win.', 0, 12)).toBeNull();
    expect(firmList('Ansel Wright managed the placement.', 0, 12)).toBe('verb');
  });

  it("takes the items of a list a firm's plural role heads for firms where an item opens on no given name", () => {
    const text = 'Dealers said the bonds, along with co-managers R.J. Halloway and Thomson Pryce, sold well.';
    expect(people(text)).toEqual([]);
    expect(firmList(text, text.indexOf('Thomson'), text.indexOf(', sold'))).toBe('firms');
    // (Initials opening a name beside a given name and a surname are no author's in a list of firms.)
    const initialled = 'Dealers said co-managers T.W. Halloway and Martin Pryce sold the bonds.';
    const tagsOf = (tt: { text: string }[]) =>
      tt.map((t) => (t.text === 'Martin' ? 'B-PER' : t.text === 'Pryce' ? 'I-PER' : 'O'));
    const tt = tagTokens(initialled);
    expect(namesAfterInitials(initialled, tt, tagsOf(tt))).toEqual([]);
    const plain = 'Dealers said T.W. Halloway and Martin Pryce sold the bonds.';
    expect(namesAfterInitials(plain, tagTokens(plain), tagsOf(tagTokens(plain)))).toHaveLength(1);
    // (People may be named so, each by a given name: the singular rule's guard decides.)
    const named = 'He met underwriters John Hadley and Mary Quinlan at the Lloyd’s market.';
    expect(firmList(named, named.indexOf('Mary'), named.indexOf(' at'))).toBe('headed');
    expect(people(named)).toContain('Mary Quinlan');
  });

  it("takes a word alone in a list with a firm's legal name for a piece of a firm's name", () => {
    const text = 'The notes will be sold through Halloway Partners Inc and Tasker, Whitby and R.J. Moss Inc, it said.';
    expect(people(text)).toEqual([]);
    expect(firmList(text, text.indexOf('Whitby'), text.indexOf('Whitby') + 6)).toBe('verb');
    // (A full name beside a firm stays a person's.)
    expect(firmList('Police charged Ellen Marsh and Acme Ltd.', 15, 26)).toBeNull();
  });
});

describe('titles in the plural before a list of surnames', () => {
  it('reads each surname of the list as a person with the title', () => {
    const text = 'The appeal was heard by Justices Kemble, Farrant and Oduya, who dismissed it.';
    expect(people(text)).toEqual(['Kemble', 'Farrant', 'Oduya']);
    expect(rolesOf(text, 'Oduya')).toEqual(['Justice']);
    // (A place's name after the title is a surname too, and a peerage gives evidence without an office.)
    const lords = 'Lady Marsh, sitting with Lords Bolton, Ferrier and Garside, said the ruling stood.';
    expect(people(lords)).toEqual(['Lady Marsh', 'Lord Bolton', 'Lord Ferrier', 'Lord Garside']);
    expect(mentions(lords).every((m) => m.evidence)).toBe(true);
  });

  it('reads the list after a body of the titles too, and needs two items', () => {
    expect(people('He sat with the Law Lords Bolton and Ferrier.')).toEqual(['Lord Bolton', 'Lord Ferrier']);
    const one = tagTokens('Justices Kemble said so.');
    const tags = one.map(() => 'O');
    expect(tagTitledList(one, tags)).toEqual(new Map());
    expect(tags).toEqual(one.map(() => 'O'));
  });

  it('leaves alone bodies, and royal titles before places', () => {
    expect(people("The bonds are rated by Moody's Investors Service Inc and Standard and Poor's Corp.")).toEqual([]);
    expect(people('"It moved," said Tim Marsh, director of sales at Senators Bank and Trust.')).toEqual(['Tim Marsh']);
    expect(people('The office is close to busy stations such as Kings Cross and Euston.')).toEqual([]);
  });
});

describe('names and words that are no person', () => {
  it("keeps a Portuguese particle inside the name: 'Orlando dos Santos'", () => {
    const text = 'A union leader, Orlando dos Santos, told reporters the crews would resign.';
    expect(people(text)).toEqual(['Orlando dos Santos']);
  });

  it('takes one name after a role in the plural, with no list after it, for a group of those', () => {
    expect(people('The show featured rockers Doyle, who split in 1989.')).toEqual([]);
    expect(people('The festival booked 1970s rockers Free, who reformed for one night.')).toEqual([]);
    expect(people('They toured with rockers Copper Vane in 1975.')).toEqual([]);
    // (A list is the people's: "strikers A and B".)
    expect(people('Coach Ray Dunne picked strikers Ivo Lenz and Ari Maalouf.')).toContain('Ari Maalouf');
    expect(people('Coach Ray Dunne picked strikers Lenz and Maalouf.')).toContain('Lenz');
    // (A full name opening on a given name English also has as a word: "Mark".)
    expect(people('The club signed strikers Mark Vance last week.')).toEqual(['Mark Vance']);
    // (Nor a person the article names in full: a wire's comma left out before a clause's subject.)
    expect(
      people('Ivo Lenz met the trade officials. After talks with Japanese officials Lenz told reporters it went well.'),
    ).toEqual(['Ivo Lenz', 'Lenz']);
  });

  it('takes a name a firm apposition describes for a firm', () => {
    expect(thingApposition(tagTokens('Dawlish, a home improvement business, said so.'), 0, 0)).toBe(true);
    expect(thingApposition(tagTokens('Dawlish, a wholesale food distributor, said so.'), 0, 0)).toBe(true);
    expect(thingApposition(tagTokens('Ann Reddle, a business consultant, said so.'), 0, 1)).toBe(false);
  });

  it('takes a plural after "fellow" or before a full name for a side, not a person', () => {
    expect(people('He joins fellow Springboks Jan Smit and Pieter Botha up front.')).toEqual([
      'Jan Smit',
      'Pieter Botha',
    ]);
    // (A given name ending in "s" opens a name: "Marcus Paul Smith".)
    expect(people('He met Marcus Paul Smith in Rome.')).toEqual(['Marcus Paul Smith']);
    expect(people('She trains with fellow Matildas Sarah Walsh and Kate Gill.')).toEqual(['Sarah Walsh', 'Kate Gill']);
    expect(people('He joins fellow Pumas Luis Ferrante and Diego Sosa in the pack.')).toEqual([
      'Luis Ferrante',
      'Diego Sosa',
    ]);
  });

  it('takes a name before "brands" or "labels" for a product', () => {
    expect(people('The group owns the Marlow and Kestrel Vance brands, among others.')).toEqual([]);
  });

  it("takes a deity's name for no one", () => {
    expect(people('"I thank God nobody was hurt," said Grace Millward.')).toEqual(['Grace Millward']);
  });
});

describe('the body "its" stands for', () => {
  it('puts the body opening the sentence into the role set off before the name', () => {
    const text = 'DENVER, June 2 - Halvern Mills Inc said its chairman and chief executive, Loren Tate, would retire.';
    expect(rolesOf(text, 'Loren Tate')).toEqual(['Halvern Mills chairman and chief executive']);
    expect(itsOwner('Halvern Mills Inc said its president, ')).toBe('Halvern Mills');
    // (Not a pronoun, not a person, not a role with no "its".)
    expect(itsOwner('It said its president, ')).toBeNull();
    expect(itsOwner('John Hadley said its president, ')).toBeNull();
    expect(itsOwner('Halvern Mills said the president, ')).toBeNull();
    expect(rolesOf('It said its president, Loren Tate, would retire.', 'Loren Tate')).toEqual(['president']);
  });
});
