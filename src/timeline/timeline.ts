// The corpus timeline: events from every article, the same event told by several articles merged into one.
import type { Precision } from '../dates/expressions.js';
import { terms } from '../text.js';
import type { EventMention } from './events.js';

export interface EventSource {
  doc: number;
  passage: number;
  sentence: string;
}

export interface TimelineEvent {
  date: string;
  end?: string;
  precision: Precision;
  /** The first article's sentence; the others are in sources. */
  text: string;
  sources: EventSource[];
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** Content words of an event's sentence, worked out once per extracted event, across reloads too. */
const eventWords = new WeakMap<EventMention, Set<string>>();

function wordsOf(m: EventMention): Set<string> {
  let w = eventWords.get(m);
  if (!w) eventWords.set(m, (w = new Set(terms(m.sentence).filter((t) => t.length > 3 && !/^\d+$/.test(t)))));
  return w;
}

/** Events oldest first; within a date, one event per thing that happened, cited by every article that tells it. */
export function buildTimeline(perDoc: EventMention[][]): TimelineEvent[] {
  const byDate = new Map<string, { event: TimelineEvent; words: Set<string> }[]>();
  perDoc.forEach((list, doc) => {
    for (const m of list) {
      const key = `${m.date}|${m.end ?? ''}`;
      const words = wordsOf(m);
      const group = byDate.get(key) ?? [];
      const same = group.find((g) => overlap(g.words, words) >= 0.3 && !g.event.sources.some((s) => s.doc === doc && s.sentence === m.sentence));
      if (same) {
        const mine = same.event.sources.find((s) => s.doc === doc);
        if (!mine) same.event.sources.push({ doc, passage: m.passage, sentence: m.sentence });
        else if (!/[.!?”"'’]$/u.test(mine.sentence) && /[.!?”"'’]$/u.test(m.sentence)) {
          // A full sentence tells the event better than a headline or bullet of the same article.
          if (same.event.text === mine.sentence) same.event.text = m.sentence;
          Object.assign(mine, { passage: m.passage, sentence: m.sentence });
        }
        for (const w of words) same.words.add(w);
      } else if (!group.some((g) => g.event.sources.some((s) => s.doc === doc && s.sentence === m.sentence))) {
        group.push({ event: { date: m.date, ...(m.end ? { end: m.end } : {}), precision: m.precision, text: m.sentence, sources: [{ doc, passage: m.passage, sentence: m.sentence }] }, words: new Set(words) });
      }
      byDate.set(key, group);
    }
  });
  const events = [...byDate.values()].flat().map((g) => g.event);
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.end ?? '').localeCompare(b.end ?? '') || b.sources.length - a.sources.length);
}

/** First and last day an event may cover, for range filters: "2025-05" covers 2025-05-01 to 2025-05-31. */
export function span(date: string, end?: string): [string, string] {
  const last = end ?? date;
  const lo = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const hi = last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last;
  return [lo, hi];
}
