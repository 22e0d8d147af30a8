// The corpus timeline: events from every article, the same event told by several articles merged into one.
import type { Precision } from '../dates/expressions.js';
import type { EventMention } from './events.js';
import { sortPaced, type Pace } from '../pace.js';
import { layeredOver, type GrowingMap } from '../layered-map.js';
import { firstNotBelow } from '../bisect.js';
import { daysOf } from '../dates/values.js';
import { contentWords, forgetContentWords, storyOf, tellsSame, toldOf, type Story, type Told } from './same-event.js';

export { figuresOf, namesInSentence, subjectOf } from './same-event.js';

export interface EventSource {
  doc: number;
  passage: number;
  sentence: string;
}

export interface TimelineEvent {
  date: string;
  end?: string;
  precision: Precision;
  /** The source sentence that tells the event best (the one sharing most with the others). */
  text: string;
  sources: EventSource[];
}

/** An event and what its core (its first sentence) tells: fixed, never a union that grows with each merge. */
interface Entry extends Told {
  event: TimelineEvent;
}

interface Group {
  entries: Entry[];
  /**
   * Word -> positions of the entries whose core holds it: only entries sharing a word can be the same event. Made
   * once the group has INDEX_FROM entries; a smaller group's few entries are compared word by word (most dates are
   * told by a handful of sentences, and the maps of their words were a quarter of what the timeline held).
   */
  byWord?: GrowingMap<string, number[]>;
  /** "doc\u0000sentence" of the sources in the group, counted (one sentence can cite two events). */
  told: GrowingMap<string, number>;
}

/**
 * The groups by date ("date|end"): a plain map when built, a layered map (layered-map.ts) when extended, whose own
 * layer holds only the groups the extension changed, over the previous timeline's, shared and never changed.
 */
type Groups = GrowingMap<string, Group>;

/**
 * A timeline and the per-date groups it was built from, which a reload adding articles carries on from. The groups
 * are absent after a snapshot load until `prepareTimeline` works them out again; an extension copies any group it
 * changes, so the previous timeline stays whole and can be extended again.
 */
export interface Timeline {
  /** Dated events, oldest first. */
  readonly events: TimelineEvent[];
  readonly groups?: Groups;
}

/** Events oldest first; within a date, one event per thing that happened, cited by every article that tells it. */
export async function buildTimeline(perDoc: EventMention[][], p: Pace): Promise<TimelineEvent[]> {
  return (await timelineOf(perDoc, p)).events;
}

/** buildTimeline, with the groups kept for extensions. */
export async function timelineOf(perDoc: EventMention[][], p: Pace): Promise<Timeline> {
  const groups = new Map<string, Group>();
  await take(groups, perDoc, 0, new Set(), p);
  return { events: await eventsOf(groups, p), groups };
}

/**
 * The timeline once articles `from` onwards are added (none removed or changed), equal to timelineOf over all of
 * them: the events of each date depend only on the articles that date, in order, so new ones are taken in where a
 * build would have left off. The previous timeline is not changed: a group the new articles touch is copied, and
 * an event that a new article tells too is copied first.
 */
export async function extendTimeline(
  previous: Timeline,
  perDoc: EventMention[][],
  from: number,
  p: Pace,
): Promise<Timeline> {
  if (!previous.groups) return timelineOf(perDoc, p);
  // The previous groups are shared, not copied: the ones the new articles change go in a layer of this timeline's.
  const groups = await layeredOver(previous.groups, p);
  const touched = new Set<string>();
  await take(groups, perDoc, from, new Set(), p, touched);
  return { events: await eventsAfter(previous, groups, touched, p), groups };
}

/**
 * eventsOf(groups) after an extension that changed only the `touched` groups: the previous events of the others
 * stand, in their order (a group's events sit together, and groups never tie), and each touched group's events go
 * in at its place, instead of every event sorted again. As eventsOf when two groups would tie.
 */
async function eventsAfter(
  previous: Timeline,
  groups: Groups,
  touched: Set<string>,
  p: Pace,
): Promise<TimelineEvent[]> {
  const order = groupOrderMemo();
  const before = previous.events;
  // Each touched group's events, most told first (in the order they came among equals), the groups oldest first.
  const unsorted: TimelineEvent[][] = [];
  let n = 0;
  for (const key of touched) {
    if (++n % GROUP_STEP === 0 && p.due()) await p.pause();
    const block = groups.get(key)!.entries.map((e) => e.event);
    if (block.length) unsorted.push(block.sort((x, y) => y.sources.length - x.sources.length));
  }
  const blocks = await sortPaced(unsorted, (a, b) => order(a[0]!, b[0]!), p);
  // The previous events between the touched groups, copied a run at a time, with each touched group's events in
  // place of its previous ones (which sit together, where the group goes).
  const runs: TimelineEvent[][] = [];
  let k = 0;
  for (const [n, block] of blocks.entries()) {
    if (p.due()) await p.pause();
    const at = (from: number, after: boolean) =>
      firstNotBelow(from, before.length, (i) => {
        const c = order(before[i]!, block[0]!);
        return c < 0 || (after && c === 0);
      });
    const lo = at(k, false);
    const end = at(lo, true);
    // Two groups that tie are ordered by their events (eventsOf's sort): then sorted whole.
    let tie = n > 0 && order(blocks[n - 1]![0]!, block[0]!) === 0;
    for (let i = lo; i < end && !tie; i++) tie = groupOf(before[i]!) !== groupOf(block[0]!);
    if (tie) return eventsOf(groups, p);
    runs.push(before.slice(k, lo), block);
    k = end;
  }
  runs.push(before.slice(k));
  // Joined natively, a few thousand runs at a time (one call takes only so many arguments).
  let out: TimelineEvent[] = [];
  for (let r = 0; r < runs.length; r += RUNS_AT_ONCE) {
    if (r > 0 && p.due()) await p.pause();
    out = out.concat(...runs.slice(r, r + RUNS_AT_ONCE));
  }
  return out;
}

/** Runs of events joined in one call. */
const RUNS_AT_ONCE = 4096;

/** Groups looked at between two chances to give way. */
const GROUP_STEP = 256;

/**
 * The order of the groups two events are in, as eventsOf orders them: 0 for the same group (or two that tie). Each
 * group's span is worked out once per comparer (reading a date is costly): one comparer for one sort or merge.
 */
function groupOrderMemo(): (a: TimelineEvent, b: TimelineEvent) => number {
  const spans = new Map<string, [string, string]>();
  const spanOf = (e: TimelineEvent) => {
    const key = groupOf(e);
    let s = spans.get(key);
    if (!s) spans.set(key, (s = span(e.date, e.end)));
    return s;
  };
  return (a, b) => {
    const [sa, sb] = [spanOf(a), spanOf(b)];
    return (
      sa[0].localeCompare(sb[0]) ||
      sb[1].localeCompare(sa[1]) ||
      a.date.localeCompare(b.date) ||
      (a.end ?? '').localeCompare(b.end ?? '')
    );
  };
}

/**
 * After a snapshot load: the timeline with the groups its events were built from, worked out again so that the
 * next reload adding articles carries on from them. Without them (as it was) unless they give exactly these events.
 */
export async function prepareTimeline(timeline: Timeline, perDoc: EventMention[][], p: Pace): Promise<Timeline> {
  if (timeline.groups) return timeline;
  const { events } = timeline;
  const groups = new Map<string, Group>();
  await take(groups, perDoc, 0, new Set(), p);
  const made = await eventsOf(groups, p);
  if (made.length !== events.length) return timeline;
  for (const [i, e] of made.entries()) {
    if (p.due()) await p.pause();
    if (JSON.stringify(e) !== JSON.stringify(events[i])) return timeline;
  }
  // The serving events stand for the ones just made: equal, and not held twice.
  const serving = new Map(made.map((e, i) => [e, events[i]!]));
  for (const [, g] of groups) for (const entry of g.entries) entry.event = serving.get(entry.event)!;
  return { events, groups };
}

/**
 * Events oldest first: by first day, the wider span first (a year before its months, a quarter before its days),
 * then by date and end as written; events with the same date and end are one group, and within it the most told
 * come first (in the order they came among equals). Each date's span is worked out once and every date string
 * ranked once (as localeCompare orders them), not at each comparison: sorting thousands of events by strings held
 * a reload for 0.5 s. Sorted in slices that give way.
 */
async function eventsOf(groups: Groups, p: Pace): Promise<TimelineEvent[]> {
  const spans = new Map<string, [string, string]>();
  let n = 0;
  for (const [, g] of groups) {
    if (++n % GROUP_STEP === 0 && p.due()) await p.pause();
    const e = g.entries[0]?.event;
    if (e && !spans.has(groupOf(e))) spans.set(groupOf(e), span(e.date, e.end));
  }
  const strings = new Set<string>(['']);
  for (const [key, [first, last]] of spans) {
    const [date, end] = key.split('|') as [string, string];
    for (const x of [first, last, date, end]) strings.add(x);
  }
  const rank = new Map<string, number>();
  let r = 0;
  let prev: string | null = null;
  for (const x of await sortPaced([...strings], (a, b) => a.localeCompare(b), p)) {
    if (prev !== null && prev.localeCompare(x) !== 0) r++;
    rank.set(x, r);
    prev = x;
  }
  const ranks = new Map<string, [number, number, number, number]>();
  for (const [key, [first, last]] of spans) {
    const [date, end] = key.split('|') as [string, string];
    ranks.set(key, [rank.get(first)!, rank.get(last)!, rank.get(date)!, rank.get(end)!]);
  }
  const events: { event: TimelineEvent; at: [number, number, number, number] }[] = [];
  n = 0;
  for (const [, g] of groups) {
    if (++n % GROUP_STEP === 0 && p.due()) await p.pause();
    for (const e of g.entries) events.push({ event: e.event, at: ranks.get(groupOf(e.event))! });
  }
  const sorted = await sortPaced(
    events,
    ({ event: a, at: ra }, { event: b, at: rb }) =>
      ra[0] - rb[0] || rb[1] - ra[1] || ra[2] - rb[2] || ra[3] - rb[3] || b.sources.length - a.sources.length,
    p,
  );
  return sorted.map((x) => x.event);
}

/**
 * A group's own copy, to change without changing the timeline it came from. What it holds is shared until changed:
 * an entry is replaced (with a copy of its event) before its event changes, a word's list copied before it grows.
 * A large group's maps are layered over the previous ones (layered-map.ts) rather than copied: a date many
 * articles tell would otherwise be copied whole for each reload that adds one more.
 */
async function copyOf(group: Group, p: Pace): Promise<Group> {
  const own = async <V>(map: GrowingMap<string, V>): Promise<GrowingMap<string, V>> =>
    map.size > COPY_UNDER ? layeredOver(map, p) : new Map(map);
  return {
    entries: group.entries.slice(),
    ...(group.byWord ? { byWord: await own(group.byWord) } : {}),
    told: await own(group.told),
  };
}

/** Maps of a group up to this size are copied (a copy is cheaper to read than layers). */
const COPY_UNDER = 64;

/**
 * Takes the events of articles `from` onwards into the groups. Events not in `owned` are copied before a change;
 * with `copied`, so is each group before its first change (its key then goes into `copied`), and so are the word
 * lists it shares with the group it was copied from.
 */
async function take(
  byDate: Groups,
  perDoc: EventMention[][],
  from: number,
  owned: Set<TimelineEvent>,
  p: Pace,
  copied?: Set<string>,
): Promise<void> {
  const own = (group: Group, entry: Entry) => {
    if (owned.has(entry.event) || from === 0) return entry.event;
    const event = { ...entry.event, sources: entry.event.sources.map((s) => ({ ...s })) };
    group.entries[group.entries.indexOf(entry)] = { ...entry, event };
    owned.add(event);
    return event;
  };
  // Word lists made or copied here: the others may be shared with a previous timeline's group.
  const lists = copied ? new Set<number[]>() : null;
  for (let doc = from; doc < perDoc.length; doc++) {
    if (p.due()) await p.pause();
    let story: Story | undefined;
    for (const m of perDoc[doc]!) {
      // An article may date hundreds of sentences: it gives way between them too.
      if (p.due()) await p.pause();
      const key = groupOf(m);
      const told = toldOf(m, (story ??= storyOf(perDoc[doc]!)));
      let group = byDate.get(key);
      if (group && copied && !copied.has(key)) byDate.set(key, (group = await copyOf(group, p)));
      if (!group) byDate.set(key, (group = { entries: [], told: new Map() }));
      copied?.add(key);
      const toldKey = `${doc}\u0000${m.sentence}`;
      // The first entry (in the order articles came) whose core tells the same thing: words in common with each
      // core counted through the group's word lists rather than by comparing with every entry.
      // Their counts are taken out of the shared scratch array at once: a busy date's group has thousands of entries
      // to compare with (half a second for one sentence at 10,000 articles), and the comparing gives way as it goes.
      const { touched, counts } = sharedCounts(group, told.words);
      const common = new Int32Array(touched.length);
      for (let t = 0; t < touched.length; t++) {
        common[t] = counts[touched[t]!]!;
        counts[touched[t]!] = 0;
      }
      let same: Entry | undefined;
      for (let t = 0; t < touched.length; t++) {
        if (t % COMPARE_STEP === COMPARE_STEP - 1 && p.due()) await p.pause();
        const g = group.entries[touched[t]!]!;
        if (
          tellsSame(g, common[t]!, told) &&
          !g.event.sources.some((s) => s.doc === doc && s.sentence === m.sentence)
        ) {
          same = g;
          break;
        }
      }
      if (same) {
        const mine = same.event.sources.find((s) => s.doc === doc);
        if (!mine) {
          const event = own(group, same);
          event.sources.push({ doc, passage: m.passage, sentence: m.sentence });
          count(group.told, toldKey, 1);
          if (event.sources.length <= REPRESENTATIVE_AMONG) event.text = representative(event.sources);
        } else if (!/[.!?”"'’]$/u.test(mine.sentence) && /[.!?”"'’]$/u.test(m.sentence)) {
          // A full sentence tells the event better than a headline or bullet of the same article.
          const event = own(group, same);
          count(group.told, `${doc}\u0000${mine.sentence}`, -1);
          Object.assign(
            event.sources.find((s) => s.doc === doc)!,
            { passage: m.passage, sentence: m.sentence },
          );
          count(group.told, toldKey, 1);
          event.text = representative(event.sources);
        }
      } else if (!group.told.get(toldKey)) {
        const at = group.entries.length;
        const event: TimelineEvent = {
          date: m.date,
          ...(m.end ? { end: m.end } : {}),
          precision: m.precision,
          text: m.sentence,
          sources: [{ doc, passage: m.passage, sentence: m.sentence }],
        };
        owned.add(event);
        group.entries.push({ event, ...told });
        count(group.told, toldKey, 1);
        if (group.byWord) for (const w of told.words) addPosition(group.byWord, w, at, lists);
        else if (group.entries.length >= INDEX_FROM) group.byWord = wordIndex(group.entries, lists);
      }
    }
  }
  // The sentences' word sets were kept for the merging just done; the entries hold the ones they need.
  forgetContentWords();
}

/** Entries a sentence is compared with between two chances to give way. */
const COMPARE_STEP = 16;

/** How many sources the representative sentence is chosen among: the first ones, so it settles. */
const REPRESENTATIVE_AMONG = 25;

/**
 * The sentence that tells the event best: the source sharing the most words with the other sources (the first on
 * ties), among the first few.
 */
function representative(sources: EventSource[]): string {
  const among = sources.slice(0, REPRESENTATIVE_AMONG);
  const sets = among.map((s) => contentWords(s.sentence));
  let best = 0;
  let bestScore = -1;
  sets.forEach((a, i) => {
    let score = 0;
    sets.forEach((b, j) => {
      if (i === j) return;
      let n = 0;
      for (const w of a) if (b.has(w)) n++;
      score += n / Math.max(1, Math.min(a.size, b.size));
    });
    if (score > bestScore + 1e-9) [best, bestScore] = [i, score];
  });
  return among[best]!.sentence;
}

const groupOf = (e: { date: string; end?: string }) => `${e.date}|${e.end ?? ''}`;

let scratch = new Int32Array(1024);

/** Entries a group compares word by word before it indexes them by word (Group.byWord). */
const INDEX_FROM = 16;

/** The word index of a group's entries, each word's positions ascending; with `mine`, its lists marked as made here. */
function wordIndex(entries: Entry[], mine: Set<number[]> | null): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  entries.forEach((e, at) => {
    for (const w of e.words) addPosition(byWord, w, at, null);
  });
  if (mine) for (const list of byWord.values()) mine.add(list);
  return byWord;
}

/** How many of these words each entry of the group holds; `touched` lists the entries holding any, in order. */
function sharedCounts(group: Group, words: Set<string>): { counts: Int32Array; touched: number[] } {
  if (scratch.length < group.entries.length) scratch = new Int32Array(group.entries.length * 2);
  const touched: number[] = [];
  if (!group.byWord) {
    group.entries.forEach((e, i) => {
      for (const w of words) if (e.words.has(w)) scratch[i]!++;
      if (scratch[i]! > 0) touched.push(i);
    });
    return { counts: scratch, touched };
  }
  for (const w of words) {
    for (const i of group.byWord.get(w) ?? []) if (scratch[i]!++ === 0) touched.push(i);
  }
  return { counts: scratch, touched: touched.sort((a, b) => a - b) };
}

function count(map: GrowingMap<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Adds a position to a word's list; with `mine`, a list not in it is copied first (it may be another group's). */
function addPosition(map: GrowingMap<string, number[]>, word: string, at: number, mine: Set<number[]> | null): void {
  const list = map.get(word);
  if (list && (!mine || mine.has(list))) list.push(at);
  else {
    const made = list ? [...list, at] : [at];
    map.set(word, made);
    mine?.add(made);
  }
}

/**
 * First and last day an event may cover, for range filters and order: "2025-05" covers 2025-05-01 to 2025-05-31,
 * "1989-Q3" 1989-07-01 to 1989-09-30, "1998-W10" its Monday to Sunday, "199" the 1990s.
 */
export function span(date: string, end?: string): [string, string] {
  const first = daysOf(date) ?? [date, date];
  const last = end ? (daysOf(end) ?? [end, end]) : first;
  return [first[0], last[1]];
}
