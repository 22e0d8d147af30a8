import { describe, expect, it } from 'vitest';
import { isByline, isCredit, isTimestamp } from '../src/ingest/chrome.js';
import { classify } from '../src/ingest/lines.js';

describe('subscription words', () => {
  it('are chrome when the page speaks to its reader, news when a sentence reports them', async () => {
    const { hasChromeCue } = await import('../src/ingest/chrome.js');
    for (const t of [
      'Subscribe to our newsletter',
      'Get the newsletter',
      'By continuing you consent to our terms of use.',
      'Newsletter',
      'Ad',
      'Sponsored content',
      'Promoted by Harbour Bank',
      'Sign up for our morning briefing',
      'Sign in to keep reading',
      'Click here to sign up for free',
      'You must sign in to comment',
    ])
      expect(hasChromeCue(t), t).toBe(true);
    // A headline that opens with the word is news: "Ad sales lift the broadcaster's profit".
    for (const t of ['Ad sales lift the broadcaster profit', 'Promoted side wins its first away game'])
      expect(hasChromeCue(t), t).toBe(false);
    for (const t of [
      'The radio host will join a subscription service that US regulators do not govern, next year.',
      'Shareholders may subscribe to the issue until May 4.',
      'The board gave its consent on Tuesday.',
      // Someone quoted speaks for their firm, not the page; "you" in an explanation is anyone.
      '"We have offered our music subscription for three years and our customers know what they want.',
      'They have decided to subscribe to your service," explains the analyst.',
      'The leaflet says: "We can send our subscribers direct mailings."',
      'With a broadband subscription, you can also get your television and phone service.',
      // (Signing up in a report is news: judges, players, a club.)
      'The three judges are in talks to sign up for the second series of the show.',
    ])
      expect(hasChromeCue(t), t).toBe(false);
    // A short notice speaking to the reader is still chrome.
    expect(hasChromeCue('Your subscription has expired.')).toBe(true);
  });
});

describe('lines about an article, not of it', () => {
  it('knows bylines, and not sentences that open with "By"', () => {
    for (const l of [
      'By Marta Lindqvist',
      'BY JANE DOE, Associated Press',
      'By Ana de la Cruz and Tom Hale',
      'Written by Sam Okafor | Staff reporter',
      '(Reporting by Sami Aziz in Kabul; Editing by Ken Lowe)',
      'Par Claire Dubois',
    ])
      expect(isByline(l), l).toBe(true);
    for (const l of [
      'By Tuesday the river had fallen a metre.',
      'By the end of the year',
      'Bypass road closes for repairs',
      'By 2030, half the fleet will be electric',
    ])
      expect(isByline(l), l).toBe(false);
  });
  it('knows photo credits and captions that end with one', () => {
    for (const l of [
      'Photo: Harbour Authority',
      "An artist's impression of the new terminal. Photo: Harbour Authority",
      'Rescue workers search the rubble in the old town on Sunday. REUTERS/Omar Farouk',
      'Police stand guard outside the court in the capital. (Photo by Lena Park/AFP via Getty Images)',
      'Image credit: City Archive',
      'Getty Images',
      'EPA/Jane Roe',
      'Crowds gather in the square (REUTERS/Omar Farouk)',
      'Crowds gather in the square | EPA/Jane Roe',
    ])
      expect(isCredit(l), l).toBe(true);
    for (const l of [
      'The photo agency said it had 40 photographers in the field.',
      'Image rights were sold for 2 million dollars, the company said.',
      'Revs 16.1 mln vs 3,971,000',
      // A name with a slash inside a sentence is no credit.
      'The three branches will become offices of HCB/Harbourside.',
      'The bank said its units will be merged into Harbour Bank/Galleria.',
      // Case tells a credit's name: words joined by a slash in lower case, or a firm's two names, are none.
      'and/or the rest of the board',
      'Baker/Lyons - New York',
      // In capitals a name cannot be told from a headline's words: the word before the slash must be an agency.
      'SPRING/AUTUMN CLOCK CHANGES.',
    ])
      expect(isCredit(l), l).toBe(false);
    for (const l of [
      'Shoppers queue at the hardware store on Tuesday. (AP Photo/Jane Roe)',
      'Cords line the shelves at the hardware store on Tuesday. (Lena Park/The Valley Times via AP)',
      'The oxygen bar opened in the mall last week. (Photo Credit : City Archive',
      'REUTERS/STRINGER',
      'Crowds gather in the square. AFP/GETTY IMAGES',
      'EPA/JANE ROE',
      'PHOTO: CITY ARCHIVE',
    ])
      expect(isCredit(l), l).toBe(true);
  });
  it('knows time stamps, and not headlines or table rows with figures', () => {
    for (const l of [
      'Updated 3:42 PM EDT, Tue June 3, 2025',
      '09 Apr 2025, 07:45',
      'Last modified: 12:05 GMT',
      'June 3, 2025 10:32 PM GMT+03:00',
    ])
      expect(isTimestamp(l), l).toBe(true);
    for (const l of [
      'Markets close at 16:30 after a calm session',
      'Revs 16.1 mln vs 3,971,000',
      'Train times change from 9.30 on Monday',
    ])
      expect(isTimestamp(l), l).toBe(false);
  });
  it('classifies them so that none becomes a title or a passage', () => {
    const kinds = classify([
      'By Marta Lindqvist',
      'Photo: Harbour Authority',
      'Updated 3:42 PM EDT, Tue June 3, 2025',
    ]).map((l) => l.kind);
    expect(kinds).toEqual(['chrome', 'chrome', 'stamp']);
  });
});
