// Roles in lists of officials: a title run before a name starts after the name before it ("Trade Secretary A and
// Central Bank Governor B": B's role is "Central Bank Governor"), and the next item of a list, a title and a name,
// is no apposition of the name before it.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const rolesOf = (text: string, name: string) =>
  extractMentions(textDocument(text))
    .filter((m) => m.name === name)
    .flatMap((m) => m.roles);

describe('roles in lists of officials', () => {
  it('starts the title of the second of two titled names after the first name and its "and"', () => {
    const text =
      'Both Commerce Secretary Martin Feld and Central Bank Governor Oskar Lindqvist have warned that rates may rise.';
    expect(rolesOf(text, 'Oskar Lindqvist')).toEqual(['Central Bank Governor']);
    expect(rolesOf(text, 'Martin Feld')).toEqual(['Commerce Secretary']);
  });

  it('gives a name no role from the next titled name of a list', () => {
    const text =
      'He will meet Defence Secretary Carl Widmer, Senate Chief of Staff Howard Pell and as many lawmakers as possible.';
    expect(rolesOf(text, 'Carl Widmer')).toEqual(['Defence Secretary']);
  });

  it('gives a title in the plural to each name of the list after it, and a trade in the plural too', () => {
    const text = 'He was joined by Justices Anne Porter, Byron Whitley, Samuel Curtis and Harold Blackwood.';
    for (const name of ['Anne Porter', 'Byron Whitley', 'Samuel Curtis', 'Harold Blackwood'])
      expect(rolesOf(text, name)).toEqual(['Justice']);
    const centres = 'England have youngsters such as centres Matthew Tait and Jamie Noon in the squad.';
    expect(rolesOf(centres, 'Matthew Tait')).toEqual(['centre']);
    expect(rolesOf(centres, 'Jamie Noon')).toEqual(['centre']);
    // (After "opposite", a preposition: "opposite comics A and B" are comics.)
    const comics = 'She made her debut in The Long Summer, opposite comics Danny Marr and Joe Carney.';
    expect(rolesOf(comics, 'Danny Marr')).toEqual(['comic']);
    expect(rolesOf(comics, 'Joe Carney')).toEqual(['comic']);
    // (A plural inside the title keeps its "s": "United States Ambassador", "Lords Leader".)
    expect(rolesOf('Talks were led by United States Ambassador Stephen Bosworth.', 'Stephen Bosworth')).toEqual([
      'United States Ambassador',
    ]);
  });
});

describe('a plural role parted from its list by a comma or "such ... as"', () => {
  it('gives each name of the list the role, former when the plural says so', () => {
    const deals = 'The label settled with three other ex-managers, Karl Amsel, Erik Dorn and Joe Pavlik.';
    for (const name of ['Karl Amsel', 'Erik Dorn', 'Joe Pavlik'])
      expect(rolesOf(deals, name)).toEqual(['former manager']);
    const suit = 'Two other outside former directors, Bert Vane and Frank Galli, remain defendants.';
    expect(rolesOf(suit, 'Frank Galli')).toEqual(['former director']);
    const festival = 'The festival drew such Hollywood directors as Owen Stark and Joel Marsh.';
    expect(rolesOf(festival, 'Owen Stark')).toEqual(['Hollywood director']);
    expect(rolesOf(festival, 'Joel Marsh')).toEqual(['Hollywood director']);
  });

  it('gives the plural to names it gives as examples: "including", "such as", "among them"', () => {
    const panel = 'Three judges, including Lord Bingham and Lady Renfrew, heard the appeal.';
    // (A peer is named after a place: Bingham is one, and a person.)
    expect(rolesOf(panel, 'Bingham')).toEqual(['judge']);
    expect(rolesOf(panel, 'Lady Renfrew')).toEqual(['judge']);
    expect(rolesOf('Other analysts such as Peter Vance said so.', 'Peter Vance')).toEqual(['analyst']);
    expect(rolesOf('Hollywood stars including Cate Marlow came.', 'Cate Marlow')).toEqual(['Hollywood star']);
    // A firm's role gives none: bond houses are named after their founders.
    const issue = 'The lead managers, including Robert Fleming and Samuel Montagu, priced the notes.';
    expect(rolesOf(issue, 'Robert Fleming')).toEqual([]);
    // Market analysts are people as often.
    const desk = 'Some credit market analysts, including Norman Quade, said so.';
    expect(rolesOf(desk, 'Norman Quade')).toEqual(['analyst']);
  });

  it("keeps an office's rank before the plural in each example's role, not one of two joined", () => {
    expect(rolesOf('She will work with senior aides such as Colin Yeates on the bill.', 'Colin Yeates')).toEqual([
      'senior aide',
    ]);
    expect(rolesOf('The squad has senior and junior players, including Ian Mackworth.', 'Ian Mackworth')).toEqual([
      'player',
    ]);
  });

  it('gives none to a name after a comma that opens no list', () => {
    expect(rolesOf('He met the ministers, John Deller said on Monday.', 'John Deller')).toEqual([]);
    // Nor after "as" without "such": "he served the directors as Tom Ruane said".
    expect(rolesOf('He served the directors as Tom Ruane and Ed Bell said.', 'Tom Ruane')).toEqual([]);
  });
});

describe('plural relations and copulas before a list', () => {
  it('gives each name of a list a plural relational noun opens its singular, whatever the given names', () => {
    const text = 'The paper, by Dr Ana Ruiz and colleagues Wei Zhenyu, Tom Bright and Ilkka Saarinen, is out.';
    for (const name of ['Wei Zhenyu', 'Tom Bright', 'Ilkka Saarinen'])
      expect(rolesOf(text, name)).toEqual(['colleague']);
    expect(rolesOf('She toured with bandmates Kieran Dunne and Saoirse Quill.', 'Saoirse Quill')).toEqual(['bandmate']);
  });

  it('gives the names a copula lists after a plural role the role, past a bracket after each', () => {
    const text = 'The likely nominees would be Paul Garvey (Ohio), Dale Brandt (Neb.) and Rita Moss (Ore.).';
    for (const name of ['Paul Garvey', 'Dale Brandt', 'Rita Moss']) expect(rolesOf(text, name)).toEqual(['nominee']);
    expect(rolesOf('The two candidates are Paul Garvey and Dale Brandt.', 'Dale Brandt')).toEqual(['candidate']);
    // (One name after the copula is no list: "The problem is X" reads nothing either.)
    expect(rolesOf('The problems were Paul Garvey and Dale Brandt.', 'Paul Garvey')).toEqual([]);
  });

  it('reads no role of a name from a clause after it that opens on a verb in the past', () => {
    const text = 'Ray Toms, an understudy for Hugo Vale, beat his former co-star Ian Lusk to the award.';
    expect(rolesOf(text, 'Hugo Vale')).toEqual([]);
    expect(rolesOf(text, 'Ian Lusk')).toEqual(['former co-star']);
  });

  it('gives no name before a comma the title that runs straight into the next name of the list', () => {
    const text = 'Talks were held between Colonel Dirk Lamb, the then head of the FBI Walter Crane and Mr Hale.';
    expect(rolesOf(text, 'Dirk Lamb')).toEqual(['Colonel']);
  });

  it('gives no name before a comma the title after "and" of a list of people, whatever ties the words before', () => {
    const text = 'The recordings catch jokes between Tommy Dorsey, members of his orchestra and producer Lew Haskins.';
    expect(extractMentions(textDocument(text)).map((m) => [m.name, m.roles])).toEqual([
      ['Tommy Dorsey', []],
      ['Lew Haskins', ['producer']],
    ]);
    expect(rolesOf(text, 'Lew Haskins')).toEqual(['producer']);
    // (A title tied in by a preposition is still the role's: "adviser to President ...".)
    expect(rolesOf('She met Ann Toller, an adviser to President Hugo Banzer.', 'Ann Toller')).toEqual([
      'adviser to President Hugo Banzer',
    ]);
  });
});
