// Refiner: the language of each article's text and headline (a notice of one line is too short alone), as a
// two-letter code where one exists (lang.ts).
import type { Refiner } from '../types.js';
import { detectLanguage } from '../lang.js';

export const languageRefiner: Refiner = {
  name: 'language',
  refine(drafts) {
    return drafts.map((d) => ({ ...d, lang: detectLanguage(d.title ? `${d.title}\n${d.body}` : d.body) }));
  },
};
