// Roles and names as wire stories write them: a title keeps its portfolio, a misspelt title is that title, a
// speaker tag is no apposition, a surname the corpus knows in full is no slip of another, a double-barrelled
// surname is never halved, and a role asked about is answered by its holders, not by its small words.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { surnameUnread } from '../src/people/name-checks.js';
import { tagTokens } from '../src/people/tagger.js';
import { roleHolders } from '../src/questions/roles.js';
import { builtEngine, textDocument } from './helpers.js';

const roles = (text: string) => extractMentions(textDocument(text)).map((m) => [m.name, m.roles] as [string, string[]]);

describe('roles as wire stories write them', () => {
  it('keeps the portfolio before a title, after the country', () => {
    expect(roles('U.S. Agriculture Secretary Dale Fenton said the subsidy would stay.')).toEqual([
      ['Dale Fenton', ['U.S. Agriculture Secretary']],
    ]);
    expect(roles('Bundesbank President Otto Kessler said rates would hold.')).toEqual([
      ['Otto Kessler', ['Bundesbank President']],
    ]);
    // A month or a word before an honorific is no portfolio.
    expect(roles('In March President Walter Dunmore announced the sanctions.')[0]![1]).toEqual(['President']);
    expect(roles('"All Mr. Dunmore did was state the obvious," he said.').flatMap((r) => r[1])).toEqual([]);
  });

  it('reads an abbreviated title, with or without its stop, in one sentence with its name', () => {
    expect(roles('Ohio Atty. Gen. Frank Pelley said on Monday the suit would go ahead.')).toEqual([
      ['Frank Pelley', ['Ohio Attorney General']],
    ]);
    expect(roles('Gen Rashid Malik told the BBC he would stay.')).toEqual([['Rashid Malik', ['General']]]);
    expect(roles('Vice Adm. John Pindar, the former adviser, testified.')[0]![1]).toContain('Vice Admiral');
    expect(roles('Rear Admiral Tom Hale said the ships would sail.')).toEqual([['Tom Hale', ['Rear Admiral']]]);
  });

  it('reads a misspelt title as the title, and a word of its own as no typo', () => {
    expect(roles('Brazilian Prersident Paulo Ferraz said the debt talks would resume.')).toEqual([
      ['Paulo Ferraz', ['Brazilian President']],
    ]);
    expect(roles('Corporate Affairs Minister Michael Hale said the rules would change.')[0]![1]).toEqual([
      'Corporate Affairs Minister',
    ]);
    expect(roles('Japanese Prime Minsiter Kenji Sato said.')[0]![1]).toEqual(['Japanese Prime Minister']);
    expect(roles('Senate Majority Leader Robert Hale said the vote would be close.')).toEqual([
      ['Robert Hale', ['Senate Majority Leader']],
    ]);
  });

  it("keeps a title's 'of' whole, up to the given name the tagger left out", () => {
    expect(roles("Britain's Chancellor of the Exchequer Nigel Lawson told parliament.")).toEqual([
      ['Nigel Lawson', ['Britain’s Chancellor of the Exchequer']],
    ]);
  });

  it('keeps a role another name owns, and takes no speaker tag or active appointment for a role', () => {
    expect(roles("Donald Pryce, President Carter's former chief of staff, said rates should fall.")[0]).toEqual([
      'Donald Pryce',
      ["President Carter's former chief of staff"],
    ]);
    expect(
      roles('The plan needs no new taxes of the kind proposed by Tanaka, one official said.').flatMap((r) => r[1]),
    ).toEqual([]);
    expect(
      roles('Governor Walter Dunmore nominated economist Alan Stroud in his place.').find(
        (r) => r[0] === 'Walter Dunmore',
      )?.[1],
    ).toEqual(['Governor']);
  });
});

describe('names across a wire corpus', () => {
  it('resolves a surname the corpus knows in full to that person, not to a near spelling in the article', async () => {
    const e = await builtEngine({
      'a.txt': 'Budget\nUpdated 10 May 2025\nPresident Walter Dunmore said on Monday the budget would pass.',
      'b.txt': 'Budget\nUpdated 11 May 2025\nPresident Walter Dunmore said the vote would come on Friday.',
      'c.txt':
        "Staff\nUpdated 12 May 2025\nDonald Dunmor, President Dunmore's chief of staff, said the talks would resume. President Dunmore agreed.",
    });
    const walter = e.corpus.people.people.find((p) => p.name === 'Walter Dunmore')!;
    const donald = e.corpus.people.people.find((p) => p.name === 'Donald Dunmor')!;
    expect([...walter.docs]).toEqual([0, 1, 2]);
    expect(donald.roles.map((r) => r.role)).toEqual(["President Dunmore's chief of staff"]);
  });

  it('takes a spelling the article keeps to, beside the other alone, for a second name, not a slip', async () => {
    const e = await builtEngine({
      'a.txt':
        'Fed\nUpdated 12 May 2025\nThe departure of Donald Dunmor as budget chief was one factor. President ' +
        'Dunmore had asked him to stay. Dunmore said so on Monday. Dunmore will speak. Dunmor and Hale clashed.',
      // A slip the article repeats, no more often than the right spelling: still a slip.
      'b.txt':
        'Plant\nUpdated 13 May 2025\nCarmaker spokesman Frank Halloran said the plant would close. Halloran said ' +
        'so twice. Work will end in May, Haloran said. Trucks will go elsewhere, Haloran said.',
    });
    const names = e.corpus.people.people.map((p) => [p.name, p.aliases]);
    expect(names).toContainEqual(['Dunmore', []]);
    expect(names).toContainEqual(['Donald Dunmor', ['Dunmor']]);
    expect(names).toContainEqual(['Frank Halloran', ['Halloran', 'Haloran']]);
  });

  it('takes a surname alone as the article spells the full name, though the corpus spells it otherwise', async () => {
    const files: Record<string, string> = {
      'z.txt':
        'Oil\nUpdated 20 May 2025\nOil Minister Hisham Nazir said output would hold. Nazir said prices were fair. ' +
        'Nazir added that talks would go on.',
    };
    for (let n = 1; n <= 6; n++)
      files[`o${n}.txt`] = `Oil\nUpdated ${10 + n} May 2025\nOil Minister Hisham Nazer said output would hold.`;
    const e = await builtEngine(files);
    const names = e.corpus.people.people.filter((p) => p.mentions.count > 0).map((p) => p.name);
    expect(names).toEqual(['Hisham Nazer']);
  });

  it('never takes a name for the short form of a double-barrelled one', async () => {
    const e = await builtEngine({
      'a.txt': 'Budget\nUpdated 10 May 2025\nBudget Director James Millar said on Monday the deficit would fall.',
      'b.txt': 'Budget\nUpdated 11 May 2025\nBudget Director James Millar said the plan would be vetoed.',
      'c.txt':
        'Markets\nUpdated 12 May 2025\nJames Millar-Dean, director of a Hong Kong broker, said shares would rise.',
    });
    const names = e.corpus.people.people.map((p) => [p.name, [...p.docs]]);
    expect(names).toContainEqual(['James Millar', [0, 1]]);
    expect(names).toContainEqual(['James Millar-Dean', [2]]);
  });

  it('answers a role by its holders, whatever small words the question holds', async () => {
    const e = await builtEngine({
      'a.txt': "Army\nUpdated 10 May 2025\nPakistan's army chief Asim Rahman said on Monday the border was calm.",
      'b.txt':
        'Mines\nUpdated 11 May 2025\nAlan Powell, chief of the mines service for the department, said output fell.',
    });
    expect(roleHolders(e.corpus.people, 'the army chief of Pakistan'.split(' ')).map((h) => h.person.name)).toEqual([
      'Asim Rahman',
    ]);
  });
});

describe('namesakes and the words around a name', () => {
  it('reads a participle before a title as no part of the role', () => {
    expect(roles('The leaders, including president Walter Dunmore, met in Venice.')[0]![1]).toEqual(['president']);
    expect(roles('Using President Walter Dunmore figures, the committee cut the budget.')[0]![1]).toEqual([
      'President',
    ]);
    // An office's own -ing word stays: "Acting", "Managing".
    expect(roles('Managing Director Anna Berg said profits rose.')[0]![1]).toEqual(['Managing Director']);
  });

  it('leaves a weekday after a name, a government named after a person and a double-hyphen dash out of names', () => {
    const names = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(names('President Walter Dunmore Friday announced new tariffs on imports.')).toEqual(['Walter Dunmore']);
    expect(names('Officials of the Dunmore Administration said the tariffs would stay.')).toEqual([]);
    expect(names('Senator Alan Pryce--whose own bill failed--voted against it.')).toEqual(['Alan Pryce']);
    // A weekday after a given name alone, no title before it, is the surname: no one is named by a given name alone.
    expect(names("Mike Friday's England side led at half-time.")).toEqual(['Mike Friday']);
    expect(names('Mike Friday said the side was happy.')).toEqual(['Mike Friday']);
    // After a preposition the wire puts a firm's short name and when: "a deal was struck with Hutton Friday".
    expect(names('The sale came after a deal was struck with Hutton Friday.')).not.toContain('Hutton Friday');
    // A surname the article gives someone is one: "Dunmore Friday" says when.
    expect(names('Walter Dunmore spoke. Later Dunmore Friday announced a plan.')).toEqual([
      'Walter Dunmore',
      'Dunmore',
    ]);
  });

  it("reads a people's or a party's noun before a given name as an affiliation, not a name", () => {
    const got = (text: string) => extractMentions(textDocument(text)).map((m) => [m.name, m.affiliation]);
    expect(got('Scot Nick Harlow won the 800 metres on Saturday.')).toEqual([['Nick Harlow', 'Scot']]);
    expect(got('Tory Liam Renshaw said the plan was wrong.')).toEqual([['Liam Renshaw', 'Tory']]);
  });

  it('leaves a courtesy title out of the name, keeping the role written before it and the evidence it gives', () => {
    const got = extractMentions(textDocument('The former chief executive, Mr Okoro, was in court on Tuesday.'));
    expect(got.map((m) => [m.name, m.full, m.roles])).toEqual([['Okoro', false, ['former chief executive']]]);
    expect(extractMentions(textDocument('Mrs Okoro denied it.')).map((m) => [m.name, m.evidence])).toEqual([
      ['Okoro', true],
    ]);
  });

  it('takes a titled surname for the namesake the corpus gives that title, not the one the article names', async () => {
    const engine = await builtEngine({
      'a.txt':
        'Harbour plan\nUpdated 3 March 1987\nGovernor Helen Varga said on Monday the harbour would open in June.',
      'b.txt':
        'Harbour opens\nUpdated 4 June 1987\nGovernor Varga opened the new harbour. Varga and Tomas Varga toured it.',
    });
    const byName = (n: string) => engine.corpus.people.people.find((p) => p.name === n)!;
    expect(byName('Helen Varga').mentions.count).toBe(3);
    expect(byName('Tomas Varga').roles).toEqual([]);
  });
});

describe('firms and places inside and beside a name', () => {
  it("runs a role over a middle initial of a firm's name and ends it at a ticker", () => {
    expect(
      roles('"Demand is soft," said Paul Renner, a senior consultant at Charles H. Kline Inc.').find(
        (r) => r[0] === 'Paul Renner',
      )![1],
    ).toEqual(['senior consultant at Charles H. Kline Inc']);
    expect(
      roles('TURIN, May 4 - Sales rose, said Aldo Ferri, chairman of Fratelli G. Rossi SpA <ROSI.MI>.').find(
        (r) => r[0] === 'Aldo Ferri',
      )![1],
    ).toEqual(['chairman of Fratelli G. Rossi SpA']);
    // A firm's name in a wire's angle brackets stays, without them; a ticker inside the role goes.
    const role = (text: string, name: string) => roles(text).find((r) => r[0] === name)![1];
    expect(
      role('The bid was backed by Ruth Dane, director of <Kestrel Mining Ltd>, the firm said.', 'Ruth Dane'),
    ).toEqual(['director of Kestrel Mining Ltd']);
    expect(role("Sam Ortiz, president of Halvard's <HLV> Norfield Inc unit, said.", 'Sam Ortiz')).toEqual([
      "president of Halvard's Norfield Inc unit",
    ]);
    // "and" before another person's full name ends the role.
    expect(
      role(
        'The sale was agreed by Piero Santi, director of <Gallo SpA> and Marco Lenti, director of <Olea SpA>.',
        'Piero Santi',
      ),
    ).toEqual(['director of Gallo SpA']);
  });

  it('gives no name after a comma the position a clause before it names after "at", "in" or "on"', () => {
    expect(
      roles('Changes see Jean Arnaud win his first cap at full-back, Marc Ollier return on the wing.').map((r) => r[1]),
    ).toEqual([[], []]);
    expect(
      roles('Other changes see Julien Dumas win a first cap at full-back, Aurelien Ollier return on the wing.').map(
        (r) => r[1],
      ),
    ).toEqual([[], []]);
    // Past a determiner and the people or body of the noun: the clause's object, then its speaker.
    expect(roles('The levy would have little effect on the American consumer, Fitzgerald said.')).toEqual([
      ['Fitzgerald', []],
    ]);
    // (An apposition the name closes is one: "confided in the show's presenter, X.")
    expect(roles("The contestant later confided in the show's presenter, Martin Leyland.")).toEqual([
      ['Martin Leyland', ["show's presenter"]],
    ]);
    expect(roles('The talks were led by deputy interior minister, Ibrahim Sadr.')).toEqual([
      ['Ibrahim Sadr', ['deputy interior minister']],
    ]);
  });

  it("reads a title after a preposition and before a comma as the next name's, unless it closes on a person", () => {
    expect(
      roles('The ruling was backed by the Lord Chancellor, Lord Pennard, on Monday.').flatMap((r) => r[1]),
    ).toEqual(['Lord Chancellor']);
    // A cleric's office is a role; "which", "when" may stand before "the" too.
    expect(
      roles('A service followed in the chapel, at which the Archbishop of Wells, Dr Simon Hale, will preside.'),
    ).toEqual([['Simon Hale', ['Archbishop of Wells']]]);
    expect(
      roles("In an interview with the channel's political editor Andrew Carr, Mr Hale said talks would go on.").find(
        (r) => r[0] === 'Hale',
      )?.[1] ?? [],
    ).toEqual([]);
    // Nor from a name inside the phrase: the satirist is Swift, no one else after the comma.
    expect(
      roles('The word was coined by the satirist Jonathan Marsh in his classic novel, Ferris Hale.').find(
        (r) => r[0] === 'Ferris Hale',
      )?.[1],
    ).toEqual([]);
  });

  it('reads an office of a field before a name as the role, with the body before it', () => {
    expect(roles('Leicester director of rugby Dean Ashby said the pack was tired.')).toEqual([
      ['Dean Ashby', ['Leicester director of rugby']],
    ]);
    expect(roles('Head of research Clara Voss said demand rose.')).toEqual([['Clara Voss', ['Head of research']]]);
    // The field is no office: "the head of chairman X" is the chairman.
    expect(roles('Fans chanted for the head of chairman Keith Dorran.')).toEqual([['Keith Dorran', ['chairman']]]);
  });

  it('takes a name of several words the lexicon knows as a place, or a town before its state, for no one', () => {
    const people = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(people('Harbor Trust, a Rhode Island based bank holding company, said profits rose.')).toEqual([]);
    expect(people('The West Virginia utility said demand fell.')).toEqual([]);
    expect(people('The plant in Glen Burnie, Maryland, will close, Tom Keller said.')).toEqual(['Tom Keller']);
    expect(people('Work moves to Cedar Falls, Iowa., the firm said.')).toEqual([]);
    // A person before a comma and a region stays a person.
    expect(people("He met Tom Keller, Maryland's governor, on Monday.")).toEqual(['Tom Keller']);
  });
});

describe('an apposition between dashes', () => {
  it("reads a phrase set off by a pair of dashes as the role, not a firm's nor an open one", () => {
    expect(roles('Pierre Malbec - winner in Delray Beach last week - beat Tomas Zib.')).toEqual([
      ['Pierre Malbec', ['winner in Delray Beach last week']],
      ['Tomas Zib', []],
    ]);
    expect(roles('Ulrich Benz - himself a former executive at rival Porsche - took over.')[0]).toEqual([
      'Ulrich Benz',
      ['former executive at rival Porsche'],
    ]);
    expect(roles('Dr Paul Kent - who was not at the meeting - said nothing.')).toEqual([['Paul Kent', []]]);
    expect(roles('Tom Hale - and his lawyers - said nothing.')).toEqual([['Tom Hale', []]]);
    expect(
      extractMentions(textDocument('Paws Incorporated - owner of the rights to Garfield the cat - sued.')).filter(
        (m) => !m.org && m.roles.length,
      ),
    ).toEqual([]);
  });
});

describe('a style of address after a role and a comma', () => {
  it('gives the office the apposition names, not the style; the style alone stays', () => {
    expect(roles('The Anglican Bishop of Leeds, the Right Reverend Tom Walsh, said it was wrong.')).toEqual([
      ['Tom Walsh', ['Anglican Bishop of Leeds']],
    ]);
    expect(roles('The Catholic Archbishop of Perth, the Most Reverend Paul Dunne, told the radio.')[0]).toEqual([
      'Paul Dunne',
      ['Catholic Archbishop of Perth'],
    ]);
    expect(roles('The Reverend Jesse Jackson said he would go.')).toEqual([['Jesse Jackson', ['Reverend']]]);
  });
});

describe("a firm's short name", () => {
  it("reads a word alone that opens a firm's name the article writes by its company words as that firm", () => {
    const people = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(
      people(
        'Marketing Systems Inc said it has retained Richter, Cohen and Co to advise it. It agreed to grant Richter ' +
          'warrants to buy 231,000 shares, the company said.',
      ),
    ).toEqual([]);
    // A person of the article bearing the word stays one.
    expect(
      people('Anna Richter said Richter, Cohen and Co would advise the firm. Richter declined to say more.'),
    ).toContain('Anna Richter');
  });
});

describe('rankings and glued particles', () => {
  it("reads a player's ranking before the name as the role, and no verb before it", () => {
    expect(roles('And world number four Kaspar Lindt dropped a set.')).toEqual([
      ['Kaspar Lindt', ['world number four']],
    ]);
    expect(roles('British No 2 Tom Ashdown won easily.')).toEqual([['Tom Ashdown', ['British No 2']]]);
    expect(roles('Former world number one Pat Corrie watched from the stands.')).toEqual([
      ['Pat Corrie', ['former world number one']],
    ]);
    expect(
      roles('Ruiz beat world number nine Tom Ashdown in straight sets.').find((r) => r[0] === 'Tom Ashdown'),
    ).toEqual(['Tom Ashdown', ['world number nine']]);
  });

  it("keeps a surname glued to its particle after a given name, and no firm's or title's word", () => {
    const names = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(names("Former president Valery Marchal d'Aubigne watched the show.")).toEqual(["Valery Marchal d'Aubigne"]);
    expect(names("The Charge d'Affaires said the embassy would close.")).toEqual([]);
  });

  it('keeps a surname glued to its particle in lower case, and takes it alone later, capitalised, for the same person', () => {
    const text = 'Film stars Marco diLuca, Ann Tate and Joe Keel were in the audience. In court, DiLuca faces Keel.';
    const found = extractMentions(textDocument(text)).filter((m) => !m.org);
    expect(found.map((m) => m.name)).toEqual(['Marco diLuca', 'Ann Tate', 'Joe Keel', 'DiLuca', 'Keel']);
    // (The list's role reaches every name once the first is whole.)
    expect(found.slice(0, 3).map((m) => m.roles)).toEqual([['Film star'], ['Film star'], ['Film star']]);
  });

  it('reads a capitalised surname as a name in wire copy sent in lower case, where names are lower case too', async () => {
    const e = await builtEngine({
      'plan.txt':
        'PLAN PRESENTED\n\nCARACAS, May 3 - planning minister oscar taveras today presented a development plan ' +
        'for venezuela worth 40 billion bolivars.\n\nTaveras said that with oil revenue recovering, the government ' +
        'would cut the foreign debt to 20 pct of gdp by 1990.\n\nThe plan, which taveras said would be debated in ' +
        'congress next week, gives priority to housing and farming.\n',
    });
    expect(e.corpus.people.people.map((p) => p.name)).toEqual(['Taveras']);
    // With no given name before it, the capitalised surname still reads as a name: its lower case is no common word.
    const bare = await builtEngine({
      'plan.txt':
        'PLAN PRESENTED\n\nCARACAS, May 3 - planning minister manley today presented a development plan for ' +
        'venezuela worth 40 billion bolivars.\n\nManley said that with oil revenue recovering, the government would ' +
        'cut the foreign debt to 20 pct of gdp by 1990.\n\nThe plan, which manley said would be debated in congress ' +
        'next week, gives priority to housing and farming. Manley told reporters the plan would create jobs.\n',
    });
    expect(bare.corpus.people.people.map((p) => p.name)).toEqual(['Manley']);
  });

  it('takes the capitalised word after a title and a name the tagger read alone for its surname, when English lacks it', () => {
    const found = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(
      found(
        'World Bank President Barber Conable will visit Jakarta next week. Diplomats expect Conable to urge reform.',
      ),
    ).toEqual(['Barber Conable', 'Conable']);
    // A word English knows is no such surname: "vice minister of Foreign Economic Relations", the tagger taking
    // "Economic" alone for a name after "Foreign".
    const unread = (s: string, name: string, tag = 'B-PER') => {
      const tt = tagTokens(s);
      const at = tt.findIndex((t) => t.text === name);
      return surnameUnread(
        s,
        tt,
        tt.map((_, i) => (i === at ? tag : 'O')),
        at,
      );
    };
    expect(unread('Bank President Barber Conable said so.', 'Barber')).toBe(true);
    // (Only after a word the tagger read as a name.)
    expect(unread('Bank President Barber Conable said so.', 'Barber', 'O')).toBe(false);
    expect(unread('A minister of Foreign Economic Relations and Trade said so.', 'Economic')).toBe(false);
    expect(unread('Bank President Barber Tuesday said so.', 'Barber')).toBe(false);
    expect(unread('He dressed as his former Take That colleagues.', 'Take')).toBe(false);
    expect(unread('So said former Nevada Sen. and Reagan aide Paul Laxalt.', 'Nevada')).toBe(false);
    expect(unread('So said the former Nevada Quixtar chief.', 'Nevada')).toBe(false);
    expect(unread('So said the former Mitchell Sen. of the state.', 'Mitchell')).toBe(false);
    expect(unread('Bank President Barber Conable Hotels said so.', 'Barber')).toBe(false);
    expect(unread('Bank President Barber Chairman said so.', 'Barber')).toBe(false);
  });
});
