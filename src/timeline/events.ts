// Dated events of one article: each sentence that carries a date, with the date resolved.
import type { Document } from '../types.js';
import { passageSentences } from '../text.js';
import { findDates, type Precision } from '../dates/expressions.js';

export interface EventMention {
  date: string;
  end?: string;
  precision: Precision;
  passage: number;
  sentence: string;
}

export function extractEvents(doc: Document): EventMention[] {
  const out: EventMention[] = [];
  for (const p of doc.passages) {
    for (const s of passageSentences(p)) {
      const seen = new Set<string>();
      for (const d of findDates(s.text, doc.date)) {
        // "now" is the time of writing, not an event; a range's end is told by the range.
        if (d.precision === 'ref' || d.within) continue;
        const key = `${d.date}|${d.end ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ date: d.date, ...(d.end ? { end: d.end } : {}), precision: d.precision, passage: p.n, sentence: s.text });
      }
    }
  }
  return out;
}
