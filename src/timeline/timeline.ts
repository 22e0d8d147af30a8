// The corpus timeline: events from every article, the same event told by several articles merged into one.
import type { Precision } from '../dates/expressions.js';
import { terms } from '../text.js';
import type { EventMention } from './events.js';
import type { Pace } from '../pace.js';
import { daysOf } from '../dates/values.js';

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

/**
 * Content words of an event's sentence. Not kept per event: held for every event of a large corpus they came to
 * more memory than the rest of the timeline, and a reload that adds articles only works them out for the new ones.
 */
function wordsOf(m: EventMention): Set<string> {
  return new Set(terms(m.sentence).filter((t) => t.length > 3 && !/^\d+$/.test(t)));
}

interface Group {
  entries: { event: TimelineEvent; words: Set<string> }[];
  /** Word -> positions of the entries whose words hold it: only entries sharing a word can be the same event. */
  byWord: Map<string, number[]>;
  /** "doc\u0000sentence" of the sources in the group, counted (one sentence can cite two events). */
  told: Map<string, number>;
}

/**
 * The groups a timeline was built from, kept beside it so that a reload adding articles carries on from them.
 * They are handed on to the timeline extending this one (and so taken from this one).
 */
const groupsOf = new WeakMap<TimelineEvent[], Map<string, Group>>();

/** Events oldest first; within a date, one event per thing that happened, cited by every article that tells it. */
export async function buildTimeline(perDoc: EventMention[][], p: Pace): Promise<TimelineEvent[]> {
  const groups = new Map<string, Group>();
  await take(groups, perDoc, 0, new Set(), p);
  return eventsOf(groups);
}

/**
 * The timeline once articles `from` onwards are added (none removed or changed), equal to buildTimeline over
 * all of them: the events of each date depend only on the articles that date, in order, so new ones are taken
 * in where a build would have left off. The previous events are not changed: one that a new article tells too
 * is copied first.
 */
export async function extendTimeline(previous: TimelineEvent[], perDoc: EventMention[][], from: number, p: Pace): Promise<TimelineEvent[]> {
  const groups = groupsOf.get(previous);
  if (!groups) return buildTimeline(perDoc, p);
  // Taken now: should this reload fail, the next one builds whole rather than from groups half extended.
  groupsOf.delete(previous);
  await take(groups, perDoc, from, new Set(), p);
  return eventsOf(groups);
}

/**
 * After a snapshot load: the groups these events were built from, worked out again so that the next reload adding
 * articles carries on from them. Kept only if they give exactly these events.
 */
export async function prepareExtension(events: TimelineEvent[], perDoc: EventMention[][], p: Pace): Promise<void> {
  if (groupsOf.has(events)) return;
  const groups = new Map<string, Group>();
  await take(groups, perDoc, 0, new Set(), p);
  const entries = [...groups.values()].flatMap((g) => g.entries).sort((a, b) => oldestFirst(a.event, b.event));
  if (entries.length !== events.length) return;
  for (const [i, e] of entries.entries()) {
    if (p.due()) await p.pause();
    if (JSON.stringify(e.event) !== JSON.stringify(events[i])) return;
  }
  // The serving events stand for the ones just made: equal, and not held twice.
  entries.forEach((e, i) => (e.event = events[i]!));
  groupsOf.set(events, groups);
}

function eventsOf(groups: Map<string, Group>): TimelineEvent[] {
  const events = [...groups.values()].flatMap((g) => g.entries.map((e) => e.event)).sort(oldestFirst);
  groupsOf.set(events, groups);
  return events;
}

/** Takes the events of articles `from` onwards into the groups. Events not in `owned` are copied before a change. */
async function take(byDate: Map<string, Group>, perDoc: EventMention[][], from: number, owned: Set<TimelineEvent>, p: Pace): Promise<void> {
  const own = (entry: Group['entries'][number]) => {
    if (owned.has(entry.event) || from === 0) return entry.event;
    entry.event = { ...entry.event, sources: entry.event.sources.map((s) => ({ ...s })) };
    owned.add(entry.event);
    return entry.event;
  };
  for (let doc = from; doc < perDoc.length; doc++) {
    if (p.due()) await p.pause();
    for (const m of perDoc[doc]!) {
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
          own(same).sources.push({ doc, passage: m.passage, sentence: m.sentence });
          count(group.told, told, 1);
        } else if (!/[.!?”"'’]$/u.test(mine.sentence) && /[.!?”"'’]$/u.test(m.sentence)) {
          // A full sentence tells the event better than a headline or bullet of the same article.
          const event = own(same);
          if (event.text === mine.sentence) event.text = m.sentence;
          count(group.told, `${doc}\u0000${mine.sentence}`, -1);
          Object.assign(event.sources.find((s) => s.doc === doc)!, { passage: m.passage, sentence: m.sentence });
          count(group.told, told, 1);
        }
        for (const w of words) {
          if (same.words.has(w)) continue;
          same.words.add(w);
          addTo(group.byWord, w, at);
        }
      } else if (!group.told.get(told)) {
        const at = group.entries.length;
        const event: TimelineEvent = { date: m.date, ...(m.end ? { end: m.end } : {}), precision: m.precision, text: m.sentence, sources: [{ doc, passage: m.passage, sentence: m.sentence }] };
        owned.add(event);
        group.entries.push({ event, words });
        count(group.told, told, 1);
        for (const w of words) addTo(group.byWord, w, at);
      }
    }
  }
}

/**
 * By first day, the wider span first (a year before its months, a quarter before its days); events with the same
 * date and end are one group, and ties in this order only ever fall within a group.
 */
function oldestFirst(a: TimelineEvent, b: TimelineEvent): number {
  const [sa, sb] = [span(a.date, a.end), span(b.date, b.end)];
  return sa[0].localeCompare(sb[0]) || sb[1].localeCompare(sa[1]) || a.date.localeCompare(b.date) || (a.end ?? '').localeCompare(b.end ?? '') || b.sources.length - a.sources.length;
}

const groupOf = (e: { date: string; end?: string }) => `${e.date}|${e.end ?? ''}`;

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

/**
 * First and last day an event may cover, for range filters and order: "2025-05" covers 2025-05-01 to 2025-05-31,
 * "1989-Q3" 1989-07-01 to 1989-09-30, "1998-W10" its Monday to Sunday, "199" the 1990s.
 */
export function span(date: string, end?: string): [string, string] {
  const first = daysOf(date) ?? [date, date];
  const last = end ? daysOf(end) ?? [end, end] : first;
  return [first[0], last[1]];
}
