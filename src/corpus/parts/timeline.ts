// The timeline as a corpus part: dated sentences found per article at ingestion, merged into events; the per-date
// groups they were merged in are carried inside the timeline for the next extension.
import type { CorpusPart } from '../part.js';
import { spanOf, textOf, type SentenceSpan } from '../../spans.js';
import { extractEvents, leadOf, type EventMention } from '../../timeline/events.js';
import type { ArticleContext } from '../../dates/expressions.js';
import { extendTimeline, prepareTimeline, timelineOf, type Timeline, type TimelineEvent } from '../../timeline/timeline.js';
import type { Document } from '../../types.js';

/** Passages whose dated sentences are found between two chances to give way: reading dates is costly. */
const DATED_PASSAGES_PER_STEP = 4;

/**
 * The article in slices of a few passages, each with the passage after it: a passage's dated sentences depend on
 * the article's text and on where the next passage starts (a sentence a page broke off is dated there, whole), so
 * the events of a slice's own passages are those a whole pass gives them.
 */
function* datedSlices(d: Document): Generator<{ doc: Document; own: number }> {
  if (d.passages.length <= DATED_PASSAGES_PER_STEP) return yield { doc: d, own: d.passages.length };
  for (let i = 0; i < d.passages.length; i += DATED_PASSAGES_PER_STEP) {
    const own = Math.min(DATED_PASSAGES_PER_STEP, d.passages.length - i);
    yield { doc: { ...d, passages: d.passages.slice(i, i + DATED_PASSAGES_PER_STEP + 1) }, own };
  }
}

type PackedEvent = Omit<TimelineEvent, 'text' | 'sources'> & { text: string | 0; sources: [number, number, SentenceSpan][] };

function packEvents(events: TimelineEvent[], docs: Document[]): PackedEvent[] {
  return events.map((e) => ({
    ...e,
    // The text is most often its first source's sentence: then not written twice.
    text: e.text === e.sources[0]?.sentence ? 0 : e.text,
    sources: e.sources.map((s) => [s.doc, s.passage, spanOf(docs[s.doc]!, s.passage, s.sentence)]),
  }));
}

function unpackEvents(rows: PackedEvent[], docs: Document[]): TimelineEvent[] {
  return rows.map((e) => {
    const sources = e.sources.map(([doc, passage, span]) => ({ doc, passage, sentence: textOf(docs[doc]!, span) }));
    return { ...e, text: e.text === 0 ? sources[0]!.sentence : e.text, sources };
  });
}

export const timelinePart: CorpusPart<Timeline, EventMention[], 'timeline'> = {
  name: 'timeline',
  version: 8,
  *extract(doc) {
    const dated: EventMention[] = [];
    // One context for the whole article: "The following month" in a later slice still reads the sentence before.
    const article: ArticleContext = {};
    for (const slice of datedSlices(doc)) {
      dated.push(...extractEvents(slice.doc, article, slice.own));
      yield;
    }
    // Who the story is about is read in its lead, dated or not.
    const lead = dated.length ? leadOf(doc) : null;
    if (lead && lead !== dated[0]!.sentence) dated[0] = { ...dated[0]!, lead };
    return dated;
  },
  packExtract: (list, doc) => list.map((e) => ({ ...e, sentence: spanOf(doc, e.passage, e.sentence) })),
  unpackExtract: (packed, doc) => (packed as (Omit<EventMention, 'sentence'> & { sentence: SentenceSpan })[]).map((e) => ({ ...e, sentence: textOf(doc, e.sentence) })),
  build: (_docs, perDoc, p) => timelineOf(perDoc, p),
  extend: (previous, _docs, perDoc, from, p) => extendTimeline(previous, perDoc, from, p),
  prepare: (timeline, _docs, perDoc, p) => prepareTimeline(timeline, perDoc, p),
  save: ({ events }, docs) => ({ count: events.length, rows: (from, to) => packEvents(events.slice(from, to), docs) }),
  load: async ({ rows }, docs) => ({ events: unpackEvents(rows as PackedEvent[], docs) }),
};
