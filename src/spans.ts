// Where a sentence is in its document: kept as offsets rather than as text wherever sentences are stored in bulk
// (snapshots, the mentions kept between reloads), so the document's text is held once.
import type { Document } from './types.js';

/** A sentence as [start, end) in its document's text; the text itself when it is not found there. */
export type SentenceSpan = [number, number] | string;

/** The sentence's span, looked for in its passage first (any passage number outside the article: the whole text). */
export function spanOf(d: Document, passage: number, sentence: string): SentenceSpan {
  const p = d.passages[passage];
  const at = p ? p.text.indexOf(sentence) : -1;
  if (at >= 0) return [p!.start + at, p!.start + at + sentence.length];
  const anywhere = d.text.indexOf(sentence);
  return anywhere >= 0 ? [anywhere, anywhere + sentence.length] : sentence;
}

export function textOf(d: Document, span: SentenceSpan): string {
  return typeof span === 'string' ? span : d.text.slice(span[0], span[1]);
}
