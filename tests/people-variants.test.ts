// One person per person: near-spellings of a full name across the corpus (a doubled letter, a wire typo against
// a much more common spelling) are one person; two names a letter apart that are both given names stay two.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { nameVariants } from '../src/people/variants.js';
import { builtEngine, tempCorpus } from './helpers.js';

const story = (n: number, who: string) =>
  `Trade talks ${n}\n date 1987-03-${String(10 + n).padStart(2, '0')}\n\nPrime Minister ${who} said on Monday that the trade talks would resume next week.`;

describe('near-spellings of one name', () => {
  it('takes a given name in its short form for the long one written at least twice as often, only as a given name', () => {
    const v = nameVariants(
      new Map([
        ['steven garrard', 40],
        ['steve garrard', 3],
        ['bernie ebbing', 30],
        ['bernard ebbing', 10],
        ['mike dorsey', 2],
        ['michael dorsey', 3],
        ['carl chris', 9],
        ['carl christopher', 1],
      ]),
    );
    expect(v.get('steve garrard')).toBe('steven garrard');
    expect(v.get('bernard ebbing')).toBe('bernie ebbing');
    // Not twice as often: two people as far as the text shows.
    expect(v.has('mike dorsey') || v.has('michael dorsey')).toBe(false);
    // A surname is no short form of another.
    expect(v.has('carl christopher')).toBe(false);
  });

  it('pairs spellings transliteration swaps at any count, and more short forms of given names', () => {
    const v = nameVariants(
      new Map([
        ['viktor makarenko', 5],
        ['victor makarenko', 1],
        ['arne oeiens', 2],
        ['arne oiens', 1],
        ['ali rafsandjani', 1],
        ['ali rafsanjani', 4],
        ['tony o’rourke', 1],
        ['anthony o’rourke', 3],
        ['mark smithson', 2],
        ['mary smithson', 1],
      ]),
    );
    expect(v.get('victor makarenko')).toBe('viktor makarenko');
    expect(v.get('arne oiens')).toBe('arne oeiens');
    expect(v.get('ali rafsandjani')).toBe('ali rafsanjani');
    expect(v.get('tony o’rourke')).toBe('anthony o’rourke');
    // Two given names a letter apart stay two people.
    expect(v.has('mary smithson') || v.has('mark smithson')).toBe(false);
  });

  it('pairs a doubled letter at any count, a typo only against a far more common spelling, never two given names', () => {
    const v = nameVariants(
      new Map([
        ['muammar gaddafi', 3],
        ['muammar gadafi', 2],
        ['yasuhiro nakasone', 10],
        ['yasuhiro nakasne', 1],
        ['howard baker', 4],
        ['howard barker', 3],
        ['mary smith', 9],
        ['mark smith', 1],
      ]),
    );
    expect(v.get('muammar gadafi')).toBe('muammar gaddafi');
    expect(v.get('yasuhiro nakasne')).toBe('yasuhiro nakasone');
    expect(v.has('howard barker')).toBe(false);
    expect(v.has('mark smith')).toBe(false);
    expect(v.has('muammar gaddafi') || v.has('yasuhiro nakasone')).toBe(false);
  });

  it('makes one person of them, the rarer spelling an alias, built at once or article by article', async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 5; n++) files[`a${n}.txt`] = story(n, 'Yasuhiro Nakasone');
    const dir = tempCorpus(files);
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    writeFileSync(join(dir, 'b.txt'), story(7, 'Yasuhiro Nakasne'));
    await e.reload();
    const fresh = new Engine({ dir, maxFileBytes: 1e6 });
    await fresh.reload();
    for (const engine of [e, fresh]) {
      const named = engine.corpus.people.people.filter((p) => p.tokens.includes('yasuhiro'));
      expect(named.map((p) => p.name)).toEqual(['Yasuhiro Nakasone']);
      expect(named[0]!.aliases).toContain('Yasuhiro Nakasne');
      expect(named[0]!.docs.size).toBe(6);
    }
  });

  it('serves no entry whose every mention went to the person it is a near spelling of', async () => {
    const e = await builtEngine({
      'a.txt':
        'General returns to capital\nUpdated 2 June 2005\n\nGeneral Shams al-Din Kabbashi returned to the capital on Sunday. Kabbashi, the deputy army commander, toured the airport. Kabashi said supplies would arrive next week.',
    });
    // The registry keeps "Kabashi" (a person's name on its own), but its one mention is Kabbashi's.
    expect(e.corpus.people.people.some((p) => p.name === 'Kabashi' && p.mentions.count === 0)).toBe(true);
    expect(e.corpus.people.lookup('Kabashi').people.map((p) => p.name)).toEqual(['Shams al-Din Kabbashi']);
    expect(e.corpus.people.autocomplete('kab').map((p) => p.name)).toEqual(['Shams al-Din Kabbashi']);
    // A near spelling keeps the first letter: "kabbashy" is Kabbashi, "abbashi" no one (a suggestion at most).
    expect(e.corpus.people.lookup('kabbashy').people.map((p) => p.name)).toEqual(['Shams al-Din Kabbashi']);
    expect(e.corpus.people.lookup('abbashi').people).toEqual([]);
  });

  it('serves a single name with a hyphen used alone, and a hyphenated surname alone as its full name', async () => {
    const e = await builtEngine({
      'a.txt': 'Rap deal\n\nThe deal drew the attention of superstar rapper Kay-Zed, who signed Tom Reed up.',
      'b.txt': 'Sprint\n\nSprinter Dean-Hollis won the race on Sunday.',
      'c.txt': 'Relay\n\nMark Orrin-Hale won the relay on Sunday.\n\nOrrin-Hale said he was happy.',
    });
    const who = (q: string) => e.corpus.people.lookup(q).people.map((p) => [p.name, p.mentions.count]);
    expect(who('Kay-Zed')).toEqual([['Kay-Zed', 1]]);
    expect(who('Dean-Hollis')).toEqual([['Dean-Hollis', 1]]);
    expect(who('Orrin-Hale')).toEqual([['Mark Orrin-Hale', 2]]);
    // (Alone with no role, words joined by hyphens stand for no one: a legislator's party and state.)
    const party = await builtEngine({
      'f.txt': 'Farm aid\n\nThe plan won support from Sen. Jim Hale, R-Idaho, who said all lenders should be covered.',
    });
    expect(party.corpus.people.lookup('R-Idaho').people).toEqual([]);
    // (Initials alone, cut from a name, are no one's: "Acme chairman R.L. O'Dell".)
    const initials = await builtEngine({
      'g.txt': "Gas deal\n\nAcme Gas chairman R.L. O'Dell said payments had cut the company's exposure.",
    });
    expect(initials.corpus.people.lookup('R.L.').people).toEqual([]);
    // (Two articles, two namesakes: each article's own; two in one article, the one named first.)
    const two = await builtEngine({
      'c.txt': 'Relay\n\nMark Orrin-Hale won the relay on Sunday.\n\nOrrin-Hale said he was happy.',
      'd.txt': 'Chess\n\nJane Orrin-Hale won the final on Monday.\n\nOrrin-Hale said she was tired.',
      'e.txt': 'Rowing\n\nPaul Dean-Ware and his brother Carl Dean-Ware won on Friday.\n\nDean-Ware said it was hard.',
    });
    const counts = (q: string) => two.corpus.people.lookup(q).people.map((p) => [p.name, p.mentions.count]);
    expect(counts('Orrin-Hale').sort()).toEqual([
      ['Jane Orrin-Hale', 2],
      ['Mark Orrin-Hale', 2],
    ]);
    const brothers = two.corpus.people.people
      .filter((p) => p.name.includes('Dean-Ware') && p.mentions.count > 0)
      .map((p) => [p.name, p.mentions.count]);
    expect(brothers.sort()).toEqual([
      ['Carl Dean-Ware', 1],
      ['Paul Dean-Ware', 2],
    ]);
  });

  it("takes a full name without its surname's particle for the one with it, not one without a middle name", async () => {
    const e = await builtEngine({
      'a.txt': 'IMF warns\n\nIMF managing director Rodrigo de Ratto said growth would slow this year.',
      'b.txt': 'IMF meets\n\nIMF boss Rodrigo Ratto told ministers to cut deficits.',
      'c.txt': 'Rock legend\n\nThe singer Jerry Lee Lewton played in London on Monday.',
      'd.txt': 'Comic returns\n\nThe comedian Jerry Lewton returned to the stage on Friday.',
    });
    const names = e.corpus.people.people.filter((p) => p.mentions.count > 0).map((p) => p.name);
    expect(names.filter((n) => n.includes('Ratto'))).toEqual(['Rodrigo de Ratto']);
    expect(names.filter((n) => n.includes('Lewton')).sort()).toEqual(['Jerry Lee Lewton', 'Jerry Lewton']);
  });
});

describe("one article's short and long forms of a given name", () => {
  const people = async (text: string) =>
    (await builtEngine({ 'a.txt': `Cup news\n\n${text}` })).corpus.people.people
      .filter((p) => p.mentions.count > 0)
      .map((p) => [p.name, p.mentions.count]);

  it('are one person, written as the article writes it more often, or first', async () => {
    expect(
      await people(
        'The club legend urged Steve Harwood to stay. Harwood has two years left. "It is for the good of Steven Harwood," he said.',
      ),
    ).toEqual([['Steve Harwood', 3]]);
    expect(await people('Daniel Ostrow spoke first. Dan Ostrow then left. Daniel Ostrow came back.')).toEqual([
      ['Daniel Ostrow', 3],
    ]);
  });

  it("are two where a gender parts them, or a woman's long form is no unknown short one's", async () => {
    expect((await people('Paul Ostrow and Paula Ostrow arrived on Monday.')).length).toBe(2);
    expect((await people('Chris Ostrow and Christine Ostrow arrived on Monday.')).length).toBe(2);
    expect((await people('Max Ostrow and Maxine Ostrow arrived on Monday.')).length).toBe(2);
  });
});
