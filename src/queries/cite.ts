// Citations: how a document and an excerpt of it are named in every answer.
import type { CitedExcerpt } from '../answer.js';
import type { Document } from '../types.js';
import type { Excerpt } from '../search/excerpt.js';
import { clip } from '../text.js';

export const MAX_EXCERPT = 400;

export function cite(doc: Document, excerpt: Excerpt | string): CitedExcerpt {
  const e = typeof excerpt === 'string' ? { text: excerpt, highlights: [] } : excerpt;
  const text = clip(e.text, MAX_EXCERPT);
  return {
    doc: doc.doc,
    title: doc.title,
    date: doc.date,
    source: doc.source,
    url: doc.url ?? null,
    excerpt: text,
    highlights: e.highlights.filter(([, end]) => end <= text.length),
  };
}
