// One full name, two people: articles that give the name roles of different families (politics, sport, business)
// name two people, each with the role that tells them apart; names whose roles agree, or are silent, stay one.
import { describe, expect, it } from 'vitest';
import { BUSINESS, POLITICS, SPORT, countryOf, roleFamily, splitDocs } from '../src/people/families.js';
import { answered, builtEngine } from './helpers.js';

describe('one name, two people', () => {
  it('tells role families apart, and a role of no family or several tells nothing', () => {
    expect(
      ['Senator', 'Foreign Minister', 'striker', 'Arsenal goalkeeper', 'chief executive of Acme', 'oil analyst'].map(
        roleFamily,
      ),
    ).toEqual([POLITICS, POLITICS, SPORT, SPORT, BUSINESS, BUSINESS]);
    expect(['president', 'chairman', 'spokesman', 'foreign exchange trader'].map(roleFamily)).toEqual([0, 0, 0, 0]);
  });

  it('gives the second person the articles of the family fewer articles give, and splits nothing mixed', () => {
    expect(
      splitDocs(
        new Map([
          [0, POLITICS],
          [1, SPORT],
          [2, POLITICS],
        ]),
      ),
    ).toEqual(new Set([1]));
    expect(
      splitDocs(
        new Map([
          [0, SPORT],
          [1, POLITICS],
        ]),
      ),
    ).toEqual(new Set([1]));
    expect(
      splitDocs(
        new Map([
          [0, POLITICS],
          [1, POLITICS],
        ]),
      ),
    ).toBeNull();
    expect(
      splitDocs(
        new Map([
          [0, POLITICS],
          [1, SPORT | POLITICS],
        ]),
      ),
    ).toBeNull();
    expect(
      splitDocs(
        new Map([
          [0, POLITICS],
          [1, SPORT],
          [2, BUSINESS],
        ]),
      ),
    ).toBeNull();
  });

  it('splits a name whose articles give it conflicting roles, and answers the name with both', async () => {
    const e = await builtEngine({
      'a.txt':
        'Senate vote\nUpdated 10 May 2025\nSenator John Baird said on Wednesday the bill would pass. Baird spoke in Washington.',
      'b.txt':
        'Cup final\nUpdated 11 May 2025\nStriker John Baird scored twice on Saturday as his club won the cup. Baird was named man of the match.',
      'c.txt': 'Senate debate\nUpdated 12 May 2025\nSenator John Baird said the debate would end on Friday.',
      'd.txt': 'Budget talks\nUpdated 13 May 2025\nJohn Baird said on Tuesday the talks would resume.',
    });
    const bairds = e.corpus.people.people.filter((p) => p.name === 'John Baird');
    expect(bairds.map((p) => [[...p.docs], [...new Set(p.roles.map((r) => r.role))]])).toEqual([
      [[0, 2, 3], ['Senator']],
      [[1], ['Striker']],
    ]);
    const a = await answered(e, '/who John Baird');
    expect((a.people as { role: string | null }[]).map((p) => p.role).sort()).toEqual(['Senator', 'Striker']);
  });

  it("takes a team's captain, written in lower case, for sport, and a rank or a ship's captain for none", () => {
    expect(['Wales captain', 'captain', 'vice-captain', 'England co-captain'].map(roleFamily)).toEqual([
      SPORT,
      SPORT,
      SPORT,
      SPORT,
    ]);
    expect(
      ['Captain', "ship's captain", 'army captain', 'police captain', 'captain of the ferry'].map(roleFamily),
    ).toEqual([0, 0, 0, 0, 0]);
  });

  it('splits a minister from a team captain of the same name; articles silent on roles go with the captain', async () => {
    const e = await builtEngine({
      'a.txt':
        'Aid pledge\nUpdated 10 Jan 2005\nInternational Development Minister Rhys Morgan said on Monday the aid would reach the coast.',
      'b.txt':
        'Six Nations\nUpdated 12 Feb 2005\nWales captain Rhys Morgan scored a try on Saturday as his side beat Italy.',
      'c.txt':
        'Injury blow\nUpdated 14 Feb 2005\nThe side will miss their captain Rhys Morgan, who broke his thumb in the match.',
      'd.txt': 'Squad named\nUpdated 16 Feb 2005\nRhys Morgan is fit to play against France on Sunday, the coach said.',
    });
    const morgans = e.corpus.people.people.filter((p) => p.name === 'Rhys Morgan');
    expect(morgans.map((p) => [...p.docs].sort())).toEqual([[1, 2, 3], [0]]);
  });

  it('keeps one person when the roles agree or are silent', async () => {
    const e = await builtEngine({
      'a.txt': 'Senate vote\nUpdated 10 May 2025\nSenator John Baird said on Wednesday the bill would pass.',
      'b.txt': 'Cabinet\nUpdated 11 May 2025\nForeign Minister John Baird met his counterpart on Saturday.',
      'c.txt': 'Budget talks\nUpdated 13 May 2025\nJohn Baird said on Tuesday the talks would resume.',
    });
    expect(e.corpus.people.people.filter((p) => p.name === 'John Baird').map((p) => [...p.docs])).toEqual([[0, 1, 2]]);
  });

  it('reads the country an affiliation or a role opens with', () => {
    const [us, japan] = [countryOf('U.S.'), countryOf('Japanese')];
    expect(us).toBeGreaterThan(BUSINESS);
    expect(japan).toBeGreaterThan(BUSINESS);
    expect(us).not.toBe(japan);
    expect(['American trade negotiator', 'United States', 'U.S. Treasury Secretary'].map(countryOf)).toEqual([
      us,
      us,
      us,
    ]);
    expect(["Japan's Finance Minister", 'Japan’s prime minister'].map(countryOf)).toEqual([japan, japan]);
    expect(countryOf('West German Finance Minister')).toBe(countryOf('Germany'));
    expect(['Finance Minister', 'United Nations', 'South', ''].map(countryOf)).toEqual([0, 0, 0, 0]);
  });

  it('splits by country only when each country is given in two articles, none giving both', () => {
    const [us, japan] = [countryOf('U.S.'), countryOf('Japan')];
    const twice = new Map([
      [0, japan],
      [1, us],
      [2, japan],
      [3, us | POLITICS],
    ]);
    // The roles agree (or are silent); the countries do not.
    expect(splitDocs(twice)).toEqual(new Set([1, 3]));
    expect(splitDocs(new Map([...twice, [4, us | japan]]))).toBeNull();
    expect(
      splitDocs(
        new Map([
          [0, japan],
          [1, us],
          [2, japan],
        ]),
      ),
    ).toBeNull();
  });

  it('makes two people of two officials of one name and two countries', async () => {
    const e = await builtEngine({
      'a.txt':
        'Tokyo talks\nUpdated 10 May 2025\nJapanese Finance Minister Kenji Sato said on Monday the yen was stable.',
      'b.txt': 'Yen\nUpdated 11 May 2025\nJapan’s Finance Minister Kenji Sato met bankers in Osaka on Tuesday.',
      'c.txt':
        'Trade\nUpdated 12 May 2025\nU.S. Trade Representative Kenji Sato said on Wednesday the talks had failed.',
      'd.txt':
        'Tariffs\nUpdated 13 May 2025\nU.S. Trade Representative Kenji Sato told reporters tariffs would follow.',
    });
    const satos = e.corpus.people.people.filter((p) => p.name === 'Kenji Sato');
    expect(satos.map((p) => [...p.docs])).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});

describe('a slip within an article', () => {
  it('takes a surname with two letters swapped for the person the article names in full', async () => {
    const e = await builtEngine({
      'a.txt':
        "Envoy ill\nUpdated 20 Mar 1987\nU.S. negotiator Max Tollerman was taken to hospital on Friday. Ann Pike, Tolelrman's aide, said Tollerman was doing well.",
    });
    const named = e.corpus.people.people.filter((p) => p.docs.size > 0);
    expect(named.map((p) => p.name).sort()).toEqual(['Ann Pike', 'Max Tollerman']);
    expect(named.find((p) => p.name === 'Max Tollerman')!.aliases).toContain('Tolelrman');
  });

  it('keeps a titled surname a letter off for another person when the full name is given other titles', async () => {
    const e = await builtEngine({
      'a.txt':
        "Budget\nUpdated 20 Mar 1987\nMarta Gardner, Governor Gardiner's former budget director, said the state " +
        'must borrow. Gardner said the deficit would grow.',
    });
    const named = e.corpus.people.people.filter((p) => p.mentions.count > 0);
    expect(named.map((p) => [p.name, p.aliases, p.roles.map((r) => r.role)])).toEqual([
      ['Marta Gardner', ['Gardner'], ["Governor Gardiner's former budget director"]],
      ['Gardiner', [], ['Governor']],
    ]);
  });
});
