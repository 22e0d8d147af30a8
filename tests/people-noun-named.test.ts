// A one-word name the tagger reads as a firm's, right after a noun for a person, is that person's ("the rapper
// Eminem"); not after a noun news writes before firms too ("its buyer Diageo"), nor a place.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { tagTradeBeforeName } from '../src/people/noun-named.js';
import { textDocument } from './helpers.js';

const people = (text: string) =>
  extractMentions(textDocument(text))
    .filter((m) => !m.org)
    .map((m) => [m.name, ...m.roles].join(': '));

describe('a name after a noun for a person', () => {
  it('takes a stage name the tagger reads as a firm for a person after such a noun', () => {
    expect(people('The rapper Eminem said he was happy with the result.')).toEqual(['Eminem: rapper']);
    expect(people('The German striker Franca scored with the last kick of the game.')).toEqual(['Franca: striker']);
    // (Capitalised for opening the sentence, read with the name as one firm's; not a title's word of English.)
    expect(people('Rapper Eminem is to play a small club in Leeds next week.')).toEqual(['Eminem: rapper']);
    expect(people('Star Trek fans have raised money for a newspaper advert.')).toEqual([]);
  });

  it('takes a word of English and a surname of no language after such a noun for one full name', () => {
    expect(people('The Zambia goalkeeper Energy Mwansakola made two saves.')).toEqual([
      'Energy Mwansakola: Zambia goalkeeper',
    ]);
    // (Two words of English are a thing's name: "The rapper Grand Master said".)
    expect(people('The winger Mobile Phone scored.')).toEqual([]);
    // (Nor after a noun for no person: "the unit Energy Mwansakola" is a firm.)
    expect(people('Sales at the unit Energy Mwansakola rose.')).toEqual([]);
  });

  it('leaves a firm after a noun news writes before firms too, and a place after any', () => {
    expect(people('The unit was sold to its buyer Diageo last year.')).toEqual([]);
    expect(people('The singer Paris said nothing.')).toEqual([]);
  });

  it('takes two initials in capitals and a surname after such a noun for a person, not a firm', () => {
    expect(people('Bollywood composer AR Rahman wrote the score for the musical.')).toEqual([
      'AR Rahman: Bollywood composer',
    ]);
    // The work before the author's role is no one, and the role keeps it as written, a person-shaped title too.
    expect(people('Peter Pan creator JM Barrie wrote the play in 1904.')).toEqual(['JM Barrie: Peter Pan creator']);
    expect(people('Harry Potter author JK Rowling will publish the book in July.')).toEqual([
      'JK Rowling: Harry Potter author',
    ]);
    // Not after any other word: "the president of RJ Reynolds", "research group JD Power".
    expect(people('The president of RJ Reynolds said sales fell.')).toEqual([]);
    expect(people('Research group JD Power estimates sales will rise.')).toEqual([]);
    // Nor capitals an abbreviation's: "UK nominee TV Diaries".
    expect(people('UK nominee TV Diaries is owned by a British company.')).toEqual([]);
    expect(people('The lead coordinator DG Bank Deutsche Genossenschaftsbank priced the issue.')).toEqual([]);
  });

  it('joins two initials in capitals to the name the tagger reads after them, but no acronym', () => {
    expect(people('Irishmen JP McNeill and John Magorian own a 29% stake in the club.')).toEqual([
      'JP McNeill',
      'John Magorian',
    ]);
    expect(people('The show was made for BBC TV Jones said.')).not.toContain('TV Jones');
  });
});

describe('a stage name English does not know, after a member role and its band', () => {
  it('takes a one-word name the tagger reads as no name, after a performer noun, for a person', () => {
    // The band before the role is no one, "former" the member's; the band stays in the role.
    expect(people('Bookmakers make former Jolly Tuesdays dancer Grix favourite to win the series.')).toEqual([
      'Grix: former Jolly Tuesdays dancer',
    ]);
    // (The tagger reads the band's words for a person's, and the stage name for no name.)
    expect(people('Bookmakers make former Merry Fridays dancer Bez favourite to win the series.')).toEqual([
      'Bez: former Merry Fridays dancer',
    ]);
    expect(people('Pundits make former Kestrels drummer Zabo favourite to win.')).toEqual([
      'Zabo: former Kestrels drummer',
    ]);
    // (So is a band before a player's trade and a full name.)
    const signed = 'The show signed former Merry Fridays keyboardist Alan Price on Monday.';
    expect(people(signed)).toEqual(['Alan Price: former Merry Fridays keyboardist']);
    expect(
      extractMentions(textDocument(signed))
        .filter((m) => m.org)
        .map((m) => m.name),
    ).toEqual(['Merry Fridays']);
    // (A capitalised English word after the noun is none.)
    expect(people('As the lights dimmed, a rock singer Silence fell over the hall.')).toEqual([]);
  });
});

describe('a trade and a full name the tagger reads as a firm', () => {
  it('reads a given name and surname after a capitalised noun for a person as a person, not a firm ending on a firm word', () => {
    expect(people('U.S. Pharmacologist Norman Farnsworth has calculated that the herbs are worth billions.')).toEqual([
      'Norman Farnsworth',
    ]);
    const tags = ['B-ORG', 'I-ORG', 'I-ORG', 'O'];
    const tokens = (text: string) => text.split(' ').map((t, i) => ({ text: t, start: i, end: i + 1 }));
    const retag = (text: string) => {
      const t = [...tags];
      tagTradeBeforeName(tokens(text) as never, t, (w) => ['Norman', 'Jack'].includes(w));
      return t;
    };
    expect(retag('Pharmacologist Norman Farnsworth has')).toEqual(['O', 'B-PER', 'I-PER', 'O']);
    expect(retag('Farmer Jack Group has')).toEqual(tags);
    expect(retag('Pharmacologist Oak Farnsworth has')).toEqual(tags);
  });
});
