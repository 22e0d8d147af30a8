// A reload that only adds articles extends people, stories and the timeline instead of building them again:
// the result must be exactly what a build over the same articles gives, and the serving state must not change.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/corpus/ingest.js';
import { buildPeople, extendPeople, type MentionsOf } from '../src/people/build.js';
import { unpackMentions } from '../src/people/packed.js';
import type { Document } from '../src/types.js';
import { PeopleDirectory } from '../src/people/directory.js';
import { extendStories, storyIds } from '../src/corpus/stories.js';
import { assemble, carriedExtractsOf, extractsOf } from '../src/corpus/load.js';
import { PARTS, type AnyPart } from '../src/corpus/parts.js';
import { LayeredMap } from '../src/layered-map.js';
import { peoplePart } from '../src/corpus/parts/people.js';
import { Engine } from '../src/engine.js';
import { NEVER } from '../src/pace.js';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR, tempCorpus } from './helpers.js';

// Each new article changes who an older one names: a longer full name takes over a shorter one, a second
// person with a surname makes that surname alone ambiguous, an @handle finds its owner, and another spelling
// of a name becomes the most common.
const ARTICLES: Record<string, string> = {
  'a.txt':
    'Kabul talks resume\nUpdated 2 May 2025\nForeign Minister Amir Khan said on Monday that talks would resume. Khan added that the delegation was ready. Analyst Jean Pierre Dupont said the talks mattered. Follow @AmirKhanMuttaqi for updates.',
  'b.txt':
    'Cricket board meets\nUpdated 3 May 2025\nBoard chairman Sara Khan said the season would start in June. Khan said players were fit.',
  'c.txt':
    'Prices climb again\nUpdated 4 May 2025\nFuel prices rose for a third week. Rahman said the rise would slow by winter.',
  'd.txt': 'Budget plans\nUpdated 5 May 2025\nEconomist Tariq Rahman said the budget was tight. He warned of cuts.',
  'd2.txt': 'Doha meeting\nUpdated 5 May 2025\nOfficials met Foreign Minister Amir Khan in Doha on Monday.',
  'd3.txt': 'Newsletter\nUpdated 5 May 2025\nFollow @FazalRahman for news from the cabinet, officials said.',
  'd4.txt': 'Board statement\nUpdated 5 May 2025\nThe board met on Friday. Khan said the players were ready.',
  'e.txt':
    'Envoy visits\nUpdated 6 May 2025\nActing Foreign Minister Amir Khan Muttaqi said on Tuesday that the visit went well. Muttaqi met officials.',
  'f.txt':
    'Cabinet changes\nUpdated 7 May 2025\nMinister Fazal Rahman said the cabinet would change. Rahman added that talks would follow.',
  'h.txt':
    'Budget vote\nUpdated 9 May 2025\nEconomist Tariq Rahman said the vote was close. Rahman added that it would pass.',
  'g.txt':
    'Talks analysed\nUpdated 8 May 2025\nAnalyst Jean-Pierre Dupont said the talks were long. Jean-Pierre Dupont added more.',
  // One full name, two people by their roles: split when the senator comes, and the footballer's article moves
  // to the second person when a second senator's article makes the footballer the fewer.
  'i.txt':
    'Cup final\nUpdated 10 May 2025\nStriker John Baird scored twice on Saturday as his club won the cup. Baird was named man of the match.',
  'j.txt':
    'Senate vote\nUpdated 11 May 2025\nSenator John Baird said on Wednesday the bill would pass. Baird spoke in Washington.',
  'k.txt': 'Senate debate\nUpdated 12 May 2025\nSenator John Baird said the debate would end on Friday.',
  // A titled surname beside a namesake named in full: the namesake until another article gives the title in full.
  'l.txt':
    'Harbour opens\nUpdated 13 May 2025\nGovernor Varga opened the new harbour on Monday. Varga and Tomas Varga, a local architect, toured the site.',
  'm.txt': 'Province budget\nUpdated 14 May 2025\nGovernor Helen Varga said on Tuesday the province would borrow less.',
  // An initial for the given name, a middle initial left out, a courtesy title: one person each, once named in full.
  'n.txt': 'Side named\nUpdated 15 May 2025\nLeinster: G Murphy; S Horgan, B Kearney, G Darcy; R Keane, P Stringer.',
  'o.txt':
    'Kearney fit\nUpdated 16 May 2025\nFull back Brian Kearney said on Friday that his knee had healed. Mr Kearney will start.',
  'p.txt': 'Trade talks\nUpdated 17 May 2025\nPresident George Dunmore said on Monday the tariffs would stay.',
  'q.txt': 'Trade deal\nUpdated 18 May 2025\nPresident George T Dunmore signed the deal on Friday.',
  // A titled surname a letter off the one the title is given to in full (a wire slip): that person once she is
  // named with it, not the namesake who never has the title.
  'r.txt': 'Port visit\nUpdated 19 May 2025\nGovernor Kovac opened the port on Monday, officials said.',
  'r2.txt': 'Port staff\nUpdated 19 May 2025\nHarbour master Ivan Kovac said the cranes were ready.',
  's.txt': 'Port budget\nUpdated 20 May 2025\nGovernor Anna Kovacs said on Tuesday the port would borrow less.',
};

function articles(texts: Record<string, string> = ARTICLES): { docs: Document[]; mentions: MentionsOf } {
  const results = Object.entries(texts).map(([file, text]) => ingestFile({ file, text, hash: file }));
  const [docs, packed] = [results.flatMap((r) => r.docs), extractsOf(peoplePart, results)];
  return { docs, mentions: (doc) => unpackMentions(docs[doc]!, packed[doc]!) };
}

/** Everything a directory answers with, in order: its people, and what looking up any of their names gives. */
function contents(dir: PeopleDirectory): string {
  const people = dir.people.map((p) => [
    p.name,
    p.key,
    p.aliases,
    p.roles,
    [...p.affiliations],
    [...p.docs],
    p.mentions.list(),
    dir.companions(p),
  ]);
  const queries = [
    ...new Set(
      dir.people.flatMap((p) => [p.key, ...p.aliases, ...p.tokens, ...p.tokens.map((t) => `${t.slice(0, -1)}x`)]),
    ),
  ];
  const lookups = queries.map((q) => [
    q,
    dir.lookup(q).people.map((p) => p.key),
    dir.lookup(q).suggestions,
    dir.autocomplete(q.slice(0, 2)).map((p) => p.key),
  ]);
  return JSON.stringify([people, lookups]);
}

describe('people directory extended with new articles', () => {
  it('equals a build over every article, from every split, and leaves the previous directory as it was', async () => {
    const { docs, mentions } = articles();
    const whole = contents(await buildPeople(docs, mentions, NEVER));
    for (let from = 1; from < docs.length; from++) {
      const previous = await buildPeople(docs.slice(0, from), mentions, NEVER);
      const before = contents(previous);
      const extended = await extendPeople(previous, docs, mentions, from, NEVER);
      expect(contents(extended!), `from ${from}`).toBe(whole);
      expect(contents(previous)).toBe(before);
      // Twice in a row: the second extension carries on from what the first one learned.
      const half = Math.ceil((from + docs.length) / 2);
      const once = (await extendPeople(previous, docs.slice(0, half), mentions, from, NEVER))!;
      expect(contents((await extendPeople(once, docs, mentions, half, NEVER))!)).toBe(whole);
      // As read from a snapshot, without what the build learned: it is worked out again.
      const saved = await PeopleDirectory.of(previous.people);
      expect(contents((await extendPeople(saved, docs, mentions, from, NEVER))!)).toBe(whole);
    }
    // The cases above did happen: who "Amir Khan" and "Rahman" are, and how Dupont's name is written, changed.
    const early = await buildPeople(docs.slice(0, 6), mentions, NEVER);
    expect(early.lookup('Amir Khan').people[0]!.name).toBe('Amir Khan');
    expect(early.byKey.get('tariq rahman')!.docs.size).toBe(2);
    expect(early.byKey.get('sara khan')!.docs.size).toBe(1);
    expect(whole).toContain(
      '"Amir Khan Muttaqi","amir khan muttaqi",["Amir Khan","Khan","@AmirKhanMuttaqi","Muttaqi"]',
    );
    expect(whole).toContain('["khan",["sara khan","amir khan muttaqi"]');
    // Tariq Rahman is called "Rahman" after Fazal Rahman was: still listed first, as the earlier of the two.
    expect(whole).toContain('["rahman",["tariq rahman","fazal rahman"]');
    expect(whole).toContain('"Jean-Pierre Dupont"');
    expect(whole).toContain('"Fazal Rahman","fazal rahman",["@FazalRahman","Rahman"]');
    expect(JSON.parse(whole)[0].find((p: string[]) => p[0] === 'Sara Khan')[5]).toEqual([1, 6]);
    expect(whole).not.toContain('"Amir Khan","amir khan"');
    expect(whole).toContain('["john baird",["john baird","john baird#2"]');
    // "Governor Varga" (and the "Varga" after it) is Helen once an article calls her governor, not Tomas.
    const [before, after] = [await buildPeople(docs.slice(0, 15), mentions, NEVER), JSON.parse(whole)[0]];
    expect(before.byKey.get('tomas varga')!.roles.map((r) => r.role)).toEqual(['Governor', 'local architect']);
    expect(after.find((p: string[]) => p[0] === 'Helen Varga')[5]).toEqual([14, 15]);
    // Tomas keeps only what his own sentence calls him.
    expect(after.find((p: string[]) => p[0] === 'Tomas Varga')[3].map((r: { role: string }) => r.role)).toEqual([
      'local architect',
    ]);
    expect(after.find((p: string[]) => p[0] === 'Brian Kearney')[5]).toEqual([16, 17]);
    expect(after.find((p: string[]) => p[0] === 'George T Dunmore')[5]).toEqual([18, 19]);
    // "Governor Kovac" is the Anna Kovacs another article calls governor, not the Ivan Kovac who is never one.
    expect(after.find((p: string[]) => p[0] === 'Anna Kovacs')[5]).toEqual([20, 22]);
    expect(after.find((p: string[]) => p[0] === 'Ivan Kovac')[5]).toEqual([21]);
    expect(after.map((p: string[]) => p[0])).not.toEqual(expect.arrayContaining(['B Kearney']));
    expect(after.map((p: string[]) => p[0]).filter((n: string) => /Kearney|Dunmore/.test(n))).toHaveLength(2);
  });

  it("updates the lookup maps in place of making them again, to what a whole build's are, when people come and go", async () => {
    /** The directory's lookup maps as a whole build (of) makes them: by key, by word, by name, and the words' order. */
    const maps = (dir: PeopleDirectory) => JSON.stringify(dir.lookupMaps());
    let cameBetween = 0;
    let went = 0;
    // A name split in two by its roles: the second person comes right after the first, before those named since.
    const split = {
      '1.txt':
        'Cup final\nUpdated 10 May 2025\nStriker John Baird scored twice on Saturday as his club won. Baird was named man of the match.',
      '2.txt':
        'Port reopens\nUpdated 11 May 2025\nHarbour master Maria Lopez said the port would reopen on Monday. Lopez thanked the crews.',
      '3.txt':
        'Senate vote\nUpdated 12 May 2025\nSenator John Baird said on Wednesday the bill would pass. Baird spoke in Washington.',
      '4.txt': 'Senate debate\nUpdated 13 May 2025\nSenator John Baird said the debate would end on Friday.',
    };
    for (const { docs, mentions } of [articles(), articles(split)])
      for (let from = 1; from < docs.length; from++) {
        const previous = await buildPeople(docs.slice(0, from), mentions, NEVER);
        const extended = (await extendPeople(previous, docs, mentions, from, NEVER))!;
        expect(maps(extended), `from ${from}`).toBe(maps(await PeopleDirectory.of(extended.people)));
        const keys = new Set(extended.people.map((p) => p.key));
        went += previous.people.filter((p) => !keys.has(p.key)).length;
        const last = Math.max(...extended.people.map((p, i) => (previous.byKey.has(p.key) ? i : -1)));
        cameBetween += extended.people.slice(0, last).filter((p) => !previous.byKey.has(p.key)).length;
      }
    // Both happened: someone went ("Amir Khan" once "Amir Khan Muttaqi" came), someone came between earlier people.
    expect(went).toBeGreaterThan(0);
    expect(cameBetween).toBeGreaterThan(0);
  });

  it('answers as a build does one article at a time, names going and coming back through the layers, each earlier directory as it was', async () => {
    // A name that stands for itself, then for a longer one (gone), then for itself again once a second longer
    // one makes it ambiguous (back): its entry, its words and its lookups go and come through the layers.
    const back = {
      '1.txt': 'Port reopens\nUpdated 1 June 2025\nAnalyst Daniel Okafor said on Monday that the port would reopen.',
      '2.txt': 'Ferries resume\nUpdated 2 June 2025\nOkafor added on Tuesday that ferries would sail again.',
      '3.txt':
        'Board named\nUpdated 3 June 2025\nChairman Daniel Okafor Brandt said on Wednesday the board was complete.',
      '4.txt': 'Harbour fees\nUpdated 4 June 2025\nThe harbour raised its fees, Daniel Okafor said.',
      '5.txt': 'Coach hired\nUpdated 5 June 2025\nCoach Daniel Okafor Vance said on Friday that training starts soon.',
    };
    const texts = { ...ARTICLES, ...back };
    const { docs, mentions } = articles(texts);
    // Every name any directory of the chain knows, asked of every directory: gone ones must answer as gone.
    const names = new Set<string>();
    const ask = (dir: PeopleDirectory) =>
      JSON.stringify([
        contents(dir),
        dir.lookupMaps(),
        [...names].map((q) => [q, dir.lookup(q).people.map((p) => p.key), dir.byKey.get(q)?.key ?? null]),
      ]);
    const chain: PeopleDirectory[] = [await buildPeople(docs.slice(0, 1), mentions, NEVER)];
    for (let to = 2; to <= docs.length; to++) {
      const next = await extendPeople(chain.at(-1)!, docs.slice(0, to), mentions, to - 1, NEVER);
      chain.push(next!);
      for (const p of next!.people) names.add(p.key).add(p.name);
    }
    const seen = chain.map(ask);
    let wentAndBack = 0;
    for (const [i, dir] of chain.entries()) {
      const whole = await buildPeople(docs.slice(0, i + 1), mentions, NEVER);
      expect(ask(dir), `after ${i + 1} articles`).toBe(ask(whole));
      if (dir.byKey.has('daniel okafor') && i > 0 && !chain[i - 1]!.byKey.has('daniel okafor')) wentAndBack++;
    }
    // Extending never changed an earlier directory.
    expect(chain.map(ask)).toEqual(seen);
    // The case did happen: "Daniel Okafor" came, went for Daniel Okafor Brandt, and came back.
    expect(chain.some((d) => d.byKey.has('daniel okafor brandt') && !d.byKey.has('daniel okafor'))).toBe(true);
    expect(wentAndBack).toBe(2);
    expect(
      chain
        .at(-1)!
        .lookup('Okafor')
        .people.map((p) => p.key),
    ).toEqual(expect.arrayContaining(['daniel okafor']));
  });

  it('gives a titled surname the namesake of that title, each title its own, built whole and extended', async () => {
    // Two namesakes, each given a title in full; then the surname alone under each title, in articles that name
    // neither in full: "Governor Osei" is the governor, "Judge Osei" the judge, in the same pass.
    const texts = {
      'a.txt': 'Province budget\nUpdated 1 July 2025\nGovernor Ama Osei said on Monday the province would borrow less.',
      'b.txt': 'Court ruling\nUpdated 2 July 2025\nJudge Kwame Osei ruled on Tuesday that the contract was void.',
      'c.txt': 'Roads plan\nUpdated 3 July 2025\nGovernor Osei said on Wednesday that new roads would be built.',
      'd.txt': 'Appeal heard\nUpdated 4 July 2025\nJudge Osei said on Thursday that the appeal would be heard.',
    };
    const { docs, mentions } = articles(texts);
    const docsOf = (dir: PeopleDirectory, key: string) => [...(dir.byKey.get(key)?.docs ?? [])];
    const whole = await buildPeople(docs, mentions, NEVER);
    expect(docsOf(whole, 'ama osei')).toEqual([0, 2]);
    expect(docsOf(whole, 'kwame osei')).toEqual([1, 3]);
    const extended = await extendPeople(await buildPeople(docs.slice(0, 2), mentions, NEVER), docs, mentions, 2, NEVER);
    expect(contents(extended!)).toBe(contents(whole));
  });

  it('gives a listed surname the player a later article names with a sport’s role, built whole and extended', async () => {
    // The line-up and an article naming Neil Brebner with no role come first; the signing, later, makes him a
    // midfielder, and only that can make the line-up's "Brebner" his.
    const texts = {
      'm.txt':
        'Harbour Utd 3-1 Kelso\nUpdated 1 July 2025\nHarbour United eased into the semi-final with a win over Kelso.\n\n' +
        'Alan Dorward prodded United ahead and James Brady made it two. Rory Hanlon headed one back.\n\n' +
        'Tullock, Duffy, Wilkie, Ritchard, Dorward, Scobie (Samuels 63), Brebner, Kerrigan, Robb, Crawley, Brady.',
      'p.txt': 'Harbour awards\nUpdated 2 July 2025\nNeil Brebner said on Monday he was proud of the award.',
      's.txt':
        'Harbour sign midfielder\nUpdated 3 July 2025\nHarbour United have signed midfielder Neil Brebner from Kelso.',
    };
    const { docs, mentions } = articles(texts);
    const whole = await buildPeople(docs, mentions, NEVER);
    expect([...(whole.byKey.get('neil brebner')?.docs ?? [])]).toEqual([0, 1, 2]);
    const extended = await extendPeople(await buildPeople(docs.slice(0, 2), mentions, NEVER), docs, mentions, 2, NEVER);
    expect(contents(extended!)).toBe(contents(whole));
  });

  it('does not keep the previous entry of a person it carries on alive', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { docs, mentions } = articles();
    // Tariq Rahman is named in d.txt and again in h.txt: extending with h.txt carries his entry on.
    const from = docs.findIndex((d) => d.file === 'h.txt');
    let previous: PeopleDirectory | null = await buildPeople(docs.slice(0, from), mentions, NEVER);
    const before = new WeakRef(previous.byKey.get('tariq rahman')!);
    const next = (await extendPeople(previous, docs.slice(0, from + 1), mentions, from, NEVER))!;
    expect(next.byKey.get('tariq rahman')).not.toBe(before.deref());
    previous = null; // eslint-disable-line no-useless-assignment -- dropped so that gc() may collect it
    // A few turns of the event loop: a collection may run while another test file's work holds the heap, and
    // what is only kept for a turn is not kept. Kept for good, the entry is still there after the last.
    for (let turn = 0; turn < 5 && before.deref(); turn++) {
      await new Promise((r) => setTimeout(r, 10));
      gc();
    }
    expect(before.deref()).toBeUndefined();
    // Its mentions are still all there, the earlier ones made from what they were packed from.
    const whole = await buildPeople(docs.slice(0, from + 1), mentions, NEVER);
    expect(next.byKey.get('tariq rahman')!.mentions.list()).toEqual(whole.byKey.get('tariq rahman')!.mentions.list());
    expect(
      new Set(
        next.byKey
          .get('tariq rahman')!
          .mentions.list()
          .map((m) => m.doc),
      ).size,
    ).toBe(2);
  });

  it('is not extended when a new publisher has a name taken for a person', async () => {
    const { docs, mentions } = articles();
    const previous = await buildPeople(docs, mentions, NEVER);
    const [press] = ingestFile({
      file: 'p.txt',
      text: 'Sara Khan\nUpdated 9 May 2025\nSara Khan reports that the season starts soon, officials said.',
      hash: 'p',
    }).docs;
    press!.source = 'Sara Khan';
    expect(
      await extendPeople(
        previous,
        [...docs, press!],
        (doc) => (doc < docs.length ? mentions(doc) : []),
        docs.length,
        NEVER,
      ),
    ).toBeNull();
  });
});

describe('stories extended with new articles', () => {
  // Random samples over a small range of values: many shared, some by more articles than count.
  function samples(n: number, seed: number): number[][] {
    let s = seed;
    const r = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const out: number[][] = [];
    for (let i = 0; i < n; i++) {
      const copy = i > 0 && r() < 0.3 ? out[Math.floor(r() * i)]! : null;
      const set = new Set<number>(copy ? copy.filter(() => r() < 0.8) : []);
      const size = 3 + Math.floor(r() * 12);
      while (set.size < size) {
        const tier = r();
        set.add(Math.floor(r() * (tier < 0.08 ? 4 : tier < 0.2 ? 40 : 5000)));
      }
      out.push([...set]);
    }
    return out;
  }

  /** Stories by the rule itself: pairs sharing at least 60% of the smaller sample, over samples held by 2 to 50. */
  function byRule(all: number[][]): number[][] {
    const holders = new Map<number, number[]>();
    all.forEach((set, d) => set.forEach((h) => holders.set(h, [...(holders.get(h) ?? []), d])));
    const groups = all.map((_, d) => new Set([d]));
    for (let a = 0; a < all.length; a++)
      for (let b = a + 1; b < all.length; b++) {
        const shared = all[a]!.filter((h) => all[b]!.includes(h) && holders.get(h)!.length <= 50).length;
        if (shared / Math.min(all[a]!.length, all[b]!.length) < 0.6 || groups[a] === groups[b]) continue;
        const merged = new Set([...groups[a]!, ...groups[b]!]);
        for (const d of merged) groups[d] = merged;
      }
    return all.map((_, d) => [...groups[d]!].sort((x, y) => x - y));
  }

  it('equals a whole build, which follows the rule, or says it cannot', async () => {
    let extended = 0;
    let refused = 0;
    for (const seed of [1, 2, 3, 4]) {
      const all = samples(300, seed);
      const whole = await storyIds(all, NEVER);
      const rule = byRule(all);
      expect(whole.ids.map((id) => all.map((_, e) => e).filter((e) => whole.ids[e] === id))).toEqual(rule);
      expect(rule.some((g) => g.length > 1)).toBe(true);
      for (const from of [1, 150, 290, 299]) {
        const next = await extendStories(await storyIds(all.slice(0, from), NEVER), all, from, NEVER);
        if (!next) {
          refused++;
          continue;
        }
        extended++;
        expect(next.ids).toEqual(whole.ids);
        expect([...next.pairs!]).toEqual([...whole.pairs!]);
        // From a snapshot: ids only, numbered some other way.
        const saved = { ids: (await storyIds(all.slice(0, from), NEVER)).ids.map((id) => id + 1000) };
        expect((await extendStories(saved, all, from, NEVER))?.ids).toEqual(whole.ids);
      }
    }
    expect(extended).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('gives way while it counts shared samples, however many pairs of articles one sample links', async () => {
    // Forty stories of fifty copies each, every copy holding its story's twenty samples: few samples, many pairs.
    const all = Array.from({ length: 2000 }, (_, d) =>
      Array.from({ length: 20 }, (_, k) => Math.floor(d / 50) * 100 + k),
    );
    let pauses = 0;
    const p = { due: () => true, pause: async () => void pauses++ };
    const { ids } = await storyIds(all, p);
    expect(ids).toEqual(all.map((_, d) => d - (d % 50)));
    // About a million pairs counted: far more chances to give way than samples (800) or articles.
    expect(pauses).toBeGreaterThan(100);
  });
});

/** The engine's corpus equals the same articles read afresh and built whole, in the engine's order. */
async function expectAsBuilt(engine: Engine, dir: string) {
  const c = engine.corpus;
  const results = [...new Set(c.docs.map((d) => d.file))].map((file) =>
    ingestFile({ file, text: readFileSync(join(dir, file), 'utf8'), hash: file }),
  );
  const built = await assemble({ results, skipped: [], files: new Map(), pace: NEVER });
  expect(built.docs.map((d) => d.doc)).toEqual(c.docs.map((d) => d.doc));
  expect(contents(c.people)).toBe(contents(built.people));
  expect(c.timeline.events).toEqual(built.timeline.events);
  expect(c.stories.ids).toEqual(built.stories.ids);
  expect([...c.acronyms]).toEqual([...built.acronyms]);
}

describe('a reload that only adds files', () => {
  it('numbers the new articles after the others, and equals a build over the articles in that order', async () => {
    const seeds = readdirSync(SEED_DIR).sort();
    const dir = tempCorpus({
      'm-1.txt': ARTICLES['a.txt']!,
      'm-2.txt': ARTICLES['b.txt']!,
      'm-3.txt': ARTICLES['c.txt']!,
    });
    const engine = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024 });
    await engine.reload();
    // New files, named to sort before and among the others.
    for (const [i, f] of seeds.entries())
      writeFileSync(join(dir, `${i % 2 ? 'a' : 'z'}-${f}`), readFileSync(join(SEED_DIR, f)));
    for (const k of ['d', 'e', 'f', 'g']) writeFileSync(join(dir, `m-0${k}.txt`), ARTICLES[`${k}.txt`]!);
    const before = engine.corpus.docs.map((d) => d.doc);
    const report = await engine.reload();
    const c = engine.corpus;
    expect(c.docs.slice(0, before.length).map((d) => d.doc)).toEqual(before);
    expect(report.added.length).toBe(c.docs.length - before.length);

    await expectAsBuilt(engine, dir);

    // Removing a file builds everything again, in file-name order.
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'm-2.txt'));
    await engine.reload();
    const names = engine.corpus.docs.map((d) => d.file);
    expect(names).toEqual([...names].sort());
  });

  it("takes the earlier articles' extracts from the state it extends and reads only the new files'", async () => {
    const results = Object.entries(ARTICLES).map(([file, text]) => ingestFile({ file, text, hash: file }));
    const first = await assemble({ results: results.slice(0, 8), skipped: [], files: new Map(), pace: NEVER });
    const kept = Object.fromEntries([...carriedExtractsOf(first.docs)!].map(([k, v]) => [k, [...v]]));
    // The earlier files' extracts can no longer be read: an extension that flattened every file again would throw.
    const sealed = results.map((r, i) =>
      i < 8
        ? Object.defineProperty({ ...r }, 'extracts', {
            get: () => {
              throw new Error('read again');
            },
          })
        : r,
    );
    const next = await assemble({ results: sealed, skipped: [], files: new Map(), previous: first, pace: NEVER });
    const whole = await assemble({ results, skipped: [], files: new Map(), pace: NEVER });
    expect(next.timeline.events).toEqual(whole.timeline.events);
    expect(contents(next.people)).toBe(contents(whole.people));
    expect(next.stories.ids).toEqual(whole.stories.ids);
    for (const part of PARTS as readonly AnyPart[]) {
      if (!part.extract) continue;
      expect(carriedExtractsOf(next.docs)!.get(part.name)).toEqual(extractsOf(part, results));
      // The previous state's lists are as they were.
      expect(carriedExtractsOf(first.docs)!.get(part.name)).toEqual(kept[part.name]);
    }
    // Articles' places: over the previous state's map, not a copy of it, which stays as it was.
    expect(next.byId).toBeInstanceOf(LayeredMap);
    expect(next.docs.map((d) => next.byId.get(d.doc))).toEqual(next.docs.map((_, i) => i));
    expect([first.byId.size, next.byId.size]).toEqual([first.docs.length, next.docs.length]);
    expect(first.byId.has(next.docs.at(-1)!.doc)).toBe(false);
  });

  it('after a restart from a snapshot, extends too, once what it carries on from is worked out again', async () => {
    const dir = tempCorpus(
      { 'm-1.txt': ARTICLES['a.txt']!, 'm-2.txt': ARTICLES['b.txt']!, 'm-4.txt': ARTICLES['d.txt']! },
      true,
    );
    const path = join(dir, '..', `dossier-extend-${process.pid}-${Date.now()}.json`);
    const first = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024, snapshotPath: path });
    await (
      await first.start()
    ).caughtUp;
    await first.saveSnapshot();
    const engine = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024, snapshotPath: path });
    expect((await engine.start()).snapshot).toMatch(/^loaded/);
    expect(engine.corpus.people.registry).toBeNull();
    await engine.prepared;
    expect(engine.corpus.people.registry).not.toBeNull();
    for (const k of ['c', 'd2', 'd4', 'e', 'f', 'g']) writeFileSync(join(dir, `m-0${k}.txt`), ARTICLES[`${k}.txt`]!);
    const before = engine.corpus.docs.length;
    await engine.reload();
    expect(engine.corpus.docs.length).toBe(before + 6);
    await expectAsBuilt(engine, dir);
    // Saved and read again: the articles keep the order they came in, and everything that refers to them by number.
    await engine.saveSnapshot();
    const again = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024, snapshotPath: path });
    expect((await again.start()).snapshot).toMatch(/^loaded/);
    expect(again.corpus.docs.map((d) => d.doc)).toEqual(engine.corpus.docs.map((d) => d.doc));
    await expectAsBuilt(again, dir);
  });
});
