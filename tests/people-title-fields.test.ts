// A title whose field follows it ("Minister for Aviation", "Ambassador to the OECD", "MP for Hornsey and Wood Green"):
// the whole title is the role, the name after it is found even where the tagger reads the field on into it, and a
// place or a body of the field is no one.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/people/extract.js';
import { textDocument } from './helpers.js';

const mentions = (text: string) => extractMentions(textDocument(text));
const people = (text: string) => mentions(text).filter((m) => !m.org);
const roles = (text: string, name: string) => people(text).find((m) => m.name === name)?.roles;

describe('a title and its field before a name', () => {
  it('keeps the field a title names after "for", "to" or "at the" in the role', () => {
    expect(roles('Minister for Aviation Michael Spenlow said traffic would grow.', 'Michael Spenlow')).toEqual([
      'Minister for Aviation',
    ]);
    expect(
      roles(
        'Ambassador to the Organisation for Economic Cooperation and Development Edward Strand said.',
        'Edward Strand',
      ),
    ).toEqual(['Ambassador to the Organisation for Economic Cooperation and Development']);
    expect(roles('Minister of State for Europe at the Foreign Office Denis Marsh said it.', 'Denis Marsh')).toEqual([
      'Minister of State for Europe at the Foreign Office',
    ]);
    expect(roles('Secretary of State for Trade and Industry Patricia Hewlett said.', 'Patricia Hewlett')).toEqual([
      'Secretary of State for Trade and Industry',
    ]);
    // (A title's plural heading a body is no misspelt title: "Board of Governors".)
    expect(
      roles('Chairman of the Board of Governors of the Federal Reserve Alan Greenway said.', 'Alan Greenway'),
    ).toEqual(['Chairman of the Board of Governors of the Federal Reserve']);
  });

  it('finds a name the tagger read on into the field as an organisation', () => {
    expect(roles('The Minister for Sport Richard Cabot said the bid was strong.', 'Richard Cabot')).toEqual([
      'Minister for Sport',
    ]);
    expect(
      roles('Secretary for Finance and Economic Planning Kwesi Botwe made the announcement last night.', 'Kwesi Botwe'),
    ).toEqual(['Secretary for Finance and Economic Planning']);
  });

  it('takes no place the gazetteer also holds as a given name into the name', () => {
    expect(
      people('U.S. Attorney for Manhattan Rudolph Giordano said he was offered a job.').map((m) => m.name),
    ).toEqual(['Rudolph Giordano']);
    expect(roles('Chairman of the Stock Exchange of Hong Kong Ronald Lui said.', 'Ronald Lui')).toEqual([
      'Chairman of the Stock Exchange of Hong Kong',
    ]);
    expect(roles('Turkish Ambassador to Athens Nazmi Akman said.', 'Nazmi Akman')).toEqual([
      'Turkish Ambassador to Athens',
    ]);
  });

  it('makes no person of a place or a body in the field', () => {
    const roche = 'Ms Rocher, Labour MP for Hornsey and Wood Green, believes the law is wrong.';
    expect(people(roche).map((m) => m.name)).toEqual(['Rocher']);
    expect(roles(roche, 'Rocher')).toEqual(['Labour MP for Hornsey and Wood Green']);
    expect(people('But the Tory MP for Sleaford and North Hykeham admitted it.')).toEqual([]);
    const davies = 'Quentin Davis, the MP for Grantham and Stamford, was attacked in a park.';
    expect(people(davies).map((m) => m.name)).toEqual(['Quentin Davis']);
    expect(roles(davies, 'Quentin Davis')).toEqual(['MP for Grantham and Stamford']);
    // (A given name after "and" is another person: "Secretary of the Treasury and Paul Volcker".)
    expect(roles('James Barker, Secretary of the Treasury and Paul Vollmer, chairman, met.', 'Paul Vollmer')).toEqual([
      'chairman',
    ]);
  });

  it('gives no role of a portfolio alone', () => {
    expect(
      roles('Earlier in the week, Secretary the Interior Donald Hodge announced the plan.', 'Donald Hodge'),
    ).toEqual([]);
  });
});
