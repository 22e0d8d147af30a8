// Refiner: each draft as header and body lines. A scraped page is split into its articles by the shape of its
// lines (segment.ts); an article whose format gave its bounds only loses the lines that open it without being
// part of it (dates, stamps, chrome, short labels, the headline repeated).
import type { Draft, Refiner } from '../types.js';
import type { Line } from '../lines.js';
import { segmentPage, type Segment } from '../segment.js';

const kept = (l: Line) => l.kind === 'prose' || l.kind === 'short';
const key = (t: string) => t.toLowerCase().replace(/\W+/gu, ' ').trim();

/**
 * Lines that open an article's text without being part of it: dates, stamps, chrome (bylines, credits), short
 * labels of one or two words, the headline repeated. A table or list under the headline is text, not header.
 */
export function isHeaderLine(l: Line, title: string | null | undefined): boolean {
  if (l.kind === 'prose') return false;
  if (l.kind !== 'short') return true;
  return l.words <= 2 || (!!title && key(l.text) === key(title));
}

/** One article's lines, as its format bounded them: header lines, then the body's text lines. */
export function articleSegment(lines: Line[], title: string | null | undefined): Segment {
  let start = 0;
  while (start < lines.length && isHeaderLine(lines[start]!, title)) start++;
  const header = lines.slice(0, start).filter((l) => l.kind !== 'blank');
  const body = lines.slice(start).filter(kept);
  // A teaser that is only its headline is found by its headline.
  if (body.length === 0 && title)
    body.push(...header.filter((l) => l.kind === 'short' && key(l.text) === key(title)).slice(0, 1));
  return { header, body, all: lines };
}

/** Why a page held no article: the true reason, a page of chrome or text with no sentence and no table. */
function emptyPageReason(lines: Line[]): string {
  const labels = lines.filter((l) => l.kind === 'short').length;
  const chrome = lines.filter((l) => l.kind === 'chrome').length;
  return labels > chrome
    ? 'no running text (only headings, labels or a list)'
    : 'no article text (only site chrome or boilerplate)';
}

export const splitRefiner: Refiner = {
  name: 'split',
  refine(drafts, ctx) {
    const out: Draft[] = [];
    for (const d of drafts) {
      const lines = d.lines ?? [];
      if (!d.page) {
        out.push({ ...d, segment: articleSegment(lines, d.title) });
        continue;
      }
      const segments = segmentPage(lines);
      if (segments.length === 0) ctx.reason = emptyPageReason(lines);
      for (const segment of segments) out.push({ ...d, segment, pageLines: lines });
    }
    return out;
  },
};
