// Cleans the body a structured reader gave (markup turned into text) as a page's lines are cleaned, and fills in
// from the text what the format's metadata left out: a date line, a wire dateline, a "Source:" credit.
import type { RawArticle } from './types.js';
import { classify, normalisePage, type Line } from '../lines.js';
import { readMeta } from '../meta.js';

const kept = (l: Line) => l.kind === 'prose' || l.kind === 'short';

export function cleanArticle(a: RawArticle): RawArticle {
  const lines = classify(normalisePage(a.body).split('\n'));
  const firstProse = lines.findIndex((l) => l.kind === 'prose');
  // Lines before the first paragraph are the article's header (byline, date, caption); a brief with no paragraph
  // at all (a table, a notice) keeps its lines as they are.
  const header = firstProse < 0 ? [] : lines.slice(0, firstProse).filter((l) => l.kind !== 'blank');
  const body = (firstProse < 0 ? lines : lines.slice(firstProse)).filter(kept);
  const meta = readMeta({ header, body, all: lines });
  return {
    ...a,
    title: a.title?.trim() || null,
    date: a.date ?? meta.date,
    source: a.source?.trim() || meta.source,
    body: body.map((l) => l.text).join('\n'),
    raw: false,
  };
}
