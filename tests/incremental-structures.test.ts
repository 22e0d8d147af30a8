// What extensions carry from one reload to the next without copying it: a layered map, and the index of name
// near-spellings. Each must equal what is made whole over the same entries, and leave the value it extends as it was.
import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../src/layered-map.js';
import { nameVariants, VariantIndex } from '../src/people/variants.js';
import { NEVER } from '../src/pace.js';
import { rng } from '../bench/synth.js';

const eager = () => {
  const p = { pauses: 0, due: () => true, pause: async () => void p.pauses++ };
  return p;
};

describe('a layered map', () => {
  it('reads as a plain map set the same way, over many extensions, each leaving the one it extends as it was', async () => {
    const r = rng(7);
    const plain = new Map<string, number>();
    let m = LayeredMap.of<string, number>();
    const history: { map: LayeredMap<string, number>; entries: string }[] = [];
    for (let step = 0; step < 300; step++) {
      const next = await m.extend(step % 3 ? NEVER : eager());
      // New keys, and some set again (their place stays where they first came, as in a Map).
      for (let i = 0; i < 1 + Math.floor(r() * 20); i++) {
        const key = `k${Math.floor(r() * 2000)}`;
        next.set(key, step);
        plain.set(key, step);
      }
      history.push({ map: m, entries: JSON.stringify([...m]) });
      m = next;
      expect(m.size).toBe(plain.size);
    }
    expect([...m]).toEqual([...plain]);
    for (const [k, v] of plain) expect(m.get(k)).toBe(v);
    expect(m.get('absent')).toBeUndefined();
    expect(m.has('absent')).toBe(false);
    // Every earlier map still reads as it did, though later ones were made over it.
    for (const h of history) expect(JSON.stringify([...h.map])).toBe(h.entries);
    // Small layers are merged as they pile up: a read looks through a handful, not one per extension.
    expect(m.depth).toBeLessThanOrEqual(12);
  });

  it('merges layers into new ones, giving way while it copies', async () => {
    const m = LayeredMap.of(new Map(Array.from({ length: 20_000 }, (_, i) => [i, i] as [number, number])));
    const a = await m.extend();
    for (let i = 20_000; i < 40_000; i++) a.set(i, i);
    const p = eager();
    const b = await a.extend(p);
    expect(p.pauses).toBeGreaterThan(0);
    expect(b.depth).toBe(1);
    expect(b.size).toBe(40_000);
    expect(m.size).toBe(20_000);
    expect(m.get(30_000)).toBeUndefined();
  });

  it('leaves out an empty layer under a full one without copying the full one', async () => {
    const filled = await LayeredMap.of<number, number>().extend();
    for (let i = 0; i < 20_000; i++) filled.set(i, i);
    const p = eager();
    const next = await filled.extend(p);
    expect(p.pauses).toBe(0);
    expect(next.depth).toBe(1);
    expect(next.get(19_999)).toBe(19_999);
    // As JSON, what a Map of the same entries gives.
    expect(JSON.stringify(next)).toBe(JSON.stringify([...new Map(Array.from({ length: 20_000 }, (_, i) => [i, i]))]));
  });
});

/** Full names with their counts, written the ways wire copy slips: doubled letters, one-letter typos. */
function namesOverTime(seed: number, steps: number): { name: string; count: number }[][] {
  const r = rng(seed);
  const given = ['amina', 'boris', 'chen', 'dmitri', 'helena', 'tomas'];
  const surnames = ['olberg', 'nakasone', 'gaddafi', 'marsh', 'grellan', 'pettersen', 'kowalski', 'abdullah'];
  const respell = (w: string) => {
    const i = 1 + Math.floor(r() * (w.length - 1));
    return r() < 0.5 ? w.slice(0, i) + w[i - 1] + w.slice(i) : w.slice(0, i) + 'e' + w.slice(i + 1);
  };
  const seen: string[] = [];
  return Array.from({ length: steps }, () =>
    Array.from({ length: 5 + Math.floor(r() * 30) }, () => {
      const old = seen.length && r() < 0.4 ? seen[Math.floor(r() * seen.length)]! : null;
      let name = old ?? `${given[Math.floor(r() * given.length)]} ${surnames[Math.floor(r() * surnames.length)]}`;
      if (!old && r() < 0.5)
        name = name
          .split(' ')
          .map((w) => (r() < 0.4 ? respell(w) : w))
          .join(' ');
      if (!old && r() < 0.2) name = `${given[Math.floor(r() * given.length)]} ${name}`;
      if (!old && r() < 0.1) name = name.split(' ')[0]!;
      seen.push(name);
      return { name, count: 1 + Math.floor(r() * (r() < 0.2 ? 30 : 3)) };
    }),
  );
}

/** The index made whole over these counts, and over them in steps: each step's added and recounted names. */
async function grow(steps: { name: string; count: number }[][]) {
  const counts = new Map<string, number>();
  let index = VariantIndex.EMPTY;
  const made: { index: VariantIndex; json: string; counts: Map<string, number> }[] = [];
  for (const step of steps) {
    const added: string[] = [];
    const recounted = new Set<string>();
    for (const { name, count } of step) {
      if (counts.has(name)) recounted.add(name);
      else added.push(name);
      counts.set(name, (counts.get(name) ?? 0) + count);
    }
    const all = () => new Map(counts);
    index = await index.extend(added, recounted, (k) => counts.get(k)!, all, NEVER);
    made.push({ index, json: JSON.stringify(index), counts: new Map(counts) });
  }
  return made;
}

const sorted = (m: ReadonlyMap<string, string>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('the index of name near-spellings', () => {
  it('gives what nameVariants gives over the names so far, extension after extension', async () => {
    for (const seed of [1, 2, 3]) {
      const made = await grow(namesOverTime(seed, 25));
      let found = 0;
      for (const { index, counts } of made) {
        expect(sorted(index.variants)).toEqual(sorted(nameVariants(counts)));
        found = index.variants.size;
      }
      // The cases were there: names giving way to others.
      expect(found).toBeGreaterThan(5);
    }
  });

  it('keeps the first in bucket order of two spellings written as often, when the second comes later', async () => {
    // "gonzales" gives way to "gonzalez" (one letter, five times as often); then "gonzaless" (its doubled-letter
    // spelling) comes, written as often as "gonzalez": the one met first in the bucket still takes it.
    const first = new Map([
      ['maria gonzalez', 5],
      ['maria gonzales', 1],
    ]);
    const index = await VariantIndex.EMPTY.extend(
      first.keys(),
      [],
      (k) => first.get(k)!,
      () => first,
      NEVER,
    );
    expect(index.variants.get('maria gonzales')).toBe('maria gonzalez');
    const then = new Map([...first, ['maria gonzaless', 5]]);
    const next = await index.extend(
      ['maria gonzaless'],
      [],
      (k) => then.get(k)!,
      () => then,
      NEVER,
    );
    expect(nameVariants(then).get('maria gonzales')).toBe('maria gonzalez');
    expect(sorted(next.variants)).toEqual(sorted(nameVariants(then)));
  });

  it('holds what one made whole over the same names holds, and leaves each index it extends as it was', async () => {
    const made = await grow(namesOverTime(4, 25));
    // Extended from every earlier index again (what a failed reload's retry does): the earlier ones are unchanged.
    for (const m of made) expect(JSON.stringify(m.index)).toBe(m.json);
    const last = made.at(-1)!;
    const whole = await VariantIndex.EMPTY.extend(
      last.counts.keys(),
      [],
      (k) => last.counts.get(k)!,
      () => last.counts,
      NEVER,
    );
    expect(JSON.stringify(whole)).toBe(last.json);
    expect(last.index.variants.size).toBeGreaterThan(5);
  });

  it('takes a chain longer than nameVariants follows as nameVariants cuts it', async () => {
    // Nine spellings of one name, each a doubled letter away from the next and written more often: a chain of eight.
    const words = ['kalo', 'bemi', 'sudo', 'ravi', 'tomu', 'pela', 'gini', 'dora'];
    const names = Array.from({ length: 9 }, (_, k) =>
      words.map((w, i) => (i < k ? w.slice(0, 2) + w.slice(1) : w)).join(' '),
    );
    const counts = new Map(names.map((n, k) => [n, k + 1]));
    const index = await VariantIndex.EMPTY.extend(
      names,
      [],
      (k) => counts.get(k)!,
      () => counts,
      NEVER,
    );
    const expected = nameVariants(counts);
    expect(sorted(index.variants)).toEqual(sorted(expected));
    // nameVariants stops after a few links: the first spelling does not reach the last.
    expect(expected.get(names[0]!)).not.toBe(names[8]);
    expect(expected.get(names[7]!)).toBe(names[8]);
  });
});
