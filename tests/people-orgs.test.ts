// Not people: names the corpus writes as an organisation's (before "Inc", "and Co") or a place's ("Lake ...")
// are no one, however person-like their shape, counted across the corpus and kept so when articles are added.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { extractMentions } from '../src/people/extract.js';
import { thingOfTwoWords } from '../src/people/place-shapes.js';
import { tempCorpus, textDocument } from './helpers.js';

const mentions = (text: string) => extractMentions(textDocument(text));
/** The names of a text's mentions taken for people. */
const personNames = (text: string) =>
  mentions(text)
    .filter((m) => !m.org)
    .map((m) => m.name);

describe('organisation and place shapes', () => {
  it("takes no race's or basin's name for a person: a word that closes an event's or a region's name", () => {
    expect(personNames('When Kay Dunn raced in the Paris to Sydney Marathon she drove a Rover.')).toEqual(['Kay Dunn']);
    expect(personNames('Kay Dunn ran the Beverly Marathon last year.')).toEqual(['Kay Dunn']);
    expect(personNames('Delta, the biggest Lewis Basin gas producer, hired Tom Reed.')).toEqual(['Tom Reed']);
  });

  it('takes the examples a plural noun for things opens for those things, not people', () => {
    expect(personNames('Browsers such as Lynx, Kestrel, Amara and even Pelican gained users.')).toEqual([]);
    expect(personNames('Police searched several universities, including Yale (in New Haven) and Duke.')).toEqual([]);
    expect(personNames('Clubs such as Chelsea and Arsenal want him, said Tom Reed.')).toEqual(['Tom Reed']);
    // (People's nouns give people; a full name opening on a given name that owns the item, or a surname the article
    // gives a person, stays a person's.)
    expect(personNames('Singers such as Dido and Chris Martin took part.')).toContain('Chris Martin');
    expect(personNames("Firms including Richard Branson's Virgin bid.")).toEqual(['Richard Branson']);
    // A firm named after its founder is a firm among the examples; an apposition says a person.
    expect(personNames('Big companies such as Henry Loewe - the Dutch arm of a US group - have cut jobs.')).toEqual([]);
    expect(
      personNames(
        'The accounts belonged to two people and three companies, including Mark Hollis, former head of sales.',
      ),
    ).toEqual(['Mark Hollis']);
    expect(personNames('Tom Chelsea spoke.\n\nClubs such as Chelsea and Arsenal want him.').sort()).toEqual([
      'Chelsea',
      'Tom Chelsea',
    ]);
  });

  it('takes a name after a common noun capitalised and "of" for the end of that thing\'s name', () => {
    expect(personNames('Divers searched the Pride of Free Enterprise after it sank.')).toEqual([]);
    // (Not after a title, nor a person named so, nor a full name opening on a given name.)
    expect(personNames('The Bishop of Durham, David Jenkins, spoke.')).toEqual(['David Jenkins']);
    expect(personNames('The Spirit of Tom Reed lives on.')).toEqual(['Tom Reed']);
    expect(personNames("Two of Van Dyke's other films will be shown.")).toEqual(['Van Dyke']);
  });

  it('takes no Games for a person, though a person is named beside them', () => {
    const names = personNames(
      'Kostas Kenteris won gold at the 2000 Sydney Olympics, while Thanou won silver in the 100m.',
    );
    expect(names).toContain('Kostas Kenteris');
    expect(names).not.toContain('Olympics');
  });
  it('notes the names a sentence writes before a legal form, commas inside allowed, as no one', () => {
    const orgs = mentions(
      'Shares of Kerr Addison and Co Inc rose, said analysts at Smith Haney, Walker Upton and Co.',
    ).filter((m) => m.org);
    expect(orgs.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Kerr Addison', 'Smith Haney Walker Upton', 'Walker Upton']),
    );
    expect(orgs.every((m) => !m.evidence && m.roles.length === 0)).toBe(true);
  });

  it('takes a name closed by a legal form the wire left in lower case for a company, and its short name too', () => {
    expect(
      personNames('Shares of Great Western Financial corp fell, and Great Western said it would sell a unit.'),
    ).toEqual([]);
  });

  it('takes a name closed by a legal form, written with stops or in capitals, for a company, never a person', () => {
    for (const text of [
      'Whitlow Brannock L.P., a Denver investment partnership, said it raised its stake in the maker to 9.1 pct.',
      'Orsino Vantrell NV, the Dutch holding, said it sold its shares on Monday.',
    ]) {
      const people = mentions(text).filter((m) => !m.org && m.evidence);
      expect(
        people.map((m) => m.name),
        text,
      ).toEqual([]);
      expect(
        mentions(text).some((m) => m.org && /^(?:Whitlow Brannock|Orsino Vantrell)$/.test(m.name)),
        text,
      ).toBe(true);
    }
  });

  it('takes a name opened by a word for a place for a place', () => {
    const list = mentions('Water levels in Lake Huron fell again, officials said on Monday.');
    expect(list.filter((m) => !m.org).map((m) => m.name)).not.toContain('Lake Huron');
  });
});

describe('corpus-level evidence', () => {
  const person = 'Markets\n date 1987-03-02\n\nDonald Lufkin said on Monday that profits would rise this year.';
  const org = (n: number) =>
    `Shares up\n date 1987-03-0${n}\n\nShares of Donald Lufkin and Co rose 5 pct on the report, traders said.`;

  it('drops a name written as an organisation’s often enough, and keeps one seen so once', async () => {
    const e = new Engine({ dir: tempCorpus({ 'a.txt': person, 'b.txt': org(3) }), maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.byKey.has('donald lufkin')).toBe(true);
    const dir = tempCorpus({ 'a.txt': person, 'b.txt': org(3), 'c.txt': org(4) });
    const f = new Engine({ dir, maxFileBytes: 1e6 });
    await f.reload();
    expect(f.corpus.people.byKey.has('donald lufkin')).toBe(false);
  });

  it('reaches the same answer when the organisation’s articles come in a later reload', async () => {
    const dir = tempCorpus({ 'a.txt': person });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.byKey.has('donald lufkin')).toBe(true);
    writeFileSync(join(dir, 'b.txt'), org(3));
    writeFileSync(join(dir, 'c.txt'), org(4));
    await e.reload();
    expect(e.corpus.people.byKey.has('donald lufkin')).toBe(false);
    const fresh = new Engine({ dir, maxFileBytes: 1e6 });
    await fresh.reload();
    expect(fresh.corpus.people.people.map((p) => p.key).sort()).toEqual(
      e.corpus.people.people.map((p) => p.key).sort(),
    );
  });
});

describe('a full name no article gives a role', () => {
  const said = (n: number) =>
    `Odds\n date 1987-04-${String(n).padStart(2, '0')}\n\nTips came in early, and Harold Kemble said odds on the favourite had been cut again.`;
  const firm = (n: number) =>
    `Betting\n date 1987-05-0${n}\n\nThe bookmaker Harold Kemble has cut its odds on the favourite after a rush of bets.`;
  const titled = `Odds\n date 1987-06-01\n\nBookmakers' spokesman Harold Kemble said odds had been cut again.`;
  const files = (extra: Record<string, string> = {}) => {
    const out: Record<string, string> = { 'f1.txt': firm(1), 'f2.txt': firm(2), ...extra };
    for (let n = 1; n <= 10; n++) out[`p${n}.txt`] = said(n);
    return out;
  };
  const known = async (dir: string) => {
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    return e.corpus.people.byKey.has('harold kemble');
  };

  it('is no one when written as a firm’s or a work’s a tenth as often as a person’s, but one given a role is', async () => {
    expect(await known(tempCorpus(files()))).toBe(false);
    expect(await known(tempCorpus(files({ 't.txt': titled })))).toBe(true);
  });

  it('is no one still when its only role is one a group holds as well ("stars")', async () => {
    const stars = `Tour\n date 1987-06-02\n\nThe tour has featured British stars Jo Dane and Harold Kemble, said Amy Ross.`;
    expect(await known(tempCorpus(files({ 's.txt': stars })))).toBe(false);
    // A role only a person holds keeps the name a person's.
    expect(await known(tempCorpus(files({ 's.txt': stars, 't.txt': titled })))).toBe(true);
  });

  it('reaches the same answers when the firm’s and the titled articles come in later reloads', async () => {
    const all = files();
    const dir = tempCorpus(Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('p'))));
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.byKey.has('harold kemble')).toBe(true);
    writeFileSync(join(dir, 'f1.txt'), all['f1.txt']!);
    writeFileSync(join(dir, 'f2.txt'), all['f2.txt']!);
    await e.reload();
    expect(e.corpus.people.byKey.has('harold kemble')).toBe(false);
    writeFileSync(join(dir, 't.txt'), titled);
    await e.reload();
    expect(e.corpus.people.byKey.has('harold kemble')).toBe(true);
    const fresh = new Engine({ dir, maxFileBytes: 1e6 });
    await fresh.reload();
    expect(fresh.corpus.people.people.map((p) => p.key).sort()).toEqual(
      e.corpus.people.people.map((p) => p.key).sort(),
    );
  });
});

describe('a word cut out of a place or an organisation name', () => {
  const people = (text: string) =>
    mentions(text)
      .filter((m) => !m.org)
      .map((m) => m.name);

  it('takes no piece of a place or a club for a person', () => {
    // Sentences written to the patterns of British news: a region, a police force, a rugby club, a royal office.
    expect(people('Former Northern Ireland minister Sir Peter Hale died at a hospice, his family said.')).toEqual([
      'Peter Hale',
    ]);
    expect(people('Scotland Yard said the security operation had cost millions of pounds.')).toEqual([]);
    expect(people('Bath came from behind to sink London Irish with three second-half tries.')).toEqual([]);
  });

  it("takes no common word cut out of a prize's or a work's name for a person, but keeps one after a people's word", () => {
    expect(people('The thriller won the 2001 Golden Bear award at the Berlin festival.')).toEqual([]);
    expect(people('The documentary won the 1998 Golden Lion at Venice.')).toEqual([]);
    // (A people's word before a surname is its bearer's affiliation.)
    expect(people('Uruguayan Marcelo Otero scored twice, and Otero was happy.')).toEqual(['Marcelo Otero', 'Otero']);
  });

  it('takes a place alone for no one, unless the article gives someone that surname in full', () => {
    expect(people('"Wales has moved on," the first minister told the assembly in Cardiff.')).not.toContain('Wales');
    expect(people('Aid flights to Haiti resumed on Tuesday after the storm, officials said.')).not.toContain('Haiti');
    const jack = mentions('Jack London wrote of the Klondike. London said the cold was the worst he had known.');
    expect(jack.filter((m) => !m.org && m.name === 'London')).toHaveLength(1);
  });

  it('takes a word for a faith, a party or a people alone for no one', () => {
    const text =
      'Muslim groups protested outside. Labour MPs were angry. ' +
      'The Welsh and the Bangladeshi communities joined the march.';
    expect(people(text)).toEqual([]);
    // A group word inside a full name stays: "Guy Labour" is someone.
    expect(people('Guy Labour, a farmer, said the rain came late.')).toContain('Guy Labour');
  });

  it('gives a surname the article also writes alone the given name the tagger read as a place', () => {
    const text =
      'The last quarter final pits wild card Sania Mirza of India against Maria Kirilenko. ' +
      'Mirza needed treatment on her ankle after the first set.';
    expect(people(text)).toEqual(['Sania Mirza', 'Maria Kirilenko', 'Mirza']);
  });

  it('takes a compass point and a demonym or a place for no one, when the tagger is unsure', () => {
    const text =
      'BONN, March 16 - West German exports to the United States rose in February. ' +
      'Traders said estimates put W Germany ahead of France.';
    expect(people(text)).toEqual([]);
  });

  it('keeps a person whose given name or title the tagger misread before the surname', () => {
    expect(people('Manchester United signed Alan Smith and Louis Saha during the winter.')).toEqual(
      expect.arrayContaining(['Alan Smith']),
    );
    expect(people('The left-wing government of Salvador Allende was overthrown in a coup.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Allende$/u)]),
    );
    expect(people('"We will hold elections," Gen Musharraf told the BBC on Sunday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Musharraf$/u)]),
    );
  });
});

describe('names of things, whatever the tagger reads', () => {
  const names = (text: string) =>
    extractMentions(textDocument(text, { date: '2005-01-10' }))
      .filter((m) => !m.org)
      .map((m) => m.name);

  it('takes no storm, feast figure or lone initial for a person', () => {
    expect(names('Relief flights resumed after Hurricane Marisol flattened the port of Belize City.')).toEqual([]);
    expect(names('The single mentions Father Christmas twice. Every Christmas record since has copied it.')).toEqual(
      [],
    );
    expect(names('In the latest row in Canadian-U.S. fishing relations, the panel ruled on Monday.')).toEqual([]);
  });

  it('takes the name of a craft, or of a place or a device the noun after it names, for no person', () => {
    expect(names('A quake registering 6.1 on the open-ended Richter scale shook the town.')).toEqual([]);
    expect(names('The Soviet freighter Mikhail Lermontov sank off New Zealand.')).toEqual([]);
    expect(names('The aircraft carrier John Stennis left port on Sunday.')).toEqual([]);
    expect(names('It will begin output at its Joe Mann mine in Quebec.')).toEqual([]);
    // A person's name before an office, a plan or a government stays a person's.
    expect(names('Critics of the Delors plan said Jacques Delors would not yield.')).toEqual([
      'Delors',
      'Jacques Delors',
    ]);
  });

  it("takes a common word glued after an organisation's word for a piece of its name", () => {
    expect(names('Members of Apple Developer Connection receive advance copies.')).toEqual([]);
    // A surname that is a word too stays a person's after a given name the tagger misread.
    expect(names('Striker Louis Baker scored twice.')).toEqual(['Louis Baker']);
  });

  it('takes a bank with the letters of a national association for a firm', () => {
    expect(names('One lender, identified as Chemical Bank NA, refused to sign the accord.')).toEqual([]);
    expect(names('One lender, identified as Marquette NA, refused to sign the accord.')).toEqual([]);
  });
});

describe('firms told by the words around them', () => {
  const people = (text: string) =>
    extractMentions(textDocument(text, { date: '1987-04-13' }))
      .filter((m) => !m.org)
      .map((m) => m.name);

  it('reads the name after a wire dateline as the sentence opening it does', () => {
    // Written to the wire's pattern: the same sentence with and without its dateline gives the same people.
    const body = 'Garland Tire and Rubber Co said Chairman Owen Tarrant would retire.';
    expect(people(`DAYTON, Ohio, April 13 - ${body}`)).toEqual(people(body));
    expect(people(`DAYTON, Ohio, April 13 - ${body}`)).toEqual(['Owen Tarrant']);
    expect(people('LONDON, April 13 - Treasury Secretary Ada Pryce said the dollar was stable.')).toEqual([
      'Ada Pryce',
    ]);
  });

  it('takes a name an apposition calls a firm, its ordinal or compound adjective inside, for no one', () => {
    expect(people("Kessler Re, Europe's fifth-largest reinsurance firm, said profits rose.")).toEqual([]);
    expect(people('The author signed a deal with literary agency Marlow Dent last week.')).toEqual([]);
    // A broker or a consultancy may be a person.
    expect(people('Police said the broker, Anton Weiler, may shed light on the affair.')).toEqual(['Anton Weiler']);
  });

  it("takes a name before a member's role that runs on a few words, and that member's name, for a firm", () => {
    expect(people('The figures matter little, said Harwood Benson chief financial economist Sam Kale.')).toEqual([
      'Sam Kale',
    ]);
    expect(people('Halton Hotels chairman and president Barry Halton will speak on Tuesday.')).toEqual([
      'Barry Halton',
    ]);
  });

  it("takes a word alone before a member's role and name for the firm in the whole article, unless a person's", () => {
    const text =
      'They must warn people earlier about possible fraud, Ofstis said. Ofstis spokesman Rob Dwyer said: "Firms should act."';
    expect(people(text)).toEqual(['Rob Dwyer']);
    // The word a title gives a person elsewhere in the article stays that person's, wherever it stands alone.
    expect(
      people(
        'President Okonta spoke on Monday. Okonta spokesman Karl Dunne said he would stay. Okonta said he was pleased.',
      ),
    ).toEqual(['Okonta', 'Karl Dunne', 'Okonta']);
  });

  it("takes a name in the possessive before a person of the article for that person's firm or party", () => {
    const text =
      "Peter Nalder, analyst at Hoare Brackley Bank, said output would rise. Hoare Brackley's Nalder took a different view.";
    expect(people(text)).toEqual(['Peter Nalder', 'Nalder']);
    // A person's work named like a person leaves its maker a person.
    expect(
      people("Tom Harlow said it was his best work. Tom Harlow's Vera Dunne won. Jo Bell played nurse Vera Dunne."),
    ).toContain('Tom Harlow');
    expect(
      people("Helen Price, MP for Plaid Gwynedd, spoke first. Plaid Gwynedd's Helen Price said it was wrong."),
    ).toEqual(['Helen Price', 'Helen Price']);
  });

  it('takes a word alone in a prose list of places or bands for one of them, not one in a list of people', () => {
    const people = personNames;
    expect(people('Teenagers who listen to Metallica and Korn are not troubled, the researcher said.')).toEqual([]);
    expect(
      mentions('Teenagers who listen to Metallica and Korn are not troubled.').find((m) => m.name === 'Korn')?.org,
    ).toBe(true);
    // A list with a person in it is a list of people, whatever the tagger reads its other members as.
    expect(people('Hansen was booked for fouls on Puyol, Xavi and Marchena before the break.')).toContain('Marchena');
    expect(people('The shortlist names Frank Lampard, Pires and Italy, the panel said.')).toContain('Pires');
    // A list closed by "and" before the word is not its list.
    expect(people('Markets fell in London, Paris and Frankfurt, Brandauer said on Tuesday.')).toContain('Brandauer');
    // One comma is no list: a reporting clause after an organisation's name.
    expect(
      people('The price is set by the Organization of Petroleum Exporting Countries, Kowalczyk said in an interview.'),
    ).toContain('Kowalczyk');
  });

  it('takes a name ending in a title in the plural for a body of its holders, not a surname after a given name', () => {
    const people = personNames;
    expect(people('The Law Lords ruled on Thursday that the detentions were unlawful.')).toEqual([]);
    expect(people('The bill now goes to the House of Lords, where peers may delay it.')).toEqual([]);
    expect(people('EU Finance Ministers met in Brussels on Monday.')).toEqual([]);
    expect(people('Chairman Randall Fields said the bank would grow.')).toContain('Randall Fields');
  });
});

describe("firms by their partners' names, their trade and their language", () => {
  it("reads a firm's partners' names, written later without the comma and 'and Co', as the firm", () => {
    const text =
      'Lazard, Hartwell and Co managed the sale. Later, dealers said Lazard Hartwell had priced it well. It was another Lazard Hartwell-led deal.';
    expect(personNames(text)).not.toContain('Lazard Hartwell');
    expect(personNames(text).filter((n) => n.includes('-led'))).toEqual([]);
  });

  it("reads a firm's name written before its legal form as the firm's when written alone, but not a founder's", () => {
    const firm =
      'TOKYO, May 4 - <Nissan Mexicana SA de CV> said it would build a new plant. Parts for the plant will be supplied by Nissan Mexicana. Last year, Nissan Mexicana shipped 20,000 engines, a spokesman said.';
    expect(personNames(firm)).toEqual([]);
    const founder =
      'Martin Quaid announced the purchase of Martin Quaid and Co from BankAmerica. Martin Quaid and Co is the largest discount broker. The right can be exchanged for warrants, Quaid said.';
    expect(personNames(founder)).toContain('Quaid');
  });

  it('reads a name after a firm-only plural, or a role held "with" a firm, as the firm', () => {
    expect(personNames('Shares of building companies Wira Bangun and Tunas Jaya rose.')).not.toContain('Wira Bangun');
    expect(personNames('Lena Orr, an analyst with Dean Hollis Partners, said sales fell.')).toEqual(['Lena Orr']);
    expect(personNames('Ruth Kalman, building materials analyst for Garrow Ainsley, said so.')).toEqual([
      'Ruth Kalman',
    ]);
    expect(personNames('Sales will hold up, said Dan Ebert, an economist of Ladd Burrows.')).toEqual(['Dan Ebert']);
    // A word alone after a firm's kind is the firm's name, though it may be a given name.
    expect(personNames('Dealers at the investment bank Kessler said the issue sold well.')).toEqual([]);
    // (So are the firm's partners after it: "Pierson, Heldring en Pierson", in the firm's own language too.)
    expect(personNames('Its economists at merchant bank Kessler, Hoorn en Kessler see growth slowing.')).toEqual([]);
    expect(personNames('Its economists at merchant bank Kessler, Hoorn and Kessler see growth slowing.')).toEqual([]);
    // (Not a partner's "of", which may be a person's.)
    expect(personNames('He was once a business partner of Walter Ladd.')).toEqual(['Walter Ladd']);
  });

  it('reads a name after "of" and the surname alone of a full name the article gives as that person\'s firm', () => {
    const text = 'Neil Pardoe of Ladd Burrows said demand would slow. "Clubs are a fad," said Pardoe of Ladd Burrows.';
    expect(personNames(text)).toEqual(['Neil Pardoe', 'Pardoe']);
  });

  it("reads the last word of a bank's name another language opens as part of it", () => {
    expect(personNames('Shares of Banque Arnaud Lambert rose sharply, traders said.')).toEqual([]);
    expect(personNames('Co-lead managers are Caisse Rurale de Credit Mutuel and Dresdner Bank.')).toEqual([]);
  });
});

describe('a word alone among places', () => {
  it('is a place, though it may be a given name, when the list is of places the lexicon knows', () => {
    expect(personNames('Office rents in Dallas, Tyler and Austin will keep falling.')).toEqual([]);
    expect(personNames('Her books are read by students in Oxford and Harvard.')).toEqual([]);
    // (Not among people, nor a full name after a place.)
    expect(personNames('Officers questioned Tom Hale, Ruth Mayne and Austin, police said.')).toContain('Austin');
    expect(personNames('Bankers in London and Austin Reed met on Monday.')).toContain('Austin Reed');
    expect(personNames('During a visit to Tokyo, Austin said rates would fall.')).toContain('Austin');
    expect(personNames('Anna Whitby led early on. Just Chemutai and Whitby were left at the end.')).toContain(
      'Chemutai',
    );
  });
});

describe('groups and things of two common words', () => {
  it("makes no person of a group's plural, alone or after a word", () => {
    expect(personNames('The alliance of Radical Democrats, Christian Democrats and Greens won the vote.')).toEqual([]);
    expect(personNames('Many Democrats, who control Congress, and Republicans backed the attack.')).toEqual([]);
  });

  it("makes no person of a party's member after the place they stand for", () => {
    expect(personNames('The bill was opposed by a North Carolina Democrat, Tom Reed.')).toEqual(['Tom Reed']);
    expect(personNames('Tom Reed, an Arizona Republican, said he would vote no.')).toEqual(['Tom Reed']);
  });

  it('makes no person of two common words with no role, but keeps a name the lexicon does not know', () => {
    expect(personNames('Public Enemy said they would tour again next year.')).toEqual([]);
    expect(personNames('Mardy Fish said he was tired after the match.')).toEqual(['Mardy Fish']);
    expect(personNames('Tiger Woods won the Masters.')).toEqual(['Tiger Woods']);
  });

  it('makes no person of two words WordNet knows as common ones, but keeps a given name or a rare word opening it', () => {
    expect(personNames('The two movies will compete with Shark Tale in the animated film category.')).toEqual([]);
    expect(personNames('The firm bought two cosmetics brands, Hard Candy and Naked Ink, last year.')).toEqual([]);
    // "Inger", a fish to WordNet but no word its texts use: a given name.
    expect(personNames('Inger Miller won the 100m in 11.37 seconds.')).toEqual(['Inger Miller']);
    // A family name written first: "Pan" is one, whatever the given name after it means in English.
    expect(personNames('Pan Yue won the vote for the post.')).toEqual(['Pan Yue']);
    expect([thingOfTwoWords('Pan Ping'), thingOfTwoWords('Shark Tale')]).toEqual([false, true]);
  });
});

describe("a word alone after a place's opening word, and streets", () => {
  it("makes no person of a word after 'La', 'Santa', 'Fort' that no name before owns", () => {
    expect(personNames('Rains fell in parts of Cordoba, La Pampa and Santa Fe provinces.')).toEqual([]);
    expect(personNames('Mutineers surrounded an office building inside Fort Bonifacio.')).toEqual([]);
    expect(personNames('IBM acquired Rolm, a Santa Clara, Calif, company.')).toEqual([]);
    // (A particle of a person's name stays: "Tony La Russa ... La Russa said".)
    expect(personNames('Flamenco singer Diego El Cigala won the prize.')).toEqual(['Diego El Cigala']);
    expect(personNames('Manager Tony La Russa was happy. La Russa said he would stay.')).toContain('La Russa');
  });

  it('makes no person of a street, unless a given name opens it', () => {
    expect(personNames(' - Best musical actor - Nathan Lane for The Producers at Theatre Royal, Drury Lane')).toEqual([
      'Nathan Lane',
    ]);
  });
});

describe("a body's field after 'for' or 'of'", () => {
  it("makes no person of the capitalised words after a body's noun and 'for', unless a given name opens them", () => {
    expect(
      personNames(
        "Wang Chao-min, vice chairman of the government's Council for Economic Planning and Development, told Reuters " +
          "the reserves were a headache. Vice Economic Minister Wang Chien-shen agreed with Wang's remarks.",
      ),
    ).not.toContain('Economic Planning');
    expect(personNames('The Institute for Fiscal Studies said taxes would rise.')).toEqual([]);
  });
});

describe('a firm known by a given name that opens its name', () => {
  it('makes the given name alone a firm when a trade word, not a surname, follows it in the firm name', () => {
    expect(personNames('Apollo Computer Inc said it signed an agreement. Apollo said it will market it.')).toEqual([]);
    expect(personNames('Mack Trucks Inc said output fell. Mack said it would cut jobs.')).toEqual([]);
    // (A founder's name stays his: "Charles Schwab and Co", later "Schwab said he".)
    expect(personNames('Jimi Hendrix Experience played. Jimi Hendrix said he was tired.')).toContain('Jimi Hendrix');
  });

  it("makes a given name alone a firm's when two more names follow it in the firm's name, a partnership's", () => {
    expect(
      personNames(
        'A court heard that Lyle Hargreave Pemberton Inc had filed its plea. Pressed on the delay, Lyle ' +
          'blamed the regulator, and the plea from Lyle was heard in May.',
      ),
    ).toEqual([]);
    // (Two names are a founder's: the firm's first word alone may still be his.)
    expect(
      personNames('Lyle Hargreave Inc said sales rose. Lyle Hargreave, its founder, said he was pleased.'),
    ).toContain('Lyle Hargreave');
  });

  it("makes a firm's last word alone the firm's, though it may be a given name too", () => {
    expect(
      personNames('Shares of Walter Kay Inc rose 2 to 31. Analysts expect Kay to earn four dlrs a share this year.'),
    ).toEqual([]);
  });
});

describe('a town a US state follows', () => {
  it('makes no person of a town before an abbreviated state, alone or closing a list of towns', () => {
    expect(personNames('Sanderson Farms Inc, Laurel, Miss. - 1.25 mln shares.')).toEqual([]);
    expect(
      personNames('The systems operate in Wellsville, Amity, Andover, Scio, Belmont, Milo, Benton and Penn Yan, N.Y.'),
    ).toEqual([]);
    // (An initial before a name is no state: "W.D. Masterson".)
    expect(
      personNames(
        'It said the directors are Dean R. Fellows, Frederick B. Hegi Jr, W.D. Masterson, Thomas Sturgess and John C. Thomas.',
      ),
    ).toContain('Frederick B. Hegi Jr');
  });
});

describe('bands, brands and places shaped like people', () => {
  it("makes no person of a brand before a model's code", () => {
    expect(
      personNames(
        'According to Home Tech, producing a print 8x10in on a Ricoh R800 printer using top quality paper costs £2.10.',
      ),
    ).toEqual([]);
  });

  it('makes no person of a place after "the city of", whatever follows it', () => {
    expect(
      personNames('Protests spread to the city of El Vado (the poorest in the region), with residents complaining.'),
    ).toEqual([]);
    expect(personNames('He grew up in the town of Villa Marta, where Carlos Ibarra was mayor.')).toEqual([
      'Carlos Ibarra',
    ]);
  });

  it("makes no person of a band a group's noun names, alone or in the plural before a list", () => {
    expect(personNames('He said the bands Harriet Vane and The Paper Lanterns were signed to small labels.')).toEqual(
      [],
    );
    expect(personNames('Now he believes rap act Dex Q will finish the job.')).toEqual([]);
    expect(personNames('I first saw this group, Dex Q - the name stands for nothing - in a pub.')).toEqual([]);
    // (Not a clause after a plural: "one of the shows Alan Bright hosted".)
    expect(personNames('It was one of the shows Alan Bright hosted.')).toEqual(['Alan Bright']);
  });

  it('makes no person of names a dashed apposition calls bands, in the plural for a list', () => {
    expect(
      personNames(
        'He noted that Harriet Vane and The Paper Lanterns - "perhaps the two most important bands of the decade" - were on small labels.',
      ),
    ).toEqual([]);
    // (People stay people: the plural head is a role.)
    expect(personNames('He met Alan Bright and Mary Stone, the two most senior bankers in town.')).toEqual([
      'Alan Bright',
      'Mary Stone',
    ]);
    // (A noun for two or three people is no band's: "skating duo X and Y".)
    expect(personNames('Skating duo Jane Pellow and Chris Danner will front the show.')).toEqual([
      'Jane Pellow',
      'Chris Danner',
    ]);
  });
});
