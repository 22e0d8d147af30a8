// Refiner: the body's lines classified by shape (prose, short, date, stamp, chrome), chrome sentences cut.
import type { Refiner } from '../types.js';
import { classify, normalisePage } from '../lines.js';

export const linesRefiner: Refiner = {
  name: 'lines',
  refine(drafts) {
    return drafts.map((d) => ({ ...d, lines: classify(normalisePage(d.body).split('\n')) }));
  },
};
