// /timeline: dated events, oldest first, grouped by date, each with the articles that tell it.
import type { Answer, AnswerItem } from '../answer.js';
import { failure, plainCitation } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';
import { span, type EventSource, type TimelineEvent } from '../timeline/timeline.js';
import { parseDateFilter } from './date-filter.js';
import { rangeLabel } from '../dates/label.js';
import { highlightsFor } from '../search/excerpt.js';
import { cite } from './cite.js';
import { conceptTerms } from './source.js';
import { normaliseName } from '../people/name-tokens.js';
import { queryConcepts, type PassagesAbout } from '../search/searcher.js';

const MAX_EVENTS = 200;
const MAX_SOURCES = 5;

/** First and last day of every event of a timeline, as numbers (20250521), worked out once. */
const spans = new WeakMap<TimelineEvent[], { lo: Int32Array; hi: Int32Array }>();

/** A day as a number that sorts as the date does: 2025-05-21 -> 20250521. */
const dayNumber = (day: string) =>
  Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

function spansOf(events: TimelineEvent[]): { lo: Int32Array; hi: Int32Array } {
  let s = spans.get(events);
  if (!s) {
    s = { lo: new Int32Array(events.length), hi: new Int32Array(events.length) };
    for (const [i, e] of events.entries()) {
      const [lo, hi] = span(e.date, e.end);
      s.lo[i] = dayNumber(lo);
      s.hi[i] = dayNumber(hi);
    }
    spans.set(events, s);
  }
  return s;
}

/** Per article, the events it tells (ascending; an event has one source an article): worked out once per timeline. */
const byDoc = new WeakMap<TimelineEvent[], { start: Int32Array; events: Int32Array }>();

function eventsByDoc(events: TimelineEvent[]): { start: Int32Array; events: Int32Array } {
  let index = byDoc.get(events);
  if (!index) {
    let docs = 0;
    let pairs = 0;
    for (const e of events) {
      pairs += e.sources.length;
      for (const s of e.sources) docs = Math.max(docs, s.doc + 1);
    }
    const start = new Int32Array(docs + 1);
    for (const e of events) for (const s of e.sources) start[s.doc + 1]!++;
    for (let d = 0; d < docs; d++) start[d + 1]! += start[d]!;
    const next = start.slice(0, docs);
    const list = new Int32Array(pairs);
    events.forEach((e, i) => {
      for (const s of e.sources) list[next[s.doc]!++] = i;
    });
    byDoc.set(events, (index = { start, events: list }));
  }
  return index;
}

/** The events some of these articles tell, oldest first. */
function eventsTold(events: TimelineEvent[], docs: Iterable<number>): number[] {
  const { start, events: list } = eventsByDoc(events);
  const out = new Set<number>();
  for (const d of docs) for (let k = start[d] ?? 0, end = start[d + 1] ?? 0; k < end; k++) out.add(list[k]!);
  return [...out].sort((a, b) => a - b);
}

/**
 * The events told in passages about a topic, oldest first: from each passage the searcher finds about it to the
 * events its article tells (eventsByDoc), never through every event.
 */
function eventsAbout(corpus: CorpusState, about: PassagesAbout): number[] {
  const { events } = corpus.timeline;
  const { start, events: list } = eventsByDoc(events);
  const out = new Set<number>();
  about.each((id, passages) => {
    const d = corpus.byId.get(id);
    if (d === undefined) return;
    const here = new Set(passages);
    for (let k = start[d] ?? 0, end = start[d + 1] ?? 0; k < end; k++) {
      const i = list[k]!;
      if (events[i]!.sources.some((s) => s.doc === d && here.has(s.passage))) out.add(i);
    }
  });
  return [...out].sort((a, b) => a - b);
}

/** The events with only the sources that pass; one none passes is dropped, one all pass kept as it is. */
function narrowed(events: TimelineEvent[], keep: (s: EventSource) => boolean): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const e of events) {
    const sources = e.sources.filter(keep);
    if (sources.length === e.sources.length) out.push(e);
    else if (sources.length) out.push({ ...e, sources });
  }
  return out;
}

export interface TimelineFilters {
  from?: string;
  to?: string;
  topic?: string;
  person?: string;
}

export function timeline(corpus: CorpusState, filters: TimelineFilters): Answer {
  let from = '0000-01-01';
  let to = '9999-12-31';
  for (const edge of ['from', 'to'] as const) {
    const v = filters[edge];
    if (!v) continue;
    const r = parseDateFilter(v, edge);
    if ('error' in r) return failure('timeline', r.error);
    if (edge === 'from') from = r.date;
    else to = r.date;
  }
  if (from > to)
    return failure('timeline', `from (${filters.from ?? from}) is after to (${filters.to ?? to}); swap them?`);

  // A person first: the events their articles tell, from an index by article rather than a scan of every
  // event's every sentence.
  let who: string | null = null;
  let told: ((s: EventSource) => boolean) | null = null;
  let candidates: number[] | null = null;
  if (filters.person) {
    const { people, suggestions } = corpus.people.lookup(filters.person);
    if (people.length !== 1) {
      const msg =
        people.length > 1
          ? `Several people match “${filters.person}”: ${people
              .slice(0, 5)
              .map((p) => p.name)
              .join(', ')}. Give the full name.`
          : `No one by that name in the corpus.${suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`;
      return {
        command: 'timeline',
        title: 'Timeline',
        items: [],
        notice: msg,
        data: { events: [], suggestions, candidates: people.map((p) => p.name) },
      };
    }
    const person = people[0]!;
    who = person.name;
    const names = [person.name, ...person.aliases].map((a) => normaliseName(a.replace(/^@/, '')));
    // A source counts when its article is one the directory found the person in, and its sentence names them.
    told = (s) => {
      if (!person.docs.has(s.doc)) return false;
      const folded = ` ${normaliseName(s.sentence)} `;
      return names.some((n) => folded.includes(` ${n} `));
    };
    candidates = eventsTold(corpus.timeline.events, person.docs);
  }

  // A topic: the events told in passages about it, found from those passages (as many as they are).
  let topicTerms: ReturnType<typeof conceptTerms> = [];
  let about: PassagesAbout | null = null;
  if (filters.topic) {
    // Every concept of the topic, by the word, its acronym or its expansion.
    const concepts = queryConcepts(filters.topic, corpus.acronyms);
    topicTerms = conceptTerms(concepts);
    // An event is on the topic where the passage telling it is: "On May 7 the ministers signed four agreements"
    // in a paragraph about the corridor is an event of the corridor. The searcher's passages about it answer that.
    about = corpus.index.passagesAbout(concepts);
    // Alone, the topic chooses the events (from its passages); within dates or among a person's events, those are
    // fewer than a topic's passages (its words are in many), so they are tested instead.
    if (!filters.from && !filters.to && !candidates) candidates = eventsAbout(corpus, about);
  }

  let events: TimelineEvent[] = corpus.timeline.events;
  if (filters.from || filters.to || candidates) {
    const { lo, hi } = spansOf(corpus.timeline.events);
    const [first, last] = [dayNumber(from), dayNumber(to)];
    const within = (i: number) => hi[i]! >= first && lo[i]! <= last;
    events = [];
    if (candidates) {
      for (const i of candidates) if (within(i)) events.push(corpus.timeline.events[i]!);
    } else {
      for (let i = 0; i < lo.length; i++) if (within(i)) events.push(corpus.timeline.events[i]!);
    }
  }
  if (told) events = narrowed(events, told);
  if (about) {
    const { inDocument } = about;
    // Each document asked once, by its place in the corpus: the events of a window are told by few of them.
    const tests: ((passage: number) => boolean)[] = [];
    events = narrowed(events, (s) => (tests[s.doc] ??= inDocument(corpus.docs[s.doc]!.doc))(s.passage));
  }

  const total = events.length;
  const shown = events.slice(0, MAX_EVENTS);
  // An event told by many articles shows the first few; the count says how many more tell it.
  const cited = shown.map((e) =>
    e.sources.slice(0, MAX_SOURCES).map((s) =>
      cite(corpus.docs[s.doc]!, {
        text: s.sentence,
        highlights: topicTerms.length ? highlightsFor(s.sentence, topicTerms) : [],
      }),
    ),
  );
  // Grouped by date: one heading per date (or range), the events of that date under it, each cited.
  const items: AnswerItem[] = [];
  shown.forEach((e, i) => {
    // (Read as a reader reads it: "1970s", not TimeML's "197"; "summer 2025", not "2025-SU".)
    const heading = rangeLabel(e.date, e.end);
    const last = items[items.length - 1];
    const more =
      e.sources.length > MAX_SOURCES ? `${e.sources.length - MAX_SOURCES} more articles tell the same.` : undefined;
    if (last?.heading === heading) {
      last.citations.push(...cited[i]!);
      if (more) last.text = last.text ? `${last.text} ${more}` : more;
    } else items.push({ heading, citations: [...cited[i]!], ...(more ? { text: more } : {}) });
  });
  const scope = [
    filters.topic && `on “${filters.topic}”`,
    who && `naming ${who}`,
    filters.from && `from ${filters.from}`,
    filters.to && `to ${filters.to}`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    command: 'timeline',
    title: `Timeline${scope ? ' ' + scope : ''}`,
    summary: total
      ? `${total} dated event${total === 1 ? '' : 's'}, oldest first${total > shown.length ? `; the first ${shown.length} shown` : ''}`
      : undefined,
    items,
    notice: total ? undefined : 'No dated events in the corpus match that.',
    data: {
      filters,
      total,
      events: shown.map((e, i) => ({
        date: e.date,
        ...(e.end ? { end: e.end } : {}),
        precision: e.precision,
        text: e.text,
        sources: e.sources.length,
        citations: cited[i]!.map(plainCitation),
      })),
    },
  };
}
