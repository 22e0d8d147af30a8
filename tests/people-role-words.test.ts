// Roles hold the words of an office, not the verbs, judgements and clauses around them: "they eye captain X" gives
// "captain", "a proud coach X" "coach", "X is a great player" none, "X, now foreign secretary" "foreign secretary".
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { capitalRole } from '../src/people/role-words.js';
import { textDocument } from './helpers.js';

const mentionsOf = (text: string) => extractMentions(textDocument(text)).filter((m) => !m.org);
const roles = (text: string, name: string) =>
  extractMentions(textDocument(text)).find((m) => m.name === name && !m.org)?.roles;

describe('role words', () => {
  it('reads "forward" as a player\'s position after a club or a word for a player, not after a verb', () => {
    expect(roles('Harlequins forward Tom Guest is back in the side.', 'Tom Guest')).toEqual(['Harlequins forward']);
    expect(roles('The club recalled veteran forward Tom Guest.', 'Tom Guest')).toEqual(['veteran forward']);
    expect(roles('Going forward, Tom Guest said the club would spend.', 'Tom Guest')).toEqual([]);
    expect(roles('The board put forward Tom Guest for the post.', 'Tom Guest')).toEqual([]);
  });

  it('reads the one member of a group "one of" its plural noun names before the comma', () => {
    expect(roles('One of the union leaders, Tomas Brandao, said the talks had failed.', 'Tomas Brandao')).toEqual([
      'union leader',
    ]);
    expect(roles("The paper quoted one of Mr Hale's closest aides, Owen Rees, as saying so.", 'Owen Rees')).toEqual([
      "Mr Hale's aide",
    ]);
    // (Not a group of things: "one of its units, X".)
    expect(roles('It sold one of its units, Dana Hollis, to a rival.', 'Dana Hollis') ?? []).toEqual([]);
    expect(roles('Fans cheered one of the key figures, Dana Hollis, at the gates.', 'Dana Hollis') ?? []).toEqual([]);
  });

  it("reads an office of a field of two words before a name, and a school's head", () => {
    expect(roles("Peru's director of public debt Ana Villar said the loan was signed.", 'Ana Villar')).toEqual([
      'Peru’s director of public debt',
    ]);
    expect(roles('Ana Villar, dean of the Lima School of Law, said the ruling was expected.', 'Ana Villar')).toEqual([
      'dean of the Lima School of Law',
    ]);
    // (Not a field that is a stopword or a role: "the head of the research X".)
    expect(roles('They want the head of the research Ana Villar sent.', 'Ana Villar')).toEqual([]);
  });

  it("keeps a firm's partners in a role held with it, past the commas of its name", () => {
    expect(
      roles('Ruth Mayne, analyst with Dutch bank Vries, Hoorn en Vries, sees room for gains.', 'Ruth Mayne'),
    ).toEqual(['analyst with Dutch bank Vries, Hoorn en Vries']);
    expect(roles('Ruth Mayne, analyst with Carrow, Dunne and Co., said so.', 'Ruth Mayne')).toEqual([
      'analyst with Carrow, Dunne and Co.',
    ]);
    expect(
      roles('"It is late," said Ruth Mayne, analyst with Hale Carrow, Dunne, Pike and Jessop.', 'Ruth Mayne'),
    ).toEqual(['analyst with Hale Carrow, Dunne, Pike and Jessop']);
    // (The last partner may carry the firm's legal form.)
    expect(roles('"Rates will rise," said Ruth Mayne, analyst at Carrow, Dunne and Pike Inc.', 'Ruth Mayne')).toEqual([
      'analyst at Carrow, Dunne and Pike Inc.',
    ]);
  });

  it('reads a role phrase that fills the bracket after a name, not a party, a country or a picture note', () => {
    expect(roles('Alun Price (former Scotland coach) said the side must be bold.', 'Alun Price')).toEqual([
      'former Scotland coach',
    ]);
    expect(roles('Rhian Moss (Labour) said the vote was close.', 'Rhian Moss')).toEqual([]);
    expect(roles('Rhian Moss (pictured) said the vote was close.', 'Rhian Moss')).toEqual([]);
    expect(roles('Rhian Moss (chairman since 2001, aged 60) was out.', 'Rhian Moss')).toEqual([]);
  });

  it('begins a role after a word of time, which says when', () => {
    expect(roles('Earlier this week group chairman Derek Hollis said the unit would be sold.', 'Derek Hollis')).toEqual(
      ['group chairman'],
    );
    expect(
      roles('In a radio interview yesterday prime minister Joan Ferris ruled out an early vote.', 'Joan Ferris'),
    ).toEqual(['prime minister']);
  });

  it('leaves a verb or a judgement before a role noun out of the role', () => {
    expect(roles('Several clubs are circling as they eye striker Tomas Varga this summer.', 'Tomas Varga')).toEqual([
      'striker',
    ]);
    expect(roles('The board has warned manager Alan Pardew not to talk to the press.', 'Alan Pardew')).toEqual([
      'manager',
    ]);
    expect(roles('"We will be back," said a proud coach Dai Pritchard after the match.', 'Dai Pritchard')).toEqual([
      'coach',
    ]);
    expect(roles('Ex-No 10 press chief Malcolm Tarrant is to publish his diaries.', 'Malcolm Tarrant')).toEqual([
      'press chief',
    ]);
    expect(roles('The seasoned political analyst Tameem Bahiss said so.', 'Tameem Bahiss')).toEqual([
      'political analyst',
    ]);
  });

  it('keeps a word in -ed that belongs to the office', () => {
    expect(roles('The talks were led by retired diplomat Tom Wade of the foreign service.', 'Tom Wade')).toEqual([
      'retired diplomat',
    ]);
  });

  it('reads the words of new trades as roles: blogger, mogul, pioneer, philanthropist', () => {
    expect(roles('The Iranian blogger Arash Karimi was jailed.', 'Arash Karimi')).toEqual(['blogger']);
    expect(roles('Music mogul Simon Fell signed the band.', 'Simon Fell')).toEqual(['Music mogul']);
  });

  it('reads no role from a clause whose verb runs into the list of names', () => {
    expect(
      roles('The punk pioneer follows Morrissey, David Bowie and Nick Cave in directing the festival.', 'David Bowie'),
    ).toEqual([]);
  });

  it('reads no role from a judgement, a prize or a verb after the name', () => {
    expect(roles('Pablo Ortega is a great player, his coach said.', 'Pablo Ortega')).toEqual([]);
    expect(roles('Pablo Ortega was the only player to reach the final twice.', 'Pablo Ortega')).toEqual([]);
    expect(roles('Anna Reiss is the favourite to win best actress this year.', 'Anna Reiss')).toEqual([]);
    expect(roles('Anna Reiss was nominated for best actress for her role in the drama.', 'Anna Reiss')).toEqual([]);
    expect(roles('Critics expect the twice-nominated Carl Dune will win best actor.', 'Carl Dune')).toEqual([]);
    expect(roles('Pablo Ortega is a professional player with the club.', 'Pablo Ortega')).toEqual([
      'professional player',
    ]);
  });

  it('reads the role a person faces a test or makes a speech as, in their own words', () => {
    expect(roles('Alan Marsh faces his toughest test as transport secretary on Tuesday.', 'Alan Marsh')).toEqual([
      'transport secretary',
    ]);
    expect(roles('Ann Vale made her maiden speech as party leader.', 'Ann Vale')).toEqual(['party leader']);
    // (Past a preposition of time or circumstance the role is closed: no verb after it makes "as" a clause's.)
    expect(
      roles(
        'Alan Marsh faces his toughest test as transport secretary on Monday with a revolt over the cards he issued.',
        'Alan Marsh',
      ),
    ).toEqual(['transport secretary']);
  });

  it('reads the role a person was sacked or dismissed as as one held before', () => {
    expect(roles('The leader sacked Tom Peake as shadow trade minister in a row.', 'Tom Peake')).toEqual([
      'former shadow trade minister',
    ]);
  });

  it("reads an apposition opening on a place's dotted initials the tagger took for a name", () => {
    expect(roles('Ian Rudd, U.K. Economist with brokers Hale and Co, said rates will fall.', 'Ian Rudd')).toEqual([
      'U.K. Economist with brokers Hale and Co',
    ]);
  });

  it('reads no role from an apposition that runs into a clause or passes a judgement', () => {
    expect(
      roles('Henri Lacombe, leader of a coalition government is widely expected to run again.', 'Henri Lacombe'),
    ).toEqual([]);
    expect(roles('Treasury chief Walter Banks, a consummate politician, said so.', 'Walter Banks')).toEqual([
      'Treasury chief',
    ]);
    expect(roles('Henri Lacombe, leader of a coalition government, said so.', 'Henri Lacombe')).toEqual([
      'leader of a coalition government',
    ]);
    // A judgement before a role tied to its body is left out, the role kept; not a role foretold, nor one alone.
    expect(roles('Gareth Pryce, an inspirational scrum-half for Neath, backed the coach.', 'Gareth Pryce')).toEqual([
      'scrum-half for Neath',
    ]);
    expect(roles('Ann Vale, the controversial head of the agency, backed the plan.', 'Ann Vale')).toEqual([
      'head of the agency',
    ]);
    expect(roles('Ann Vale, the likely leader of the party, backed the plan.', 'Ann Vale')).toEqual([]);
    expect(roles('Gareth Pryce, a talented scrum-half, backed the coach.', 'Gareth Pryce')).toEqual([]);
    // A match's score opens a result, no role.
    expect(roles('Czech Pavel Lukas, a 6-3 7-6 winner over Tim Hale, meets the top seed next.', 'Pavel Lukas')).toEqual(
      [],
    );
  });

  it("reads a role a quote's editor put in brackets before a name", () => {
    const text = '"We owe a lot to (team doctor) Ian Pryce and (his agent) Mark Dunne," she said.';
    expect(roles(text, 'Ian Pryce')).toEqual(['team doctor']);
    expect(roles(text, 'Mark Dunne')).toEqual(['agent']);
    // (Not a bracket of other words, nor a role another word closes.)
    expect(roles('"I went with (as usual) Ian Pryce," she said.', 'Ian Pryce')).toEqual([]);
    expect(roles('"I thank (the coach) and Ian Pryce," she said.', 'Ian Pryce')).toEqual([]);
  });

  it('leaves "now" out of a role given in an apposition', () => {
    expect(roles('He took over from Jack Hollis, now foreign secretary, in May.', 'Jack Hollis')).toEqual([
      'foreign secretary',
    ]);
  });
  it('starts a title at an acronym in brackets before it: "(DEA) Administrator X" is the DEA administrator', () => {
    const text = 'Drug Enforcement Administration (DEA) Administrator Lena Marsh told reporters the cases had doubled.';
    expect(roles(text, 'Lena Marsh')).toEqual(['DEA Administrator']);
  });

  it('keeps the body a role is of before it, not a people, a place, the tail of a name or an opening word', () => {
    expect(roles('Militia chief Yusuf Adan said the militia held the town.', 'Yusuf Adan')).toEqual(['militia chief']);
    expect(roles('The RSF commander, Hamid Dagar, denied the charge.', 'Hamid Dagar')).toEqual(['RSF commander']);
    expect(roles('Kremlin spokesman Oleg Vasin declined to comment.', 'Oleg Vasin')).toEqual(['Kremlin spokesman']);
    // The army is written in lower case too: the opening capital is the sentence's, not a name's.
    expect(roles('Army chief Omar Hassan told troops the army would hold the bridge.', 'Omar Hassan')).toEqual([
      'army chief',
    ]);
    // A people's word says nothing of a trade ("Chinese actress"), but names the state of an office of state.
    expect(roles('Chinese actress Li Wen said she backed the film.', 'Li Wen')).toEqual(['actress']);
    expect(roles('Chinese foreign minister Li Wen said China backed the talks.', 'Li Wen')).toEqual([
      'Chinese foreign minister',
    ]);
    expect(roles('Talks with Palestinian leader Yusuf Adan resumed.', 'Yusuf Adan')).toEqual(['Palestinian leader']);
    // (So before the office's ministry written in capitals; not before another body's name.)
    expect(roles('Dutch Finance minister Jan Kessel said the deficit would narrow.', 'Jan Kessel')).toEqual([
      'Dutch Finance minister',
    ]);
    expect(roles('Scottish Conservative leader David Pryce said so.', 'David Pryce')).toEqual(['leader']);
    // (Opening the sentence, whatever slip writes it in lower case elsewhere.)
    const slip = 'Peruvian president Ana Soto spoke. Exports of peruvian copper fell.';
    expect(roles(slip, 'Ana Soto')).toEqual(['Peruvian president']);
    // A place or a party says whose the role is, as a body does ("Liverpool boss"); a people does not.
    // (Nor does an adverb of time opening the sentence cut the body off: "Earlier Tory leader X".)
    expect(roles('Earlier Tory leader Michael Hale sent his congratulations.', 'Michael Hale')).toEqual([
      'Tory leader',
    ]);
    expect(roles('New Zealand coach Wayne Ruddock named his side.', 'Wayne Ruddock')).toEqual(['New Zealand coach']);
    expect(roles('Shares rose, Hong Kong analyst Simon Leung said.', 'Simon Leung')).toEqual(['Hong Kong analyst']);
    expect(roles('Tory leader Michael Hale accused the prime minister.', 'Michael Hale')).toEqual(['Tory leader']);
    expect(roles('The Liberal Democrat chairman Matt Tyler said so.', 'Matt Tyler')).toEqual([
      'Liberal Democrat chairman',
    ]);
    // (A role that holds the place already: "London-based".)
    expect(roles('London-based travel agent Naresh Gill was jailed.', 'Naresh Gill')).toEqual([
      'London-based travel agent',
    ]);
    // (A genre in capitals an ampersand joins is kept as written, as "soul singer" is.)
    expect(roles('R&B singer Tyrell Banks won best male.', 'Tyrell Banks')).toEqual(['R&B singer']);
    expect(roles('Another actress, Jane Doherty, said she would not attend.', 'Jane Doherty')).toEqual(['actress']);
    // A name that ends in a body's word is the body's, "and" and a demonym inside it too.
    expect(roles('Prices fell, Stotler and Co analyst David Horne said.', 'David Horne')).toEqual([
      'Stotler and Co analyst',
    ]);
    expect(roles('Profits rose, American Express Co chairman James Robinson said.', 'James Robinson')).toEqual([
      'American Express Co chairman',
    ]);
    expect(roles('House Ways and Means Committee chairman Dan Ross said he opposed it.', 'Dan Ross')).toEqual([
      'House Ways and Means Committee chairman',
    ]);
    // A wire's ticker after the firm's name.
    expect(roles('TOKYO, May 2 - Acme Corp <ACM.T> chairman Ken Ota said sales rose.', 'Ken Ota')).toEqual([
      'Acme Corp chairman',
    ]);
    expect(roles('STOCKHOLM, May 2 - Acme AB <ACME ST> chairman Sven Ota said sales rose.', 'Sven Ota')).toEqual([
      'Acme AB chairman',
    ]);
    // Two people's offices in a list: the "and" after a full name joins no body.
    const two = 'Treasury Secretary Ann Vale and Federal Reserve Board chairman Tom Kerr met bankers.';
    expect(roles(two, 'Ann Vale')).toEqual(['Treasury Secretary']);
    expect(roles(two, 'Tom Kerr')).toEqual(['Federal Reserve Board chairman']);
    expect(roles('Prices fell, Charles Schwab and Co analyst Dan Horne said.', 'Dan Horne')).toEqual([
      'Charles Schwab and Co analyst',
    ]);
    expect(roles('Morgan Vale and Co Ltd economist Ann Roe said rates would fall.', 'Ann Roe')).toEqual([
      'Morgan Vale and Co Ltd economist',
    ]);
    // A chamber's committee named without "Committee"; and its first word alone is no one.
    expect(roles('House Ways and Means chairman Dan Ross said he opposed it.', 'Dan Ross')).toEqual([
      'House Ways and Means chairman',
    ]);
    const opening = 'Ways and Means chairman Dan Ross, an Ohio Democrat, said he opposed it.';
    expect(roles(opening, 'Dan Ross')).toEqual(['Ways and Means chairman']);
    expect(
      extractMentions(textDocument(opening))
        .filter((m) => !m.org)
        .map((m) => m.name),
    ).toEqual(['Dan Ross']);
    // ...but not a list: "Model Caprice and Holby City actor X", "Senate Republicans and House Budget Committee".
    expect(roles('Model Caprice and Holby City actor Jeremy Edwards joined.', 'Jeremy Edwards')).toEqual([
      'Holby City actor',
    ]);
    expect(
      roles('Senate Republicans and House Budget Committee Chairman William Gray said it was dead.', 'William Gray'),
    ).toEqual(['House Budget Committee Chairman']);
    expect(
      roles(
        'Finance Secretary Jaime Ongpin spoke. Ongpin and Central Bank Governor Jose Fernandez met them.',
        'Jose Fernandez',
      ),
    ).toEqual(['Central Bank Governor']);
    // A club of several words that holds a place's name is the club ("Real Madrid striker"), unless the whole is a
    // place; a body tied by "of" is whole ("Industrial Bank of Japan Ltd economist", "Bank of England governor").
    expect(roles('Real Madrid striker Tomas Ferrer scored twice.', 'Tomas Ferrer')).toEqual(['Real Madrid striker']);
    expect(roles('"A big step," said Industrial Bank of Japan Ltd economist Kenji Oda.', 'Kenji Oda')).toEqual([
      'Industrial Bank of Japan Ltd economist',
    ]);
    expect(roles('Bank of England governor Mervyn Kingsley said rates would rise.', 'Mervyn Kingsley')).toEqual([
      'Bank of England governor',
    ]);
    // So is a work's or a body's name tied by "of the".
    expect(roles('Return of the Mummy director Sam Ortiz is to make a western.', 'Sam Ortiz')).toEqual([
      'Return of the Mummy director',
    ]);
    expect(roles('Bank of the North president Ann Kirby said rates would rise.', 'Ann Kirby')).toEqual([
      'Bank of the North president',
    ]);
    // A copula's complement before a comma is the subject's, when the name after the comma opens its own clause.
    const cast = 'Tom Reyes is the scheming king, Nina Hart shines as his wife and Joe Ruiz plays the fool.';
    expect(roles(cast, 'Nina Hart')).toEqual([]);
    expect(roles('The new chief is the former finance minister, Ali Khan.', 'Ali Khan')).toEqual([
      'former finance minister',
    ]);
    expect(roles("The bank's chief economist, Ann Kirby said rates would rise.", 'Ann Kirby')).toEqual([
      "bank's chief economist",
    ]);
    expect(roles("Italy's new king, Carlo Ferrante said he would serve.", 'Carlo Ferrante')).toEqual(['Italy’s king']);
    // Two offices joined are one role; two trades with a slash too; "the president and vice president X" are two.
    expect(roles('Chairman and chief executive officer Ben Love said it would recover.', 'Ben Love')).toEqual([
      'Chairman and chief executive officer',
    ]);
    expect(roles('Singer/guitarist James Dean Bradfield said.', 'James Dean Bradfield')).toEqual(['Singer/guitarist']);
    expect(roles('He met the president and vice president Dick Chaney.', 'Dick Chaney')).toEqual(['vice president']);
  });

  it('keeps "former" before a body and its role, and takes the body alone before them for no person', () => {
    expect(roles('Former Rovers striker Kwame Asante retired on Monday.', 'Kwame Asante')).toEqual([
      'former Rovers striker',
    ]);
    expect(roles('The talks were led by the former Treasury chief Anne Holt.', 'Anne Holt')).toEqual([
      'former Treasury chief',
    ]);
    expect(roles('Ex-Labour minister John Dorrell agreed.', 'John Dorrell')).toEqual(['former Labour minister']);
    // The tagger reads "Chelsea" after an opening "Former" as a given name: it is the club, no one.
    const text = 'Former Chelsea striker Kwame Asante retired on Monday.';
    const names = extractMentions(textDocument(text))
      .filter((m) => !m.org)
      .map((m) => m.name);
    expect(names).toEqual(['Kwame Asante']);
  });

  it('takes no word inside a title for a person, and gives the title to the name it stands by', () => {
    const names = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    const text = 'Ken Ishida, Chief Operating Officer of Sonex, said the console would ship in May.';
    expect(names(text)).toEqual(['Ken Ishida']);
    expect(roles(text, 'Ken Ishida')).toEqual(['Chief Operating Officer of Sonex']);
    expect(names('Former adviser Vice Adm. John Pardee refused to testify.')).toEqual(['John Pardee']);
    expect(names('Chief Treasury Secretary Paul Mensah and Under Treasury Secretary Ann Cole spoke.')).toEqual([
      'Paul Mensah',
      'Ann Cole',
    ]);
  });

  it('reads a role held now from a relative clause, not a verb or a role held before', () => {
    expect(roles('Sara Pemberton, who is also the bank’s deputy governor, agreed.', 'Sara Pemberton')).toEqual([
      'bank’s deputy governor',
    ]);
    expect(roles('Ann Ruiz, who remains finance minister, was absent.', 'Ann Ruiz')).toEqual(['finance minister']);
    expect(roles('Mervyn Kale, who is expected to retire next year, said rates would hold.', 'Mervyn Kale')).toEqual(
      [],
    );
    expect(roles('Tom Reddy, who was finance minister until 2019, voted against.', 'Tom Reddy')).toEqual([
      'former finance minister',
    ]);
  });

  it('reads a role before the name and a comma past a wire dateline', () => {
    const text =
      "NAIROBI, May 14 (Reuters) - Sudan's chargé d'affaires in Nairobi, Osman Bakri, said on Tuesday that talks would resume.";
    expect(roles(text, 'Osman Bakri')).toEqual(["Sudan's chargé d'affaires in Nairobi"]);
  });

  it('reads a role before the name and a comma from the noun phrase its noun heads, not the clause before it', () => {
    expect(
      roles('The plan has the backing of the Mayor of Leeds, Judith Blake, and local firms.', 'Judith Blake'),
    ).toEqual(['Mayor of Leeds']);
    expect(
      roles('His remarks came as the chairman of the Green Party, Amir Khalil, called for calm.', 'Amir Khalil'),
    ).toEqual(['chairman of the Green Party']);
  });

  it('knows trades of everyday news, and ends a role before a preposition', () => {
    expect(roles('"Prices are too low," said Joshua Osagie, a cocoa farmer from Edo state.', 'Joshua Osagie')).toEqual([
      'cocoa farmer from Edo state',
    ]);
    expect(roles('The airline was founded by London-based travel agent Naresh Goyal.', 'Naresh Goyal')).toEqual([
      'London-based travel agent',
    ]);
    expect(roles('Aid worker Margaret Hassan was seized in Baghdad.', 'Margaret Hassan')).toEqual(['Aid worker']);
    expect(roles('England are already without centre Will Greenwood for the match.', 'Will Greenwood')).toEqual([
      'centre',
    ]);
  });

  it("reads a role before a name and a comma after the clause's past verb, and none after a copula or modal", () => {
    expect(
      roles('Norwell Five said its President, Peter J. Morrow, will become vice chairman.', 'Peter J. Morrow'),
    ).toEqual(expect.arrayContaining(['Norwell Five President']));
    // (What "told" tells: the broker is the name's role, the noun nearest it heading the phrase.)
    expect(
      roles('Prosecutor Carl Retemeyer told Reuters the broker, Joachim Schmidt, may know more.', 'Joachim Schmidt'),
    ).toEqual(['broker']);
    expect(roles('The brands sold were Prince Albert, Carter Hall, Apple and Royal Comfort.', 'Carter Hall')).toEqual(
      [],
    );
    expect(
      roles('IBM said it would partner up with a small UK-based electronics firm, Montrose Secam.', 'Montrose Secam'),
    ).toEqual([]);
  });

  it('reads the role a name is told "as" right after it, not a part played, the subject\'s, or a clause', () => {
    expect(roles('Voters have a fundamental lack of trust of Tony Blair as prime minister.', 'Tony Blair')).toEqual([
      'prime minister',
    ]);
    // (Succeeded, he held the office before.)
    expect(
      roles(
        'He succeeds Michel Marks, who decided not to seek reelection after serving as chairman since 1978.',
        'Michel Marks',
      ),
    ).toEqual(['former chairman']);
    expect(roles('George Gero was reelected as floor broker representative on the board.', 'George Gero')).toEqual([
      'floor broker representative',
    ]);
    // After the name's possessive and a noun of its tenure, the role runs to the sentence's verb.
    expect(
      roles('Paul Hale’s departure as Federal Reserve Board chairman came despite pleas to stay.', 'Paul Hale'),
    ).toEqual(['Federal Reserve Board chairman']);
    expect(roles("Jim Hale's first year as chief executive of Marsh ended well.", 'Jim Hale')).toEqual([
      'chief executive of Marsh',
    ]);
    expect(roles("Jim Hale's future as Dorset coach will be decided next week.", 'Jim Hale')).toEqual(['Dorset coach']);
    // The office served, or not served again: "not to serve a third term as chairman".
    expect(
      roles('The choice by Paul Hale not to serve a second term as chairman of the Fed is a shock.', 'Paul Hale'),
    ).toEqual(['chairman of the Fed']);
    expect(roles('Paul Hale served two terms as mayor of Tulsa.', 'Paul Hale')).toEqual(['mayor of Tulsa']);
    // (A noun after "of" is no verb that closes the role: "chief of staff".)
    expect(
      roles("The choice of Roy Dennison as the governor's chief of staff would calm markets.", 'Roy Dennison'),
    ).toEqual(["governor's chief of staff"]);
    expect(roles('The choice of Roy Dennison as his chief of staff would calm markets.', 'Roy Dennison')).toEqual([
      'chief of staff',
    ]);
    expect(
      roles(
        "Adult actors in the show include Tim Healy as Billy's father and Haydn Gwynne as his teacher.",
        'Haydn Gwynne',
      ),
    ).toEqual([]);
    expect(roles('He joined Columbia Records as a producer in the 1960s.', 'Columbia Records')).toEqual([]);
    expect(
      roles("The crowd cheered Martin O'Neill as the Brazilian midfielder comes closer.", "Martin O'Neill"),
    ).toEqual([]);
  });

  it('opens no role with the word that opens the sentence, nor with a verb after a modal or a copula', () => {
    expect(roles('Although President Ortega must sign the bill, aides expect a veto.', 'Ortega')).toEqual([
      'President',
    ]);
    expect(roles('Meanwhile Finance Minister Rui Costa said the deficit had narrowed.', 'Rui Costa')).toEqual([
      'Finance Minister',
    ]);
    expect(roles('She could face three-time champion Petra Novak in the semi-finals.', 'Petra Novak')).toEqual([
      'three-time champion',
    ]);
    expect(roles('He was sure shadow health secretary Mr Jenkins would reply.', 'Jenkins')).toEqual([
      'shadow health secretary',
    ]);
  });

  it('ends an apposition where a clause with its own subject begins, and reads none from a verb after a name', () => {
    expect(roles('He will face Ivan Petrov, the player he beat in the 2003 final.', 'Ivan Petrov')).toEqual(['player']);
    expect(roles('Marta Vidal, captain of Valencia as they chase the title, scored twice.', 'Marta Vidal')).toEqual([
      'captain of Valencia',
    ]);
    expect(
      roles('Ruth Dell, minister of health under Mr Abiola, became the longest-serving minister in 2001.', 'Abiola'),
    ).toEqual([]);
  });

  it('takes a title the tagger split off a name for the title: "Shadow Chancellor" and "Boss" are no names', () => {
    const text =
      'Tory Shadow Chancellor Neil Hamlin said the tax would go. Boss Graeme Tulloch felt the side were safe.';
    const names = extractMentions(textDocument(text))
      .filter((m) => !m.org)
      .map((m) => m.name);
    expect(names).toEqual(['Neil Hamlin', 'Graeme Tulloch']);
    expect(roles(text, 'Neil Hamlin')).toEqual(['Tory Shadow Chancellor']);
  });

  it('reads the positions and trades of sport and the arts as roles', () => {
    expect(roles('The coach brought on defender Istvan Kovacs in the second half.', 'Istvan Kovacs')).toEqual([
      'defender',
    ]);
    expect(roles('Wales scrum-half Rhys Evans limped off after an hour.', 'Rhys Evans')).toEqual(['Wales scrum-half']);
    // (A tournament's name a people's word opens stays whole: "French Open champion"; the people's word alone not.)
    expect(roles('He beat French Open champion Tomas Varga in three sets.', 'Tomas Varga')).toEqual([
      'French Open champion',
    ]);
    expect(roles('He beat French champion Tomas Varga in three sets.', 'Tomas Varga')).toEqual(['champion']);
    expect(roles('The match was stopped by referee Paul Dowd after the floodlights failed.', 'Paul Dowd')).toEqual([
      'referee',
    ]);
    expect(roles('Skylark frontwoman Nell Avery collected the best album prize.', 'Nell Avery')).toEqual([
      'Skylark frontwoman',
    ]);
    expect(roles('The award went to sculptor Tomas Breen for his bronze figures.', 'Tomas Breen')).toEqual([
      'sculptor',
    ]);
    expect(roles('Yorkshire batsman Dev Patel made a century.', 'Dev Patel')).toEqual(['Yorkshire batsman']);
    // Tennis seeds, qualifiers and lecturers, without the verb of the clause before them.
    expect(roles('Calleri beat fourth seed Jiri Novak 7-5 6-1 at the Mexican Open.', 'Jiri Novak')).toEqual([
      'fourth seed',
    ]);
    expect(
      roles('Top seed Andy Roddick opens on Wednesday against qualifier Paul Goldstein.', 'Paul Goldstein'),
    ).toEqual(['qualifier']);
    expect(
      roles('"It is new," says Frederic Sawicki, a politics lecturer at the University of Lille.', 'Frederic Sawicki'),
    ).toEqual(['politics lecturer at the University of Lille']);
  });

  it('ends an apposition before a relative clause or a verb with its object', () => {
    expect(
      roles(
        'Ann Briggs, head of research at Lorimer which commissioned the survey, said prices would rise.',
        'Ann Briggs',
      ),
    ).toEqual(['head of research at Lorimer']);
    expect(roles('Ivan Sokol, a senior KGB officer who defected in 1985, spoke to the BBC.', 'Ivan Sokol')).toEqual([
      'senior KGB officer',
    ]);
    expect(roles('Tom Reece, flanker showed his class to score the second try.', 'Tom Reece')).toEqual(['flanker']);
    expect(
      roles('"Junk mail must stop," said Dale Orton, Ohio attorney general announcing the lawsuit.', 'Dale Orton'),
    ).toEqual(['Ohio attorney general']);
    // (Its object a person named too; not an office's word in -ing before a party's name.)
    expect(
      roles('Jo Blunt, the lawyer representing Mr Hale and Mr Pryce, said the men would be freed.', 'Jo Blunt'),
    ).toEqual(['lawyer']);
    expect(roles('Jo Blunt, the solicitor advising Tom Pryce, said so.', 'Jo Blunt')).toEqual(['solicitor']);
    expect(roles('Tom Wiss, economics spokesman for the ruling Christian Democrats, said so.', 'Tom Wiss')).toEqual([
      'economics spokesman for the ruling Christian Democrats',
    ]);
    // A verb in -ed before a plural noun goes on with the sentence after a name closing another's apposition.
    expect(
      roles(
        'The festival, directed by the former Smiths star Morland, included appearances by singer Jane Birk.',
        'Morland',
      ),
    ).toEqual(['former Smiths star']);
    // A gerund a preposition takes is part of the role.
    expect(
      roles('Ben Wills, researcher at Playlab charged with testing the game, said it worked.', 'Ben Wills'),
    ).toEqual(['researcher at Playlab charged with testing the game']);
  });

  it('reads an apposition a reporting verb closes when the name opens the sentence, not when it ends a clause', () => {
    expect(roles('Clara Holt, an analyst at Nomura told the BBC that rates would rise.', 'Clara Holt')).toEqual([
      'analyst at Nomura',
    ]);
    expect(roles('The plan was drawn up by Clara Holt, one analyst said.', 'Clara Holt')).toEqual([]);
  });

  it('gives the role a plural noun opens a list with to each name of the list', () => {
    const text = 'The club has signed strikers Tomas Varga and Peter Lund, and goalkeepers Ivan Horak and Jan Polak.';
    expect(['Tomas Varga', 'Peter Lund', 'Ivan Horak', 'Jan Polak'].map((n) => roles(text, n))).toEqual([
      ['striker'],
      ['striker'],
      ['goalkeeper'],
      ['goalkeeper'],
    ]);
    // A plural before a comma heads the phrase the name stands beside, and a verb is no part of the role.
    expect(roles('A lawyer for the victims, Ana Ruiz, told reporters the ruling was fair.', 'Ana Ruiz')).toEqual([
      'lawyer for the victims',
    ]);
    expect(roles('The shortlist includes photographers Tom Hart and Amy Lee.', 'Tom Hart')).toEqual(['photographer']);
  });

  it('reads the role before a title of honour, and takes the title alone for no one', () => {
    const text = 'Lions coach Sir Clive Woodward named his squad. United manager Sir Alex Ferguson was tired.';
    expect(roles(text, 'Clive Woodward')).toEqual(['Lions coach']);
    expect(roles(text, 'Alex Ferguson')).toEqual(['United manager']);
    expect(extractMentions(textDocument(text)).map((m) => m.name)).not.toContain('Sir');
  });

  it('reads producers, controllers, treasurers, aides and stars as roles', () => {
    expect(roles("The station's controller, Andrew Pike, said the shows would start soon.", 'Andrew Pike')).toEqual([
      "station's controller",
    ]);
    expect(roles('Scrubs star Zach Braffe won best new director.', 'Zach Braffe')).toEqual(['Scrubs star']);
    expect(roles('The show was made by producer Don Mischen for NBC.', 'Don Mischen')).toEqual(['producer']);
  });

  it('reads the initials of a member of a parliament as a role, for one name or a list', () => {
    expect(roles('Green MSP Morag Lennie said the plan was flawed.', 'Morag Lennie')).toEqual(['Green MSP']);
    expect(roles('SNP MSP Alex Nairn criticised the move.', 'Alex Nairn')).toEqual(['SNP MSP']);
    expect(roles('Labour MEP Richard Colbert voted against it.', 'Richard Colbert')).toEqual(['Labour MEP']);
    const text = 'Conservative MSPs Murdo Frame and Annabel Gould opposed the bill.';
    expect(roles(text, 'Murdo Frame')).toEqual(['Conservative MSP']);
    expect(roles(text, 'Annabel Gould')).toEqual(['Conservative MSP']);
  });

  it('leaves a verb out of the role: in -s after a role noun, or after "to"', () => {
    expect(roles("Wales' new coach joins flanker Rhys Tanner in the squad.", 'Rhys Tanner')).toEqual(['flanker']);
    expect(roles('She was due to marry fellow tennis star Lee Hewson in February.', 'Lee Hewson')).toEqual([
      'fellow tennis star',
    ]);
    // A plural noun in -s before a role noun is the role's.
    expect(roles('The chief operations officer Sean Kearns left.', 'Sean Kearns')).toEqual([
      'chief operations officer',
    ]);
  });

  it('keeps a numbered name\'s possessive with the role it owns: "Radio 1\'s controller"', () => {
    expect(roles("Radio 1's controller, Andy Parrish, said the station would change.", 'Andy Parrish')).toEqual([
      'Radio 1’s controller',
    ]);
  });

  it('reads the role of an inverted attribution after a quotation, and a name after a courtesy title', () => {
    expect(roles('"They should seize the moment," Mr Prettwell, Lloyd\'s chief executive said.', 'Prettwell')).toEqual([
      "Lloyd's chief executive",
    ]);
    // The tagger reads "Tanaka" before a firm's possessive as a place: after "Mr" it is a person.
    expect(roles("Mr Tanaka, Sony's finance director, said profits rose.", 'Tanaka')).toEqual([
      "Sony's finance director",
    ]);
    // Not an apposition closed by "said" inside a sentence: "... proposed by Nakasone, one official said".
    expect(roles('The plan was proposed by Yasuo Tanabe, one official said.', 'Yasuo Tanabe')).toEqual([]);
  });

  it('keeps a firm in -ing, a figure with thousands and the portfolios "and" joins in the role', () => {
    expect(roles('The deal was announced by Boeing president Frank Shrontz on Monday.', 'Frank Shrontz')).toEqual([
      'Boeing president',
    ]);
    expect(roles('Olympic 10,000m champion Kenenisa Bekele will run.', 'Kenenisa Bekele')).toEqual([
      'Olympic 10,000m champion',
    ]);
    expect(roles('Economy and Labour Minister Wolfgang Clemens said so.', 'Wolfgang Clemens')).toEqual([
      'Economy and Labour Minister',
    ]);
    // Not a name and a title: "Mr Blair and Foreign Secretary Jack Straw".
    expect(roles('Mr Blair and Foreign Secretary Jack Strand met.', 'Jack Strand')).toEqual(['Foreign Secretary']);
    expect(roles('Leicester wing Austin Hendy was injured.', 'Austin Hendy')).toEqual(['Leicester wing']);
    // A participle before a role noun is still no part of it.
    expect(roles('The fans saw head-butting striker Freddie Lund sent off.', 'Freddie Lund')).toEqual(['striker']);
  });

  it('takes the firm a role is held at, or whose role it is, for no person', () => {
    const people = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(people('Mike McGuane, a research director at analyst Gartner, told the BBC.')).toEqual(['Mike McGuane']);
    expect(people('Chris Tinkler, an analyst at brokers Phillips and Drew, said so.')).toEqual(['Chris Tinkler']);
    expect(people('The shares fell, said Wood Gundie analyst Edward Comeaux.')).toEqual(['Edward Comeaux']);
    // A person's name before a role and another name stays a person's: "Tony Blair aide Alastair Campbell".
    expect(people('Tony Blair aide Alastair Campbell left.')).toEqual(['Tony Blair', 'Alastair Campbell']);
  });

  it('takes a name with no given name after a role only a firm holds for no person, a named one for a person', () => {
    const people = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(
      people('Acme Corp is selling 100 mln dlrs of notes due 1995, said lead manager Shearson, Hutton and Co.'),
    ).toEqual([]);
    expect(people('The bonds are priced at par, co-lead manager Nomura said.')).toEqual([]);
    expect(people('Sales of cider rose, said market leader Bulmers on Monday.')).toEqual([]);
    expect(people('Sales rose, said market analyst Mintel in a report.')).toEqual([]);
    expect(people('Utility vehicle and tractor maker Mahindra has reported a 30% rise in exports.')).toEqual([]);
    // So is a name of several words none of which is a given name.
    expect(people('The notes are priced at 101, sole lead manager Banque Indosuez said.')).toEqual([]);
    expect(people('Shoppers are flocking to market leader Dixons Retail this winter.')).toEqual([]);
    // A person is named in full; a given name opens no firm's name.
    expect(people('The game was written by developer Gabe Newell.')).toEqual(['Gabe Newell']);
    expect(people('The bonds are priced at par, said lead manager Peter Kalb.')).toEqual(['Peter Kalb']);
  });

  it('reads no person in the words of a title or a body named after title words', () => {
    const people = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => `${m.name}: ${m.roles.join('/')}`);
    expect(people('Rates will fall, said Federal Reserve Board Vice Chairman Manuel Ortiz.')).toEqual([
      'Manuel Ortiz: Federal Reserve Board Vice Chairman',
    ]);
    expect(people('Volcker wrote to Banking Committee Chairman Sen Jake Garner about it.')).toEqual([
      'Jake Garner: Banking Committee Chairman Senator',
    ]);
    expect(people('He met officials of the Ministry of Foreign Economic Relations in Beijing.')).toEqual([]);
    expect(people('The appeal was heard by the Information Tribunal last week.')).toEqual([]);
    expect(people('The plan relies on the International Finance Facility, the minister said.')).toEqual([]);
    // A title qualifier before an office is no body: the office's holder is a person.
    expect(people('Home Secretary Blunkett said so.')).toEqual(['Blunkett: Home Secretary']);
    expect(people('Vice President Cheney said so.')).toEqual(['Cheney: Vice President']);
  });

  it('reads a trade capitalised for opening the sentence as the role, of each name of a plural list', () => {
    expect(roles('Guitarist Brian Mayhew has said he expects to tour.', 'Brian Mayhew')).toEqual(['guitarist']);
    const text = 'Sprinters Kostas Kentaris and Katerina Thanos have been cleared.';
    expect(roles(text, 'Kostas Kentaris')).toEqual(['sprinter']);
    expect(roles(text, 'Katerina Thanos')).toEqual(['sprinter']);
    expect(roles('Winger Nitogli dropped the ball.', 'Nitogli')).toEqual(['winger']);
    expect(roles('Oscar-winner Andrea Arno will host the show.', 'Andrea Arno')).toEqual(['Oscar-winner']);
    // A royal title's plural opens a place: "Queens Park Rangers"; an office's is each name's of its list.
    expect(roles('Queens Park Rangers won on Saturday.', 'Park Rangers')).toBeUndefined();
    const judges = 'Judges Simon Vale, Louis Marsh and Sharon Kerr are in talks to return.';
    for (const name of ['Simon Vale', 'Louis Marsh', 'Sharon Kerr']) expect(roles(judges, name)).toEqual(['judge']);
    // Any noun for a person before a given name, no demonym by its ending ("-ian"), and only before a given name.
    expect(roles('Technician Carol Brandt of Meridian Data said chip orders fell.', 'Carol Brandt')).toEqual([
      'technician',
    ]);
    expect(mentionsOf('Statistician Carol Brandt said orders fell.')).toMatchObject([
      { name: 'Carol Brandt', roles: ['statistician'], affiliation: null },
    ]);
    expect(mentionsOf('Musician Carol Brandt of Boston said orders fell.')).toMatchObject([
      { name: 'Carol Brandt', roles: ['musician'], affiliation: null },
    ]);
    expect(roles('Hunter Glider builds two-seat aircraft.', 'Glider') ?? []).toEqual([]);
  });

  it('keeps a possessive\'s "\'s" in the role', () => {
    expect(roles("The pair's former coach, Christos Tzekas, has been banned.", 'Christos Tzekas')).toEqual([
      "pair's former coach",
    ]);
    expect(roles("Women's football legend Mia Hamlin has played her final game.", 'Mia Hamlin')).toEqual([
      'Women’s football legend',
    ]);
  });

  it("reads an abbreviated title as the title, and an apposition past a legislator's party and state", () => {
    expect(roles('Sen. Rudy Boschman (R-Minn.) said he supports it.', 'Rudy Boschman')).toEqual(['Senator']);
    expect(roles('Lt. Col. Craig McNabb said the base was closed.', 'Craig McNabb')).toEqual(['Lieutenant Colonel']);
    // A rank heads an apposition as a role noun does.
    expect(roles('Dale Hunter, a Navy vice admiral, refused to testify.', 'Dale Hunter')).toEqual([
      'Navy vice admiral',
    ]);
    // The service word before the rank is the title's, and no one's name.
    expect(
      extractMentions(textDocument('The inquiry began after Marine Lt. Col. Craig McNabb refused to testify.')).map(
        (m) => m.name,
      ),
    ).toEqual(['Craig McNabb']);
    expect(
      roles('"It is a shame," said Dan Glickson, (D-Kans.), chairman of the subcommittee on wheat.', 'Dan Glickson'),
    ).toEqual(['chairman of the subcommittee on wheat']);
  });

  it('keeps a place that opens on a common word whole in the role: "New York", "New Zealand"', () => {
    expect(roles('New Jersey Governor Kim Dawlish signed the bill on Friday.', 'Kim Dawlish')).toEqual([
      'New Jersey Governor',
    ]);
    expect(roles('The case went to New Zealand Senator Rhys Tamatea.', 'Rhys Tamatea')).toEqual([
      'New Zealand Senator',
    ]);
    expect(roles("The inquiry by New York's top law officer, Ellis Sparrow, goes on.", 'Ellis Sparrow')).toEqual([
      'New York’s top law officer',
    ]);
    // (A word that opens sentences is still no part of a title before a name: "New coach".)
    expect(roles('New coach Dai Pritchard arrived on Monday.', 'Dai Pritchard')).toEqual(['coach']);
  });

  it("keeps a firm's hyphenated name before a title", () => {
    expect(roles('Beghin-Sayer President Jean-Marc Verne said the group would sell.', 'Jean-Marc Verne')).toEqual([
      'Beghin-Sayer President',
    ]);
  });

  it('reads an office written as a title before a name, and leaves it out of the name', () => {
    expect(roles('A spokesman for State Comptroller Alan Hessel declined to comment.', 'Alan Hessel')).toEqual([
      'State Comptroller',
    ]);
    expect(roles('Sheriff Lee Bacall said the road was closed.', 'Lee Bacall')).toEqual(['Sheriff']);
  });

  it('reads crafts and offices news writes before a name, and an office to be', () => {
    expect(roles('Cinematographer Jon Matheson was nominated again.', 'Jon Matheson')).toEqual(['cinematographer']);
    expect(roles('The show is by composer Ian Lowe and lyricist Carl Hartley.', 'Carl Hartley')).toEqual(['lyricist']);
    expect(roles('Comic book creator Stan Leeds has sued the studio.', 'Stan Leeds')).toEqual(['Comic book creator']);
    expect(roles('The board named chairman elect Denis Henley to the post.', 'Denis Henley')).toEqual([
      'chairman elect',
    ]);
    expect(roles('The Reverend Adrian Rodman, minister of the church, spoke.', 'Adrian Rodman')).toEqual([
      'Reverend',
      'minister of the church',
    ]);
  });

  it("reads a member's letters after a name as a role, not part of the name", () => {
    expect(roles('The finance spokesman, Brian Monfort MSP, said the plan was flawed.', 'Brian Monfort')).toEqual([
      'finance spokesman',
      'MSP',
    ]);
    expect(roles('Michael Manfield QC, for the family, said it.', 'Michael Manfield')).toEqual([]);
  });
});

describe('offices in initials, a firm in initials, a body that lists its fields', () => {
  it('reads "PM" as the prime minister, before a name and before a comma, and only in capitals', () => {
    expect(roles('Israeli PM Ehud Barsky flew to Cairo on Monday.', 'Ehud Barsky')).toEqual(['Israeli prime minister']);
    expect(roles('The strategist helped Canada’s PM, Paul Marten, win two elections.', 'Paul Marten')).toEqual([
      'Canada’s prime minister',
    ]);
    expect(roles('The dinner was hosted by deputy PM Jack Presby in May.', 'Jack Presby')).toEqual([
      'deputy prime minister',
    ]);
    expect(roles('Former PM Paul Kettering attacked the budget.', 'Paul Kettering')).toEqual(['former prime minister']);
    expect(roles('The talks start at 3 pm John Harlan said.', 'John Harlan')).toEqual([]);
  });

  it("reads a trade written in capitals before a name as a role, not as a body's initials or a given name", () => {
    expect(roles('Listeners tuned in to hear DJ Sarah Holt play on Sunday.', 'Sarah Holt')).toEqual(['DJ']);
    expect(roles('The station has hired DJ Mark Fenton for the slot.', 'Mark Fenton')).toEqual(['DJ']);
    expect(roles('Club DJ Tom Fenwick will host the show.', 'Tom Fenwick')).toEqual(['Club DJ']);
    // (The tagger takes "Rock DJ" into the name: no word of the name.)
    expect(roles('Rock DJ Owen Pryce will host the late show on Fridays.', 'Owen Pryce')).toEqual(['DJ']);
    expect(roles('Radio DJ Peter Arnold said he would stay.', 'Peter Arnold')).toEqual(['Radio DJ']);
    // (In the plural too, as the initials of an office: "PMs"; no body's initials.)
    expect(['DJ', 'CEO', 'PMs', 'IBM', 'BBC'].map(capitalRole)).toEqual([true, true, true, false, false]);
    // (Alone, it is no one's name: "DJ" is a given name in the gazetteer too.)
    const names = extractMentions(
      textDocument(
        'Rock DJ Owen Pryce will host the late show.\n\nGood luck to all of them, not one DJ could fill his boots so it is a good idea to get them all on air.',
      ),
    ).map((m) => m.name);
    expect(names).toEqual(['Owen Pryce']);
    // An office's holder named by a firm's role in capitals before a comma.
    expect(roles('"The cards will help," Veritek’s CEO, Dana Hollis, told the programme.', 'Dana Hollis')).toEqual([
      'Veritek’s CEO',
    ]);
    expect(roles('He took over after his predecessor as CEO, Jim Mallory, died in April.', 'Jim Mallory')).toEqual([
      'CEO',
    ]);
  });

  it('reads an apposition owned by a firm written in initials with an ampersand', () => {
    expect(
      roles(
        '"It was a good year," said Lorne Garfield, AT&T’s vice president of sales, in a statement.',
        'Lorne Garfield',
      ),
    ).toEqual(['AT&T’s vice president of sales']);
    // (A preposition opening the phrase still opens no role: "at the time".)
    expect(roles('said Lorne Garfield, at the time chairman, in a statement.', 'Lorne Garfield')).toEqual([]);
  });

  it("keeps a body's name whole when it lists its fields before the body's noun", () => {
    expect(
      roles(
        'said Gary Salmon, a policy analyst for the House energy, commerce and finance subcommittee.',
        'Gary Salmon',
      ),
    ).toEqual(['policy analyst for the House energy, commerce and finance subcommittee']);
    expect(
      roles('said Gary Salmon, an aide with the Senate Agriculture, Nutrition and Forestry Committee.', 'Gary Salmon'),
    ).toEqual(['aide with the Senate Agriculture, Nutrition and Forestry Committee']);
    // (The tagger's reading of the body's last words as a name does not cut it.)
    expect(
      roles('said Gary Salmon, an aide with the House Energy, Commerce and Finance Subcommittee.', 'Gary Salmon'),
    ).toEqual(['aide with the House Energy, Commerce and Finance Subcommittee']);
    // (A list of bodies is no one body: the role ends at the first.)
    expect(
      roles('said Gary Salmon, a director of the Bank of Wessex, Lloyds and Barclays, on Monday.', 'Gary Salmon'),
    ).toEqual(['director of the Bank of Wessex']);
  });
});

describe('appositions after a quote, offices with a prefix, fields in a list', () => {
  it('reads the apposition of a name that opens the attribution after a quote', () => {
    expect(
      roles(
        '"We will not cut output," Juan Chacon Guzmar, President of Petroleos de Venezuela told the congress.',
        'Juan Chacon Guzmar',
      ),
    ).toEqual(['President of Petroleos de Venezuela']);
  });

  it('reads "VP" as vice president and "ex-" glued to an office as former', () => {
    expect(roles('Senior VP Robert Smythe said output would rise.', 'Robert Smythe')).toEqual(['vice president']);
    expect(roles('He said ex-Home Secretary David Blunt had resigned.', 'David Blunt')).toEqual([
      'former Home Secretary',
    ]);
  });

  it("keeps a role's list of fields whole, and a body whose name ends on a system", () => {
    expect(
      roles('said Mark Laneer, GM’s vice president for North American sales, service and marketing.', 'Mark Laneer'),
    ).toEqual(['GM’s vice president for North American sales, service and marketing']);
    expect(roles('said Tom Jonas, head of sales, and added that it was fine.', 'Tom Jonas')).toEqual(['head of sales']);
    expect(
      roles('said Henri Josse, chief of FAO’s Global Information and Early Warning System.', 'Henri Josse'),
    ).toEqual(['chief of FAO’s Global Information and Early Warning System']);
  });
});

describe('roles stated twice or in parts', () => {
  it('gives a role before the comma a title opens after to the name too', () => {
    const chair =
      'The panel will draft a bill which its chairman, Sen Dale Harlan, a Kansas Republican, said he backs.';
    expect(roles(chair, 'Dale Harlan')).toEqual(['Senator', 'chairman']);
    const aide = 'A spokesman for the prosecutor, Ohio State Auditor Ruth Pellman, said no deal had been made.';
    expect(roles(aide, 'Ruth Pellman')).toEqual(['Ohio State Auditor', 'prosecutor']);
    // Not a list's item: the president is someone else.
    expect(roles('He met the president, Foreign Minister Jose Varela and the army chief.', 'Jose Varela')).toEqual([
      'Foreign Minister',
    ]);
    // Nor another titled person's, the list's item before.
    const listed =
      'The letter went to U.S. Secretary of State George Pruett, Treasury Secretary Dale Baines, Commerce Secretary ' +
      'Ann Kolb and Trade Representative Sam Orr.';
    expect(roles(listed, 'Dale Baines')).toEqual(['Treasury Secretary']);
  });

  it('reads a delegate as a role, before a second one joined by "and"', () => {
    expect(
      roles('"Rules are near," Nigerian delegate and producer spokesman Obi Adeyemi told journalists.', 'Obi Adeyemi'),
    ).toEqual(['delegate and producer spokesman']);
  });

  it('keeps a list of portfolios whole, commas and all', () => {
    const backed = 'The ban was backed by Culture, Media and Sport Secretary Joan Pell, who called it overdue.';
    expect(roles(backed, 'Joan Pell')).toEqual(['Culture, Media and Sport Secretary']);
    // So is a title's field listed after "for" or "of", though a word of it is a given name ("Young").
    expect(
      roles('Minister for Schools, Young People and Families Margaret Hale said fees would rise.', 'Margaret Hale'),
    ).toEqual(['Minister for Schools, Young People and Families']);
    expect(roles('Secretary of State for Culture, Media and Sport Margaret Hale spoke.', 'Margaret Hale')).toEqual([
      'Secretary of State for Culture, Media and Sport',
    ]);
  });

  it("reads a committee's ranking member of a party as a role", () => {
    const garn = '"We want the markets opened," Ed Varney, ranking Republican on the Senate Banking Committee, said.';
    expect(roles(garn, 'Ed Varney')).toEqual(['ranking Republican on the Senate Banking Committee']);
  });

  it("takes a parish or a borough before an office as the office's body, not the name", () => {
    expect(roles('"I am not pleased," Jefferson Parish Sheriff Harry Lomax said.', 'Harry Lomax')).toEqual([
      'Jefferson Parish Sheriff',
    ]);
  });

  it('keeps an owner shaped like a full name before a role, as news writes it, but no subject and its verb', () => {
    expect(roles('Jack Wills spokesman Ian Mott said the odds had been cut.', 'Ian Mott')).toEqual([
      'Jack Wills spokesman',
    ]);
    expect(roles('The panel included Mary Rose director Lena Brandt.', 'Lena Brandt')).toEqual(['Mary Rose director']);
    // (Two partners' one-word names joined by "and" are one firm's.)
    expect(roles('"Sterling would suffer," Bryce and Hale analyst Tom Reed said.', 'Tom Reed')).toEqual([
      'Bryce and Hale analyst',
    ]);
    // (Not a person's name closing a list before it, nor a name's tail after "of".)
    expect(roles('He recorded with rapper Kano and Ray actor Lewis Hale.', 'Lewis Hale')).toEqual(['Ray actor']);
    expect(roles('A bid by Bank of Leeds and Irish sugar trader Ian Dunne failed.', 'Ian Dunne')).toEqual([
      'sugar trader',
    ]);
    // (Nor a surname opening a clause, or before a body's initials or an office's word.)
    expect(roles('In talks yesterday, Hale and Trade representative Carl Moss asked for quotas.', 'Carl Moss')).toEqual(
      ['Trade representative'],
    );
    expect(roles('After the vote yesterday, Hale and Cargill trader Carl Moss left.', 'Carl Moss')).toEqual([
      'Cargill trader',
    ]);
    expect(roles('Brenner and DGB chief negotiator Uwe Kolb said they would compromise.', 'Uwe Kolb')).toEqual([
      'DGB chief negotiator',
    ]);
    // ("Rob Sidoli replaces veteran X": the full name is the verb's subject, no owner of the role.)
    expect(roles('In the pack Dean Harker replaces veteran Owen Price at lock.', 'Owen Price')).toEqual(['veteran']);
    // (A title before a people's word is no subject: "Chief Soviet arms negotiator X".)
    expect(roles('Chief Soviet arms negotiator Yuri Belov said talks had made progress.', 'Yuri Belov')).toEqual([
      'Chief Soviet arms negotiator',
    ]);
  });

  it('reads an office whose field is two joined by "and" before a name and its comma', () => {
    const text = 'Chilean minister of energy and mines, Rodrigo Vial, is expected to attend the talks.';
    expect(roles(text, 'Rodrigo Vial')).toEqual(['Chilean minister of energy and mines']);
  });

  it('gives the list a plural role noun and "include" open each name\'s role', () => {
    const text = 'Fellow nominees include Hattie Lowe, Brendan Fay and Moira Kent.';
    for (const name of ['Hattie Lowe', 'Brendan Fay', 'Moira Kent']) expect(roles(text, name)).toEqual(['nominee']);
  });

  it('reads a plural role with a short phrase after it, and the names past what each item adds', () => {
    const include = 'Other nominees for the best newcomer prize include Ria Sandoval, Tom Bakker and Lin Wei.';
    for (const name of ['Ria Sandoval', 'Tom Bakker', 'Lin Wei']) expect(roles(include, name)).toEqual(['nominee']);
    const are = "The two shortlisted coaches for the year's award are Gary Nolan of Ireland and Spain's Luis Ortega.";
    for (const name of ['Gary Nolan', 'Luis Ortega']) expect(roles(are, name)).toEqual(['coach']);
    const films = 'Other nominees include Ann Dwyer for Glass Houses, Jo Park for The Long Road and Sam Lee.';
    for (const name of ['Ann Dwyer', 'Jo Park', 'Sam Lee']) expect(roles(films, name)).toEqual(['nominee']);
    // (A phrase holding a preposition of its own is no phrase of the plural: "works of art by musicians".)
    const art = 'Prints of works by painters including Anna Berg and Olaf Lind are on sale.';
    for (const name of ['Anna Berg', 'Olaf Lind']) expect(roles(art, name)).toEqual(['painter']);
  });

  it('reads the words news uses for pop stars, proteges and stockbrokers before a name as roles', () => {
    expect(roles('Teen popstar Kelly Ray signed autographs.', 'Kelly Ray')).toEqual(['Teen popstar']);
    expect(roles('His protege Dan Moyo scored the winner.', 'Dan Moyo')).toEqual(['protege']);
    expect(roles('City stockbroker Hugh Dent was fined.', 'Hugh Dent')).toEqual(['City stockbroker']);
  });

  it("reads the subject's participle clause after its verb as an office held before; no apposition of another", () => {
    const left =
      'Mary Voss left the bank in May, having spent the intervening months as a special adviser to the board.';
    expect(roles(left, 'Mary Voss')).toEqual(['former special adviser']);
    expect(roles('Ann Gray, having been a director since 1990, retired.', 'Ann Gray')).toEqual(['former director']);
    // (The object before the clause is not its subject; and the clause is no apposition of the object's.)
    const met = 'Tom Reed met Sam Hale, having served as ambassador for years.';
    expect(roles(met, 'Tom Reed')).toEqual(['former ambassador']);
    expect(roles(met, 'Sam Hale')).toEqual([]);
  });

  it('gives who appoints, after "by", no office told "as" for the one appointed; who heads or replaces takes it', () => {
    const nominated = 'Ruth Dale is being nominated by President Carver as a judge of the Claims Court, aides said.';
    expect(roles(nominated, 'Carver')).toEqual(['President']);
    expect(roles('He was replaced by Tom Hale as chairman.', 'Tom Hale')).toEqual(['chairman']);
    expect(roles('The unit will be headed by Jim Ford as managing director.', 'Jim Ford')).toEqual([
      'managing director',
    ]);
  });

  it("keeps a continent's or a games' word in a champion's role: it names the championship, not a people", () => {
    expect(roles('Former European 400m champion Iwan Price is to retire.', 'Iwan Price')).toEqual([
      'former European 400m champion',
    ]);
    expect(roles('Commonwealth champion Kip Bett won again.', 'Kip Bett')).toEqual(['Commonwealth champion']);
    // (A people's word before another role stays apart: "Chinese foreign minister".)
    expect(roles('European foreign minister Jan Olsen said no.', 'Jan Olsen')).toEqual(['foreign minister']);
  });

  it("reads no award's name as an office, named or not", () => {
    expect(roles('The coach hopes Jamal Reid will be named Player of the Year on Monday.', 'Jamal Reid')).toEqual([]);
    expect(roles('Sara Holm was named manager of the month for March.', 'Sara Holm')).toEqual([]);
    expect(roles('Sara Holm was named manager of the national side.', 'Sara Holm')).toEqual([
      'manager of the national side',
    ]);
  });

  it("reads a copula's role whose owner is written in the possessive, and one past a dashed apposition", () => {
    expect(roles('Ed Platt is the chief architect of the U.S. plan on debt.', 'Ed Platt')).toEqual([
      'chief architect of the U.S. plan',
    ]);
    expect(roles("Ivor Pugh is currently Swansea's youth team coach.", 'Ivor Pugh')).toEqual([
      "Swansea's youth team coach",
    ]);
    expect(roles("Ivor Pugh is Swansea's most successful coach.", 'Ivor Pugh')).toEqual([]);
    expect(roles("Dean Rhys - Cardiff's fitness coach - is a former Neath player.", 'Dean Rhys')).toEqual([
      "Cardiff's fitness coach",
      'former Neath player',
    ]);
  });

  it('holds a role written alone before the name with the firm after it and "of", not with a place or a person', () => {
    const names = (text: string) =>
      extractMentions(textDocument(text))
        .filter((m) => !m.org)
        .map((m) => m.name);
    const partners = 'Analyst Tim Vale of Hoare and Dunn said profits would rise.';
    expect(roles(partners, 'Tim Vale')).toEqual(['analyst of Hoare and Dunn']);
    expect(names(partners)).toEqual(['Tim Vale']);
    // (A given name closing the firm's name after its "and" is the firm's too.)
    expect(names('Analyst Tim Vale of Hoare and Dean said profits would rise.')).toEqual(['Tim Vale']);
    expect(roles('Prices rose, said economist Ann Roe of the brokerage Nesbitt Hale Inc.', 'Ann Roe')).toEqual([
      'economist of the brokerage Nesbitt Hale Inc',
    ]);
    expect(roles('Chairman Ken Ota of Acme Corp said sales rose.', 'Ken Ota')).toEqual(['chairman of Acme Corp']);
    // A trade held "at" a firm too; a title "at" a place says where its holder was.
    expect(roles('Analyst Ian Lowe at Dunmore Securities Corp said so.', 'Ian Lowe')).toEqual([
      'analyst at Dunmore Securities Corp',
    ]);
    expect(roles('Chairman Ken Ota at Acme Corp said sales rose.', 'Ken Ota')).toEqual(['Chairman']);
    // (A place after "of" says where, as a legislator's state: the title stays alone.)
    expect(roles('Mayor Tom Vane of Chicago said no.', 'Tom Vane')).toEqual(['Mayor']);
    expect(roles('Senator Bob Vane of Acme County said no.', 'Bob Vane')).toEqual(['Senator']);
    // (A full name after the "and" is another person, who keeps his own firm.)
    const two = 'The view was shared by analyst Tim Vale of Hoare and John Dunn of Smith Barney.';
    expect(roles(two, 'Tim Vale')).toEqual(['analyst of Hoare']);
    expect(names(two)).toEqual(['Tim Vale', 'John Dunn']);
    // (Partners' names with commas; a sentence's full stop; a town the lexicon may not know.)
    expect(roles('Analyst Ian Lowe of Dunmore, Pike and Ellery said so.', 'Ian Lowe')).toEqual([
      'analyst of Dunmore, Pike and Ellery',
    ]);
    expect(roles('It rose, said analyst Ian Lowe of Dunmore Securities Corp. He gave no figure.', 'Ian Lowe')).toEqual([
      'analyst of Dunmore Securities Corp',
    ]);
    expect(roles('It was bought by developer Simon Kone of North Kingsbury.', 'Simon Kone')).toEqual(['developer']);
    expect(roles('Mayor Tom Vane of Los Angeles said no.', 'Tom Vane')).toEqual(['Mayor']);
    // (A trade in lower case wherever it stands; a title as written unless it opens the sentence.)
    expect(roles('"Sales will rise," said Analyst Ken Ota of Acme Corp.', 'Ken Ota')).toEqual(['analyst of Acme Corp']);
    expect(roles('The plan was backed by President Ken Ota of Acme Corp.', 'Ken Ota')).toEqual([
      'President of Acme Corp',
    ]);
    // (A word after "and" that the article gives a person in full is his surname.)
    expect(names('Lee Dole said no.\n\nAnalyst Tim Vale of Hoare and Dole agreed.')).toEqual([
      'Lee Dole',
      'Tim Vale',
      'Dole',
    ]);
  });
});
