// The people directory: one entry per real person across the corpus, with aliases, dated roles and mentions.
import type { Document } from '../types.js';
import { editDistance, withinEdits } from '../search/excerpt.js';
import { normaliseName, type Mention } from './extract.js';
import { NEVER, type Pace } from '../pace.js';

export interface PersonRole {
  role: string;
  date: string | null;
  doc: number;
  sentence: string;
}

export interface PersonMention {
  doc: number;
  passage: number;
  sentence: string;
  /** The sentence gives a role for the person. */
  defining: boolean;
  full: boolean;
}

export interface Person {
  id: number;
  name: string;
  key: string;
  tokens: string[];
  aliases: string[];
  roles: PersonRole[];
  affiliations: Map<string, number>;
  docs: Set<number>;
  mentions: PersonMention[];
}

export interface Lookup {
  people: Person[];
  suggestions: string[];
}

/** A passage as one number, for maps (exact below 2^21 documents of up to 2^32 passages). */
const placeKey = (doc: number, passage: number) => doc * 4294967296 + passage;

/**
 * A person's mentions stay packed until something reads them (a /who about that person): making half a million
 * mention objects at every build or start, for the few people asked about, was most of what memory and time
 * went to. Until then the directory's own indexes use the packed (doc, passage) pairs.
 */
const packed = new WeakMap<Person, Int32Array>();

export function withPackedMentions(p: Omit<Person, 'mentions'>, places: Int32Array, unpack: () => PersonMention[]): Person {
  let list: PersonMention[] | null = null;
  Object.defineProperty(p, 'mentions', { get: () => (list ??= unpack()), enumerable: true, configurable: true });
  packed.set(p as Person, places);
  return p as Person;
}

/** (doc, passage) pairs of a person's mentions, in order, without unpacking them. */
function placesOf(p: Person): ArrayLike<number> {
  const places = packed.get(p);
  if (places) return places;
  const out = new Int32Array(p.mentions.length * 2);
  p.mentions.forEach((m, i) => {
    out[2 * i] = m.doc;
    out[2 * i + 1] = m.passage;
  });
  return out;
}

export function mentionCount(p: Person): number {
  const places = packed.get(p);
  return places ? places.length / 2 : p.mentions.length;
}

const tokensOf = (key: string) => key.split(' ').filter(Boolean);

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((t, k) => long[i + k] === t)) return true;
  return false;
}

export class PeopleDirectory {
  readonly people: Person[] = [];
  private readonly byToken = new Map<string, Person[]>();
  /** Full names and aliases, normalised -> the people they name. */
  private readonly byName = new Map<string, Person[]>();
  /** Every distinct word of every name, for near-spelling look-ups. */
  private words: string[] = [];
  /** Passage (placeKey) -> the people named there. */
  private readonly byPassage = new Map<number, Person[]>();

  static async build(docs: Document[], mentions: Mention[][], pace: Pace): Promise<PeopleDirectory> {
    const dir = new PeopleDirectory();
    const publishers = new Set(docs.map((d) => (d.source ? normaliseName(d.source) : '')).filter(Boolean));
    // 1. Full names the text shows to be people.
    const forms = new Map<string, Map<string, number>>();
    for (const list of mentions) {
      if (pace.due()) await pace.pause();
      for (const m of list) {
        if (!m.full || !m.evidence) continue;
        const key = normaliseName(m.name);
        if (publishers.has(key)) continue;
        const f = forms.get(key) ?? new Map<string, number>();
        f.set(m.name, (f.get(m.name) ?? 0) + 1);
        forms.set(key, f);
      }
    }
    // 2. A shorter full name inside exactly one longer one is the same person ("Amir Khan" in "Amir Khan Muttaqi").
    const keys = [...forms.keys()];
    const withToken = new Map<string, string[]>();
    for (const k of keys) for (const t of new Set(tokensOf(k))) {
      const list = withToken.get(t);
      if (list) list.push(k);
      else withToken.set(t, [k]);
    }
    const split = new Map(keys.map((k) => [k, tokensOf(k)]));
    const canonical = new Map<string, string>();
    for (const [n, k] of keys.entries()) {
      if (n % 256 === 0 && pace.due()) await pace.pause();
      // Only longer names holding every word of this one can contain it: look among those with its rarest word.
      const mine = split.get(k)!;
      const rarest = mine.reduce((a, b) => ((withToken.get(b)?.length ?? 0) < (withToken.get(a)?.length ?? 0) ? b : a));
      const supers = (withToken.get(rarest) ?? []).filter((o) => split.get(o)!.length > mine.length && isSubsequence(mine, split.get(o)!));
      canonical.set(k, supers.length === 1 ? supers[0]! : k);
    }
    const byKey = new Map<string, Person>();
    for (const [n, k] of keys.entries()) {
      if (n % 256 === 0 && pace.due()) await pace.pause();
      const c = canonical.get(k)!;
      if (c !== k) continue;
      const variants = forms.get(k)!;
      const name = [...variants].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
      const p: Person = { id: dir.people.length, name, key: k, tokens: tokensOf(k), aliases: [], roles: [], affiliations: new Map(), docs: new Set(), mentions: [] };
      dir.people.push(p);
      byKey.set(k, p);
    }
    // Short names are resolved against every candidate, kept or not; the lookup maps are rebuilt at the end.
    dir.indexTokens();

    // 3. Every mention, full or short, resolved first within its article, then across the corpus.
    // Per person (by id): the names seen for them, and the extracted mentions with their article, made into
    // PersonMention objects only when read.
    const aliasSets: Set<string>[] = dir.people.map(() => new Set());
    const foundDocs: number[][] = dir.people.map(() => []);
    const foundMentions: Mention[][] = dir.people.map(() => []);
    // A full name stands for the same person in every article: looked up once.
    const fullOf = new Map<string, Person | null>();
    const personOf = (key: string) => {
      let p = fullOf.get(key);
      if (p === undefined) fullOf.set(key, (p = byKey.get(canonical.get(key) ?? '') ?? null));
      return p;
    };
    for (const [doc, list] of mentions.entries()) {
      if (pace.due()) await pace.pause();
      const keys = list.map((m) => normaliseName(m.name));
      const here = new Set<Person>();
      list.forEach((m, i) => {
        const p = m.full ? personOf(keys[i]!) : null;
        if (p) here.add(p);
      });
      // A short name is resolved once per article and kind of evidence: articles repeat the names they use.
      const resolved = [new Map<string, Person | undefined>(), new Map<string, Person | undefined>()] as const;
      for (const [i, m] of list.entries()) {
        const key = keys[i]!;
        let p: Person | undefined;
        if (m.full) p = personOf(key) ?? undefined;
        else {
          const memo = resolved[m.evidence ? 1 : 0];
          if (memo.has(key)) p = memo.get(key);
          else memo.set(key, (p = dir.resolveShort(key, here, m.evidence)));
        }
        if (!p) continue;
        p.docs.add(doc);
        if (m.name !== p.name && !aliasSets[p.id]!.has(m.name)) {
          aliasSets[p.id]!.add(m.name);
          p.aliases.push(m.name);
        }
        foundDocs[p.id]!.push(doc);
        foundMentions[p.id]!.push(m);
        for (const role of m.roles) p.roles.push({ role, date: docs[doc]!.date, doc, sentence: m.sentence });
        if (m.affiliation) p.affiliations.set(m.affiliation, (p.affiliations.get(m.affiliation) ?? 0) + 1);
      }
      // @handles whose parts are all parts of one person's name.
      const text = docs[doc]!.text;
      if (!text.includes('@')) continue;
      for (const h of text.matchAll(/(?<![\w@])@([A-Za-z][A-Za-z0-9_]{2,30})/g)) {
        const parts = h[1]!.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\d]+/).filter((x) => x.length >= 3);
        const owners = dir.people.filter((p) => parts.length > 0 && parts.every((x) => p.tokens.includes(x)));
        if (owners.length === 1 && !owners[0]!.aliases.includes(`@${h[1]}`)) owners[0]!.aliases.push(`@${h[1]}`);
      }
    }
    // A name seen only without the text ever showing it is a person is dropped with its entry.
    const kept = dir.people.filter((p) => p.docs.size > 0);
    for (const [n, p] of kept.entries()) {
      if (n % 256 === 0 && pace.due()) await pace.pause();
      const [at, list] = [foundDocs[p.id]!, foundMentions[p.id]!];
      const places = new Int32Array(at.length * 2);
      at.forEach((doc, i) => [places[2 * i], places[2 * i + 1]] = [doc, list[i]!.passage]);
      withPackedMentions(p, places, () => list.map((m, i) => ({ doc: at[i]!, passage: m.passage, sentence: m.sentence, defining: m.roles.length > 0, full: m.full })));
    }
    dir.people.splice(0, dir.people.length, ...kept);
    dir.people.forEach((p, i) => (p.id = i));
    for (const p of dir.people) p.roles.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    await dir.reindex(pace);
    return dir;
  }

  /** Rebuilds the lookup maps from the people list (after a build, or a snapshot load). */
  private async reindex(pace: Pace = NEVER): Promise<void> {
    this.indexTokens();
    this.byPassage.clear();
    this.byName.clear();
    for (const [i, p] of this.people.entries()) {
      if (i % 256 === 0 && pace.due()) await pace.pause();
      for (const n of new Set([p.key, ...p.aliases.map((a) => normaliseName(a.replace(/^@/, '')))])) {
        const list = this.byName.get(n);
        if (list) list.push(p);
        else this.byName.set(n, [p]);
      }
      const places = placesOf(p);
      for (let i = 0; i < places.length; i += 2) {
        const k = placeKey(places[i]!, places[i + 1]!);
        const list = this.byPassage.get(k);
        if (!list) this.byPassage.set(k, [p]);
        else if (list[list.length - 1] !== p) list.push(p);
      }
    }
  }

  /** Name word -> the people whose name holds it; and every distinct name word, for near spellings. */
  private indexTokens(): void {
    this.byToken.clear();
    for (const p of this.people) for (const t of new Set(p.tokens)) {
      const list = this.byToken.get(t);
      if (list) list.push(p);
      else this.byToken.set(t, [p]);
    }
    this.words = [...this.byToken.keys()];
  }

  toJSON(): (Omit<Person, 'affiliations' | 'docs'> & { affiliations: [string, number][]; docs: number[] })[] {
    return this.people.map((p) => ({ ...p, affiliations: [...p.affiliations], docs: [...p.docs] }));
  }

  /** A directory of people as saved (toJSON), whose mentions may still be packed (see withPackedMentions). */
  static async fromPeople(people: Person[]): Promise<PeopleDirectory> {
    const dir = new PeopleDirectory();
    dir.people.push(...people);
    await dir.reindex();
    return dir;
  }

  /** A surname (or other single name) to the person it stands for: in this article first, then the corpus. */
  private resolveShort(key: string, here: Set<Person>, evidence: boolean): Person | undefined {
    const inDoc = [...here].filter((p) => p.tokens.includes(key));
    if (inDoc.length === 1) return inDoc[0];
    if (inDoc.length > 1) {
      const last = inDoc.filter((p) => p.tokens[p.tokens.length - 1] === key);
      return last.length === 1 ? last[0] : undefined;
    }
    // A one-letter slip within the article ("Bahis" for "Bahiss").
    if (key.length >= 5) {
      const near = [...here].filter((p) => p.tokens.some((t) => t[0] === key[0] && t.length >= 5 && editDistance(t, key) === 1));
      if (near.length === 1) return near[0];
    }
    if (!evidence) return undefined;
    const corpus = (this.byToken.get(key) ?? []).filter((p) => p.tokens[p.tokens.length - 1] === key);
    return corpus.length === 1 ? corpus[0] : undefined;
  }

  /** People a query names: full name, alias, surname, or a near spelling; several when it is ambiguous. */
  lookup(query: string): Lookup {
    const q = normaliseName(query.replace(/^@/, ''));
    const qt = tokensOf(q);
    if (qt.length === 0) return { people: [], suggestions: [] };
    const exact = this.byName.get(q);
    if (exact?.length) return { people: exact, suggestions: [] };
    // Everyone whose name holds every word of the query: start from the rarest word's list.
    const lists = qt.map((t) => this.byToken.get(t) ?? []);
    if (lists.every((l) => l.length)) {
      const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
      const partial = shortest.filter((p) => qt.every((t) => p.tokens.includes(t)));
      if (partial.length) return { people: this.rank(partial), suggestions: [] };
    }
    // Near spellings: compared against the distinct name words, far fewer than the people.
    const close = (t: string, u: string) => t.length >= 4 && withinEdits(t, u, t.length >= 7 ? 2 : 1);
    const near = qt.map((t) => this.words.filter((u) => close(t, u)));
    if (near.every((n) => n.length)) {
      const candidates = new Set(near[0]!.flatMap((u) => this.byToken.get(u) ?? []));
      const fuzzy = [...candidates].filter((p) => near.every((ws) => ws.some((u) => p.tokens.includes(u))));
      if (fuzzy.length) return { people: this.rank(fuzzy), suggestions: [] };
    }
    const limit = Math.max(2, Math.floor(q.length / 3));
    const scoredWords = this.words
      .filter((u) => Math.abs(u.length - qt[qt.length - 1]!.length) <= limit)
      .map((u) => ({ u, d: Math.min(...qt.map((t) => editDistance(t, u))) }))
      .filter((x) => x.d <= limit)
      .sort((a, b) => a.d - b.d);
    const seen = new Set<Person>();
    for (const { u } of scoredWords) for (const p of this.rank(this.byToken.get(u) ?? [])) seen.add(p);
    return { people: [], suggestions: [...seen].slice(0, 5).map((p) => p.name) };
  }

  private rank(list: Person[]): Person[] {
    return [...list].sort((a, b) => mentionCount(b) - mentionCount(a));
  }

  /** Up to 25 names for a typed prefix, most mentioned first: what Discord's autocomplete shows. */
  autocomplete(typed: string, limit = 25): Person[] {
    const q = normaliseName(typed);
    const list = q
      ? this.people.filter((p) => p.key.startsWith(q) || p.tokens.some((t) => t.startsWith(q)) || p.aliases.some((a) => normaliseName(a).startsWith(q)))
      : this.people;
    return this.rank(list).slice(0, limit);
  }

  /** The people most often named in the same passages as this one. */
  companions(person: Person, limit = 5): { person: Person; count: number }[] {
    const counts = new Map<Person, number>();
    const places = placesOf(person);
    const seen = new Set<number>();
    for (let i = 0; i < places.length; i += 2) {
      const k = placeKey(places[i]!, places[i + 1]!);
      if (seen.has(k)) continue;
      seen.add(k);
      for (const other of this.byPassage.get(k) ?? []) if (other !== person) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name)).slice(0, limit).map(([p, count]) => ({ person: p, count }));
  }

  /** People named in a passage, for filters such as /timeline person:. */
  inPassage(doc: number, passage: number): Person[] {
    return [...(this.byPassage.get(placeKey(doc, passage)) ?? [])];
  }
}
