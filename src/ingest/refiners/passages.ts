// Refiner: each article's passages (paragraphs, long ones cut into windows of sentences); a brief (a table or notice
// with no sentence) is its one line of rows; an article left with none is dropped, with the reason. Worked in
// steps, so a long page gives way to other events.
import type { Draft, Refiner } from '../types.js';
import { splitPassagesSteps } from '../passages.js';

export const passagesRefiner: Refiner = {
  name: 'passages',
  *refine(drafts, ctx) {
    const out: Draft[] = [];
    for (const d of drafts) {
      let passages = yield* splitPassagesSteps(d.body);
      // A brief's rows are its whole story, however few their words ("Jun --- --- --- 5507; Sep --- --- --- 4885").
      // Asides (bylines, results rows: passages.ts) alone are no article.
      if (!passages.some((p) => !p.aside)) passages = [];
      if (!passages.length && d.segment?.brief && /\p{L}/u.test(d.body) && !d.body.includes('\n'))
        passages = [{ n: 0, text: d.body, start: 0, end: d.body.length, sentences: [0, d.body.length] }];
      if (passages.length) out.push({ ...d, passages });
    }
    // A plain-text page's true reason; a format's reader says its own ("HTML page with no article text …").
    if (!out.length && drafts.some((d) => d.page))
      ctx.reason ??= 'no passage long enough to index (every paragraph under six words)';
    return out;
  },
};
