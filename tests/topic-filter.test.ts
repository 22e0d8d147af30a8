// The timeline's topic filter goes from the passages about the topic to the events told there: the same events as
// testing every event's every source, and the searcher's list of those passages is exactly what its test accepts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import type { CorpusState } from '../src/corpus/load.js';
import { queryConcepts } from '../src/search/searcher.js';
import { span, type TimelineEvent } from '../src/timeline/timeline.js';
import { timeline, type TimelineFilters } from '../src/queries/timeline.js';
import { tokenize, isStopword } from '../src/text.js';
import { seedEngine } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
}, 120_000);

/** Topics drawn from the events' own sentences: every seventh content word, and pairs of them. */
function topics(c: CorpusState): string[] {
  const words = [
    ...new Set(
      c.timeline.events.flatMap((e) =>
        tokenize(e.text).filter((w) => w.length >= 4 && !isStopword(w) && !/\d/.test(w)),
      ),
    ),
  ].filter((_, i) => i % 7 === 0);
  return [...words, ...words.slice(0, 12).map((w, i) => `${w} ${words[(i * 5 + 3) % words.length]}`)];
}

/** The filter as it was: every event in the window, with only its sources in passages about the topic. */
function byEveryEvent(c: CorpusState, filters: TimelineFilters): TimelineEvent[] {
  const about = c.index.passagesAbout(queryConcepts(filters.topic!, c.acronyms));
  const has = (doc: string, passage: number) => about.inDocument(doc)(passage);
  const [from, to] = [filters.from ?? '0000-01-01', filters.to ?? '9999-12-31'];
  const out: TimelineEvent[] = [];
  for (const e of c.timeline.events) {
    const [first, last] = span(e.date, e.end);
    if (last < from || first > to) continue;
    const sources = e.sources.filter((s) => has(c.docs[s.doc]!.doc, s.passage));
    if (sources.length) out.push({ ...e, sources });
  }
  return out;
}

/** The corpus with a searcher whose passages about anything are listed as every passage: the test alone decides. */
function listingEverything(c: CorpusState): CorpusState {
  const index = Object.create(c.index) as CorpusState['index'];
  index.passagesAbout = (concepts) => ({
    inDocument: c.index.passagesAbout(concepts).inDocument,
    each: (visit) =>
      c.docs.forEach((d) =>
        visit(
          d.doc,
          d.passages.map((p) => p.n),
        ),
      ),
  });
  return { ...c, index };
}

describe('the timeline topic filter', () => {
  it('answers with a person and a topic as when every event is tested', () => {
    const c = engine.corpus;
    const everything = listingEverything(c);
    const names = c.people.people.filter((p) => p.docs.size > 1).map((p) => p.name);
    let found = 0;
    for (const person of names)
      for (const topic of topics(c)) {
        const answer = timeline(c, { person, topic });
        expect(answer, `${person} ${topic}`).toEqual(timeline(everything, { person, topic }));
        found += (answer.data as { total: number }).total;
      }
    expect(names.length).toBeGreaterThan(1);
    expect(found).toBeGreaterThan(0);
  });

  it('gives the events every source test gives, from the passages about the topic', () => {
    const c = engine.corpus;
    const years = [...new Set(c.timeline.events.map((e) => e.date.slice(0, 4)))];
    let found = 0;
    for (const topic of topics(c)) {
      for (const window of [{}, { from: `${years[0]}-01-01`, to: `${years[0]}-06-30` }]) {
        const filters = { topic, ...window };
        const expected = byEveryEvent(c, filters);
        const data = timeline(c, filters).data as {
          total: number;
          events: { date: string; text: string; sources: number }[];
        };
        expect(data.total, topic).toBe(expected.length);
        expect(data.events, topic).toEqual(
          expected
            .slice(0, 200)
            .map((e) => expect.objectContaining({ date: e.date, text: e.text, sources: e.sources.length })),
        );
        found += expected.length;
      }
    }
    // The topics did find events.
    expect(found).toBeGreaterThan(20);
  });

  it('lists exactly the passages its test accepts, each document once, passages ascending', () => {
    const c = engine.corpus;
    for (const topic of topics(c)) {
      const about = c.index.passagesAbout(queryConcepts(topic, c.acronyms));
      const listed: string[] = [];
      about.each((doc, passages) => {
        expect([...passages].sort((a, b) => a - b)).toEqual(passages);
        for (const n of passages) listed.push(`${doc}#${n}`);
      });
      const accepted = c.docs.flatMap((d) =>
        d.passages.filter((p) => about.inDocument(d.doc)(p.n)).map((p) => `${d.doc}#${p.n}`),
      );
      expect(listed, topic).toEqual(accepted);
    }
  });
});
