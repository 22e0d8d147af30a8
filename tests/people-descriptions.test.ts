// Roles a later description gives a person just named: "Michael Howard has launched ... . The Tory leader said".
// Written to the patterns of real BBC and Reuters copy; no sentence is a seed's.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

/** Each person the text names with the roles the article gives them. */
function roles(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of extractMentions(textDocument(text))) if (!m.org) out[m.name] = [...(out[m.name] ?? []), ...m.roles];
  return out;
}

describe('a later description', () => {
  it('gives its role to the one person the sentence before names, as subject or speaker', () => {
    expect(roles('Gwen Harlow lost in straight sets in Memphis on Friday. The top seed had been favourite.')).toEqual({
      'Gwen Harlow': ['top seed'],
    });
    // An age is no part of the role.
    expect(
      roles(
        'Callum Reid is back in training after injury. The 28-year-old 800 metres runner has not always been lucky.',
      ),
    ).toEqual({ 'Callum Reid': ['800 metres runner'] });
    // A quotation between them, its speaker after it.
    expect(
      roles('Charles Kerr has attacked the budget. "How was it right to cut taxes?" the Green leader asked.'),
    ).toEqual({ 'Charles Kerr': ['Green leader'] });
    // A source's noun counts when it names the body the sentence before names.
    expect(
      roles('Dieter Faltz said Rhenania would act quickly. The Rhenania spokesman declined to name a sector.'),
    ).toEqual({ 'Dieter Faltz': ['Rhenania spokesman'] });
  });

  it('reads a people\'s or a team\'s "international" as a player', () => {
    expect(roles('Jonas Brandt has been offered a new deal. The German international is keen to stay.')).toEqual({
      'Jonas Brandt': ['German international'],
    });
    // (Not "the international" alone, which may be a match.)
    expect(roles('Jonas Brandt has been offered a new deal. The international was played in Cardiff.')).toEqual({
      'Jonas Brandt': [],
    });
  });

  it('gives none when the description may be someone else', () => {
    const none = (text: string) => Object.values(roles(text)).flat();
    // Two people before it.
    expect(none('Tom Hale met Ruth Mayne on Monday. The minister said talks went well.')).toEqual([]);
    // Named after a preposition, not as the subject.
    expect(none('The prize was handed out by Tom Hale. The winner was chosen by a panel.')).toEqual([]);
    // Named as a noun's modifier after an article: the description is whoever the sentence goes on about.
    expect(none('A Tom Hale cross fell to Bianchi in the box. The Italian striker scored with ease.')).toEqual([]);
    // The same noun before it: the role was someone unnamed's.
    expect(
      none('A Lazio defender said Tom Hale had been unlucky. The defender added that the club would appeal.'),
    ).toEqual([]);
    // An unnamed source, and "the other".
    expect(none('Tom Hale said sales would rise. The official declined to comment.')).toEqual([]);
    expect(roles('He is Tom Hale, a Boston lawyer. The other investor is a bank.')).toEqual({
      'Tom Hale': ['Boston lawyer'],
    });
    // The description's own sentence names the one it is not.
    expect(none('Lord Hale said he knew nothing. The former finance officer said Hale knew everything.')).toEqual([]);
    // A woman's noun for a man.
    expect(none('David Rennie said the show would go on. The actress was said to be delighted.')).toEqual([]);
    // Two people in the description.
    expect(
      none('Tom Hale spoke to the party on Monday. The prime minister and his chancellor arrived together.'),
    ).toEqual([]);
    // A performer's trade is no office holder's: the rapper is someone the sentence before does not name.
    expect(
      roles('His album is a tirade against US President Tom Hale. The rapper was criticised after a concert.'),
    ).toEqual({ 'Tom Hale': ['US President'] });
  });

  it('weighs a trade against the people named up to it, an office against the whole article', () => {
    // Another singer named only after the description is not who it stands for.
    expect(
      roles(
        'Sir Tom Hale has performed at a charity concert in Lyon. The British singer played to a full house on ' +
          'Sunday. The crowd also heard French singer Paul Marnier.',
      )['Tom Hale'],
    ).toContain('British singer');
    // Named before it, he may be.
    expect(
      roles(
        'French singer Paul Marnier opened the show. Sir Tom Hale performed later in Lyon. The British singer ' +
          'played for two hours.',
      )['Tom Hale'] ?? [],
    ).toEqual([]);
    // A body's possessive, plural too, makes the description another's: "The Liberal Democrats' largest donor was".
    expect(
      Object.values(
        roles("The party is funded by Lord Hale. The Greens' largest donor was the Arden Reform Trust Ltd."),
      ).flat(),
    ).toEqual([]);
  });

  it('gives a bare office only to the story’s subject, and no second office to one holding another', () => {
    expect(roles('Harold Penn has apologised to the families. The prime minister was speaking in Leeds.')).toEqual({
      'Harold Penn': ['prime minister'],
    });
    const lead = 'Taxes will rise, the opposition warned on Monday.';
    expect(
      Object.values(
        roles(`${lead} Dr Penn told the radio it was a lie. The prime minister toured the country.`),
      ).flat(),
    ).toEqual([]);
    // A rank is no office: "Gen X ... The Pakistani president".
    expect(
      roles('Gen Rashid Malik told the BBC he would stay. The Pakistani president was also asked about the war.'),
    ).toEqual({
      'Rashid Malik': ['General', 'Pakistani president'],
    });
    expect(
      roles('Association chairman Joseph Harding will appoint a search committee. The new president is expected soon.'),
    ).toEqual({ 'Joseph Harding': ['Association chairman'] });
  });

  it('keeps the field after "of" or "for" and a second office after "and" in the role', () => {
    expect(
      roles(
        'Prisoners must be tried or freed, Helen Marsh has said. The former UN envoy for refugees and Danish ' +
          'foreign minister told the radio the law was unjust.',
      ),
    ).toEqual({ 'Helen Marsh': ['former UN envoy for refugees and Danish foreign minister'] });
    // The head noun before the verb is read first: no "indoor" head.
    expect(roles('Tom Healy won in Glasgow. The Scottish indoor and outdoor champion pulled away late.')).toEqual({
      'Tom Healy': ['Scottish indoor and outdoor champion'],
    });
    // A body the sentence before does not name is another's; "and" before no role's noun joins no office.
    expect(
      roles('Piet Claes was among the injured. The governor of Limburg province said 40 people were missing.'),
    ).toEqual({ 'Piet Claes': [] });
    expect(roles('Luis Ortega spoke briefly. The casualty and damage toll is expected to rise.')).toEqual({
      'Luis Ortega': [],
    });
  });

  it('reads a record holder before a name as a role', () => {
    expect(roles('But World Indoor 800m record holder Brankovic said: "She is hard to beat."')).toEqual({
      Brankovic: ['World Indoor 800m record holder'],
    });
  });
});
