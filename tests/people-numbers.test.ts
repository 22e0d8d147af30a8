// Not people: a number written out opens a group ("Two Nevada lenders", "Seven Britons"), never a name.
import { describe, expect, it } from 'vitest';
import { builtEngine } from './helpers.js';

describe('numbers before a name', () => {
  it('takes no number word into a name', async () => {
    const e = await builtEngine({
      'a.txt':
        'TWO NEVADA LENDERS FAIL\n date 1987-04-11\n\nWASHINGTON, April 10 - Two Nevada financial institutions, the Bank of Ely County and Sage Savings, have failed, official spokesmen said.\n\nThe bank was the first in Nevada to fail this year.\n\nSeven Britons were detained, said Harold Quill, a spokesman.',
      'b.txt':
        'CARSON RIDGE CORP YEAR NET\n date 1987-04-12\n\nRENO, Nevada, April 11 - Qtr shr 31 cts vs 20 cts.\n\nNine Mths\nShr 1.20 dlrs vs 1.05 dlrs\nNet 3,541,000 vs 2,071,000',
    });
    const names = e.corpus.people.people.map((p) => p.name);
    expect(names.filter((n) => /^(?:Two|Nine|Seven)\b/.test(n))).toEqual([]);
    expect(names).toContain('Harold Quill');
  });
});
