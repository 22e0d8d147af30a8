// Refiner: each article's passages (paragraphs, long ones cut into windows of sentences); an article left with
// none is dropped. Worked in steps, so a long page gives way to other events.
import type { Draft, Refiner } from '../types.js';
import { splitPassagesSteps } from '../passages.js';

export const passagesRefiner: Refiner = {
  name: 'passages',
  *refine(drafts) {
    const out: Draft[] = [];
    for (const d of drafts) {
      const passages = yield* splitPassagesSteps(d.body);
      if (passages.length) out.push({ ...d, passages });
    }
    return out;
  },
};
