// Cleans the body a structured reader gave (markup turned into text) as a page's lines are cleaned, and fills in
// from the text what the format's metadata left out: a date line, a wire dateline, a "Source:" credit.
import type { RawArticle } from './types.js';
import { classify, normalisePage, type Line } from '../lines.js';
import { publisherOf, readMeta } from '../meta.js';
import { withWire } from '../wires.js';

const kept = (l: Line) => l.kind === 'prose' || l.kind === 'short';
const key = (t: string) => t.toLowerCase().replace(/\W+/gu, ' ').trim();

/**
 * Lines that open an article's text without being part of it: dates, stamps, chrome (bylines, credits), short
 * labels of one or two words, the headline repeated. A table or list under the headline is text, not header.
 */
function isHeaderLine(l: Line, title: string | null | undefined): boolean {
  if (l.kind === 'prose') return false;
  if (l.kind !== 'short') return true;
  return l.words <= 2 || (!!title && key(l.text) === key(title));
}

export function cleanArticle(a: RawArticle): RawArticle {
  const lines = classify(normalisePage(a.body).split('\n'));
  let start = 0;
  while (start < lines.length && isHeaderLine(lines[start]!, a.title)) start++;
  const header = lines.slice(0, start).filter((l) => l.kind !== 'blank');
  const body = lines.slice(start).filter(kept);
  const meta = readMeta({ header, body, all: lines });
  return {
    ...a,
    title: a.title?.trim() || null,
    date: a.date ?? meta.date,
    source: a.source?.trim() ? withWire(a.source.trim(), meta.wire) : publisherOf(meta),
    body: body.map((l) => l.text).join('\n'),
    raw: false,
  };
}
