// Plain text, scraped pages as they are: the whole page as one draft, marked as a page, for the refiners to
// classify its lines, split it into articles and read each one's headline, date and publisher. The reader every
// file falls back to.
import type { Reader } from '../types.js';

export const textReader: Reader = {
  name: 'text',
  extensions: ['txt', 'text', 'md'],
  accepts: () => true,
  read(_file, text) {
    return { articles: [{ body: text, page: true }] };
  },
};
