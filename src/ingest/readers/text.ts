// Plain text, scraped pages as they are: the whole page as one draft, marked as a page, for the refiners to
// classify its lines, split it into articles and read each one's headline, date and publisher. The reader every
// file falls back to.
import type { Reader } from '../types.js';
import { decodeReferences } from './headline.js';

export const textReader: Reader = {
  name: 'text',
  extensions: ['txt', 'text', 'md'],
  accepts: () => true,
  read(_file, text) {
    // A page saved as text may keep its character references: "Bryn F&#244;n", "AT&amp;T".
    return { articles: [{ body: text.includes('&') ? decodeReferences(text) : text, page: true }] };
  },
};
