// The reload path's corpus-wide work gives way to answers in slices (src/pace.ts): copies of a serving value's maps,
// the people's name variants and every part's build and extension take the same results, paced or in one go.
import { describe, expect, it } from 'vitest';
import { copyMap, NEVER, sortPaced, type Pace } from '../src/pace.js';
import { nameVariants, nameVariantsPaced } from '../src/people/variants.js';
import { extractEvents } from '../src/timeline/events.js';
import { timelinePart } from '../src/corpus/parts/timeline.js';
import type { Document } from '../src/types.js';
import { extendTimeline, timelineOf } from '../src/timeline/timeline.js';
import type { EventMention } from '../src/timeline/events.js';
import { extractsOf, extractsPaced } from '../src/corpus/load.js';
import { LayeredMap } from '../src/layered-map.js';
import type { FileResult } from '../src/corpus/ingest.js';

/** A pace that says to give way at every chance, and counts the times it did. */
function eager(): Pace & { pauses: number } {
  const p = { pauses: 0, due: () => true, pause: async () => void p.pauses++ };
  return p;
}

describe('copyMap', () => {
  const big = new Map<string, number[]>(Array.from({ length: 5000 }, (_, i) => [`k${(i * 7919) % 5000}`, [i]]));

  it('copies every entry in order, each value through the copier, leaving the map as it was', async () => {
    const p = eager();
    const copy = await copyMap(big, p, (v) => [...v]);
    expect([...copy]).toEqual([...big]);
    expect([...copy.keys()]).toEqual([...big.keys()]);
    copy.get('k0')!.push(-1);
    copy.set('new', [1]);
    expect(big.get('k0')).toEqual([0]);
    expect(big.has('new')).toBe(false);
    // In slices: it gave way between them.
    expect(p.pauses).toBeGreaterThanOrEqual(4);
  });

  it('shares the values when given no copier, and copies a small map at once', async () => {
    const p = eager();
    const shared = await copyMap(big, p);
    expect(shared).not.toBe(big);
    expect(shared.get('k1')).toBe(big.get('k1'));
    expect(p.pauses).toBeGreaterThanOrEqual(4);
    const small = new Map([['a', 1]]);
    const once = eager();
    const copy = await copyMap(small, once);
    expect([...copy]).toEqual([['a', 1]]);
    expect(copy).not.toBe(small);
    expect(once.pauses).toBe(0);
    expect(await copyMap(big, NEVER)).toEqual(big);
  });
});

describe('extractsPaced', () => {
  it("gives what extractsOf gives, every file's extracts in article order, giving way as it goes", async () => {
    // Files of one to three articles, some with no timeline extracts at all.
    const results = Array.from({ length: 1000 }, (_, f) => ({
      docs: [],
      extracts: f % 7 === 3 ? {} : { timeline: Array.from({ length: 1 + (f % 3) }, (_, k) => [`${f}.${k}`]) },
    })) as unknown as FileResult[];
    const p = eager();
    const paced = await extractsPaced(timelinePart, results, p);
    expect(paced).toEqual(extractsOf(timelinePart, results));
    expect(paced.length).toBeGreaterThan(1000);
    expect(p.pauses).toBeGreaterThanOrEqual(3);
  });
});

describe('nameVariantsPaced', () => {
  it('gives what nameVariants gives, giving way as it goes', async () => {
    // Many surnames, each spelt a second way a few times (a doubled letter) and once with a slip.
    const counts = new Map<string, number>();
    for (let i = 0; i < 600; i++) {
      const name = `${['amina', 'boris', 'chen', 'dmitri'][i % 4]} ${String.fromCharCode(97 + (i % 26))}olberg${i}`;
      counts.set(name, 10 + (i % 7));
      counts.set(name.replace('olberg', 'ollberg'), 2);
      counts.set(name.replace('olberg', 'olbarg'), 1);
    }
    const p = eager();
    const paced = await nameVariantsPaced(counts, p);
    expect([...paced]).toEqual([...nameVariants(counts)]);
    expect(paced.size).toBe(1200);
    expect(p.pauses).toBeGreaterThanOrEqual(Math.floor(counts.size / 256));
  });
});

describe("the timeline part's extraction", () => {
  it('finds, a few passages at a time, what one pass over the article finds, a sentence broken across two passages included', () => {
    // One passage a line; the fourth line breaks off mid-sentence ("... on") and the fifth carries it on.
    const lines = [
      'The harbour authority said on Monday that the northern port would reopen.',
      'Ferries resumed on Tuesday after two days of closures, operators said.',
      'Dock workers returned on Wednesday, the union said in a statement.',
      'Insurers said on Thursday that the assessors would report to the minister on',
      'June 30, officials told reporters at the port.',
      'The minister visited the port on Friday and promised new sea walls.',
      'Fishermen said on Saturday that most boats had survived the storm.',
    ];
    let at = 0;
    const passages = lines.map((text, n) => {
      const p = { n, text, start: at, end: at + text.length };
      at += text.length + 1;
      return p;
    });
    const doc: Document = {
      doc: 'ports.txt',
      file: 'ports.txt',
      title: 'Ports reopen',
      date: '2025-05-20',
      source: null,
      lang: 'en',
      text: lines.join('\n'),
      passages,
    };
    const steps = timelinePart.extract!(doc);
    let step = steps.next();
    let given = 0;
    for (; !step.done; step = steps.next()) given++;
    const whole = extractEvents(doc);
    expect(step.value).toEqual(whole);
    // The broken sentence is dated once, whole, at the passage that ends it.
    expect(whole.filter((e) => e.sentence.startsWith('Insurers')).map((e) => e.passage)).toEqual([4, 4]);
    // In more than one step.
    expect(given).toBeGreaterThan(1);
  });
});

describe("the timeline's order", () => {
  it('is by first day, the wider span first, then the date as written, then the most told, built or extended', async () => {
    const told = (date: string, precision: EventMention['precision'], sentence: string): EventMention => ({
      date,
      precision,
      passage: 0,
      sentence,
    });
    const perDoc: EventMention[][] = [
      [told('2025-01-01', 'day', 'Grain exports resumed at the northern port.')],
      [told('2025', 'year', 'Freight volumes doubled across the region.')],
      [told('2025-Q1', 'quarter', 'Quarterly tolls fell at the river crossing.')],
      [told('2024-12-31', 'day', 'Harbour pilots ended their strike.')],
      [told('2025-W01', 'week', 'Customs checks slowed lorries at the border.')],
      [told('202', 'decade', 'The canal company planned new locks.')],
      // Told by two articles: before the other event of its date.
      [told('2025-01-01', 'day', 'Coal barges from Rotterdam sailed again on the Rhine canal.')],
      [told('2025-01-01', 'day', 'Coal barges from Rotterdam sailed again on the Rhine canal.')],
    ];
    // A decade from its first year, an ISO week from its Monday (2024-12-30).
    const order = ['202', '2025-W01', '2024-12-31', '2025', '2025-Q1', '2025-01-01', '2025-01-01'];
    const built = (await timelineOf(perDoc, NEVER)).events;
    expect(built.map((e) => e.date)).toEqual(order);
    expect(built.filter((e) => e.date === '2025-01-01').map((e) => e.sources.length)).toEqual([2, 1]);
    const extended = (await extendTimeline(await timelineOf(perDoc.slice(0, 3), NEVER), perDoc, 3, NEVER)).events;
    expect(extended).toEqual(built);
  });
});

describe('sortPaced', () => {
  it('gives what a stable sort gives, ties in the order they came, giving way between runs and while merging', async () => {
    // Keys with many ties, each item told apart by where it came.
    const items = Array.from({ length: 5000 }, (_, i) => ({ key: (i * 7919) % 97, at: i }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const p = eager();
    const sorted = await sortPaced(items, byKey, p);
    expect(sorted).toEqual([...items].sort(byKey));
    expect(sorted).not.toBe(items);
    expect(items[1]!.at).toBe(1);
    // Five runs of 1,024 sorted one at a time, then merged in passes that give way too.
    expect(p.pauses).toBeGreaterThanOrEqual(8);
    expect(await sortPaced([], byKey, p)).toEqual([]);
    expect(await sortPaced(items.slice(0, 3), byKey, NEVER)).toEqual(items.slice(0, 3).sort(byKey));
  });
});

describe("the timeline's extension", () => {
  it('gives way while it orders the groups the new articles touched and sets them among the others, and equals a build', async () => {
    // One event a day: three thousand days, then three thousand more, each its own group.
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const perDoc: EventMention[][] = Array.from({ length: 6000 }, (_, i) => [
      {
        date: day(i % 2 ? 6000 - i : i),
        precision: 'day',
        passage: 0,
        sentence: `Barge ${i} reached the lock at dawn.`,
      },
    ]);
    const previous = await timelineOf(perDoc.slice(0, 3000), NEVER);
    // Pauses counted where they were asked for: in the placing of the new groups, not in taking the articles in.
    let placing = 0;
    const p: Pace = {
      due: () => true,
      pause: async () => void (/eventsAfter|sortPaced|mergeRuns/.test(new Error().stack ?? '') && placing++),
    };
    const extended = await extendTimeline(previous, perDoc, 3000, p);
    expect(extended.events).toEqual((await timelineOf(perDoc, NEVER)).events);
    expect(placing).toBeGreaterThanOrEqual(3000);
  });

  it("layers a large group's word lists over the previous ones, twice over, to what a build gives", async () => {
    // One date told by many articles, each in words of its own, some told again by a later article.
    const words = [
      'grain',
      'barge',
      'lock',
      'quay',
      'crane',
      'pilot',
      'ferry',
      'tug',
      'dock',
      'berth',
      'wharf',
      'buoy',
    ];
    const name = (i: number) =>
      'zor' + String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
    const sentence = (i: number) => `The ${words[i % 12]} crew of ${name(i % 90)} moved ${name(200 + (i % 90))} cargo.`;
    const perDoc: EventMention[][] = Array.from({ length: 120 }, (_, i) => [
      { date: '2019-06-03', precision: 'day', passage: 0, sentence: sentence(i) },
    ]);
    const previous = await timelineOf(perDoc.slice(0, 80), NEVER);
    expect(previous.groups!.get('2019-06-03|')!.byWord!.size).toBeGreaterThan(64);
    const before = JSON.stringify([...previous.groups!], (_, v) => (v instanceof Map ? [...v] : v));
    const once = await extendTimeline(previous, perDoc.slice(0, 100), 80, NEVER);
    expect(once.groups!.get('2019-06-03|')!.byWord).toBeInstanceOf(LayeredMap);
    const twice = await extendTimeline(once, perDoc, 100, NEVER);
    expect(twice.events).toEqual((await timelineOf(perDoc, NEVER)).events);
    expect((await extendTimeline(once, perDoc, 100, NEVER)).events).toEqual(twice.events);
    expect(JSON.stringify([...previous.groups!], (_, v) => (v instanceof Map ? [...v] : v))).toBe(before);
  });

  it("shares the previous timeline's groups instead of copying them, and changes none of them", async () => {
    const told = (date: string, sentence: string): EventMention[] => [{ date, precision: 'day', passage: 0, sentence }];
    const perDoc = [
      told('2024-03-01', 'Ferries resumed on the northern route.'),
      told('2024-03-02', 'The harbour opened a second quay.'),
      told('2024-03-02', 'Pilots agreed a new contract with the port.'),
    ];
    const previous = await timelineOf(perDoc.slice(0, 2), NEVER);
    const before = structuredClone([...previous.groups!]);
    const extended = await extendTimeline(previous, perDoc, 2, NEVER);
    // The previous map is a layer under the extension's own, not copied into it.
    expect(extended.groups).toBeInstanceOf(LayeredMap);
    expect((extended.groups as LayeredMap<string, unknown>).depth).toBe(1);
    // The untouched date's group is the previous one itself; the touched one a copy.
    expect(extended.groups!.get('2024-03-01|')).toBe(previous.groups!.get('2024-03-01|'));
    expect(extended.groups!.get('2024-03-02|')).not.toBe(previous.groups!.get('2024-03-02|'));
    expect([...previous.groups!]).toEqual(before);
    expect(extended.events).toEqual((await timelineOf(perDoc, NEVER)).events);
  });
});

describe('taking articles into the timeline', () => {
  /** A pace that gives way at every chance, counting the pauses asked for in `take` (the articles taken in). */
  const inTake = () => {
    const p = {
      taking: 0,
      due: () => true,
      pause: async () => void (/at (?:async )?take /.test(new Error().stack ?? '') && p.taking++),
    };
    return p;
  };
  /** A word of its own for each number: sentences that share only the words they are meant to. */
  const own = (i: number) =>
    [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26].map((c) => String.fromCharCode(97 + c)).join('') +
    'olberg';

  it('gives way between the dated sentences of one article, not only between articles', async () => {
    // One article dating 300 sentences, each a day of its own: nothing to compare, only sentences to take.
    const day = (i: number) => new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const perDoc: EventMention[][] = [
      Array.from({ length: 300 }, (_, i) => ({
        date: day(i),
        precision: 'day' as const,
        passage: i,
        sentence: `The ${own(i)} ferry sailed.`,
      })),
    ];
    const p = inTake();
    const paced = await timelineOf(perDoc, p);
    expect(paced.events).toEqual((await timelineOf(perDoc, NEVER)).events);
    expect(p.taking).toBeGreaterThanOrEqual(300);
  });

  it("gives way while one sentence is compared with a busy date's many entries", async () => {
    // 400 sentences of one date sharing a word, each telling something of its own: every one is compared with the
    // entries before it (80,000 comparisons), far more chances to give way than sentences.
    const perDoc: EventMention[][] = [
      Array.from({ length: 400 }, (_, i) => ({
        date: '2001-03-04',
        precision: 'day' as const,
        passage: i,
        sentence: `Harbour ${own(i)} ${own(i + 400)} ${own(i + 800)} opened the ${own(i + 1200)} quay.`,
      })),
    ];
    const p = inTake();
    const paced = await timelineOf(perDoc, p);
    const once = await timelineOf(perDoc, NEVER);
    expect(paced.events).toEqual(once.events);
    expect(once.events).toHaveLength(400);
    expect(p.taking).toBeGreaterThan(2 * 400);
  });
});

describe('the whole people build', () => {
  it('gives way while it indexes the names and makes the people, not only between articles', async () => {
    const { ingestFile } = await import('../src/corpus/ingest.js');
    const { buildPeople } = await import('../src/people/build.js');
    const { unpackMentions } = await import('../src/people/packed.js');
    const { peoplePart } = await import('../src/corpus/parts/people.js');
    // One long article naming 600 people: its names are indexed and its people made in loops over all names.
    const given = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hassan', 'Irene', 'James'];
    const family = Array.from(
      { length: 60 },
      (_, i) => `Berg${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'mnprst'[i % 6]}ov`,
    );
    const lines = given.flatMap((g) => family.map((f) => `${g} ${f} said on Monday that the council would meet.`));
    const result = ingestFile({
      file: 'roll.txt',
      text: `Council roll\nUpdated 2 May 2025\n${lines.join(' ')}`,
      hash: 'r',
    });
    const packed = extractsOf(peoplePart, [result]);
    const callers: string[] = [];
    const pace: Pace = {
      due: () => true,
      pause: async () => void callers.push(/at (?:async )?(\w+)/.exec(new Error().stack!.split('\n')[2]!)?.[1] ?? ''),
    };
    const dir = await buildPeople(result.docs, (d) => unpackMentions(result.docs[d]!, packed[d]!), pace);
    expect(dir.people.length).toBeGreaterThan(500);
    const count = (fn: string) => callers.filter((c) => c === fn).length;
    // One article: one pause between articles in each pass; the rest are within the loops over 600 names.
    expect(count('buildPeople')).toBeGreaterThanOrEqual(3);
    expect(count('register')).toBeGreaterThanOrEqual(6);
  });
});
