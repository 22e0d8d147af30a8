// Not people: names a sentence shows to be a work's, a band's, a firm's or a product's (works.ts), and the names a
// people's or a party's noun stands before ("Democrat Ellen Tauscher") taken whole.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine.js';
import { extractMentions } from '../src/people/extract.js';
import { courtesyBefore } from '../src/people/org-runs.js';
import { builtEngine, tempCorpus, textDocument } from './helpers.js';

const mentions = (text: string) => extractMentions(textDocument(text));
const people = (text: string) =>
  mentions(text)
    .filter((m) => !m.org)
    .map((m) => m.name);
const orgs = (text: string) =>
  mentions(text)
    .filter((m) => m.org)
    .map((m) => m.name);

describe('works, bands and firms', () => {
  it("takes a word alone before a person's full name in the possessive for a club's or a firm's", () => {
    expect(people("Kelso's Damien Duffy scored twice.")).toEqual(['Damien Duffy']);
    expect(orgs("Kelso's Damien Duffy scored twice.")).toEqual(['Kelso']);
    // (Not a surname the article gives a person in full.)
    expect(people("Tony Kelso spoke first. Kelso's Damien Duffy spoke next.")).toContain('Kelso');
  });

  it("takes a title's words, a remade or written work, a machine and a named day for no person", () => {
    // "The" inside a sentence opens a title a name ends; not an office's title nor a given name's run.
    expect(people("The channel's quiz show The Last Great Ace drew three million viewers.")).toEqual([]);
    expect(people('He met The Rev Ian Paisley at the rally.')).toEqual(['Ian Paisley']);
    // A work another is made of, and a book by its noun.
    expect(people('The studio wants a stage adaptation of Jerry Maguire next year.')).toEqual([]);
    expect(people('She won the prize with her book Annie Dawes.')).toEqual([]);
    // A year in the possessive owns a work or an event, no person; a role noun between gives one.
    expect(people("She also starred in 1991's Mary Ellen and 1948's Tom Braddock.")).toEqual([]);
    expect(people("The 2003's winner Ian Crale handed over the trophy.")).toEqual(['Ian Crale']);
    // Every name of a list a plural noun for machines opens.
    expect(people("The lottery's draw machines Lancelot and Vivienne were retired.")).toEqual([]);
    expect(people('Fans will remember the robots Marvin and Daisy from the show.')).toEqual([]);
    // An adjective before a weekday names a day: "Bloody Friday" is no one called Bloody.
    expect(people('Bloody Friday, a film about the 1972 bombings, opens tonight.')).toEqual([]);
    // (Wire copy sets a surname before a weekday: that one is a person's.)
    expect(people('Dole Tuesday won the primary in Iowa, aides said.')).toEqual(['Dole']);
    // A rank in lower case after "a" is an adjective: no general called Production Diary.
    expect(people('The DVD also has a general Production Diary and deleted scenes.')).toEqual([]);
  });

  it('takes a name after a noun for a track, a single or a poem for its title', () => {
    expect(people('Her track Velvet Morgan stayed at number one for a month.')).toEqual([]);
    expect(people('The single Lucy Marlow went gold in France.')).toEqual([]);
    expect(people('The poem Annie Laurie was read at the funeral.')).toEqual([]);
  });

  it("takes a run of capitals with a small English word capitalised inside it for a title, no one's name", () => {
    expect(people('Her shows on Vincent Price and Keith On Canvas - a two-part special - drew big audiences.')).toEqual(
      ['Vincent Price'],
    );
    expect(people('Her new series, Nigel On Canvas, starts next week.')).toEqual([]);
    // Nor does a name end on one, nor is one alone a name.
    expect(people('Kids loved Danny And The Flying Boot. And make it a 15 rating.')).toEqual([]);
    expect(people('Everyone remembers Bertie And The Moon Rocket.')).toEqual([]);
  });

  it("takes a plan's or a doctrine's word closing a name for a thing's", () => {
    expect(people('The Monroe Doctrine was cited.')).toEqual([]);
  });

  it('reads a work noun after a quantifier as opening a clause, the name its subject', () => {
    expect(people('Like every track Kylie has released, it went to number one. Kylie was the big winner.')).toEqual([
      'Kylie',
      'Kylie',
    ]);
  });

  it("takes a name before a prize's noun for the prize's, and its other uses in the article too", () => {
    // (The tagger reads "Crystal" as another kind of name and "Rose" as a surname, or both as a person's.)
    const text =
      'The series is nominated for the Crystal Rose television awards. ' +
      'Last year a chat show won an honorary Crystal Rose. ' +
      'Dan Moss won a Crystal Rose in 1999.';
    expect(people(text)).toEqual(['Dan Moss']);
    // (A prize named after a person leaves the person's other uses alone.)
    expect(people('Her novel won the Samuel Pepys prize. Samuel Pepys kept a diary of the Great Fire.')).toEqual([
      'Samuel Pepys',
    ]);
    // (A one-word prize's name stays this use only: "Turner" said is the artist.)
    expect(people('She won the Turner prize in 2001. Turner said he was happy.')).toEqual(['Turner']);
  });

  it("takes a name a title's opening words stand before for the title's end, no person", () => {
    expect(people('She is nominated for her role in Boy with a Silver Kestrel at the awards.')).toEqual([]);
    expect(people('Critics loved Dance of the Grey Falcon, which opened on Friday.')).toEqual([]);
  });

  it('takes a name "The" opens inside a sentence for a title; not at the sentence\'s start', () => {
    expect(people('Twenty years after The Duncan Forbes cemented their fame, the band split.')).toEqual([]);
    expect(people('He sang on The Harvey Walsh Show last night.')).toEqual([]);
    // (A capital "The" opening the sentence tells nothing: "The" is capitalised there anyway.)
    expect(people('The Duncan Forbes of 1990 was a different man, his friends said.')).toEqual(['Duncan Forbes']);
    expect(people('His friends said - The Duncan Forbes of 1990 was a different man.')).toEqual(['Duncan Forbes']);
  });

  it("takes the name a work's noun is, as a copula's subject, for the work's title; not after another head", () => {
    expect(people('Her first top 20 single was Harvey Walsh, recorded in 1971.')).toEqual([]);
    expect(people("But the real star of the show is Kelvin Marsh, in the judge's seat.")).toEqual(['Kelvin Marsh']);
    expect(people('The only finalist on the track was Michael Dunne in the 1500m.')).toEqual(['Michael Dunne']);
    expect(people('The winner was Harvey Walsh, who ran 1:52.')).toContain('Harvey Walsh');
  });

  it('takes a run closed by a plural of awards, a strait or a venue for no one', () => {
    expect(people('The musical has won three Laurence Awards since it opened.')).toEqual([]);
    expect(people('Ships pass through the Bosphorus and Corran Straits.')).toEqual([]);
  });

  it("takes a one-word name after an award's category for the award, not a winner's full name", () => {
    expect(people('She took a best female artist Brit in 2003.')).toEqual([]);
    expect(people('The best actress Hilary Swank thanked her husband.')).toEqual(['Hilary Swank']);
  });

  it('takes a name a single figure numbers for a work or a product, in every use the article makes of it', () => {
    // (A game named like a person: only the figure tells.)
    const text =
      'Fans queued overnight for Harvey Walsh 3, the sequel to the 2002 hit. Harvey Walsh sold two million copies in a week.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual(['Harvey Walsh', 'Harvey Walsh']);
    expect(people('Critics praised Jimmy Hall 2005, which returns to the channel in May.')).toEqual([]);
  });

  it('keeps a scorer or a bowler whose minute or runs follow his name, and a person a measure follows', () => {
    expect(people('Goals: Michael Owen 3, Steven Gerrard 7.')).toEqual(['Michael Owen', 'Steven Gerrard']);
    expect(people('Owen 2, 61.')).toEqual(['Owen']);
    expect(people('Gough took three wickets before lunch on the second day. Nick Oakes lbw b Gough 4')).toContain(
      'Gough',
    );
    expect(people('The club signed Marek Dvorak 2 days later.')).toEqual(['Marek Dvorak']);
  });

  it('takes a run ending in "Town" for a club or a place, and the club alone for no one', () => {
    // (A place's name that is also a given name: only the word "Town" tells the club from a person.)
    const text =
      'Sidney Town met Sidney College in the first game of the season, the Town winning by two goals to nil in front of a big crowd.';
    expect(people(text)).toEqual([]);
  });

  it('takes a name followed in its run by a word for a show or an award for that show', () => {
    // (Written so that the tagger takes the whole run for a person's name: the rule under test must undo it.)
    const text = 'Kevin Marsh Experience is a podcast with a big following.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual(['Kevin Marsh Experience']);
  });

  it('takes a name its run goes on from with such a word for part of that work, but a weekday after it', () => {
    // (The tagger takes "Kevin Marsh" for a person and "Experience" for something else: the rule joins them.)
    const text = 'Last night he was a guest on the Kevin Marsh Experience, a podcast with a big following.';
    expect(orgs(text)).toEqual(['Kevin Marsh Experience']);
    expect(people(text)).toEqual([]);
    expect(people('Foreign Minister Jose Miguel Insulza Monday met the envoy.')).toEqual(['Jose Miguel Insulza']);
  });

  it("reads a question's opening auxiliary as no given name, and a word alone left as no one's but a known surname", () => {
    expect(people('Will Labour tax plans win votes?')).toEqual([]);
    expect(people('Can Ann Vale win a third term?')).toEqual(['Ann Vale']);
    expect(people('Tony Blair spoke. Can Blair win a third term?')).toEqual(['Tony Blair', 'Blair']);
    // (Nor is a party's noun alone before a lower-case word, its adjective.)
    expect(
      people('Will Tory spending plans win votes? Ann Vale revealed her planned Tory tax cuts. The Tory leader spoke.'),
    ).toEqual(['Ann Vale']);
  });

  it("takes a name a firm's noun stands before for the firm's in the whole article, not a full name's clause", () => {
    expect(people('Calls carried by internet firm Skyline rose. In its report, Skyline said calls grew.')).toEqual([]);
    // (This use is the firm's, workNounBefore; the article's other uses stay the person's.)
    expect(people('The company Ann Price runs is growing. Ann Price said so.')).toEqual(['Ann Price']);
  });

  it('takes a word for a group or an event alone for no one', () => {
    // (A word the tagger takes for a person's name alone: "Navy" it now reads as an organisation by itself.)
    expect(mentions('Championship said on Monday it would expand.').map((m) => [m.name, !!m.org])).toEqual([
      ['Championship', true],
    ]);
  });

  it('takes a part an actor plays for no one, an opponent played or a star listed for a person', () => {
    // After "role as", "cast as": always, its owner too (a character of the same fiction).
    expect(people("Her credits include a cameo role as Ed Marsh's sister Hetty in the ITV sitcom Flats.")).toEqual([]);
    expect(people('He was cast as Joe Perrin in the stage version.')).toEqual([]);
    // After "play", when the sentence speaks of acting.
    expect(people("Kerr, who played Northfield's Dana Hollis when the ITV soap began in 1990, has retired.")).toEqual([
      'Kerr',
    ]);
    expect(people("She played Ottilie in Sam Verne's new film Lanterns.")).toEqual(['Sam Verne']);
    expect(people('Tim Rudd will play Alan Crewe in The Long Road at the Lyric.')).toEqual(['Tim Rudd']);
    // (An actor's kin in the part is no one's kin: no "Bettina Harlan".)
    expect(people("Lena Ortiz, who plays Harlan's wife Bettina, is nominated for best actress.")).toEqual([
      'Lena Ortiz',
      'Harlan',
    ]);
    // Not an opponent played, nor the other actor owning the part, nor a list of stars.
    expect(people('Tom Henley played Roger Federer in the final in Basel.')).toEqual(['Tom Henley', 'Roger Federer']);
    expect(people("She played Dan Holt's opposite number in the comedy Red Sky.")).toEqual(['Dan Holt']);
    expect(people('The festival drew such screen stars as Mark Dorsey and Jill Fenn.')).toEqual([
      'Mark Dorsey',
      'Jill Fenn',
    ]);
  });

  it("gives a cast member no role of the part played, nor of a work's verb", () => {
    const roles = (text: string) => mentions(text).map((m) => [m.name, m.roles]);
    // "stars" after a work the text points at is its verb, no "film star".
    expect(roles('The film stars Jude Law as a reporter.')).toEqual([['Jude Law', []]]);
    expect(roles('The new BBC drama stars Jude Law and Kate Lee.')).toEqual([
      ['Jude Law', []],
      ['Kate Lee', []],
    ]);
    expect(roles('Hollywood film stars Jude Law and Kate Lee came.')).toEqual([
      ['Jude Law', ['Hollywood film star']],
      ['Kate Lee', ['Hollywood film star']],
    ]);
    // "with X as Y" where the clause speaks of acting: the part played.
    expect(roles('The remake, with Jude Law as the reporter, opens on Friday.')).toEqual([['Jude Law', []]]);
    expect(roles('The firm, with Jude Law as chairman, grew fast.')).toEqual([['Jude Law', ['chairman']]]);
  });

  it('takes the names a plural noun for outlets or firms closes for theirs, in the whole article', () => {
    expect(
      people(
        'Files went to the Leakline, Mac Rumour and Flint Report websites. Lawyers for Mac Rumour appealed on Monday.',
      ),
    ).toEqual([]);
    expect(people('The Harbour Point, Fonteyn and Gulf Reach banks will merge.')).toEqual([]);
    // (Only a list that noun closes.)
    expect(people('The deal was signed by Dlamini Zungu and Mbeki Ndlovu in Durban.')).toEqual([
      'Dlamini Zungu',
      'Mbeki Ndlovu',
    ]);
    // (Not a common given name opening an item: an owner's name.)
    expect(people('He sold the Tony Ryan and Rupert Murdoch papers.')).toEqual(['Tony Ryan', 'Rupert Murdoch']);
    // (Nor one name alone before the noun: "the Hearst papers" may be an owner's, whom the article names.)
    expect(people('Will Hearst and his son ran the Hearst papers. Hearst said sales fell.')).toContain('Hearst');
  });

  it("takes a name an owner's work noun and a comma stand before, in an apposition that closes there, for the work", () => {
    expect(people("The play became Marlow's second novel, Jenny Carver in 1961.")).toEqual(['Marlow']);
    expect(people('He starred in his next big film, Frankie Dolan, in 1997.')).toEqual([]);
    // (Not the subject of a clause after it.)
    expect(people('In his latest film, Ross Kemp plays a hitman.')).toEqual(['Ross Kemp']);
  });

  it('keeps a real person played a person where the article names them so', async () => {
    const engine = await builtEngine({
      'awards.txt':
        'Awards\nUpdated 10 May 2025\nCate Merrow won for her role as Hazel Dorn in The Mill. She thanked the late screen legend Hazel Dorn for her work.',
    });
    const dorn = engine.corpus.people.people.find((p) => p.name === 'Hazel Dorn');
    expect(dorn?.mentions.count).toBe(1);
    expect(dorn?.roles.map((r) => r.role)).toContain('screen legend');
  });

  it("takes a name after \"character\" for a fiction's; a star's name before a work's noun and its title for a person", () => {
    expect(people("The sequel sees Hale's character Ben Tarrant hunt for buried gold.")).toEqual(['Hale']);
    expect(people('His alter ego, Kev Lomax, made the show a hit.')).toEqual([]);
    expect(people('The Jude Tarrant film Shadowline made its debut at number six.')).toEqual(['Jude Tarrant']);
    expect(people('Nicolas Tarrant movie Harbour Lights topped the chart.')).toEqual(['Nicolas Tarrant']);
    // (No title after the noun: the work's own name, a franchise: "the latest Harry Potter film".)
    expect(people('The latest Jude Tarrant film opens on Friday.')).toEqual([]);
    // (A band after "and group" is no part of a person's name: "and" joins a firm's word only when capitalised.)
    expect(people('Ann Vale, Tabitha Crane and group Q5 are the remaining finalists.')).toEqual([
      'Ann Vale',
      'Tabitha Crane',
    ]);
  });

  it('takes a name after a noun for a work, a band or a firm for theirs', () => {
    expect(people('Her role in the film Martha Keane won praise from critics.')).toEqual([]);
    expect(people('The Leeds band Arthur Lemaire played two sold-out nights.')).toEqual([]);
    expect(people('Bookmaker Jack Lomax has cut the odds, said spokesman Rob Dane.')).toEqual(['Rob Dane']);
    // "feature", a verb too, only after a word placing the work in its maker's run.
    expect(people('Since her 1991 debut feature Harbour Lamps - a hit at Cannes - she has thrived.')).toEqual([]);
    expect(people('The new films feature Hugh Larkin and Meg Tovey.')).toEqual(['Hugh Larkin', 'Meg Tovey']);
    // "hit", a verb too, only after a determiner, a possessive or a word placing the song.
    expect(people('She topped the chart with her debut hit Rosie in the Rain in May 1998.')).toEqual([]);
    expect(people('The wayward ball hit Tom Larkin on the head.')).toEqual(['Tom Larkin']);
  });

  it('reads a plural noun before a name as a clause, not a title', () => {
    expect(people('It was one of the shows Alan Fenwick presented before he retired in 2003.')).toEqual([
      'Alan Fenwick',
    ]);
  });

  it('takes a name alone in quotation marks for a title, not one with a possessive after the quote', () => {
    expect(people('She starred in "Rosa Tillman" before moving to television.')).toEqual([]);
    expect(people('Her husband, a builder known as "Big Tom", was not in court.')).not.toContain('Big Tom');
  });

  it('takes a name before a member’s role and name for the organisation’s', () => {
    const text = 'Chelsea boss Claudio Ranieri praised his players after the match.';
    expect(people(text)).toEqual(['Claudio Ranieri']);
    expect(orgs(text)).toContain('Chelsea');
    // A person's surname the article gives in full, or a title before it, keeps the name a person's.
    expect(people('George Harlan spoke first. President Harlan spokesman Tom Reid said talks would resume.')).toContain(
      'Harlan',
    );
    expect(people('Senator Ruth Wilder spoke first. Later Wilder adviser Tom Reid said talks would resume.')).toContain(
      'Wilder',
    );
  });

  it('takes a work or a band before its star or member for no one, though the tagger reads it as a name', () => {
    const film = 'Most predict that Vera Drake star Imelda Staunton will lose out to Hilary Swank.';
    expect(people(film)).toEqual(['Imelda Staunton', 'Hilary Swank']);
    expect(orgs(film)).toContain('Vera Drake');
    const band = 'Franz Ferdinand singer Alex Kapranos called for more help for musicians.';
    expect(people(band)).toEqual(['Alex Kapranos']);
    // A surname alone before a member's role stays a person's when the article names that person in full.
    expect(people('George Harlan spoke first. Harlan spokesman Tom Reid said talks would resume.')).toContain('Harlan');
  });

  it("takes a name a thing's pronoun follows, or a role is held with, for a firm", () => {
    // Wire patterns: a broker "said in its" review, a company opening its sentence with ", which", an analyst
    // "with" a firm whose name opens with no given name.
    expect(people('Output will fall, broker E Kowalski said in its weekly review.')).toEqual([]);
    expect(people('B.K. Larkin, which is in Chapter 11, said it filed the report.')).toEqual([]);
    // A verb and "its" before what a firm has: its chief executive, its dividend (a person's is "his", "her").
    expect(people('Since October, Dunmarsh has replaced its chief executive and cut its dividend.')).toEqual([]);
    expect(people('Tony Hale defended its policy on Monday.')).toEqual(['Tony Hale']);
    expect(people('"Sales could decline," said Tina Marsh, an analyst with Carrow Dunne.')).toEqual(['Tina Marsh']);
    // A question's auxiliary opening a headline is no given name.
    expect(people('Can Harkness work Scottish wonders?\n\nWalter Harkness took charge on Monday.')).not.toContain(
      'Can Harkness',
    );
    // A plural trade before one name: a firm named after its founder.
    expect(people('Peter Fellner, of brokers James Capel, cautioned against optimism.')).toEqual(['Peter Fellner']);
    // A person's "which" is no pronoun of hers when the name closes a clause of another subject.
    expect(people('A trumpet that belonged to Lena Hartley, which may fetch $500,000, is in the sale.')).toContain(
      'Lena Hartley',
    );
  });

  it('takes a name cut out of a longer capitalised name for a piece of it', () => {
    const text = "Clint Eastwood's Million Dollar Baby took four awards, a million miles from his early westerns.";
    expect(people(text)).toEqual(['Clint Eastwood']);
    const golden = 'Critics loved Golden Dollar Baby, though golden statues went elsewhere.';
    expect(people(golden)).toEqual([]);
    expect(orgs(golden)).toContain('Dollar Baby');
  });

  it('gives an article’s other uses of a work’s name the same sense, but a use with a role', () => {
    const text =
      'Mike Leigh’s new film is set in the 1950s.\n\nThe film Martha Keane opens in London on Friday.\n\nMartha Keane won three prizes at the festival.';
    expect(people(text)).toEqual(['Mike Leigh']);
    expect(orgs(text).filter((n) => n === 'Martha Keane')).toHaveLength(2);
  });

  it('takes a word alone that closes a work’s name in the article for the work’s, but a given name', () => {
    const text = 'The film Tilly Crane opens on Friday. Crane was shot in Leeds over six weeks.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual(['Tilly Crane', 'Crane']);
  });

  it('keeps a name the article gives a courtesy title a person wherever it stands, but not a longer word', () => {
    const text =
      'The novel Edith Marlow tops the fiction chart this week.\n\nMarlow spent a decade on the book, Mr Marlow told reporters.';
    expect(orgs(text)).toEqual(['Edith Marlow']);
    expect(people(text).filter((n) => n === 'Marlow')).toHaveLength(2);
    const mention = (name: string, sentence: string) => ({ ...mentions('Lena Brack spoke.')[0]!, name, sentence });
    expect(courtesyBefore(mention('Brackley', 'Mr Brackleyton met Brackley on Monday.'))).toBe(false);
    expect(courtesyBefore(mention('Brackley', 'Brackleyton staff met Mr Brackley on Monday.'))).toBe(true);
  });

  it("takes a name a thing's noun calls so for the thing, not one a person's noun or an appointing verb does", () => {
    expect(people('The firm released a photo tool, called Halvern Lens, last year.')).toEqual([]);
    expect(people('A new virus named Dorset Mayhew spread through e-mail on Monday.')).toEqual([]);
    expect(people('A lawyer named Ruth Platt said the case would go on.')).toEqual(['Ruth Platt']);
    expect(people('The board named Dorian Vance president on Friday.')).toEqual(['Dorian Vance']);
    expect(people('Seeking a new face for his team, named Kenneth Crabb to be his adviser.')).toEqual([
      'Kenneth Crabb',
    ]);
  });

  it('takes a name whose members there are for a group, not an owner of them', () => {
    expect(
      people('Fripp was one of the founding members of King Crimson in 1969.').filter((n) => /Crimson/.test(n)),
    ).toEqual([]);
    expect(people('Members of Dorian Vance’s family wept in court.')).toContain('Dorian Vance');
    expect(people('Fans of Dorian Vance queued all night.')).toContain('Dorian Vance');
  });

  it('drops a courtesy title the tagger read as a name of its own', () => {
    const list = mentions('The game has been praised, but Mr Wright explained that he kept his team small.');
    expect(list.map((m) => m.name)).not.toContain('Mr');
  });

  it('keeps a work out of the directory across a corpus', async () => {
    const film = (n: number) =>
      `Awards\n date 2005-02-0${n}\n\nThe film Vera Lomax is up for best picture, and critics expect the film Vera Lomax to win.`;
    const e = new Engine({ dir: tempCorpus({ 'a.txt': film(1), 'b.txt': film(2) }), maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.byKey.has('vera lomax')).toBe(false);
  });
});

describe('a name before a noun for a work or a product', () => {
  it('takes a name that modifies "film" or "novel" for the work’s, in that use only', () => {
    expect(orgs('The latest Tessa Marlowe film opens in cinemas on Friday.')).toEqual(['Tessa Marlowe']);
    expect(people('Fans queued all night for the new Tessa Marlowe novel.')).toEqual([]);
    // A person the same article names otherwise stays a person there.
    expect(people('The Tessa Marlowe film opens on Friday. Tessa Marlowe said she was proud of it.')).toEqual([
      'Tessa Marlowe',
    ]);
  });
});

describe('a people’s or a party’s noun before a name', () => {
  it('finds the name the tagger read as an organisation after "Democrat"', () => {
    const [m] = mentions('Democrat Ellen Tauscher said the bill would pass.').filter((x) => !x.org);
    expect(m).toMatchObject({ name: 'Ellen Tauscher', affiliation: 'Democrat', evidence: true });
  });

  it('finds the name after the short "Dem" or "Dems" of a party, "Lib Dems"', () => {
    expect(people('Speaking for the Lib Dems David Laws said the cut was a gimmick.')).toContain('David Laws');
    // (The party's name before a role stays the role's, as "Tory" does.)
    const [m] = mentions('Lib Dem spokesman Ed Dancey said no.').filter((x) => !x.org);
    expect(m?.roles).toEqual(['Lib Dem spokesman']);
  });

  it('finds an unknown name after a demonym when the article names that person elsewhere', () => {
    // (A name the tagger reads as an organisation's; "Greek Costas Kostoulas" it now reads right by itself.)
    const text = 'Cypriot Kyriakos Pittas withdrew from the race on Monday. Pittas said he had a knee injury.';
    expect(people(text)).toContain('Kyriakos Pittas');
    expect(mentions(text).find((m) => m.name === 'Kyriakos Pittas')?.affiliation).toBe('Cypriot');
    // Without that, the run is left as the tagger reads it.
    expect(people('Cypriot Kyriakos Pittas withdrew from the race on Monday.')).toEqual([]);
  });
});

describe('a surname in the plural, and a titled one-letter slip', () => {
  it('takes a family in the plural for no one, and a titled plural for the person', () => {
    expect(people('Tom Bradley spoke on Monday. The Bradleys said they would sell the house.')).toEqual([
      'Tom Bradley',
    ]);
    // (A lone surname opening the article the tagger may read as an organisation's: the full name is given.)
    const titled = mentions(
      'Ronald Reagan spoke on Monday. He said President Reagans’ new chief of staff would start soon.',
    );
    expect(titled.map((m) => m.name)).toEqual(['Ronald Reagan', 'Reagan']);
  });

  it('resolves a titled surname a letter off to the one person given that title, not to a namesake without it', async () => {
    const e = await builtEngine({
      'a.txt': 'Budget\nUpdated 10 May 2025\nPresident Walter Dunmore said on Monday the budget would pass.',
      'b.txt': 'Staff\nUpdated 11 May 2025\nDonald Dunmor, the White House chief of staff, said talks would resume.',
      'c.txt':
        'Taxes\nUpdated 12 May 2025\nPresident Dunmor remains opposed to any tax increase, aides said on Friday.',
    });
    const byName = (n: string) => e.corpus.people.people.find((p) => p.name === n)!;
    expect([...byName('Walter Dunmore').docs]).toEqual([0, 2]);
    expect([...byName('Donald Dunmor').docs]).toEqual([1]);
  });

  it("keeps a surname alone with a role in lower case for the article's own bearer, no namesake a letter off", async () => {
    const e = await builtEngine({
      'a.txt': 'Buses\nUpdated 10 May 2025\n"The line will close," said Ted Harlan, president of Grey Coach.',
      'b.txt':
        'Mines\nUpdated 11 May 2025\nThe new group will be led by Jim Harlen as its chief. ' +
        'Harlen is currently executive vice president of Utah Ores, the firm said.',
    });
    const byName = (n: string) => e.corpus.people.people.find((p) => p.name === n)!;
    expect([...byName('Ted Harlan').docs]).toEqual([0]);
    expect([...byName('Jim Harlen').docs]).toEqual([1]);
    expect(byName('Jim Harlen').roles.map((r) => r.role)).toContain('executive vice president of Utah Ores');
  });

  it('takes a name an apposition calls a firm, a work or a group for no person, in the whole article', () => {
    const text =
      'Three managers of Wales’s state-owned airline, Carrow Teal, quit on Monday. Carrow Teal said it would appoint a new team.';
    expect(people(text)).toEqual([]);
    expect(people('Police raided Pedro Galante, a cattle ranch owned by a local senator, on Friday.')).toEqual([]);
    // (An article and an owner may both open it: "the senator's cattle ranch", "the UK's premium phone watchdog".)
    expect(people("Police raided Pedro Galante, the senator's cattle ranch, on Friday.")).toEqual([]);
    // The apposition's head decides: a director, a spokesman or the head of a firm is a person.
    expect(people('Pedro Galante, a film director from Seville, said the law was unfair.')).toEqual(['Pedro Galante']);
    expect(people('Irma Vos, a spokesman for the show, declined to comment.')).toEqual(['Irma Vos']);
    expect(people('The head of the state-owned gas company, Yuri Bondar, said he was happy.')).toEqual(['Yuri Bondar']);
    expect(people('Hank Dobbs, the man behind the hunting website, said the idea came to him last year.')).toEqual([
      'Hank Dobbs',
    ]);
  });

  it('takes the items of a list of works for no person, but not an apposition after it nor an owner', () => {
    const text =
      'The band had hits including Silver Lining, Night Train and Dancing Queen. He was the star of Blue Harbour and Iron Road.';
    expect(people(text)).toEqual([]);
    // A name after the list's last comma, with no "and", is who the star is; a possessive owns the film.
    expect(people('Guests included the star of the TV drama The Mill, Gemma Hart.')).toEqual(['Gemma Hart']);
    expect(people("She starred in Martin Scorsese's 1990 film about the mob.")).toEqual(['Martin Scorsese']);
    expect(people('Other films included the Stephen King adaptation The Dead Zone.')).toEqual(['Stephen King']);
    // (The tagger may read a title from past its opening words: "Girl Loves" of "What a Girl Loves".)
    expect(people('Her hits include What a Girl Loves, Shimmer and Lovely.')).toEqual([]);
  });

  it('takes a name that titles and a person follow for the body the titles are of, and "General Foods" for a firm', () => {
    const text = 'FRANKFURT, June 1 - Bundesbank Deputy President Helmut Schlesinger said rates would hold.';
    expect(people(text)).toEqual(['Helmut Schlesinger']);
    expect(people('General Foods, the coffee roaster, said prices would rise.')).toEqual([]);
    // A given name opening the run is a person's, who the titles may follow ("Reagan aide ..." is lower case).
    expect(people('The motion was backed by Senator Joan Price and Speaker Jim Wright.')).toEqual([
      'Joan Price',
      'Jim Wright',
    ]);
  });
});

describe('titles in a list of works', () => {
  it('reads "such films as X and Y" as works, a title with its own "The" too', () => {
    expect(
      people('Dana Frey, an Emmy winner for such films as The Quiet Harbour and Northern Lights, will be honoured.'),
    ).toEqual(['Dana Frey']);
    // An award before its winner is no one: "an Emmy winner", "a five-time Globe winner", not "a Bush nominee".
    expect(orgs('Tom Hale, a double Oscar winner, spoke.')).toContain('Oscar');
    expect(people('The Bush nominee Tom Smith was confirmed.')).toEqual(['Tom Smith']);
    expect(people('The band played such songs as Blue Monday and Ceremony on Friday, Tom Reed said.')).toEqual([
      'Tom Reed',
    ]);
  });
  it('reads the titles a plural noun for works opens as works, the last one before its verb too', () => {
    expect(people('The ITV dramas Harbour Lights and Kate Morley drew big audiences, said Tom Reed.')).toEqual([
      'Tom Reed',
    ]);
    expect(people('Her films Amy Slade, Blue Harbour and Lucy Grey won prizes.')).toEqual([]);
    expect(people('His hit shows Peter Kay and Max Power ran for years.')).toEqual([]);
    // A verb "shows" is no noun for works, and a person may follow it.
    expect(people('A poll shows Tony Blair ahead of Michael Howard.')).toEqual(['Tony Blair', 'Michael Howard']);
  });
});

describe("a work's title a work noun opens", () => {
  const personNames = (text: string) =>
    extractMentions(textDocument(text))
      .filter((m) => !m.org)
      .map((m) => m.name);

  it('takes the whole title, across "and" after its first word, and no name inside it for a person', () => {
    expect(
      personNames("She first found fame in the teen comedy Jack and Jill's Big Vacation, and went on to star in Rush."),
    ).toEqual([]);
    expect(personNames('They saw the comedy Harold and Maude Go West on Friday.')).toEqual([]);
    expect(
      personNames("Elvis' Golden Heart, which entered the chart at number two, is the sixth in a series of reissues."),
    ).toEqual(['Elvis']);
    expect(
      personNames(
        'Soldier debuted at number four, while Nearly Gone, the duet from former Westlife star Brian Keane, fell to five.',
      ),
    ).toEqual(['Brian Keane']);
    // "which" after a name ending a clause may take up the clause: the name stays a person.
    expect(personNames('Ferrero beat Tim Henman, which means he will face Roddick next.')).toContain('Tim Henman');
    expect(personNames('Profits slumped, hit by the box-office flops Ivanhoe and Batgirl, said Mike Leigh.')).toEqual([
      'Mike Leigh',
    ]);
  });

  it('stops before an "and" after two words, or before a full name', () => {
    expect(personNames('He starred in the film Vera Drake and Mike Leigh directed it.')).toEqual(['Mike Leigh']);
    expect(personNames("The line-up includes the biopic Ray and Mike Leigh's abortion drama.")).toContain('Mike Leigh');
  });
});
