// The corpus timeline: events from every article, the same event told by several articles merged into one.
import type { Precision } from '../dates/expressions.js';
import { terms } from '../text.js';
import type { EventMention } from './events.js';
import type { Pace } from '../pace.js';

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

/** Content words of an event's sentence, worked out once per extracted event, across reloads too. */
const eventWords = new WeakMap<EventMention, Set<string>>();

function wordsOf(m: EventMention): Set<string> {
  let w = eventWords.get(m);
  if (!w) eventWords.set(m, (w = new Set(terms(m.sentence).filter((t) => t.length > 3 && !/^\d+$/.test(t)))));
  return w;
}

interface Group {
  entries: { event: TimelineEvent; words: Set<string> }[];
  /** Word -> positions of the entries whose words hold it: only entries sharing a word can be the same event. */
  byWord: Map<string, number[]>;
  /** "doc\u0000sentence" of the sources in the group, counted (one sentence can cite two events). */
  told: Map<string, number>;
}

/** Events oldest first; within a date, one event per thing that happened, cited by every article that tells it. */
export async function buildTimeline(perDoc: EventMention[][], p: Pace): Promise<TimelineEvent[]> {
  const byDate = new Map<string, Group>();
  for (const [doc, list] of perDoc.entries()) {
    if (p.due()) await p.pause();
    for (const m of list) {
      const key = groupOf(m);
      const words = wordsOf(m);
      let group = byDate.get(key);
      if (!group) byDate.set(key, (group = { entries: [], byWord: new Map(), told: new Map() }));
      const told = `${doc}\u0000${m.sentence}`;
      // The first entry (in the order articles came) that says much the same, as a scan of the group would find:
      // words in common counted through the group's word lists rather than by comparing with every entry.
      const shared = sharedCounts(group, words);
      let same: Group['entries'][number] | undefined;
      for (const i of shared.touched) {
        const g = group.entries[i]!;
        if (shared.counts[i]! / Math.max(1, Math.min(g.words.size, words.size)) >= 0.3 && !g.event.sources.some((s) => s.doc === doc && s.sentence === m.sentence)) {
          same = g;
          break;
        }
      }
      for (const i of shared.touched) shared.counts[i] = 0;
      if (same) {
        const at = group.entries.indexOf(same);
        const mine = same.event.sources.find((s) => s.doc === doc);
        if (!mine) {
          same.event.sources.push({ doc, passage: m.passage, sentence: m.sentence });
          count(group.told, told, 1);
        } else if (!/[.!?”"'’]$/u.test(mine.sentence) && /[.!?”"'’]$/u.test(m.sentence)) {
          // A full sentence tells the event better than a headline or bullet of the same article.
          if (same.event.text === mine.sentence) same.event.text = m.sentence;
          count(group.told, `${doc}\u0000${mine.sentence}`, -1);
          Object.assign(mine, { passage: m.passage, sentence: m.sentence });
          count(group.told, told, 1);
        }
        for (const w of words) {
          if (same.words.has(w)) continue;
          same.words.add(w);
          addTo(group.byWord, w, at);
        }
      } else if (!group.told.get(told)) {
        const at = group.entries.length;
        group.entries.push({ event: { date: m.date, ...(m.end ? { end: m.end } : {}), precision: m.precision, text: m.sentence, sources: [{ doc, passage: m.passage, sentence: m.sentence }] }, words: new Set(words) });
        count(group.told, told, 1);
        for (const w of words) addTo(group.byWord, w, at);
      }
    }
  }
  return [...byDate.values()].flatMap((g) => g.entries.map((e) => e.event)).sort(oldestFirst);
}

/** Events with the same date and end are one group; ties in this order only ever fall within a group. */
const oldestFirst = (a: TimelineEvent, b: TimelineEvent) => a.date.localeCompare(b.date) || (a.end ?? '').localeCompare(b.end ?? '') || b.sources.length - a.sources.length;

const groupOf = (e: { date: string; end?: string }) => `${e.date}|${e.end ?? ''}`;

/**
 * The timeline after articles were added (none removed or changed), equal to buildTimeline over all of them:
 * each date's events depend only on the articles that date, taken in order, so only dates the new articles
 * give are worked out again; the others are the previous events with their articles renumbered.
 */
export async function extendTimeline(previous: TimelineEvent[], renumber: (doc: number) => number, perDoc: EventMention[][], added: Iterable<number>, p: Pace): Promise<TimelineEvent[]> {
  const touched = new Set<string>();
  for (const doc of added) for (const m of perDoc[doc] ?? []) touched.add(groupOf(m));
  const fresh = await buildTimeline(perDoc.map((list) => list.filter((m) => touched.has(groupOf(m)))), p);
  const kept = previous.filter((e) => !touched.has(groupOf(e))).map((e) => ({ ...e, sources: e.sources.map((s) => ({ ...s, doc: renumber(s.doc) })) }));
  return [...kept, ...fresh].sort(oldestFirst);
}

let scratch = new Int32Array(1024);

/** How many of these words each entry of the group holds; `touched` lists the entries holding any, in order. */
function sharedCounts(group: Group, words: Set<string>): { counts: Int32Array; touched: number[] } {
  if (scratch.length < group.entries.length) scratch = new Int32Array(group.entries.length * 2);
  const touched: number[] = [];
  for (const w of words) {
    for (const i of group.byWord.get(w) ?? []) if (scratch[i]!++ === 0) touched.push(i);
  }
  return { counts: scratch, touched: touched.sort((a, b) => a - b) };
}

function count(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function addTo(map: Map<string, number[]>, word: string, at: number): void {
  const list = map.get(word);
  if (list) list.push(at);
  else map.set(word, [at]);
}

/** First and last day an event may cover, for range filters: "2025-05" covers 2025-05-01 to 2025-05-31. */
export function span(date: string, end?: string): [string, string] {
  const last = end ?? date;
  const lo = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const hi = last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last;
  return [lo, hi];
}
