// Plain text, scraped pages as they are: lines classified by shape, the page split into articles, each article's
// headline, date and publisher read from its own lines. The reader every file falls back to.
import type { Reader } from './types.js';
import { classify, normalisePage } from '../lines.js';
import { segmentPage } from '../segment.js';
import { mastheadOf, publisherOf, readMeta, settleFile } from '../meta.js';

export const textReader: Reader = {
  name: 'text',
  accepts: () => true,
  read(_file, text) {
    const lines = classify(normalisePage(text).split('\n'));
    const segments = segmentPage(lines);
    if (segments.length === 0) {
      // The true reason: a page of chrome, or text with no sentence and no table (a list of names, of headings).
      const labels = lines.filter((l) => l.kind === 'short').length;
      const chrome = lines.filter((l) => l.kind === 'chrome').length;
      return { reason: labels > chrome ? 'no running text (only headings, labels or a list)' : 'no article text (only site chrome or boilerplate)' };
    }
    const metas = segments.map(readMeta);
    settleFile(metas, mastheadOf(lines));
    return {
      articles: segments.map((seg, k) => ({
        title: metas[k]!.title,
        date: metas[k]!.date,
        source: publisherOf(metas[k]!),
        body: seg.body.map((l) => l.text).join('\n'),
      })),
    };
  },
};
