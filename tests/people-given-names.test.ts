// The given-name gazetteer (models/given-names.txt, scripts/build-given-names.ts): no demonym or function word is a
// given name, so "Kenyan" before a runner's name is her nationality and "My" or "Million" opens no person's name;
// and the four tests of given-names.ts, each stricter in its own way (a common word, a place, a title).
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { tagSurnameAfterGiven } from '../src/people/given-before.js';
import { unknownFirstName } from '../src/people/name-checks.js';
import { namesBeforeSaying } from '../src/people/name-finders.js';
import { given, tagTokens } from '../src/people/tagger.js';
import { givenAmong, givenOnly, knownGiven, plainGivenName } from '../src/people/given-names.js';
import { findDates } from '../src/dates/expressions.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => [m.name, m.affiliation]);

describe('given names', () => {
  it('holds no demonym, pronoun, determiner or number word, but the given names that look like one', () => {
    for (const w of ['kenyan', 'thai', 'german', 'dutch', 'syrian', 'my', 'the', 'million', 'given', 'by'])
      expect(given().has(w), w).toBe(false);
    for (const w of ['susan', 'april', 'will', 'said', 'sung', 'de']) expect(given().has(w), w).toBe(true);
  });

  it('holds the Welsh given names the wide lists lack', () => {
    for (const w of ['huw', 'rhodri', 'gethin', 'geraint', 'alun', 'hywel']) expect(given().has(w), w).toBe(true);
    // (And Malay forms of Arabic ones: "Zainal Abidin".)
    for (const w of ['zainal', 'abidin']) expect(given().has(w), w).toBe(true);
    expect(people("The party's Hywel Rees and Geraint Pugh spoke.").map(([n]) => n)).toEqual([
      'Hywel Rees',
      'Geraint Pugh',
    ]);
  });

  it('joins a surname the tagger read as a place to a given name the lexicon knows before it, with no title', () => {
    const names = (text: string) => people(text).map(([n]) => n);
    expect(names('The club has two young prospects in Richie Preece and Dafydd Lloyd.')).toEqual([
      'Richie Preece',
      'Dafydd Lloyd',
    ]);
    // (Not a common word, a firm's: "Gerald Metals"; nor a place in another: "in Teri Kandal in Kurram Agency".)
    expect(names('The group sold Gerald Metals to its rival.')).toEqual([]);
    expect(names('The toll in Teri Kandal in Kurram Agency rose to 81.')).toEqual([]);
  });

  it('holds Irish and South Asian given names the wide lists lack', () => {
    for (const w of ['cathal', 'diarmuid', 'peadar', 'parul', 'rajesh', 'sourav']) expect(given().has(w), w).toBe(true);
  });

  it('reads a demonym before a runner’s name as her nationality, not her first name', () => {
    expect(people('The Scot held off Kenyan Grace Wambui in a thrilling sprint finish.')).toEqual([
      ['Grace Wambui', 'Kenyan'],
    ]);
  });

  it("takes back a given name the tagger left before an initial, a second given name or after a people's word", () => {
    const names = (text: string) => people(text).map(([n]) => n);
    expect(names('And Joseph G. Scheetz, currently president, will be vice chairman.')).toEqual(['Joseph G. Scheetz']);
    expect(names('The agency is charging Ronald Richard Jenkins, until recently a clerk.')).toEqual([
      'Ronald Richard Jenkins',
    ]);
    expect(names('Britons Kathy Butler and Hayley Yelling were out of contention.')).toEqual([
      'Kathy Butler',
      'Hayley Yelling',
    ]);
  });

  it('takes a first given name the lexicons lack, glued to a full name at the sentence start or after "by"', () => {
    const names = (text: string) => people(text).map(([n]) => n);
    expect(names('Lal Krishan Mehra, leader of the opposition party, said so.')).toEqual(['Lal Krishan Mehra']);
    expect(names('The talks were led by Lal Krishan Mehra, the party chief.')).toEqual(['Lal Krishan Mehra']);
    expect(names('Home Minister Lal Krishan Mehra said the talks would go on.')).toEqual(['Lal Krishan Mehra']);
    // (Not a word English knows, nor one inside a longer run of capitals: "Yesterday", "the Shiv Sena Lal ...".)
    expect(names('Yesterday Krishan Mehra said so.')).toEqual(['Krishan Mehra']);
    expect(names('The Shiv Sena Lal Krishan Mehra faction split.')).not.toContain('Lal Krishan Mehra');
    // (The rule alone, on tags given: after a capitalised word of another run the word is that run's.)
    const first = (s: string, tags: string[], from: number) =>
      unknownFirstName(s, tagTokens(s), tags, { from, to: from + 1 }, -1);
    expect(first('Infosys Lal Krishan Mehra spoke.', ['B-ORG', 'I-ORG', 'B-PER', 'I-PER', 'O', 'O'], 2)).toBe(false);
    // (Nor a noun after a determiner: "Chancellor of the Exchequer Jon Breyer".)
    const tags = ['O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O'];
    expect(first('Chancellor of the Exchequer Jon Breyer said', tags, 4)).toBe(false);
    // (Nor what a person was, after "late" or "former": "the late Womble Jon Breyer".)
    expect(first('as late Womble Jon Breyer said', ['O', 'O', 'B-ORG', 'B-PER', 'I-PER', 'O'], 3)).toBe(false);
    expect(first('as Womble Jon Breyer said', ['O', 'B-ORG', 'B-PER', 'I-PER', 'O'], 2)).toBe(true);
    // (Nor a title misspelt, which a wire's slip leaves unknown: "Prime Minsiter", "Finance Minster".)
    expect(first('Prime Minsiter Jon Breyer said', ['O', 'O', 'B-PER', 'I-PER', 'O'], 2)).toBe(false);
    expect(first('Minister Lal Krishan Mehra spoke.', ['O', 'O', 'B-PER', 'I-PER', 'O', 'O'], 2)).toBe(true);
    expect(first('Lal Krishan Mehra spoke.', ['O', 'B-PER', 'I-PER', 'O', 'O'], 1)).toBe(true);
  });

  it('joins a given name the tagger read as a name of its own to the name of several words a space after it', () => {
    const names = (text: string) => people(text).map(([n]) => n);
    expect(names('The company said Martin R. Colvard was named president of its North American unit.')).toEqual([
      'Martin R. Colvard',
    ]);
    expect(
      names(
        'The Minister of Communications and Transport, Abdel-Jabbar Abdel-Rahim al-Asadi was relieved of his post.',
      ),
    ).toEqual(['Abdel-Jabbar Abdel-Rahim al-Asadi']);
    // A word that is no given name stays out: a team's name before its captain's.
    expect(names('The Springboks John Smit said the pack was ready.')).not.toContain('Springboks John Smit');
  });
});

describe("a name a person's pronoun shows after a verb of saying", () => {
  const names = (text: string) =>
    extractMentions(textDocument(text))
      .filter((m) => !m.org)
      .map((m) => m.name);

  it('reads a name the tagger and the lexicon do not know, opening the sentence, before "said he"', () => {
    expect(names('Melcher said he would stay on as chairman of the panel.')).toEqual(['Melcher']);
    expect(names('"We are pleased," Oluwaseun Adeyemi said she told the board.')).toContain('Oluwaseun Adeyemi');
  });

  it('reads none after a preposition or "and", nor a plural, nor before "it"', () => {
    const found = (s: string) => {
      const tt = tagTokens(s);
      return namesBeforeSaying(
        s,
        tt,
        tt.map(() => 'O'),
      ).map((sp) => s.slice(tt[sp.from]!.start, tt[sp.to]!.end));
    };
    expect(found('Brennecke said he would stay.')).toEqual(['Brennecke']);
    expect(found('An officer with Brennecke said he believes so.')).toEqual([]);
    expect(found('The Secretary of State for Trade and Industry said he had decided.')).toEqual([]);
    expect(found('Prosecutors said he would be charged.')).toEqual([]);
    expect(found('Brennecke said it would close the plant.')).toEqual([]);
  });
});

describe("a surname the tagger read as a thing's name after a given name", () => {
  const names = (text: string) =>
    extractMentions(textDocument(text))
      .filter((m) => !m.org)
      .map((m) => m.name);

  it('joins it to the given name the tagger read as a person', () => {
    expect(names("The thriller came out in 1962, starring Burt Lancaster in the pilot's role.")).toEqual([
      'Burt Lancaster',
    ]);
    expect(names('Critics loved the western, starring Burt Lancaster in the lead.')).toEqual(['Burt Lancaster']);
  });

  it("leaves a place's two words after a place's preposition, and a word of English", () => {
    expect(names('The count in Teri Mangal in Kurram district went up to 40.')).not.toContain('Teri Mangal');
    // The tags as the tagger may give them: a given name read as a person's, the word after it as a thing's.
    const joined = (text: string, at: number, first = 'B-PER') => {
      const tt = tagTokens(text);
      const tags = tt.map(() => 'O');
      [tags[at], tags[at + 1]] = [first, 'B-LOC'];
      tagSurnameAfterGiven(text, tt, tags);
      return tags[at + 1] === 'I-PER';
    };
    expect(joined('Stars like Burt Lancaster came.', 2)).toBe(true);
    expect(joined('Stars like Burt Lancaster came.', 2, 'B-ORG')).toBe(false);
    expect(joined('The raid in Teri Mangal ended.', 3)).toBe(false);
    expect(joined('Brokers say the Cory Grain maize deal was done.', 3)).toBe(false);
    expect(joined('The bills of Burt Lancaster Inc rose.', 3)).toBe(false);
    expect(joined('Stars like Burt Lancaster Smith came.', 2)).toBe(false);
  });
});

describe('a given name the tagger read as a place, in a list of people', () => {
  it('joins it to the surname after it', () => {
    const names = extractMentions(textDocument('The cast includes Jonathan Pryor and Ben Whitlow.'))
      .filter((m) => !m.org)
      .map((m) => m.name);
    expect(names).toEqual(['Jonathan Pryor', 'Ben Whitlow']);
  });

  it('joins a first given name the tagger read as a firm to the full name after it', () => {
    const names = extractMentions(textDocument('One man, Sion Aubrey Roberts, was convicted in 1993 of the bombings.'))
      .filter((m) => !m.org)
      .map((m) => m.name);
    expect(names).toEqual(['Sion Aubrey Roberts']);
    // Not a role opening the sentence.
    expect(
      extractMentions(
        textDocument('Star Christina Applegate had to pull out of performances earlier this month with a broken foot.'),
      )
        .filter((m) => !m.org)
        .map((m) => m.name),
    ).toEqual(['Christina Applegate']);
  });

  it("joins a given name the tagger read as a bank's to the surname alone after it", () => {
    const names = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => [m.name, m.affiliation]);
    expect(names('Morgan Spurlock earned the directing award for his film.')).toEqual([['Morgan Spurlock', null]]);
    // (A surname that the lists also hold as a given name, but the lexicon knows as none: "Sonia Keane".)
    expect(names('Sonia Keane said she would run in the race in France.')).toEqual([['Sonia Keane', null]]);
    // Not a given name the lexicon knows as none, nor after an owner's word or another capitalised word.
    expect(names('Fans flocked to La Scala for the new season.').map((n) => n[0])).not.toContain('La Scala');
    expect(names('It plans to sell its Trenton Works division in Nova Scotia.').map((n) => n[0])).not.toContain(
      'Trenton Works',
    );
  });
});

describe('the four given-name tests (given-names.ts)', () => {
  it('knows a given name that is nothing else by every test', () => {
    expect([knownGiven('Gianfranco'), plainGivenName('Gianfranco'), givenOnly('Gianfranco')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(givenAmong(['Gianfranco', 'Zola'], 0)).toBe(true);
  });

  it('takes a given name that is also a common word only where the context says a person is meant', () => {
    expect(knownGiven('Wood')).toBe(true);
    expect(plainGivenName('Wood')).toBe(false);
    expect(givenOnly('Wood')).toBe(false);
  });

  it('takes no place for a given name in its place among words', () => {
    expect(knownGiven('Manhattan')).toBe(true);
    expect(givenAmong(['in', 'Manhattan'], 1)).toBe(false);
    expect(givenAmong(['Hong', 'Kong'], 1)).toBe(false);
    expect(givenAmong(['Paul', 'Smith'], 0)).toBe(true);
  });

  it('takes no title word for a given name standing alone', () => {
    expect(knownGiven('Justice')).toBe(true);
    expect(givenOnly('Justice')).toBe(false);
    expect(knownGiven('Dutch')).toBe(false);
  });
});

describe('a month that is a given name', () => {
  const names = (text: string) => people(text).map(([n]) => n);

  it('opens the name after "with", a maker\'s "by", a role noun, or the sentence before a two-word name', () => {
    expect(names('She wrote the song with June Harlow Reed in 1962.')).toContain('June Harlow Reed');
    expect(names('It was first recorded by April Lennox in 1970.')).toContain('April Lennox');
    expect(names('"Prices will hold," grain analyst June Talbot said.')).toContain('June Talbot');
    expect(names('June Harlow Reed later said the song upset her.')).toContain('June Harlow Reed');
  });

  it('is no date there, but stays the month after a word of time, before a grade, a place or a day in words', () => {
    const months = (text: string) => findDates(text, '1987-03-27').map((d) => d.text);
    expect(months('She wrote the song with June Harlow Reed in 1962.')).toEqual(['1962']);
    expect(months('"Prices will hold," grain analyst June Talbot said.')).toEqual([]);
    expect(months('By June Smith had left the firm.')).toEqual(['June']);
    expect(months('June Eurodollars were steady.')).toEqual(['June']);
    expect(months('The offer will expire April Three unless extended.')).toEqual(['April']);
    expect(months('April Illinois River barges traded at 160 pct.')).toEqual(['April']);
    // (Nor after a market's "forward", which is a player's position only after a club: "Leeds forward April Jones".)
    expect(months('Trade in 15-day forward April Brent was thin.')).toEqual(['April']);
    expect(names('Leeds forward April Jones scored twice.')).toContain('April Jones');
    expect(names('Dealers said 15-day forward North Sea Brent rose.')).toEqual([]);
  });
});
