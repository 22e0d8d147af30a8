// Refiner: title, date and publisher of each article, from what its format said and what its lines show
// (meta.ts), settled over the file (yearless datelines, a masthead, siblings of one site), the URL's day last
// (url-date.ts), the URL's site for a publisher nothing names (url-site.ts); the body as the cleaned text of its body lines.
import type { Refiner } from '../types.js';
import { fallbackTitle, mastheadOf, publisherOf, readMeta, settleFile } from '../meta.js';
import { withWire } from '../wires.js';
import { dateInUrl } from '../url-date.js';
import { siteOfUrl } from '../url-site.js';

export const metadataRefiner: Refiner = {
  name: 'metadata',
  refine(drafts) {
    const metas = drafts.map((d) => readMeta(d.segment ?? { header: [], body: [], all: [] }));
    const page = drafts.find((d) => d.pageLines)?.pageLines;
    settleFile(metas, page ? mastheadOf(page) : null);
    return drafts.map((d, k) => {
      const meta = metas[k]!;
      // Read after readMeta, which takes a date that opens the first paragraph off it.
      const body = d.segment ? d.segment.body.map((l) => l.text).join('\n') : d.body;
      const source = d.source?.trim();
      return {
        ...d,
        meta,
        body,
        title: d.title?.trim() || meta.title || fallbackTitle(body),
        // The day the URL files the article under only when the page prints none.
        date: d.date ?? meta.date ?? dateInUrl(d.url),
        // The site its URL names only when neither the format nor the text names an outlet or a wire.
        source: source ? withWire(source, meta.wire) : (publisherOf(meta) ?? siteOfUrl(d.url)),
      };
    });
  },
};
