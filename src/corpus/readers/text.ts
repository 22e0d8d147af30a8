// Plain text, scraped pages as they are: lines classified by shape, the page split into articles, each article's
// headline, date and publisher read from its own lines. The reader every file falls back to.
import type { Reader } from './types.js';
import { classify, normalisePage } from '../lines.js';
import { segmentPage } from '../segment.js';
import { publisherOf, readMeta, settleFile } from '../meta.js';

export const textReader: Reader = {
  name: 'text',
  accepts: () => true,
  read(_file, text) {
    const lines = classify(normalisePage(text).split('\n'));
    const segments = segmentPage(lines);
    const metas = segments.map(readMeta);
    settleFile(metas);
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
