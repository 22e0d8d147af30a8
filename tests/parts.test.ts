// Every corpus part (parts.ts), through the CorpusPart interface alone: an extension equals a build over the same
// articles and leaves the value it extended as it was; a value saved and loaded is the value saved; a loaded value,
// once prepared, extends to a build too.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile, type FileResult } from '../src/corpus/ingest.js';
import { extractsOf } from '../src/corpus/load.js';
import { PARTS, type AnyPart } from '../src/corpus/parts.js';
import type { Searcher } from '../src/search/searcher.js';
import type { Document } from '../src/types.js';
import { NEVER } from '../src/pace.js';
import { TermSearcher } from '../src/search/term-searcher.js';
import { indexPart } from '../src/corpus/parts/index.js';
import { LayeredMap } from '../src/layered-map.js';
import { SEED_DIR } from './helpers.js';

// Articles written to the patterns the parts look for: a person named in full then by surname, dated events told
// twice, an acronym defined, a story republished under another headline, and people given with a social handle.
const ARTICLES: Record<string, string> = {
  'p1.txt':
    'Port deal signed\nUpdated 2 May 2025\nTransport Minister Helena Marsh said on Monday that the Northern Freight Corridor (NFC) deal was signed. Marsh added that work would start in June.',
  'p2.txt':
    'Freight corridor agreed\nUpdated 3 May 2025\nThe NFC deal was signed on Monday, Transport Minister Helena Marsh said. Officials said work on the Northern Freight Corridor would start in June.',
  'p3.txt':
    'Freight corridor agreed again\nUpdated 3 May 2025\nThe NFC deal was signed on Monday, Transport Minister Helena Marsh said. Officials said work on the Northern Freight Corridor would start in June.',
  'p4.txt':
    'Rail strike called off\nUpdated 6 May 2025\nUnion leader Tomas Grell said on Tuesday the rail strike was called off. Grell said talks with the operator would resume on May 12.',
  'p5.txt':
    'Harbour to reopen\nUpdated 7 May 2025\nHarbour master Nadia Brenner (@nbrenner_port) said on Wednesday the harbour would reopen on May 20. Brenner, writing as @nbrenner_port, said repairs were finished.',
};

function corpus(): { results: FileResult[]; docs: Document[] } {
  const seeds = readdirSync(SEED_DIR)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(SEED_DIR, file), 'utf8') }));
  const mine = Object.entries(ARTICLES).map(([file, text]) => ({ file, text }));
  // Interleaved, so every split has articles of both kinds on either side.
  const files = seeds.flatMap((s, i) => (mine[i] ? [s, mine[i]!] : [s]));
  const results = files.map((f) => ingestFile({ ...f, hash: f.file }));
  return { results, docs: results.flatMap((r) => r.docs) };
}

/** Words every article's title gives: what the index is asked, to tell two indexes apart by their answers. */
const probes = (docs: Document[]) => [
  ...new Set(docs.flatMap((d) => d.title.toLowerCase().split(/\W+/)).filter((w) => w.length > 3)),
];

/** Maps and sets as lists, for JSON. */
const listed = (_: string, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v);

/**
 * Everything a part's value answers with, and what it carries on from: what it saves, what extensions carry inside
 * it (people's registry, the timeline's groups, story pairs), and for the index, what it answers.
 */
function fingerprint(part: AnyPart, value: unknown, docs: Document[], withCarry = true): string {
  const carried = (value as { registry?: unknown; groups?: unknown; pairs?: ArrayLike<number> }) ?? {};
  const carry = !withCarry
    ? null
    : part.name === 'stories'
      ? Array.from(carried.pairs ?? [])
      : part.name === 'people'
        ? carried.registry
        : part.name === 'timeline'
          ? carried.groups
          : null;
  const rows = (saved: { count: number; rows: (from: number, to: number) => unknown[] }) => saved.rows(0, saved.count);
  if (part.name !== 'index') return JSON.stringify([rows(part.save(value, docs)), carry], listed);
  const searcher = value as Searcher;
  return JSON.stringify(probes(docs).map((w) => [w, searcher.search(w, new Map()), searcher.rarity(w)]));
}

/** A value through a snapshot's hands: rows through JSON, arrays as they are. */
async function roundTrip(part: AnyPart, value: unknown, docs: Document[]): Promise<unknown> {
  const saved = part.save(value, docs);
  // Three rows to a line, as the snapshot writes them in lines.
  const lines = Array.from({ length: Math.ceil(saved.count / 3) }, (_, l) => saved.rows(l * 3, (l + 1) * 3));
  const rows = (JSON.parse(JSON.stringify(lines)) as unknown[][]).flat();
  return part.load({ rows, arrays: () => saved.arrays ?? [] }, docs);
}

describe('every corpus part', () => {
  const { results, docs } = corpus();
  const all = (part: AnyPart) => extractsOf(part, results);

  it('is listed once, under a name of its own, with a version', () => {
    const names = PARTS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    // The five the corpus is made of; a part added is listed beside them, and every test here takes it in.
    expect(names).toEqual(expect.arrayContaining(['acronyms', 'index', 'people', 'stories', 'timeline']));
    for (const part of PARTS) expect(part.version).toBeGreaterThan(0);
  });

  for (const part of PARTS as readonly AnyPart[]) {
    it(`${part.name}: an extension equals a build over the same articles, and leaves the previous value as it was`, async () => {
      const whole = fingerprint(part, await part.build(docs, all(part), NEVER), docs);
      for (const from of [1, Math.floor(docs.length / 2), docs.length - 1]) {
        const before = docs.slice(0, from);
        const previous = await part.build(before, all(part).slice(0, from), NEVER);
        const was = fingerprint(part, previous, before);
        const extended = await part.extend(previous, docs, all(part), from, NEVER);
        expect(fingerprint(part, extended, docs), `from ${from}`).toBe(whole);
        expect(fingerprint(part, previous, before)).toBe(was);
        // Extended again from the same value: what it carries on from was not used up or grown by the first.
        expect(fingerprint(part, await part.extend(previous, docs, all(part), from, NEVER), docs)).toBe(whole);
        // Twice in a row: the second extension carries on from what the first one made.
        const middle = Math.ceil((from + docs.length) / 2);
        const once = await part.extend(previous, docs.slice(0, middle), all(part).slice(0, middle), from, NEVER);
        expect(fingerprint(part, await part.extend(once, docs, all(part), middle, NEVER), docs)).toBe(whole);
      }
    });

    it(`${part.name}: built and extended giving way at every chance, the same as in one go`, async () => {
      const whole = fingerprint(part, await part.build(docs, all(part), NEVER), docs);
      const from = Math.floor(docs.length / 2);
      const eager = { pauses: 0, due: () => true, pause: async () => void eager.pauses++ };
      const previous = await part.build(docs.slice(0, from), all(part).slice(0, from), eager);
      const built = eager.pauses;
      expect(fingerprint(part, await part.extend(previous, docs, all(part), from, eager), docs)).toBe(whole);
      // The extension gave way too (the acronyms' build is one quick pass over what ingestion found).
      expect(eager.pauses).toBeGreaterThan(built);
    });

    it(`${part.name}: saved and loaded is the value saved, and once prepared extends to a build too`, async () => {
      const from = Math.floor(docs.length / 2);
      const before = docs.slice(0, from);
      const built = await part.build(before, all(part).slice(0, from), NEVER);
      const loaded = await roundTrip(part, built, before);
      expect(fingerprint(part, loaded, before, false)).toBe(fingerprint(part, built, before, false));
      // Prepared, it carries what the build carried.
      const prepared = await part.prepare(loaded, before, all(part).slice(0, from), NEVER);
      expect(fingerprint(part, prepared, before)).toBe(fingerprint(part, built, before));
      const whole = fingerprint(part, await part.build(docs, all(part), NEVER), docs);
      expect(fingerprint(part, await part.extend(prepared, docs, all(part), from, NEVER), docs)).toBe(whole);
      // Unprepared, it extends to the same (working out again what it carries on from).
      expect(fingerprint(part, await part.extend(loaded, docs, all(part), from, NEVER), docs)).toBe(whole);
    });
  }

  it('index: added to, then removed from, each searcher answering as a build would and the one before as it did', async () => {
    const from = Math.floor(docs.length / 2);
    const first = await TermSearcher.build(docs.slice(0, from), NEVER);
    const was = fingerprint(indexPart, first, docs.slice(0, from));
    const added = await first.update(docs, NEVER);
    // Only added: the places of the earlier articles are not made again, but layered under the new ones'.
    expect((added as unknown as { position: unknown }).position).toBeInstanceOf(LayeredMap);
    expect(fingerprint(indexPart, added, docs)).toBe(
      fingerprint(indexPart, await TermSearcher.build(docs, NEVER), docs),
    );
    // A removal after it: the slots it shares with the searcher before become its own, which keeps the removed one.
    const fewer = docs.filter((_, i) => i !== 1);
    const removed = await added.update(fewer, NEVER);
    expect(fingerprint(indexPart, removed, fewer)).toBe(
      fingerprint(indexPart, await TermSearcher.build(fewer, NEVER), fewer),
    );
    expect(added.terms.slotOfDoc(docs[1]!.doc)).toBeDefined();
    expect(removed.terms.slotOfDoc(docs[1]!.doc)).toBeUndefined();
    expect(fingerprint(indexPart, first, docs.slice(0, from))).toBe(was);
  });

  it('index: many articles only added go in as one segment, answering as a build would', async () => {
    // More articles than a reload that also removes some may add to a copy (200): each a short wire item.
    const wire = Array.from({ length: 260 }, (_, i) =>
      ingestFile({
        file: `w${i}.txt`,
        hash: `w${i}`,
        text: `Harbour ${['cranes', 'tariffs', 'pilots', 'dredging'][i % 4]} report ${i}\nUpdated 4 June 2025\nOfficials at berth ${i % 13} said ${['cranes', 'tariffs', 'pilots', 'dredging'][(i + 1) % 4]} were discussed with the ${['union', 'council', 'operator'][i % 3]} on Friday.`,
      }),
    ).flatMap((r) => r.docs);
    const all = [...docs, ...wire];
    const first = await TermSearcher.build(docs, NEVER);
    const added = (await first.update(all, NEVER)) as TermSearcher;
    // Not built again: the first searcher's segment is shared, the new articles are one more.
    expect(added.terms.segments).toHaveLength(2);
    expect(added.terms.segments[0]).toBe(first.terms.segments[0]);
    expect(fingerprint(indexPart, added, all)).toBe(fingerprint(indexPart, await TermSearcher.build(all, NEVER), all));
    expect(first.terms.segments).toHaveLength(1);
  });

  it('each part with an extract packs it for the rebuild-only section and reads it back', () => {
    for (const part of PARTS as readonly AnyPart[]) {
      if (!part.extract) continue;
      const list = all(part);
      expect(list.length, part.name).toBe(docs.length);
      const back = list.map((e, i) => {
        const packed = JSON.parse(JSON.stringify(part.packExtract ? part.packExtract(e, docs[i]!) : e));
        return part.unpackExtract ? part.unpackExtract(packed, docs[i]!) : packed;
      });
      expect(back, part.name).toEqual(list);
    }
  });
});
