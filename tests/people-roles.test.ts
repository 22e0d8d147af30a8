// Roles as news writes them: former offices marked, each role dated by the date the text gives for it (else the
// article's), appointments, and the role history newest first.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine.js';
import { extractMentions, type Mention } from '../src/people/extract.js';
import { packMentions, unpackMentions } from '../src/people/packed.js';
import { tempCorpus, textDocument } from './helpers.js';

const docOf = (text: string, date: string | null = '2025-05-01') => textDocument(text, { date });
const mentions = (text: string, date?: string | null): Mention[] => extractMentions(docOf(text, date));
const one = (text: string, date?: string | null) => mentions(text, date).find((m) => m.full)!;

describe('former roles', () => {
  it('marks a role held before, before the name, in lower case or as a title', () => {
    expect(one('Former prime minister Imran Khan said on Monday that he would appeal.').roles).toEqual([
      'former prime minister',
    ]);
    expect(one('Former Treasury Secretary Lawrence Summers said rates would rise.').roles).toEqual([
      'former Treasury Secretary',
    ]);
    expect(one("Pakistan's former prime minister Imran Khan said he would appeal.").roles).toEqual([
      'Pakistan’s former prime minister',
    ]);
    expect(one('The talks were led by ex-president Mohamed Nasheed of the Maldives.').roles[0]).toBe(
      'former president',
    );
  });

  it('keeps a current role unmarked', () => {
    expect(one('The prime minister, Imran Khan, said on Monday that he would appeal.').roles).toEqual([
      'prime minister',
    ]);
  });

  it('reads a past office from a relative clause, dated by the date the text gives', () => {
    const m = one('Ahmed Hassan, who was finance minister until 2019, said the plan would fail.');
    expect(m.roles).toEqual(['former finance minister']);
    expect(m.roleDates).toEqual(['2019']);
    // An appointment in a relative clause is a verb, not an office held before.
    expect(one('Ahmed Hassan, who was elected president in 2005, spoke first.').roles).not.toContain(
      'former elected president',
    );
  });
});

describe('an office left or taken, told by the verb after the name', () => {
  it('marks an office the person quit, stepped down from or was sacked from as former', () => {
    expect(one('Martin Keel quit as chairman of Trent Mills last year.').roles).toEqual([
      'former chairman of Trent Mills',
    ]);
    expect(one('Ben Okri stepped down as managing director on Monday.').roles).toEqual(['former managing director']);
    expect(one('Tom Hale, who was sacked as manager in March, said so.').roles).toEqual(['former manager']);
    // A leaving still ahead leaves the office held.
    expect(one('Ben Okri will step down as managing director in June.').roles).toEqual(['managing director']);
    // The reason and the time after the office are not the office's.
    expect(one('Clare Lomax resigned as health secretary over the hospital closures.').roles).toEqual([
      'former health secretary',
    ]);
  });

  it('gives the office to who replaces and marks it former for who is replaced, unless the change is ahead', () => {
    const ms = mentions('Mary Holt replaced Tom Hale as chairman.');
    expect(ms.find((m) => m.name === 'Mary Holt')!.roles).toEqual(['chairman']);
    expect(ms.find((m) => m.name === 'Tom Hale')!.roles).toEqual(['former chairman']);
    const ahead = mentions('Gordon Pike is expected to succeed Tony Blane as party leader.');
    expect(ahead.find((m) => m.name === 'Tony Blane')!.roles).toEqual(['party leader']);
  });

  it('reads an office from its verb in a relative clause, not a phrase that names no body', () => {
    expect(one('Mary Holt, who heads the Arvon fund, said so.').roles).toEqual(['head of the Arvon fund']);
    expect(one('Mary Holt, who chairs the Senate Banking Committee, spoke.').roles).toEqual([
      'chair of the Senate Banking Committee',
    ]);
    expect(one('Mary Holt, who runs the risk of a ban, said so.').roles).toEqual([]);
  });

  it('reads a role a copula gives before the name, not a judgement, a kin word or a clause', () => {
    expect(one("Arvon's chief executive is Mary Holt.").roles).toEqual(["Arvon's chief executive"]);
    expect(one('The head of the inquiry is Dame Mary Holt.').roles).toEqual(['head of the inquiry']);
    expect(one('The problem is Mary Holt.').roles).toEqual([]);
    expect(one('His wife is Mary Holt.').roles).toEqual([]);
    expect(one('The report, whose principal author is Mary Holt, was released.').roles).toEqual([]);
  });

  it('reads the apposition after an age', () => {
    expect(one('John Reed, 52, a former banker, said so.').roles).toEqual(['former banker']);
    expect(one('Mary Holt, aged 45, chief executive of Arvon, said so.').roles).toEqual(['chief executive of Arvon']);
  });

  it('reads an office taken, dated by its clause; no record or judgement', () => {
    expect(one('Sara Lind became prime minister in 1990.')).toMatchObject({
      roles: ['prime minister'],
      roleDates: ['1990'],
    });
    expect(one('Sara Lind became the first woman to climb it.').roles).toEqual([]);
    expect(one("Sara Lind became Norway's youngest-ever minister.").roles).toEqual([]);
  });
});

describe('the maker of a work', () => {
  it('reads the role from the verb of making before the name', () => {
    expect(one('The film, directed by Hal Brenner, opens in May.').roles).toEqual(['director']);
    expect(one('The company was co-founded by Steve Marren in 1976.').roles).toEqual(['co-founder']);
    expect(one('The song, written and produced by Rick Lavelle, won.').roles).toEqual(['producer']);
  });

  it('gives no maker role to a name alone with no given name (a firm as often)', () => {
    expect(mentions('The jet was designed by Boeing.').flatMap((m) => m.roles)).toEqual([]);
  });
});

describe('roles dated by the text', () => {
  it('dates an appointment by the date its clause gives', () => {
    expect(one('The council appointed Kamil Idris as prime minister on May 19.')).toMatchObject({
      roles: ['prime minister'],
      roleDates: ['2025-05-19'],
    });
    expect(one('In 2019, Maria Lopez was named foreign minister.')).toMatchObject({
      roles: ['foreign minister'],
      roleDates: ['2019'],
    });
    expect(one('Mark Carney was elected as Liberal Party leader in March.')).toMatchObject({ roleDates: ['2025-03'] });
    // (A possessive determiner before the office is the appointer's, no part of it.)
    expect(one('The governor named Rita Okafor as her new chief of staff on Monday.').roles).toEqual([
      'chief of staff',
    ]);
  });

  it('gives no date of its own to a role the text does not date', () => {
    expect(one('Kamil Idris was sworn in as prime minister.').roleDates).toBeUndefined();
    expect(one('Finance Minister Ahmed Hassan said on Monday the plan would fail.').roleDates).toBeUndefined();
  });

  it('keeps role dates through packing', () => {
    const doc = docOf(
      'The council appointed Kamil Idris as prime minister on May 19. Finance Minister Ahmed Hassan agreed.',
    );
    const list = extractMentions(doc);
    expect(unpackMentions(doc, packMentions(doc, list))).toEqual(list);
    expect(list.some((m) => m.roleDates)).toBe(true);
  });

  it('orders a role history newest first, each role dated by the text or else the article', async () => {
    const dir = tempCorpus({
      'a.txt':
        'Cabinet named\n date 2025-06-02\n\nThe council appointed Kamil Idris as prime minister on May 19. Idris said he would form a government.',
      'b.txt': 'Envoy speaks\n date 2024-01-10\n\nUN official Kamil Idris said on Tuesday that aid must reach Darfur.',
      'c.txt':
        'Old post\n date 2025-07-01\n\nKamil Idris, who was ambassador to Geneva until 2012, said the talks were useful.',
    });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const p = e.corpus.people.byKey.get('kamil idris')!;
    expect(p.roles.map((r) => [r.role, r.date])).toEqual([
      ['prime minister', '2025-05-19'],
      ['official', '2024-01-10'],
      ['former ambassador', '2012'],
    ]);
  });
});

describe('roles from lists', () => {
  it('gives no role that is the next list item’s title', () => {
    const list = mentions(
      'The talks in Paris brought together James Baker, West German Finance Minister Gerhard Stoltenberg and Bundesbank President Karl Otto Poehl.',
    );
    expect(list.find((m) => m.name === 'James Baker')!.roles).toEqual([]);
    expect(list.find((m) => m.name === 'Gerhard Stoltenberg')!.roles).toEqual(['West German Finance Minister']);
  });

  it('takes a lower-case title before the next name for that name’s, not this one’s', () => {
    const list = mentions(
      'Officials present included Anna Berg, trade envoy Carlos Mendes and Commerce Secretary Joan Ruiz.',
    );
    expect(list.find((m) => m.name === 'Anna Berg')!.roles).toEqual([]);
    expect(list.find((m) => m.name === 'Carlos Mendes')!.roles).toEqual(['trade envoy']);
  });

  it('stops a role at a conjunction before another person’s title', () => {
    const list = mentions('Ali Musa, finance minister and Central Bank Governor Omar Said met bankers on Monday.');
    expect(list.find((m) => m.name === 'Ali Musa')!.roles).toEqual(['finance minister']);
  });

  it('keeps a role that names another person inside it', () => {
    expect(one('Michael Deaver, a former aide to President Ronald Reagan, was charged on Monday.').roles).toEqual([
      'former aide to President Ronald Reagan',
    ]);
  });
});

describe('roles that open with an organisation', () => {
  it('keeps an organisation tied by "of" whole before its title', () => {
    expect(one('Bank of Portugal Governor Mario Centeno said rates would hold.').roles).toEqual([
      'Bank of Portugal Governor',
    ]);
    // A title's own "of" is unchanged.
    expect(one('Secretary of State Dean Rusk flew to Paris on Monday.').roles).toEqual(['Secretary of State']);
  });

  it('keeps a committee whose name holds "and" whole before its title', () => {
    expect(
      one('Senate Energy and Natural Resources Committee Chairman Joe Manchin said the bill would pass.').roles,
    ).toEqual(['Senate Energy and Natural Resources Committee Chairman']);
  });
});

describe('appositions and titles', () => {
  it('keeps an office named with "General" after it whole', () => {
    expect(one('Secretary General Javier Ortega said on Monday the talks would resume.').roles).toEqual([
      'Secretary General',
    ]);
    expect(one('The ruling was sought by Assistant Attorney General Mark Rowe on Friday.').roles).toEqual([
      'Assistant Attorney General',
    ]);
    // A rank stays a rank: "Major General" is one.
    expect(one('Major General Tom Hale led the parade on Sunday.').roles).toEqual(['Major General']);
  });

  it('reads an acronym inside a role without cutting the role at its dots', () => {
    expect(one('Ruth Kemp, president of the U.S. beet growers association, said prices fell.').roles).toEqual([
      'president of the U.S. beet growers association',
    ]);
  });

  it('takes the office a "whose appointment as" clause gives, up to its verb', () => {
    expect(
      one('Martin Vale, whose appointment as White House chief of staff won bipartisan praise, met senators.').roles,
    ).toEqual(['White House chief of staff']);
  });

  it('takes no participle clause or infinitive for a role', () => {
    for (const text of [
      'Carl Hobbs, first appointed in 1979 by President Carter, said rates would fall.',
      'Anna Reyes, seeking to become the youngest president in U.S. history, spoke on Monday.',
      'Lee Grant, named to succeed the ailing chief executive, spoke on Monday.',
    ])
      expect(one(text).roles).toEqual([]);
    // An adjective in -ed before the role noun is still a role: "retired four-star general".
    expect(one('Dale Ross, a retired four-star general, spoke on Monday.').roles).toEqual([
      'retired four-star general',
    ]);
  });

  it("gives a lead's role to the person the next sentence opens on, saying something", () => {
    const roles = (text: string, name: string) => mentions(text).find((m) => m.name === name)?.roles;
    expect(
      roles(
        "Wales's health minister has warned that waiting lists will grow.\n\n" +
          'Brenda Hollis said the plans were being considered. She praised the nurses.',
        'Brenda Hollis',
      ),
    ).toEqual(["Wales's health minister"]);
    expect(
      roles(
        'The head of the Royal Mint has resigned after a row over coins.\n\nDavid Sarne told staff he was leaving.',
        'David Sarne',
      ),
    ).toEqual(['head of the Royal Mint']);
    // Not a group ("ministers"), not a name that does not open the next sentence or says nothing.
    expect(
      roles('The health ministers have agreed a plan.\n\nBrenda Hollis said it would help.', 'Brenda Hollis'),
    ).toEqual([]);
    expect(
      roles(
        'The health minister has warned of longer queues.\n\nNurses met Brenda Hollis on Monday, and she said more.',
        'Brenda Hollis',
      ),
    ).toEqual([]);
    expect(
      roles('The health minister has warned of longer queues.\n\nBrenda Hollis was in Leeds.', 'Brenda Hollis'),
    ).toEqual([]);
  });

  it('reads a name past its generational suffix, and keeps father and son apart', () => {
    const found = (text: string) => mentions(text).filter((m) => !m.org);
    const [mee] = found('Hal Meeks Jr., president of Bearden Oil Co, said the offer was inadequate.');
    expect([mee!.name, mee!.roles]).toEqual(['Hal Meeks Jr', ['president of Bearden Oil Co']]);
    // The mention keeps the sentence as the article writes it, to be quoted.
    expect(mee!.sentence).toContain('Hal Meeks Jr., president');
    expect(
      found('The offer was inadequate, said Hal Meeks Jr. Meeks added that talks went on.').map((m) => m.name),
    ).toEqual(['Hal Meeks Jr', 'Meeks']);
    expect(
      found('Walter Dixon Sr, first president of the club, and Walter Dixon Jr, the actor, were there.').map(
        (m) => m.name,
      ),
    ).toEqual(['Walter Dixon Sr', 'Walter Dixon Jr']);
    // A numeral after a given name and a surname is a suffix too; not after a title or a possessive.
    expect(found('"It is hard," said FCS chairman Nicholas Galloway III.').map((m) => [m.name, m.roles])).toEqual([
      ['Nicholas Galloway III', ['FCS chairman']],
    ]);
    expect(found('Mark IV Industries Inc said it would sell a unit.').map((m) => m.name)).toEqual([]);
  });

  it('finds a person asked with or without the suffix, and keeps father and son of two articles apart', async () => {
    const e = new Engine({
      dir: tempCorpus({
        'oil.txt':
          'Bid rejected\n date 1987-06-01\n\nTULSA, June 1 - Hal Meeks Jr., president of Bearden Oil Co, said the offer was inadequate. Meeks said talks went on.',
        'club.txt':
          'Club history\n date 1987-06-02\n\nDALLAS, June 2 - Hal Meeks Sr was the first president of the Dallas Oil Club, its records show.',
      }),
      maxFileBytes: 1e6,
    });
    await e.reload();
    const found = (q: string) => e.corpus.people.lookup(q).people.map((p) => p.name);
    expect(found('Hal Meeks Jr.')).toEqual(['Hal Meeks Jr']);
    expect(found('Hal Meeks Sr')).toEqual(['Hal Meeks Sr']);
    expect(found('Hal Meeks').sort()).toEqual(['Hal Meeks Jr', 'Hal Meeks Sr']);
    expect(found('Hal Meeks III')).toEqual(['Hal Meeks Jr', 'Hal Meeks Sr']);
  });

  it("reads a team's international and an event's athlete before the name as a player's role", () => {
    expect(one('Scotland international Hamish Lennox was injured in training.').roles).toEqual([
      'Scotland international',
    ]);
    expect(one('The club signed former Wales Under-21 international Rhodri Pryce.').roles).toEqual([
      'former Wales Under-21 international',
    ]);
    // (Only after a team's name or a people's word: elsewhere it is an adjective, "international debt".)
    expect(one('The fund hired international Mara Lindqvist last year.').roles).toEqual([]);
    // A team's "physio" is its physiotherapist.
    expect(one('He is out for a month, said Wales physio Gareth Lloyd.').roles).toEqual(['Wales physio']);
    // An athlete named by the event: "decathlete", "heptathlete", the titles before it kept.
    expect(one("It worked for Norway's double world champion decathlete Aksel Berge.").roles).toEqual([
      'double world champion decathlete',
    ]);
  });

  it('keeps a band\'s name with an elided ending in the role: "Rockin\' Horses guitarist"', () => {
    expect(one("The tour was cancelled, Rockin' Horses guitarist Tom Vale said.").roles).toEqual([
      'Rockin Horses guitarist',
    ]);
  });

  it('reads the office a name keeps "as", told in the main clause', () => {
    expect(one('The board said Ines Varga will continue as chief operating officer.').roles).toEqual([
      'chief operating officer',
    ]);
    expect(one('Ines Varga remains as finance director after the merger.').roles).toEqual(['finance director']);
    // (Not what a thing serves as, nor a plan kept.)
    expect(one('Ines Varga will serve as a reminder of the old board.').roles).toEqual([]);
    expect(one('Ines Varga will continue as planned, the board said.').roles).toEqual([]);
  });

  it('reads the role a name acts "as"', () => {
    expect(one('As a solicitor, Elwyn Lloyd represented the singer in 1993.').roles).toEqual(['solicitor']);
    expect(
      mentions(
        "But now, as MP for Mid Wales and the Greens' Parliamentary Leader, Mr Lloyd has argued for an inquiry.",
      ).find((m) => m.name === 'Lloyd')?.roles,
    ).toEqual(["MP for Mid Wales and the Greens' Parliamentary Leader"]);
    expect(one('As expected, Elwyn Lloyd won the seat.').roles).toEqual([]);
  });

  it("reads a role closing a clause after an owner's word: ', its ambassador to Kuwait, Ernest Zverin, told'", () => {
    expect(
      one(
        'BAHRAIN, March 24 - Moscow supports free navigation in the Gulf, its ambassador to Kuwait, Ernest Zverin, told a paper.',
      ).roles,
    ).toEqual(['ambassador to Kuwait']);
    // ...or after an article: "..., the leader of the Freedom Party, Karin Holm, told".
    expect(
      one('The crisis could lead to a famine, the leader of the Freedom Party, Karin Holm, told reporters.').roles,
    ).toEqual(['leader of the Freedom Party']);
    // (Not a relative clause with no "who": "the doctor she plays in the film, Anna Weir".)
    expect(one('It was a hard role, the doctor she plays in the film, Anna Weir, told the paper.').roles).toEqual([]);
    // Past where the name is from, between the comma and the name: "its director, Tunisian-born X", "the Dutch X".
    expect(one('The jury gave its prize to its director, Moroccan-born Samir Lahlou.').roles).toEqual(['director']);
    const dutch = one("The jury gave its prize to the film's editor, the Swedish Lars Nielsen.");
    expect([dutch.roles, dutch.affiliation]).toEqual([["film's editor"], 'Swedish']);
    // (Not a word of another kind there: "its director, Senior Lecturer X" is a title of its own.)
    expect(one('Shares went to its director, Harvard-trained Samir Lahlou.').roles).toEqual([]);
  });
});

describe('a name the tagger reads as a place, then an apposition that says who', () => {
  // The article first names Formby as a town, so the tagger reads the strategist's name as a place too.
  const town =
    'Floods closed roads in Formby and Ainsdale on Tuesday.\n\nResidents of Formby were moved to a school hall.';
  const named = (s: string) => mentions(`${town}\n\n${s}`).map((m) => [m.name, m.roles]);

  it('takes "X Y, the Australian strategist who" for a person with that role', () => {
    expect(
      named('Much of the credit must go to Lynton Formby, the Australian strategist who turned the party round.'),
    ).toContainEqual(['Lynton Formby', ['Australian strategist']]);
  });

  it('takes no firm "which" runs a line for a person', () => {
    expect(named('Much now depends on Formby Ainsdale, the bus operator which runs the line.')).toEqual([]);
  });
});

describe('where a role before a name starts', () => {
  it('not at an irregular past verb before it', () => {
    expect(one('A fan vote saw director Ana Ruiz take the prize for her thriller.').roles).toEqual(['director']);
    expect(one('The coach found striker Tomas Berger in fine form.').roles).toEqual(['striker']);
  });

  it('not at a verb in -ing opening the sentence', () => {
    expect(
      one("Welcoming Soviet leader Boris Orlov's proposal on Sunday, the president said talks would resume.").roles,
    ).toEqual(['Soviet leader']);
    // A street's name in -ing is a body's: "Downing Street".
    expect(one('Downing Street spokesman Tom Hale said the talks would resume.').roles).toEqual([
      'Downing Street spokesman',
    ]);
  });

  it('keeps "real" of "real estate", no judgement there', () => {
    expect(one('Chicago real estate developer Sam Kerr said he would bid for the hotel.').roles).toEqual([
      'Chicago real estate developer',
    ]);
    expect(one('The real star Nina Vale stole the show on Friday.').roles).toEqual(['star']);
  });

  it('takes an undersecretary for an office', () => {
    expect(one('Trade Undersecretary Maria Santos left for Geneva on Monday.').roles).toEqual(['Trade Undersecretary']);
  });
});

describe('roles told with a copula and no article, and trades of money', () => {
  it('takes "X is technology correspondent for Y" and "X is chairman of Y"', () => {
    expect(one('Ana Brill is technology correspondent for The Daily Review.').roles).toEqual([
      'technology correspondent for The Daily Review',
    ]);
    expect(one('Peter Collins is chairman of the water board.').roles).toEqual(['chairman of the water board']);
  });

  it('reads the copula past a relative clause set off by commas', () => {
    expect(one('John Hale, who lives in Leeds, is a teacher at the school.').roles).toEqual(['teacher']);
    expect(one('Mary Vane, who died on Monday aged 94, was the chairman of the trust.').roles).toEqual([
      'chairman of the trust',
    ]);
    // Not a passive: the appointment is read by its own rule.
    expect(one('John Vane, who will become chairman, was appointed president only two months ago.').roles).toEqual([
      'chairman',
    ]);
  });

  it('takes no "another player", "still", or "expected" for a role', () => {
    expect(one('Owen Tate is another player the coach rates highly.').roles).toEqual([]);
    expect(one('Owen Tate is expected to resign on Friday.').roles).toEqual([]);
  });

  it('knows the trades of money news writes before a name', () => {
    expect(one('The suit named Wall Street arbitrageur Ivan Rusk as a defendant.').roles).toEqual([
      'Wall Street arbitrageur',
    ]);
    expect(one('Shipping tycoon Mark Olsen has bid for the club.').roles).toEqual(['Shipping tycoon']);
  });
});

describe('surnames that are words for places', () => {
  const names = (text: string) =>
    mentions(text)
      .filter((m) => !m.org)
      .map((m) => m.name);

  it('takes a first name and a surname compromise reads as a place for a person', () => {
    expect(names('Peter Hill is chairman of the water board.')).toEqual(['Peter Hill']);
    expect(names('Ann Marsh said the board would meet again.')).toEqual(['Ann Marsh']);
  });

  it('takes no place or firm that opens on a first name for a person', () => {
    expect(names('Talks in Abu Dhabi ended without a deal.')).toEqual([]);
    expect(names('Police in Beverly Hills closed the road.')).toEqual([]);
  });
});

describe('roles from nouns for a person', () => {
  it('reads any noun whose first sense is a person before a name as the role, with its modifiers', () => {
    expect(one('The club responded by appointing psychologist Maren Holt to its staff.').roles).toEqual([
      'psychologist',
    ]);
    expect(one('She trained with javelin thrower Dorian Vance for a month.').roles).toEqual(['javelin thrower']);
    expect(one('Relatives of hostage Piet Carver pleaded for his release.').roles).toEqual(['hostage']);
  });

  it('takes no role from a relation, a participle or a word for firms as much as people', () => {
    expect(one('He will meet his friend Dorian Vance in Leeds.').roles).toEqual([]);
    expect(one('The minister accused Dorian Vance of lying.').roles).toEqual([]);
    expect(one('Shares of car parts maker Dorian Vance rose.').roles).toEqual([]);
  });
});

describe("a member's initials", () => {
  it('reads "MP" before a name as the role, after a party that is also a given name too', () => {
    expect(one('Tory MP Dorian Vance has insisted he will stay.').roles).toEqual(['Tory MP']);
    expect(one('MP Dorian Vance has insisted he will stay.').roles).toEqual(['MP']);
  });
});

describe('abbreviated titles', () => {
  it('takes an abbreviated title out of a short name and reads it as the title', () => {
    const m = mentions('Chief Supt Harrow said the gang had been caught.').find((x) => !x.org)!;
    expect(m.name).toBe('Harrow');
    expect(m.roles).toEqual(['Chief Superintendent']);
    expect(one('Det Insp Maren Holt told the court.').roles).toEqual(['Detective Inspector']);
  });
});

describe('counts and seedings before a role', () => {
  it('keeps a count of wins or a seeding that opens the role, in either case', () => {
    expect(one('The race was won by triple Olympic champion Dorian Vance.').roles).toEqual(['triple Olympic champion']);
    expect(one('Seventh seed Maren Holt needed three sets to win.').roles).toEqual(['Seventh seed']);
    expect(one('She beat sixth seed Maren Holt in the final.').roles).toEqual(['sixth seed']);
  });

  it('reads a noun for a person made with "-man" as a role: "soulman", "bluesman"', () => {
    expect(one('The organisers say soulman Dale Whitcomb will also appear.').roles).toEqual(['soulman']);
  });

  it('reads "hope" after a race\'s distance or a prize as an athlete\'s role', () => {
    expect(one('News that 5,000m hope Dara Quill had failed a test shocked the team.').roles).toEqual(['5,000m hope']);
    expect(one('Olympic medal hope Dara Quill won the heat.').roles).toEqual(['Olympic medal hope']);
    expect(one('There is hope Dara Quill will run.').roles).toEqual([]);
  });

  it('keeps "defending" of a title in the role, and no particle of the verb before it', () => {
    expect(one('Then defending champion Maren Holt lost in two sets.').roles).toEqual(['defending champion']);
    expect(one('Ana Ruiz brushed aside defending champion Maren Holt in the final.').roles).toEqual([]);
    expect(mentions('Ana Ruiz brushed aside defending champion Maren Holt in the final.')[1]!.roles).toEqual([
      'defending champion',
    ]);
    expect(mentions('Ana Ruiz knocked out reigning champion Maren Holt in the final.')[1]!.roles).toEqual([
      'reigning champion',
    ]);
  });
});

describe('a title whose body opens on a rank or an opener', () => {
  it('keeps a rank opening the run before the affiliation: "Assistant U.S. Treasury Secretary"', () => {
    expect(one('Yesterday Assistant U.S. Treasury Secretary Dale Whitcomb met the banks.').roles).toEqual([
      'Assistant U.S. Treasury Secretary',
    ]);
    expect(one('Deputy U.K. Trade Envoy Dale Whitcomb met the banks.').roles).toEqual(['Deputy U.K. Trade Envoy']);
    expect(one('Yesterday U.S. Treasury Secretary Dale Whitcomb met the banks.').roles).toEqual([
      'U.S. Treasury Secretary',
    ]);
  });

  it('keeps an ordinal opening the sentence and a body\'s name: "First City chairman"', () => {
    expect(one('First Union chairman Dale Whitcomb said in a letter to holders.').roles).toEqual([
      'First Union chairman',
    ]);
    expect(one('The Union chairman Dale Whitcomb said in a letter to holders.').roles).toEqual(['Union chairman']);
  });

  it("keeps an owner in the possessive before the body of a role, without the sentence's opener", () => {
    expect(one("Yesterday the Welsh Green Party's Senedd leader Dale Whitcomb said no.").roles).toEqual([
      "Welsh Green Party's Senedd leader",
    ]);
    expect(one("Yesterday Labour's Senedd leader Dale Whitcomb said no.").roles).toEqual(["Labour's Senedd leader"]);
    expect(one("Mr Hale's Downing Street spokesman Dale Whitcomb said no.").roles).toEqual([
      "Hale's Downing Street spokesman",
    ]);
    // (An opener that begins a place's name is the place's; the tail of a longer name is no owner.)
    expect(one("New Zealand's Overseas Trade minister Dale Whitcomb said no.").roles).toEqual([
      "New Zealand's Overseas Trade minister",
    ]);
    const union = mentions("The Iron & Steel Worker's Union general secretary Dale Whitcomb said no.");
    expect(union.find((m) => m.name === 'Dale Whitcomb')?.roles).toEqual(['general secretary']);
  });

  it('keeps "New" opening the name of a body that ends on its body word', () => {
    expect(one('"We will vote no," New Conservative Party leader Dale Whitcomb said.').roles).toEqual([
      'New Conservative Party leader',
    ]);
    expect(one('"We will vote no," New party leader Dale Whitcomb said.').roles).toEqual(['party leader']);
  });

  it('takes no role noun closing a title after a comma for a name: "X, Assistant Treasurer at Y, said"', () => {
    const all = (text: string) =>
      mentions(text)
        .filter((m) => !m.org)
        .map((m) => [m.name, m.roles]);
    expect(all('Dale Whitcomb, Assistant Treasurer at Arden Motors Corp, said the swap went well.')).toEqual([
      ['Dale Whitcomb', ['Assistant Treasurer at Arden Motors Corp']],
    ]);
    // (Not a surname after a peer's title: "accused Lord Butler of".)
    expect(all('Mr Hale accused Lord Butler of bias.').map((m) => m[0])).toEqual(['Hale', 'Butler']);
  });
});

/** The names of the people a text gives with evidence enough to keep. */
const evident = (text: string) =>
  mentions(text)
    .filter((m) => !m.org && m.evidence)
    .map((m) => m.name);

describe('a name before "and other" and a plural role', () => {
  it('reads a surname alone the tagger took for no person as one of them', () => {
    expect(evident('With the inquiry under way, Ravensworth and other senior aides left office.')).toEqual([
      'Ravensworth',
    ]);
    // (Not a pronoun, a plural that is no role or one firms hold too, nor the tail of a longer name.)
    expect(evident('He and other analysts expect a cut.')).toEqual([]);
    expect(evident('Exports to Ravensworth and other towns fell.')).toEqual([]);
    expect(evident('Prices were cut by Tesko and other producers.')).toEqual([]);
    expect(evident('Dealers at Hollis Ravensworth and other brokers said prices fell.')).toEqual([]);
    expect(evident('Analysts at Hollis Ravensworth and other analysts disagreed.')).toEqual([]);
  });
});

describe('a relative "who" and a verb in the singular after a name', () => {
  it("reads a word the tagger took for another kind of name as a person's, evidence enough alone", () => {
    expect(evident('McIlvanney, who has won twice this season, eased through the heat.')).toEqual(['McIlvanney']);
    expect(evident('Harland, who plays on Saturday, is fit.')).toEqual(['Harland']);
    // (A team takes the plural: "Rangers, who are top".)
    expect(evident('Rangers, who are top of the table, drew again.')).toEqual([]);
    // (After "of", a place or a body: the relative is the person's before it; not after "in".)
    expect(evident('The show heard from Lord Hale of Penmorfa, who was a minister then.')).toEqual(['Hale']);
    expect(evident('The board kept its faith in Ravi, who is the chief executive.')).toContain('Ravi');
  });
});

describe('a bare office at a body after a name', () => {
  it("reads a name the tagger took for a firm as a person's when an office at a body follows it, and a comma", () => {
    const all = (text: string) =>
      mentions(text)
        .filter((m) => !m.org)
        .map((m) => [m.name, m.roles]);
    expect(all('Parvathi Jain, senior economist at Sanwa Bank, said exports would slow.')).toEqual([
      ['Parvathi Jain', ['senior economist at Sanwa Bank']],
    ]);
    // (Not a role a firm may hold: adviser, manager.)
    expect(all('Parvathi Jain, financial adviser for Sanwa Bank, said the bid was fair.')).toEqual([]);
  });
});

describe('an apposition opening on a body', () => {
  it("reads the name before a role's noun as the body the role is held at, no person", () => {
    const all = (text: string) => mentions(text).map((m) => [m.name, m.roles, !!m.org]);
    // Written to the pattern of technology and wire copy.
    expect(all('Sales will slow, said Ruth Carvell, Nimbus vice-president of operations.')).toEqual([
      ['Ruth Carvell', ['Nimbus vice-president of operations'], false],
    ]);
    expect(all('Dan Okafor, Lyra Research analyst, said sales would rise.')).toEqual([
      ['Dan Okafor', ['Lyra Research analyst'], false],
      ['Lyra Research', [], true],
    ]);
    // An owner is a person as often, and a given name opens a person's name.
    expect(all("Nancy Tackett, Kampelman's staff assistant, said he was well.").map((m) => m[0])).toEqual([
      'Nancy Tackett',
      'Kampelman',
    ]);
    expect(all('said Mark Jones, Peter Smith chairman.').map((m) => m[0])).toEqual(['Mark Jones', 'Peter Smith']);
  });
});

describe('a plural noun for people before a list', () => {
  it('gives each name of the list its singular, where a given name follows it', () => {
    const all = (text: string) => mentions(text).map((m) => [m.name, m.roles]);
    expect(all('He coached 400m runners Roger Black and Mark Richardson for a decade.')).toEqual([
      ['Roger Black', ['400m runner']],
      ['Mark Richardson', ['400m runner']],
    ]);
    // No given name after it: firms as often ("miners Rio Tinto and BHP").
    expect(all('The index was led by miners Rio Tinto and BHP.').flatMap((m) => m[1])).toEqual([]);
  });
});

describe('where a role before the name begins', () => {
  const roleOf = (text: string, name: string) => mentions(text).find((m) => m.name === name)?.roles ?? [];

  it('keeps the commas of a body listing its fields in a role set off before the name', () => {
    expect(
      roleOf('A spokesman for Border, Customs and Excise, Dean Vale, said the ring was active.', 'Dean Vale'),
    ).toEqual(['spokesman for Border, Customs and Excise']);
    expect(roleOf('A spokesman for the ministry, Dean Vale, said it.', 'Dean Vale')).toEqual([
      'spokesman for the ministry',
    ]);
  });

  it('begins after what says when, with or without its comma', () => {
    const plain = 'Earlier this week Deputy Minister of State for Trade, Paul Renwick, said talks were going well.';
    expect(roleOf(plain, 'Paul Renwick')).toEqual(['Deputy Minister of State for Trade']);
    const comma = 'Earlier this week, Deputy Minister of State for Trade, Paul Renwick, said talks were going well.';
    expect(roleOf(comma, 'Paul Renwick')).toEqual(['Deputy Minister of State for Trade']);
  });

  it('takes no preposition opening the sentence for a body, nor a phrase it opens for a role', () => {
    expect(roleOf('Like captain Owen Farrant, Gareth Nye missed the game with a knee injury.', 'Owen Farrant')).toEqual(
      ['captain'],
    );
    const ahead = "On Monday, ahead of the Treasury's spending review, Mr Owen Farrant told reporters he was worried.";
    expect(roleOf(ahead, 'Owen Farrant')).toEqual([]);
  });

  it('keeps a given name that opens a body’s name before a capitalised title', () => {
    expect(roleOf('Royal Bank of Canada Chairman Allan Brody said the banks were sound.', 'Allan Brody')).toEqual([
      'Royal Bank of Canada Chairman',
    ]);
  });
});

describe('roles as the sentence around them leaves them', () => {
  const roleOf = (text: string, name: string) => mentions(text).find((m) => m.name === name)?.roles;

  it('leaves an adverb of the clause out of a role before the name', () => {
    expect(roleOf('Shortly afterwards model Elena Varga and actor Tom Reyes left the show.', 'Elena Varga')).toEqual([
      'model',
    ]);
    expect(roleOf('Soon afterwards singer Tom Reyes left the band.', 'Tom Reyes')).toEqual(['singer']);
  });

  it('reads a ranking as a role: after a copula, in an apposition, in an appointment', () => {
    expect(roleOf('Anna Varga was world number one for a year.', 'Anna Varga')).toEqual(['world number one']);
    expect(roleOf('Tom Reyes, the British No 1, lost in straight sets.', 'Tom Reyes')).toEqual(['British No 1']);
    expect(roleOf('The club named Tom Reyes as number two in the squad.', 'Tom Reyes')).toEqual(['number two']);
    expect(roleOf('Only veteran Anna Varga reached the final.', 'Anna Varga')).toEqual(['veteran']);
  });

  it('keeps the owner of two offices joined by "and" before a name', () => {
    expect(roleOf('Acme chairman and chief executive Rick Hale said sales fell.', 'Rick Hale')).toEqual([
      'Acme chairman and chief executive',
    ]);
  });

  it('keeps the owner of a new role: "Mobil\'s new president"', () => {
    expect(roleOf("Mobil's new president Carl Hendry said the plant could close.", 'Carl Hendry')).toEqual([
      'Mobil’s president',
    ]);
    expect(roleOf('The new president Carl Hendry said the plant could close.', 'Carl Hendry')).toEqual(['president']);
  });

  it("leaves the sentence's time out of an apposition's role, and reads a scorer's and a ballerina's", () => {
    expect(
      roleOf("Gareth Lloyd, Ireland's two-try scorer on the day, called it a strange game.", 'Gareth Lloyd'),
    ).toEqual(["Ireland's two-try scorer"]);
    expect(roleOf('Mary Holt, the club captain at the time, said nothing.', 'Mary Holt')).toEqual(['club captain']);
    // (A time the role ran until is the role's.)
    expect(roleOf('Mary Holt, head of the bank until last year, said nothing.', 'Mary Holt')).toEqual([
      'head of the bank until last year',
    ]);
    expect(
      roleOf('Irina Belova, who has died aged 90, was the first prima ballerina of the company.', 'Irina Belova'),
    ).toEqual(['first prima ballerina of the company']);
  });
});

describe('roles the role lists and the apposition readers once missed', () => {
  const roleOf = (text: string, name: string) => mentions(text).find((m) => m.name === name)?.roles ?? [];

  it('keeps a body tied by "of" before the role, a chamber or a society too', () => {
    expect(roleOf('It will help, said Danish Chamber of Trade president Karl Henning.', 'Karl Henning')).toEqual([
      'Danish Chamber of Trade president',
    ]);
    expect(roleOf('Royal Society of Arts chairman Peter Lorne opened the show.', 'Peter Lorne')).toEqual([
      'Royal Society of Arts chairman',
    ]);
    // (A paper's name opening on a people's word is the paper's: "Jewish Chronicle editor".)
    expect(roleOf('Welsh Gazette editor Tom Reed said the reaction was mixed.', 'Tom Reed')).toEqual([
      'Welsh Gazette editor',
    ]);
    // (Capitals an ampersand joins are one body: "S&P credit analyst", "former AT&T chairman".)
    expect(roleOf('"The outlook is weak," said S&P credit analyst Tom Reed.', 'Tom Reed')).toEqual([
      'S&P credit analyst',
    ]);
    expect(roleOf('"It was time," said former AT&T chairman Tom Reed.', 'Tom Reed')).toEqual(['former AT&T chairman']);
  });

  it('reads an apposition its writer left unclosed before the verb of saying', () => {
    expect(
      roleOf('Jane Corrie, sales director at Print Planet believes shops will keep their customers.', 'Jane Corrie'),
    ).toEqual(['sales director at Print Planet']);
    // (Only for a name opening its sentence, and only a role before the verb.)
    expect(roleOf('Jane Corrie, who loves Print Planet believes shops will survive.', 'Jane Corrie')).toEqual([]);
  });

  it('reads a role set off by commas after a conjunction and a time opening', () => {
    expect(
      roleOf('But last month, Chilean Finance Minister, Tomas Vidal, told reporters the deal was off.', 'Tomas Vidal'),
    ).toEqual(['Chilean Finance Minister']);
    expect(roleOf('And Finance Minister, Tomas Vidal, told reporters.', 'Tomas Vidal')).toEqual(['Finance Minister']);
    // (A sentence adverb before the comma is no part of the role.)
    expect(roleOf('Another minister meanwhile, Tomas Vidal, told reporters.', 'Tomas Vidal')).toEqual(['minister']);
  });

  it('reads testers, contestants and icons as roles', () => {
    expect(roleOf('"Buy a good printer," said Mark Tobin, senior tester at Home Tech.', 'Mark Tobin')).toEqual([
      'senior tester at Home Tech',
    ]);
    expect(roleOf('Fashion icon Lena Marsh left the show on Tuesday.', 'Lena Marsh')).toEqual(['Fashion icon']);
    expect(roleOf('Sami Haddad, 31, a hotel receptionist, was held for a week.', 'Sami Haddad')).toEqual([
      'hotel receptionist',
    ]);
    expect(
      roleOf('The firm manages many of its former contestants including Paul Roe and Ann Kerr.', 'Ann Kerr'),
    ).toEqual(['former contestant']);
  });

  it("keeps a named body a copula's role is held at or for", () => {
    expect(roleOf('Tom Reddin is science correspondent for The Daily Round, a weekly show.', 'Tom Reddin')).toEqual([
      'science correspondent for The Daily Round',
    ]);
    expect(roleOf('Ruth Kane is a lecturer at Leeds University and writes novels.', 'Ruth Kane')).toEqual([
      'lecturer at Leeds University',
    ]);
    // (Not a time, "president at the time", nor an owner opening more: "controller at Tarco's space unit".)
    expect(roleOf("Ruth Kane is controller at Tarco's space unit.", 'Ruth Kane')).toEqual(['controller']);
    expect(roleOf('Ruth Kane was president at the time.', 'Ruth Kane')).toEqual(['president']);
  });

  it('gives each name of a list the plural role a copula closing the list gives them', () => {
    const text = 'Lena Moss, Kit Varga, Ann Hale and group Q5 are the remaining finalists.';
    for (const name of ['Lena Moss', 'Kit Varga', 'Ann Hale'])
      expect(roleOf(text, name)).toEqual(['remaining finalist']);
    expect(roleOf('Tom Reed and Ann Vale were the finalists in Leeds.', 'Tom Reed')).toEqual(['finalist']);
    expect(roleOf('Tom Reed and Ann Vale are the only nominees to have won twice.', 'Ann Vale')).toEqual(['nominee']);
    // (A plural that names no role gives none; nor does a plural verb's object.)
    expect(roleOf('Kit Varga and Ann Hale are among the other big names.', 'Kit Varga')).toEqual([]);
    expect(roleOf('Kit Varga and Ann Hale are the reasons we won.', 'Kit Varga')).toEqual([]);
    // (Firms are the managers of an issue.)
    expect(roleOf('Tom Dorn, Ann Vale and Jim Hale are the managers of the syndicate offering.', 'Jim Hale')).toEqual(
      [],
    );
  });

  it('reads "one of" a plural role as that role', () => {
    expect(roleOf("Ravi Menon, one of Dr Patel's research students, says it works.", 'Ravi Menon')).toEqual([
      "Dr Patel's research student",
    ]);
    expect(roleOf('Ravi Menon, one of the club directors, says it works.', 'Ravi Menon')).toEqual(['club director']);
    // (A count of them is left out.)
    expect(roleOf('Ravi Menon, one of four members of a task force on debt, said it.', 'Ravi Menon')).toEqual([
      'member of a task force on debt',
    ]);
    // (A count in a name stays: "Six Nations".)
    expect(roleOf('Ravi Menon, one of the stars of the Six Nations win, said it.', 'Ravi Menon')).toEqual([
      'star of the Six Nations win',
    ]);
    // (Not one of a group no role names.)
    expect(roleOf('Ravi Menon, one of the richest men in India, says it works.', 'Ravi Menon')).toEqual([]);
  });

  it('reads the office a name "remains as" or "stays on as"', () => {
    expect(roleOf('Tom Vale remains as chairman of the group.', 'Tom Vale')).toEqual(['chairman of the group']);
    expect(roleOf('Tom Vale will stay on as chief executive until May.', 'Tom Vale')).toEqual(['chief executive']);
    expect(roleOf('Tom Vale remained as committed as ever.', 'Tom Vale')).toEqual([]);
  });

  it('keeps what kind of member before a member\'s initials, and a body held before with "ex-" glued on', () => {
    expect(roleOf('The campaign was backed by former independent MP Tom Vale.', 'Tom Vale')).toEqual([
      'former independent MP',
    ]);
    expect(roleOf('The campaign was run by ex-Downing Street press chief Tom Vale.', 'Tom Vale')).toEqual([
      'former Downing Street press chief',
    ]);
    // (Not a judgement before the initials: "the brave MP".)
    expect(roleOf('The campaign was backed by the brave MP Tom Vale.', 'Tom Vale')).toEqual(['MP']);
  });

  it('reads the role of a name who speaks after a clause and its comma, the apposition unclosed before "told"', () => {
    expect(
      roleOf(
        'As a phone company, Telco is moving into television, Mark Dunn, chief of its new Media unit told the conference.',
        'Mark Dunn',
      ),
    ).toEqual(['chief of its new Media unit']);
    // (Not the speaker of a clause after a name a preposition takes.)
    expect(roleOf('The plan was proposed by Mark Dunn, one official said.', 'Mark Dunn')).toEqual([]);
  });
});
