// Refiner: the language of each article's text, as a two-letter code where one exists (lang.ts).
import type { Refiner } from '../types.js';
import { detectLanguage } from '../lang.js';

export const languageRefiner: Refiner = {
  name: 'language',
  refine(drafts) {
    return drafts.map((d) => ({ ...d, lang: detectLanguage(d.body) }));
  },
};
