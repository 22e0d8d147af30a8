// Refiner: a scraped page's hard-wrapped paragraphs joined back into lines (unwrap.ts), before lines are judged.
import type { Refiner } from '../types.js';
import { unwrapLines } from '../unwrap.js';

export const unwrapRefiner: Refiner = {
  name: 'unwrap',
  refine(drafts) {
    return drafts.map((d) => (d.page ? { ...d, body: unwrapLines(d.body) } : d));
  },
};
