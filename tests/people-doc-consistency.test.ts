// What an article says of a name counts in its other sentences: a surname it gives a person in full is that
// person's where the tagger alone would read a place, and a surname two relatives share is the one named first.
import { describe, expect, it } from 'vitest';
import { builtEngine } from './helpers.js';

const countOf = (e: Awaited<ReturnType<typeof builtEngine>>, name: string) =>
  e.corpus.people.people.filter((p) => p.name === name).reduce((n, p) => n + p.mentions.count, 0);

describe('a name across its article', () => {
  it('takes a surname given in full after a given name for that person where it stands alone', async () => {
    const e = await builtEngine({
      'a.txt':
        'Venice festival\nUpdated 2 Sep 1996\n\nFilm maker Neil Jordan showed his new picture to critics in Venice on Friday.\nMost of it was shot in Cork, with Jordan directing hundreds of local people as extras.',
    });
    expect(countOf(e, 'Neil Jordan')).toBe(2);
  });

  it('takes a surname given in full after a title for that person where the tagger read another kind of name', async () => {
    const e = await builtEngine({
      'a.txt':
        "Debt talks\nUpdated 2 Mar 1987\n\nFinance Minister Zelvino Tarragal quit on Monday, which will change the debt talks.\nBankers disliked Tarragal's aloof manner.\nOne obstacle, Tarragal, is gone.",
    });
    expect(countOf(e, 'Zelvino Tarragal')).toBe(3);
  });

  it('takes a family name written first (Chinese, Korean, Vietnamese) for that person where it stands alone', async () => {
    const e = await builtEngine({
      'a.txt':
        'Activist held\nUpdated 4 Sep 1996\n\nPolice in the eastern city of Ningbo have detained the labour activist Zhao Minhui, a rights group said on Wednesday.\nPolice detained Zhao on Tuesday and would not tell his family where he was being held, the group said.',
    });
    expect(countOf(e, 'Zhao Minhui')).toBe(2);
  });

  it('gives a surname alone to the first of two relatives named in full, not to no one', async () => {
    const e = await builtEngine({
      'a.txt':
        'Hospital visit\nUpdated 6 Sep 1996\n\nSenator Walter Brannigan visited his wife Joan Brannigan in hospital on Friday evening, his office said.\nJoan Brannigan had a kidney operation last week.\nBrannigan, 65, told reporters she was recovering well.',
    });
    expect(countOf(e, 'Walter Brannigan')).toBe(2);
    expect(countOf(e, 'Joan Brannigan')).toBe(2);
  });

  it('takes the name an organisation is known by for that organisation’s, here and across the corpus', async () => {
    const e = await builtEngine({
      'a.txt':
        'Housing finance\nUpdated 3 Jul 1987\n\nThe government wants to cut its ties with the Federal Home Loan Mortgage Corporation, better known as Freddie Mac, officials said on Friday.\nFreddie Mac buys loans from banks and sells them as bonds.\nAny change in Freddie Mac’s charter would need a vote of Congress.',
      'b.txt':
        'Mortgage bonds\nUpdated 6 Jul 1987\n\nFreddie Mac said on Monday it would sell 500 mln dlrs of new bonds.\nFreddie Mac said the bonds would be priced on Tuesday.',
    });
    expect(countOf(e, 'Freddie Mac')).toBe(0);
  });
});
