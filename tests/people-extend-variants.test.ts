// A reload whose new articles change which full names are near-spellings of which (variants.ts) extends the people
// directory instead of building it again, and gives exactly the people a whole build over the same articles gives;
// it resolves again only the earlier articles whose resolution can change.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/corpus/ingest.js';
import { extractsOf } from '../src/corpus/load.js';
import { peopleExtensions, peoplePart } from '../src/corpus/parts/people.js';
import { buildPeople, extendPeople, extensionWork, type MentionsOf } from '../src/people/build.js';
import { PeopleDirectory } from '../src/people/directory.js';
import { unpackMentions } from '../src/people/packed.js';
import { NEVER } from '../src/pace.js';
import type { Document } from '../src/types.js';

function articles(texts: Record<string, string>): { docs: Document[]; packed: string[]; mentions: MentionsOf } {
  const results = Object.entries(texts).map(([file, text]) => ingestFile({ file, text, hash: file }));
  const [docs, packed] = [results.flatMap((r) => r.docs), extractsOf(peoplePart, results)];
  return { docs, packed, mentions: (doc) => unpackMentions(docs[doc]!, packed[doc]!) };
}

/** Everything a directory answers with: its people in order, and what looking up each of their names gives. */
function contents(dir: PeopleDirectory): string {
  const people = dir.people.map((p) => [p.name, p.key, p.aliases, p.roles, [...p.docs], p.mentions.list()]);
  const queries = [...new Set(dir.people.flatMap((p) => [p.key, ...p.aliases, ...p.tokens]))];
  const lookups = queries.map((q) => [q, dir.lookup(q).people.map((p) => p.key)]);
  // What the build learned besides (its registry), as an extension must have learned it too.
  const listed = (_: string, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v);
  return JSON.stringify([people, lookups, dir.lookupMaps(), JSON.parse(JSON.stringify(dir.registry, listed))]);
}

/** Who each article's people are, by name: what a case below is about. */
function named(dir: PeopleDirectory): Record<string, number[]> {
  return Object.fromEntries(dir.people.map((p) => [p.name, [...p.docs]]));
}

/**
 * Extends a build of the first `from` articles, for every `from`, once and in two steps, and checks each against a
 * whole build; returns how many of those extensions saw the near-spellings change.
 */
async function extendsAsBuilds(texts: Record<string, string>): Promise<number> {
  const { docs, packed, mentions } = articles(texts);
  const whole = contents(await buildPeople(docs, mentions, NEVER));
  let changed = 0;
  for (let from = 1; from < docs.length; from++) {
    const previous = await buildPeople(docs.slice(0, from), mentions, NEVER);
    const before = contents(previous);
    const extended = await extendPeople(previous, docs, mentions, from, NEVER);
    expect(extended, `from ${from}`).not.toBeNull();
    expect(contents(extended!), `from ${from}`).toBe(whole);
    expect(contents(previous)).toBe(before);
    const variants = (d: PeopleDirectory) => JSON.stringify([...(d.registry!.variantOf ?? [])]);
    if (variants(previous) !== variants(extended!)) changed++;
    // Article by article: each step carries on from what the one before learned.
    let dir = previous;
    for (let to = from + 1; to <= docs.length; to++) {
      dir = (await extendPeople(dir, docs.slice(0, to), mentions, to - 1, NEVER))!;
      expect(contents(dir), `from ${from} to ${to}`).toBe(
        contents(await buildPeople(docs.slice(0, to), mentions, NEVER)),
      );
    }
    // Through the corpus part, as a reload extends it: never built whole.
    const [extendedBefore, rebuiltBefore] = [peopleExtensions.extended, peopleExtensions.rebuilt];
    const viaPart = await peoplePart.extend(previous, docs, packed, from, NEVER);
    expect(contents(viaPart)).toBe(whole);
    expect([peopleExtensions.extended - extendedBefore, peopleExtensions.rebuilt - rebuiltBefore]).toEqual([1, 0]);
  }
  return changed;
}

describe('people directory extended when near-spellings change', () => {
  it('moves the articles of a name that becomes, stops being or changes which spelling it is a near-spelling of', async () => {
    // "Rossmann" once, then "Rosmann" twice (a doubled letter: the rarer spelling stands for the common one), then
    // "Rossmann" three times more: the common spelling changes twice.
    const texts = {
      'a.txt': 'Port talks\nUpdated 1 March 2025\nTrade Minister Halvard Rossmann said on Monday the port would open.',
      'b.txt': 'Port deal\nUpdated 2 March 2025\nTrade Minister Halvard Rosmann signed the port deal on Tuesday.',
      'c.txt': 'Port fees\nUpdated 3 March 2025\nHalvard Rosmann, the trade minister, said fees would fall.',
      'd.txt': 'Port strike\nUpdated 4 March 2025\nTrade Minister Halvard Rossmann met the dock unions on Thursday.',
      'e.txt': 'Port reopens\nUpdated 5 March 2025\nTrade Minister Halvard Rossmann said the strike was over.',
      'f.txt': 'Port plans\nUpdated 6 March 2025\nTrade Minister Halvard Rossmann said a new quay would be built.',
    };
    expect(await extendsAsBuilds(texts)).toBeGreaterThan(0);
    const { docs, mentions } = articles(texts);
    // The case did happen: one person, under the spelling most written at each point.
    expect(named(await buildPeople(docs.slice(0, 3), mentions, NEVER))).toMatchObject({ 'Halvard Rosmann': [0, 1, 2] });
    expect(named(await buildPeople(docs, mentions, NEVER))).toMatchObject({ 'Halvard Rossmann': [0, 1, 2, 3, 4, 5] });
  });

  it('looks again at a name no new article writes when a new spelling links it to a longer chain', async () => {
    // "Steve Rossmann" (once) and "Steven Rosmann" (six times) differ in two words: two people. "Steve Rosmann" comes
    // between them, a doubled letter from the first and a short form of the second's given name: all three are one.
    const texts: Record<string, string> = {
      'a.txt': 'Port talks\nUpdated 1 March 2025\nHarbour master Steve Rossmann said on Monday the port would open.',
    };
    for (let i = 0; i < 6; i++)
      texts[`t${i}.txt`] =
        `Port budget ${i}\nUpdated ${i + 2} March 2025\nHarbour master Steven Rosmann said on Tuesday the budget was set.`;
    for (let i = 0; i < 3; i++)
      texts[`u${i}.txt`] =
        `Port fees ${i}\nUpdated ${i + 10} March 2025\nHarbour master Steve Rosmann said on Friday fees would fall.`;
    expect(await extendsAsBuilds(texts)).toBeGreaterThan(0);
    const { docs, mentions } = articles(texts);
    expect(named(await buildPeople(docs.slice(0, 7), mentions, NEVER))).toMatchObject({ 'Steve Rossmann': [0] });
    expect(Object.keys(named(await buildPeople(docs, mentions, NEVER)))).toEqual(['Steven Rosmann']);
  });

  it('gives a near-spelling the longer name its common spelling comes to stand for', async () => {
    // "Lena Marrkovic" is a near-spelling of "Lena Markovic"; once "Lena Markovic Brandt" is named, both shorter
    // spellings stand for her.
    const texts = {
      'a.txt': 'Budget plans\nUpdated 1 April 2025\nEconomist Lena Markovic said on Monday the budget was tight.',
      'b.txt': 'Budget vote\nUpdated 2 April 2025\nEconomist Lena Markovic said the vote would be close.',
      'c.txt': 'Budget cuts\nUpdated 3 April 2025\nEconomist Lena Marrkovic warned on Wednesday of deep cuts.',
      'd.txt': 'Bank named\nUpdated 4 April 2025\nEconomist Lena Markovic Brandt was named to the central bank board.',
    };
    await extendsAsBuilds(texts);
    const { docs, mentions } = articles(texts);
    expect(named(await buildPeople(docs, mentions, NEVER))).toMatchObject({ 'Lena Markovic Brandt': [0, 1, 2, 3] });
  });

  it('looks again at the shorter names a name holds when it becomes a near-spelling, or is written a new way', async () => {
    // "Governor Eberhart" stands for Jonas Eberhart until his name becomes a near-spelling of "Jonas Ebberhart";
    // "Clara Hoffmann" is no short form of "Clara Hoffmann-Berg" until that name is written without its hyphen.
    const texts = {
      'a.txt': 'Roads plan\nUpdated 1 May 2025\nGovernor Jonas Eberhart said on Monday that new roads would be built.',
      'b.txt': 'Roads vote\nUpdated 2 May 2025\nGovernor Eberhart said on Tuesday that the vote would pass.',
      'c.txt': 'Roads open\nUpdated 3 May 2025\nGovernor Jonas Ebberhart opened the new road on Friday.',
      'd.txt': 'Hospital wing\nUpdated 4 May 2025\nSurgeon Clara Hoffmann-Berg said the new wing was ready.',
      'e.txt': 'Hospital staff\nUpdated 5 May 2025\nSurgeon Clara Hoffmann said on Monday more nurses were hired.',
      'f.txt': 'Hospital award\nUpdated 6 May 2025\nSurgeon Clara Hoffmann Berg received an award on Friday.',
    };
    await extendsAsBuilds(texts);
    const { docs, mentions } = articles(texts);
    const early = named(await buildPeople(docs.slice(0, 5), mentions, NEVER));
    expect(early).toMatchObject({ 'Jonas Ebberhart': [0, 2], 'Clara Hoffmann': [4] });
    expect(early['Jonas Eberhart']).toBeUndefined();
    expect(named(await buildPeople(docs.slice(0, 2), mentions, NEVER))).toMatchObject({ 'Jonas Eberhart': [0, 1] });
    expect(named(await buildPeople(docs, mentions, NEVER))['Clara Hoffmann']).toBeUndefined();
  });

  // Tariq Rahman is named in full beside his surname; the surname alone elsewhere, with a title and without.
  const RAHMAN = {
    'a.txt':
      'Budget plans\nUpdated 1 June 2025\nEconomist Tariq Rahman said on Monday the budget was tight. Rahman added that cuts would follow.',
    'b.txt':
      'Prices climb\nUpdated 2 June 2025\nFuel prices rose for a third week. Rahman said the rise would slow by winter.',
    'c.txt': 'Port opens\nUpdated 3 June 2025\nGovernor Rahman opened the new port on Tuesday, officials said.',
  };

  /** How many earlier articles extending a build of RAHMAN by this one article resolves again. */
  async function resolvedAgain(text: string): Promise<number> {
    const { docs, mentions } = articles({ ...RAHMAN, 'new.txt': text });
    const previous = await buildPeople(docs.slice(0, 3), mentions, NEVER);
    const before = extensionWork.resolvedAgain;
    const extended = (await extendPeople(previous, docs, mentions, 3, NEVER))!;
    expect(contents(extended)).toBe(contents(await buildPeople(docs, mentions, NEVER)));
    return extensionWork.resolvedAgain - before;
  }

  it('resolves again only the earlier articles that asked the corpus who a surname alone is', async () => {
    // A second Rahman comes: the article naming Tariq Rahman in full still means him by "Rahman"; the two that asked
    // the corpus (one with a title) may mean someone else now.
    expect(
      await resolvedAgain(
        'Cabinet\nUpdated 4 June 2025\nMinister Fazal Rahman said on Monday the cabinet would change.',
      ),
    ).toBe(2);
    // Tariq Rahman is given a title: only the article giving the surname alone a title may name him by it now.
    expect(
      await resolvedAgain(
        'Cabinet\nUpdated 4 June 2025\nBank analyst Tariq Rahman said on Friday the budget would pass.',
      ),
    ).toBe(1);
    // A governor a letter from Rahman comes: only the article giving "Rahman" a title may be a slip for her name.
    expect(
      await resolvedAgain('Port\nUpdated 4 June 2025\nGovernor Anna Rahmen said on Monday the port would grow.'),
    ).toBe(1);
  });

  it('keeps the record of what each earlier article asked as a build makes it, when it is resolved again', async () => {
    // "Aziz" alone asks the corpus until the article's Tariq Rahman turns out to be Tariq Rahman Aziz.
    await extendsAsBuilds({
      ...RAHMAN,
      'd.txt':
        'Budget vote\nUpdated 4 June 2025\nEconomist Tariq Rahman said on Monday the vote was close. Aziz said the rise would slow by winter.',
      'e.txt':
        'Bank board\nUpdated 5 June 2025\nEconomist Tariq Rahman Aziz was named to the central bank board on Friday.',
    });
  });
});

describe('wire slips of a surname found among words', () => {
  it('finds exactly the words slipsOf spells out, without spelling them out', async () => {
    const { SlipIndex, slipsOf } = await import('../src/people/slips.js');
    // Keys with doubled letters, letters outside a-z, short ones; words one or two edits from them, either way.
    const keys = ['reagan', 'regan', 'kovacs', 'kovac', 'rossmann', 'müller', 'o’neill', 'abbas', 'ali', 'smith jr'];
    const edits = (w: string) => {
      const out = new Set<string>([w]);
      for (let i = 0; i <= w.length; i++) {
        out.add(w.slice(0, i) + w.slice(i + 1));
        for (const c of ['a', 'e', 's', 'ü', 'z', '-']) {
          out.add(w.slice(0, i) + c + w.slice(i));
          out.add(w.slice(0, i) + c + w.slice(i + 1));
        }
      }
      return [...out];
    };
    const words = [...new Set(keys.flatMap(edits).flatMap(edits))];
    const index = await SlipIndex.of(words, NEVER);
    let found = 0;
    for (const key of [...keys, ...words.slice(0, 400)]) {
      const spelt = [...slipsOf(key)].filter((w) => words.includes(w)).sort();
      expect([...index.slipsOf(key)].sort(), key).toEqual(spelt);
      found += spelt.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
