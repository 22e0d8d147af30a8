// Team lists: a paragraph of names set apart by commas under a match report (a line-up with its substitutes, a
// squad with clubs) gives every name in it as a player; a surname it gives alone is the article's own person of
// that surname or an entry of its own, never another article's namesake. Written to the shape of BBC match reports.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { packMentions, unpackMentions } from '../src/people/packed.js';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { builtEngine, textDocument, withFillers } from './helpers.js';

const report =
  'Harbour Utd 3-1 Kelso\n\nHarbour United eased into the semi-final with a win over Kelso.\n\n' +
  'Alan Dorward prodded United ahead in 19 minutes and James Brady made it two from close range. Rory ' +
  'Hanlon headed one back for Kelso before Brady added a third after the break.\n\n';
const lineUp =
  'Tullock, Duffy, Wilkie, Ritchard, Dorward, Scobie (Samuels 63), Brebner, Kerrigan (Camm 87), Robb, Crawley, Brady.';

const mentions = (text: string) => extractMentions(textDocument(text)).filter((m) => !m.org);

describe('a team list', () => {
  it('reads positions apart by semicolons, a shared place by a slash, and names with their particles', () => {
    const match =
      'Harbour 20-15 Veldt\n\nPieter Kruger kicked five penalties for the visitors, but Harbour held on. Kruger ' +
      'and Sias Brink had Veldt in front at the break.\n\n' +
      ': P Kruger; B Olivier, De Wet Marais, J van der Merwe; F Du Plessis; S Brink (captain), CJ van den Berg, ' +
      'G du Plooy/J Steyn, AJ Nel.\n';
    const found = mentions(match).filter((m) => m.sentence.includes('Kruger;'));
    expect(found.map((m) => m.name).sort()).toEqual(
      [
        'P Kruger',
        'B Olivier',
        'De Wet Marais',
        'J van der Merwe',
        'F Du Plessis',
        'S Brink',
        'CJ van den Berg',
        'G du Plooy',
        'J Steyn',
        'AJ Nel',
      ].sort(),
    );
    expect(found.find((m) => m.name === 'S Brink')?.roles).toEqual(['captain']);
  });
  it('gives each name of a line-up, its substitutes too, as a player; a surname alone flagged as listed', () => {
    const found = mentions(report + lineUp + '\n').filter((m) => m.passage === 2);
    expect(found.map((m) => m.name).sort()).toEqual(
      [
        'Tullock',
        'Duffy',
        'Wilkie',
        'Ritchard',
        'Dorward',
        'Scobie',
        'Samuels',
        'Brebner',
        'Kerrigan',
        'Camm',
        'Robb',
        'Crawley',
        'Brady',
      ].sort(),
    );
    expect(found.every((m) => m.evidence && m.listed)).toBe(true);
    // Kept so through the packed form a reload reads them from.
    const doc = textDocument(report + lineUp + '\n');
    const again = unpackMentions(doc, packMentions(doc, extractMentions(doc)));
    expect(again.filter((m) => m.listed).map((m) => m.name)).toEqual(
      extractMentions(doc)
        .filter((m) => m.listed)
        .map((m) => m.name),
    );
  });

  it("takes a club in brackets for the player's affiliation, never for a person", () => {
    const squad =
      'Wales name squad\n\nWales boss Tom Hale named an uncapped defender, Gary Price, in his squad.\n\n' +
      'Coyle (Burnley), Jonas (Wolves), Price (Wrexham), Collis (Sunderland), Edwin (Man Utd), Paget (Cardiff).\n';
    const found = mentions(squad).filter((m) => m.passage === 1);
    expect(found.map((m) => [m.name, m.affiliation]).sort()).toEqual(
      [
        ['Coyle', 'Burnley'],
        ['Jonas', 'Wolves'],
        ['Price', 'Wrexham'],
        ['Collis', 'Sunderland'],
        ['Edwin', 'Man Utd'],
        ['Paget', 'Cardiff'],
      ].sort(),
    );
  });

  it("reads a list after the colon of its label, a captain's mark set off by commas, and a place to be confirmed", () => {
    const named = report + ': Tullock, Duffy, Wilkie, Ritchard, capt, Dorward, TBC, Brebner, Kerrigan, Robb, Brady.\n';
    const found = mentions(named).filter((m) => m.passage === 2);
    expect(found.map((m) => m.name).sort()).toEqual(
      ['Tullock', 'Duffy', 'Wilkie', 'Ritchard', 'Dorward', 'Brebner', 'Kerrigan', 'Robb', 'Brady'].sort(),
    );
    expect(found.find((m) => m.name === 'Ritchard')!.roles).toEqual(['captain']);
    expect(found.find((m) => m.name === 'Duffy')!.roles).toEqual([]);
    const labelled = report + 'Harbour: Tullock, Duffy, Wilkie (capt), Ritchard, Dorward, Brebner.\n';
    const withLabel = mentions(labelled).filter((m) => m.passage === 2);
    expect(withLabel.map((m) => m.name)).toContain('Tullock');
    expect(withLabel.find((m) => m.name === 'Wilkie')!.roles).toEqual(['captain']); // Initials and surnames too, and a bracket's keeper: "B O'Driscoll (capt)".
    const initials = report + 'Ireland: G Tullock; G Duffy, B Wilkie (capt), S Ritchard, D Dorward (gk), R Brebner.\n';
    const withInitials = mentions(initials).filter((m) => m.passage === 2);
    expect(withInitials.find((m) => m.name === 'B Wilkie')!.roles).toEqual(['captain']);
    expect(withInitials.find((m) => m.name === 'D Dorward')!.roles).toEqual(['goalkeeper']);
    expect(withInitials.find((m) => m.name === 'G Duffy')!.roles).toEqual([]);
  });

  it('reads no list of places, and no bare list of names the article does not otherwise name', () => {
    const places = report + 'France, Germany, Italy, Spain, Portugal, Greece (Athens 2004), Belgium.\n';
    expect(mentions(places).filter((m) => m.passage === 2)).toEqual([]);
    const strangers = report + 'Abbot, Baird, Carrow, Dunne, Ewart, Fyfe.\n';
    expect(mentions(strangers).some((m) => m.listed)).toBe(false);
  });

  it("never joins a listed surname to another article's namesake, and joins it to this article's own", async () => {
    const e = await builtEngine(
      withFillers({
        'court.txt':
          'Judge rules on refinery\n\nTexas judge Letitia Kerrigan said the refinery sale could go ahead. Kerrigan ' +
          'gave the buyers until May to pay.\n',
        'match.txt': report + lineUp + '\n',
      }),
    );
    const people = (e.corpus as unknown as { people: { people: { name: string; docs: Set<number> }[] } }).people.people;
    const file = (p: { docs: Set<number> }) => [...p.docs].map((d) => e.corpus.docs[d]!.file).sort();
    expect(file(people.find((p) => p.name === 'Letitia Kerrigan')!)).toEqual(['court.txt']);
    // "Dorward" and "Brady" of the line-up are the article's Alan Dorward and James Brady.
    expect(people.filter((p) => /Dorward|Brady/.test(p.name)).map((p) => p.name)).toEqual(
      expect.arrayContaining(['Alan Dorward', 'James Brady']),
    );
    expect(people.some((p) => p.name === 'Dorward' || p.name === 'Brady')).toBe(false);
    expect(people.find((p) => p.name === 'Brebner')).toBeDefined();
  });

  it('joins a listed surname to the one player of that name the corpus knows by a sport’s role, not to another namesake', async () => {
    const files = {
      'court.txt':
        'Judge rules on refinery\n\nTexas judge Letitia Kerrigan said the refinery sale could go ahead. Kerrigan ' +
        'gave the buyers until May to pay.\n',
      'signing.txt':
        'Harbour sign midfielder\n\nHarbour United have signed midfielder Neil Brebner from Kelso for an undisclosed fee.\n',
      'match.txt': report + lineUp + '\n',
    };
    const e = await builtEngine(withFillers(files));
    const people = (e.corpus as unknown as { people: { people: { name: string; docs: Set<number> }[] } }).people.people;
    const file = (p: { docs: Set<number> }) => [...p.docs].map((d) => e.corpus.docs[d]!.file).sort();
    expect(file(people.find((p) => p.name === 'Neil Brebner')!)).toEqual(['match.txt', 'signing.txt']);
    expect(people.some((p) => p.name === 'Brebner')).toBe(false);
    expect(file(people.find((p) => p.name === 'Letitia Kerrigan')!)).toEqual(['court.txt']);
  });

  it("reads a team sheet's short rows of names (unused substitutes, bookings) as players, under a line-up only", () => {
    // The page as BBC prints a match report: each team's line-up, then its unused substitutes and bookings, each
    // short row a line of its own; the labels are lost ("Subs not used:", "Sent off:" leave ": ").
    const sheet = [
      lineUp,
      'Colley, Dane, Keane.',
      'Brebner.',
      'Dorward 19, Brady 29, Brady 47.',
      'Esslin, Harte, Andrews, Demond (Morrow 75), McNair, Hanlon, Winters, Clarke (Stewart 51), Mack, Welland.',
      'Blanch, McGurk.',
      ': Andrews, Demond.',
      '8,661',
    ].join('\n\n');
    const read = readDocumentsNow('match.txt', report + sheet + '\n');
    if ('reason' in read) throw new Error(read.reason);
    const names = extractMentions(read.docs[0]!).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Colley', 'Dane', 'Keane', 'Blanch', 'McGurk', 'Andrews']));
    // The same short row in a story that lists no team names no one.
    const closing = 'Harbour meet the winners of the other tie at home next month, with the date still to be set.\n';
    const alone = readDocumentsNow('story.txt', report + 'Colley, Dane, Keane.\n\n' + closing);
    if ('reason' in alone) throw new Error(alone.reason);
    expect(extractMentions(alone.docs[0]!).map((m) => m.name)).not.toContain('Colley');
  });

  it("reads a sheet the page ran on after a manager's words, sentence by sentence, and names its referee", () => {
    // The page as BBC sometimes prints it: the managers' quotes, then the whole sheet in the same paragraph.
    const tail =
      '- Kelso boss Ian Moffat "We gave away two soft goals and you cannot do that here. We will regroup." ' +
      `Harbour Utd: ${lineUp} Subs Not Used: Colley, Dane, Keane. Booked: Blanch, Hanlon. ` +
      'Goals: Dorward 19, Brady 29. Att: 8,661 Ref: P Garside (Dundee).\n';
    const found = mentions(report + tail).filter((m) => m.passage === 2);
    const names = found.map((m) => m.name);
    expect(names).toEqual(
      expect.arrayContaining(['Tullock', 'Wilkie', 'Samuels', 'Camm', 'Colley', 'Dane', 'Keane', 'Blanch']),
    );
    expect(found.filter((m) => m.name === 'Tullock').every((m) => m.listed)).toBe(true);
    expect(found.find((m) => m.name === 'P Garside')?.roles).toEqual(['referee']);
    // The manager's sentence is read as before: his role stays, and no word of the quote becomes a player.
    expect(found.find((m) => m.name === 'Ian Moffat')?.roles).toEqual(['Kelso boss']);
    expect(names).not.toContain('We');
    // A prose sentence after a colon is no sheet, however many commas it has.
    const prose = mentions(
      report + 'The verdict: Brady, Dorward, Hanlon, Tullock and Wilkie were the best of a poor lot on the day.\n',
    ).filter((m) => m.passage === 2);
    expect(prose.some((m) => m.listed)).toBe(false);
  });
});
