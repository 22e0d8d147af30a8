// Resolving a courtesy title or a royal title with one name: "Mrs Wilkinson" is not Jonny Wilkinson, and "Prince
// Charles" is not Charles Kennedy (a title and a given name are a royal's name of its own).
import { describe, expect, it } from 'vitest';
import { courtesyBefore, genderOf, titleGender } from '../src/people/genders.js';
import { extractMentions } from '../src/people/extract.js';
import { builtEngine, textDocument } from './helpers.js';

/** The gender the courtesy title before a name says, as the directory reads it. */
const courtesyGender = (sentence: string, name: string) => {
  const title = courtesyBefore(sentence, name);
  return title === undefined ? undefined : titleGender(title);
};

const countOf = (e: Awaited<ReturnType<typeof builtEngine>>, name: string) =>
  e.corpus.people.people.filter((p) => p.name === name).reduce((n, p) => n + p.mentions.count, 0);

describe('courtesy and royal titles', () => {
  it('reads the gender of a courtesy title and of a given name', () => {
    expect(courtesyGender('But Mrs Halloran said no.', 'Halloran')).toBe('f');
    expect(courtesyGender('But Mr. Halloran said no.', 'Halloran')).toBe('m');
    expect(courtesyGender('But Halloran said no.', 'Halloran')).toBeUndefined();
    expect([genderOf('jonny'), genderOf('margaret')]).toEqual(['m', 'f']);
  });

  it('joins "Mrs" and a surname to no man of that surname, but "Mr" to him', async () => {
    const e = await builtEngine({
      'a.txt':
        'Rugby\nUpdated 10 May 2005\n\nFly-half Jonny Halloran kicked four penalties on Saturday. His mother, Mrs Halloran, watched from the stand.',
      'b.txt':
        'Rugby\nUpdated 11 May 2005\n\nFly-half Jonny Halloran was rested on Sunday. Mr Halloran said he would be back next week.',
    });
    // Two full mentions and "Mr Halloran": "Mrs Halloran" is not his.
    expect(countOf(e, 'Jonny Halloran')).toBe(3);
  });

  it("gives a surname's role told after it to the article's own person, not a namesake elsewhere with that title", async () => {
    const e = await builtEngine({
      'a.txt': 'Mills\nUpdated 10 May 1987\n\nDavid Walmer, executive vice president of Acme Mills, said sales rose.',
      'b.txt':
        'Motors\nUpdated 11 May 1987\n\nThe automaker named James F. Walmer Jr to head the new unit. Walmer, who will ' +
        "work from Detroit, is the automaker's vice president in charge of exports.",
    });
    const roles = (name: string) => e.corpus.people.people.find((p) => p.name === name)?.roles.map((r) => r.role);
    expect(roles('James F. Walmer Jr')).toEqual(["automaker's vice president"]);
    expect(roles('David Walmer')).toEqual(['executive vice president of Acme Mills']);
  });

  it('takes a woman of that surname named in full for "Mrs", beside a man of the same surname', async () => {
    const e = await builtEngine({
      'a.txt':
        'Court\nUpdated 10 May 2005\n\nMargaret Dunleavy and her son Peter Dunleavy arrived on Monday. Mrs Dunleavy told the court she was innocent.',
    });
    expect(countOf(e, 'Margaret Dunleavy')).toBe(2);
    expect(countOf(e, 'Peter Dunleavy')).toBe(1);
  });

  it('takes a royal title and one name for a name of its own, not a namesake’s given name', async () => {
    const e = await builtEngine({
      'a.txt':
        'Visit\nUpdated 10 May 2005\n\nPrince Charles opened the hospital on Monday. Liberal leader Charles Kennedy was among the guests.',
    });
    const names = e.corpus.people.people.map((p) => p.name);
    expect(names).toContain('Prince Charles');
    expect(countOf(e, 'Charles Kennedy')).toBe(1);
  });

  it('starts a name at its knighthood: a capitalised word before "Sir" or "Dame" is not the name', async () => {
    const e = await builtEngine({
      'k.txt':
        'Football\nUpdated 12 May 2005\n\nBoss Sir Alan Halloran said the team would recover. Skipper Dame Norah Quill also spoke.',
    });
    const names = e.corpus.people.people.map((p) => p.name);
    expect(names).toContain('Alan Halloran');
    expect(names).toContain('Norah Quill');
    expect(names.some((n) => /Boss|Skipper/.test(n))).toBe(false);
  });

  it('reads a peer of a plural title before a list as a peer of the singular one', () => {
    const names = extractMentions(
      textDocument(
        'The senior law lord, Lord Bingham, said the appeal failed. Lady Hale, sitting with Lords Bingham and Steyn, agreed.',
      ),
    ).map((m) => m.name);
    expect(names).toContain('Lord Bingham');
    expect(names).not.toContain('Lords Bingham');
  });
});

describe("a peer's title", () => {
  const people = (text: string) =>
    extractMentions(textDocument(text))
      .filter((m) => !m.org)
      .map((m) => [m.name, ...m.roles].join(': '));

  it("takes the surname after a peer's title for a person, the title left out, the role before it kept", () => {
    expect(people('Labour peer Baroness Kennedy said the plans were wrong.')).toEqual(['Kennedy: Labour peer']);
    expect(people('Tory peer Lord Tebbit said the plans were wrong.')).toEqual(['Tebbit: Tory peer']);
    // (Before a possessive and the title of the bill it owns, which the tagger read on into.)
    expect(people("Labour peer Lord Jenkins' Rights of Way Bill was debated.")).toEqual(['Jenkins: Labour peer']);
  });

  it('takes a judge\'s style for a title, not part of the name: "Lord Justice X", "Mr Justice Y"', () => {
    expect(people('But Lord Justice Pell and Mr Justice Harker ruled that the case should go ahead.')).toEqual([
      'Pell: Justice',
      'Harker: Justice',
    ]);
  });

  it("makes no person of a college or an island a title's word opens", () => {
    expect(people('She read history at Lady Margaret Hall in Oxford.')).toEqual([]);
    // (Nor of an office a peer holds.)
    expect(people('The case went to Lord Chief Justice and two judges on Monday.')).toEqual([]);
  });
});

describe('a courtesy title before a word that is a given name in the article', () => {
  it('takes "Mr Howard" for a Howard, not for the article\'s Howard Flight', async () => {
    const e = await builtEngine({
      'a.txt': 'Party row\nUpdated 10 Mar 2005\n\nOpposition leader Michael Howard said on Monday the party would win.',
      'b.txt':
        'MP sacked\nUpdated 26 Mar 2005\n\nTory MP Howard Flight was sacked on Friday. Mr Howard said the remarks were wrong. Mr Flight said he was sorry.',
    });
    const docsOf = (name: string) => [...e.corpus.people.people.find((p) => p.name === name)!.docs];
    expect(docsOf('Michael Howard')).toEqual([0, 1]);
    expect(docsOf('Howard Flight')).toEqual([1]);
    expect(countOf(e, 'Howard Flight')).toBe(2);
  });

  it('keeps "Sir" with a given name, and "Mr" with a word that is a surname too, for the article\'s person', async () => {
    const e = await builtEngine({
      'a.txt':
        'Budget report\nUpdated 10 Mar 2005\n\nFormer civil servant Sir Alan Budge wrote the report. Sir Alan said the figures were sound.',
      'b.txt':
        'Bank move\nUpdated 12 Mar 2005\n\nCentral bank governor Park Seung cut rates on Friday. Mr Park said inflation was low.',
    });
    expect(countOf(e, 'Alan Budge')).toBe(2);
    expect(countOf(e, 'Park Seung')).toBe(2);
  });

  it('reads "Sir" or "Dame" and a given name as that given name, however the tagger took the two words', async () => {
    // (After "In an interview," the tagger reads "Dame Judith" as a name of two words.)
    const e = await builtEngine({
      'a.txt':
        'Police row\nUpdated 10 Mar 2005\n\nPolice Commissioner Dame Judith Corran said the files were closed. In an interview, Dame Judith said her officers would look again.',
    });
    expect(e.corpus.people.people.map((p) => p.name)).toEqual(['Judith Corran']);
    expect(countOf(e, 'Judith Corran')).toBe(2);
  });

  it('resolves "Mr Howard" and "Sir Howard" of one article apart', async () => {
    const e = await builtEngine({
      'a.txt': 'Party row\nUpdated 10 Mar 2005\n\nOpposition leader Michael Howard said on Monday the party would win.',
      'b.txt':
        'Launch night\nUpdated 12 Mar 2005\n\nSony chief Sir Howard Stringer opened the show on Friday. Mr Howard was a guest. Sir Howard said sales had risen.',
    });
    expect(countOf(e, 'Howard Stringer')).toBe(2);
    expect([...e.corpus.people.people.find((p) => p.name === 'Michael Howard')!.docs]).toEqual([0, 1]);
  });
});

describe('a full name whose surname the article gives a courtesy title', () => {
  it('reads two words before that surname as the full name, though the tagger read another kind of name', () => {
    const names = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    // (The tagger reads "Dilip Nanda" as a firm's name, and "Sundeep" as one before "Mehra".)
    const told = (name: string) =>
      `The Electoral Reform Society's ${name} said the rules were unfair. Mr ${name.split(' ')[1]} wants a review.`;
    expect(names(told('Dilip Nanda'))).toEqual(['Dilip Nanda', 'Nanda']);
    expect(names(told('Sundeep Mehra'))).toEqual(['Sundeep Mehra', 'Mehra']);
    // Not a place's or an organisation's word before it, nor a run of three capitals.
    expect(names('Shares of Nanda Holdings rose. Mr Nanda said so.')).toEqual(['Nanda']);
    expect(names('He met the Lok Sabha Nanda group. Mr Nanda said so.')).toEqual(['Nanda']);
    expect(names('Tonight Nanda will speak. Mr Nanda said so.')).toEqual(['Nanda', 'Nanda']);
  });

  it("keeps a full name whose surname is also a place's for a person, where the article gives it a courtesy title", () => {
    const names = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    // (A given name that is a common word and a town's name: the tagger is less than sure of it.)
    expect(names('Sandy Pickering will now run the campaign office. Mr Pickering said the party was ready.')).toEqual([
      'Sandy Pickering',
      'Pickering',
    ]);
  });
});
