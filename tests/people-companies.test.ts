// Not people: a person-shaped name that opens a company's name ("Mark IV Industries Inc"), ends with a company's
// word ("Key Savings and Loan"), carries a wire's stock ticker or angle brackets, ends a longer foreign name
// ("Regie Nationale des Usines Renault"), or a place's thing ("Light Louisiana Sweet"), and a number alone.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { tagTokens } from '../src/people/tagger.js';
import { copularThings } from '../src/people/works.js';
import { builtEngine, textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => m.name);
const orgs = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => m.org)
    .map((m) => m.name);

describe('company names', () => {
  it('takes a name its capitalised run carries on to a company word for that company, and its short name too', () => {
    const text =
      'TULSA, May 4 - Carter Dane said a state court barred Lionel VII Industries Inc from buying more of its stock.\n\n' +
      'Carter Dane said Lionel VII now owns 12 pct of its shares, and it expects Lionel VII to appeal.';
    expect(people(text).filter((n) => /Lionel/.test(n))).toEqual([]);
    expect(orgs(text)).toContain('Lionel VII Industries');
  });

  it('takes a name between "its" and a part of a firm for that part', () => {
    expect(people('The group said its Peter Rowe unit grew fast, and its Dana Holt subsidiary slowed.')).toEqual([]);
    expect(people('Its chairman Peter Rowe said the unit grew fast.')).toEqual(['Peter Rowe']);
  });

  it("takes a bank's name without its bank word and legal form for that bank later", () => {
    const text =
      'The group earned most of its profit through its 51-pct owned Marine Fenwick Banks Inc unit.\n\n' +
      "Marine Fenwick's loan-loss provisions fell by half in the fourth quarter.";
    expect(people(text)).toEqual([]);
  });

  it('reads a place in brackets before the legal form as part of the firm, and the name before it as the firm later', () => {
    const text =
      'The issue of 9,000 warrants was priced at par, lead manager Harvey Dunmore (Schweiz) AG said. ' +
      'Harvey Dunmore placed most of them with Swiss clients.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toContain('Harvey Dunmore');
    // (Not a person and a party in brackets: "John Pike (Labour) said".)
    expect(people('John Pike (Labour) said the vote was close.')).toEqual(['John Pike']);
  });

  it("takes a firm's own name that opens on a given name for the firm later too, not its founders' or a list's", () => {
    const text =
      'Dora Kell Corp said on Monday it would sell its European unit.\n\nDora Kell said the sale would close in June.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual(['Dora Kell', 'Dora Kell']);
    // (A father and a son of the firm's name are people, each with his own suffix.)
    const family =
      'Dora Kell Inc said it would merge.\n\nThe deal needs the continued employment of Dora Kell Sr and Dora Kell Jr.\n\n' +
      'Dora Kell Sr, who is currently chairman of Dora Kell Inc, will be chairman of the new company.';
    expect(people(family)).toEqual(['Dora Kell Sr', 'Dora Kell Jr', 'Dora Kell Sr']);
    expect(people('Dora Kell Inc said it named Dora Kell Jr its president.')).toEqual(['Dora Kell Jr']);
    // (A list of holders is no firm's partners: its full name stays a person's.)
    expect(
      people('Its largest holders, Walter F. Brisk, Koppers Co and a trust, agreed. Walter F. Brisk said no.'),
    ).toEqual(['Walter F. Brisk', 'Walter F. Brisk']);
  });

  it("takes a name a firm's noun opens, or ending in United's abbreviation or Products, for a firm", () => {
    expect(people('The regulator filed complaints against media giant Vivian Universal and its boss.')).toEqual([]);
    expect(people('They remained long-term investors in Man Utd.')).toEqual([]);
    expect(people('Delmar Products of River Rouge, Mich, was picked to supply dash pads.')).toEqual([]);
  });

  it("takes a name ending in an industry's word for a firm's, in a list of firms too", () => {
    // A list of tobacco firms, the tagger reading two of them as people.
    const text = 'The suit names Halvern Group, Marston Tobacco, Darrow Studios and Kelbeck Telecom as defendants.';
    expect(people('Sales of mobile games will reach $9bn by 2009, according to Darrow Research.')).toEqual([]);
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual(expect.arrayContaining(['Marston Tobacco', 'Darrow Studios']));
  });

  it("takes a name the tagger runs into an organisation's name for that organisation, and its short name too", () => {
    const text =
      'Halvard Computer Entertainment America said sales rose.\n\nHalvard Computer expects a loss this year.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toContain('Halvard Computer');
    // A surname after its particle stays the person's; so does a given name before a firm's name.
    expect(people('Robert De Niro has topped the charts again.')).toEqual(['Robert De Niro']);
  });

  it('takes a name ending in a word no person is called by, or going on with "and" one, for a firm', () => {
    for (const text of [
      'The regulators closed Aubrey Savings and Loan Association of Fenwick and moved its deposits.',
      'Profits at Marlowe Savings rose, the thrift said on Tuesday.',
      'The offer was led by Gideon Marsh and Co, the brokerage, its filing said.',
      'Harold Vance, owner of Vance Brokerage, was reelected to the board.',
      'Its profits were buoyed by one-off gains which offset a profit dip at Kessler Bros, and fewer users for its web arm.',
      "GM's Detroit Diesel Allison Division will make the engines.",
      'Ruth Adler, who moved to Texas in December to set up Kessler USA, said the unit was ready.',
      'The group will run its arm Kessler Europe from Paris, its owners said.',
    ])
      expect(people(text).filter((n) => /Aubrey|Marlowe|Gideon|Brokerage|Division|Kessler/.test(n))).toEqual([]);
  });

  it("keeps a name before 'and' and a region word that opens another body's name", () => {
    expect(
      people('He met central bank chief Paul Varga and International Monetary Fund head Michel Dufay on Friday.'),
    ).toContain('Paul Varga');
  });

  it('takes a name ending in a plural the article writes in lower case for a thing, not a surname in -s', () => {
    const text = 'It will redeem its three pct General Lien Bonds due 2047 and other bonds at par.';
    expect(people(text)).toEqual([]);
    expect(people('Barry Bonds hit two home runs as the Giants won.')).toEqual(['Barry Bonds']);
  });

  it('keeps a man named beside a company joined by "and", and the founder whose name a firm bears', () => {
    const a = people('The board received bids from Felix Orban and Dunmore Holdings Inc, a rival group, on Friday.');
    expect(a).toContain('Felix Orban');
    const b = people(
      'Orman Group Inc said its profit rose.\n\nAnsel Orman, the founder, said he would stay on. Orman told reporters he was pleased.',
    );
    expect(b).toEqual(['Ansel Orman', 'Orman']);
    const c = people(
      'Orman Broadcasting Co said it rejected the bid.\n\nAnsel Orman, its vice chairman, said he would stay on. Orman told reporters he was pleased.',
    );
    expect(c).toEqual(['Ansel Orman', 'Orman']);
  });

  it('takes a name glued by a slash to a firm, or followed by a stock ticker, or in angle brackets, for a firm', () => {
    for (const text of [
      'LONDON, May 2 - Marchant Vale/Sorel Group <MVS.L> said profits fell.',
      'Shares of Orrin Hale <ORH> rose two dlrs after the offer.',
      "France's <Societe Generale des Ateliers Bodin> agreed to sell the unit, a buyer said.",
      // (A Stockholm or London ticker gives its exchange after a space.)
      'Shares of Orrin Hale <ORHA ST> rose two crowns after the offer.',
    ])
      expect(people(text).filter((n) => /Marchant|Orrin|Bodin/.test(n))).toEqual([]);
  });

  it('takes the name after a legal form written first ("AB Volvo") for the firm, and its uses alone later', () => {
    const text =
      'AB Tellander and Fors AB Kvarnholm, two holding companies, bought the option on Monday.\n\n' +
      "The deal raised Tellander's stake to 40 pct, while Kvarnholm holds 30 pct.\n\n" +
      'During the year the family built up its stake in Tellander and Kvarnholm, Anders Pell said.';
    expect(people(text)).toEqual(['Anders Pell']);
    expect(orgs(text)).toEqual(expect.arrayContaining(['AB Tellander', 'AB Kvarnholm', 'Tellander', 'Kvarnholm']));
    // (A Dutch one too.)
    expect(people('NV Vandermolen said its unit was sold.\n\nVandermolen gave no price.')).toEqual([]);
  });

  it('takes the tail of a longer foreign name tied by a linking word for that name, not a person', () => {
    const text = 'The stake is held by Compagnie Generale des Ateliers Bodin, the state carmaker, analysts said.';
    expect(people(text).filter((n) => /Bodin/.test(n))).toEqual([]);
  });

  it('takes a place among words no one is called by for a thing of that place: a crude oil grade', () => {
    const text =
      'The refiner raised its posting for Heavy Oklahoma Sour to 18.10 dlrs a barrel, while Light Oklahoma is priced at 18.40 dlrs.';
    expect(people(text)).toEqual([]);
    // A person named after a place keeps his name when a given name opens it.
    expect(people('Heavy rains fell, said Jack Oklahoma, a farmer, on Monday.')).toContain('Jack Oklahoma');
  });

  it('takes the name before "poll", "grade" or "bank" for that poll, grade or bank in that use', () => {
    expect(people('A Tolliver poll published on Sunday gave the party a lead.')).toEqual([]);
    expect(people('The dollar eased, said Marley bank currency analyst Ed Royce.')).toEqual(['Ed Royce']);
  });

  it('counts a number word alone as no one', async () => {
    const e = await builtEngine({
      'a.txt':
        'HOLLIS PLAN\n date 1987-04-11\n\nCALGARY, April 10 - Nine pct of Hollis would be owned by the founders, said Warren Pike, a spokesman.',
    });
    const names = e.corpus.people.people.map((p) => p.name);
    expect(names).not.toContain('Nine');
    expect(names).toContain('Warren Pike');
  });

  it('takes a name the article says is a firm for a firm throughout, and a name it opens for its product', () => {
    const text =
      'Can Zelkor lead the next decade?\n\n' +
      'Zelkor has reached the age of ten. The veteran and the upstart have much in common - Zelkor was the first ' +
      'internet firm to offer shares to the public.\n\n' +
      'Zelkor failed to see how crucial search would become, said Marta Quill, a research director at Gartner. ' +
      'Making Zelkor Messenger work on mobiles will be a key focus, she said.';
    expect(people(text)).toEqual(['Marta Quill']);
    expect(orgs(text)).toContain('Zelkor Messenger');
    // (A person said to hold a post at a firm stays a person: "the firm's chairman", "a club legend".)
    expect(people('Arlo Benning is the firm’s chairman. Benning said so.')).toContain('Arlo Benning');
    expect(people('Rhys Tamblyn is a club legend, and Tamblyn knows it.')).toContain('Rhys Tamblyn');
    // A name right after a person's full name and "of" is where that person works: a firm, no person.
    expect(people('Sales will slow, said Nora Feld of Pruett Haskins.')).toEqual(['Nora Feld']);
    expect(orgs('Sales will slow, said Nora Feld of Pruett Haskins.')).toContain('Pruett Haskins');
    // An award's title says what a thing is, no article needed: "was named top new drama".
    expect(people('At the ceremony, Silent Harbours was named best new drama.')).toEqual([]);
    // (A clause may go on after the noun: "while", "when" end its phrase.)
    const clause = 'Little Harbour was named top sitcom while Greta Lindholm won best actress.';
    expect(copularThings(clause, tagTokens(clause))).toEqual(['Little Harbour']);
    expect(people(clause)).toEqual(['Greta Lindholm']);
    expect(people('At the ceremony, Greta Lindholm was named best actress in a drama.')).toEqual(['Greta Lindholm']);
  });

  it("takes a wire dateline's town, a bank's trading arm and a title opening on a verb in -ing for no one", () => {
    expect(people('CEDAR FALLS, Iowa, March 5 - Amtel Inc said it sold its unit to Hal Bergen.')).toEqual([
      'Hal Bergen',
    ]);
    expect(people('It said lead manager Hanley Ross Capital Markets priced the bonds at par.')).toEqual([]);
    expect(people('Closer and Losing Neverland are up for best film.')).toEqual([]);
    // (Given names in -ing open names: "Irving Berlin", "Channing Tatum".)
    expect(people('Irving Berlin and Channing Tatum were named.')).toEqual(['Irving Berlin', 'Channing Tatum']);
  });

  it("takes a word alone that opens a firm's name the tagger reads for that firm, unless a person bears it", () => {
    const firm =
      'NEW YORK, Oct 21 - Brackley Lowe and Co has decided to set aside one billion dlrs to lend to mutual funds hit ' +
      'by redemptions, a spokesman for the investment bank said.\n\n' +
      'The spokesman said Brackley took the decision on its own initiative and had not been asked by regulators.';
    expect(people(firm)).toEqual([]);
    expect(orgs(firm)).toContain('Brackley');
    // The founder the article names in full is a person, and so is his surname alone.
    const founder =
      'NEW YORK, Oct 21 - Brackley Lowe and Co has decided to set aside one billion dlrs to lend to mutual funds hit ' +
      'by redemptions, its founder Hugo Brackley said.\n\n' +
      'Brackley said the firm took the decision on its own initiative and had not been asked by regulators.';
    expect(people(founder)).toEqual(['Hugo Brackley', 'Brackley']);
    // So is a name after a courtesy title.
    expect(people(`${firm}\n\nA spokesman for Mr Brackley declined to comment.`)).toContain('Brackley');
  });
});
