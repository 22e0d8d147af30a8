// The people directory: one entry per real person across the corpus, with aliases, dated roles and mentions.
import { editDistance, withinEdits } from '../search/excerpt.js';
import { normaliseName } from './extract.js';
import { NEVER, type Pace } from '../pace.js';
import { baseKey } from './families.js';
import type { VariantIndex } from './variants.js';
import type { GrowingMap } from '../layered-map.js';

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
  name: string;
  key: string;
  tokens: string[];
  aliases: string[];
  roles: PersonRole[];
  affiliations: Map<string, number>;
  docs: Set<number>;
  mentions: PersonMentions;
}

export interface Lookup {
  people: Person[];
  suggestions: string[];
}

/** A passage as one number, for maps (exact below 2^21 documents of up to 2^32 passages). */
const placeKey = (doc: number, passage: number) => doc * 4294967296 + passage;

/**
 * A person's mentions, kept packed until something reads them (a /who about that person): making half a million
 * mention objects at every build or start, for the few people asked about, was most of what memory and time went
 * to. Until then the directory's own indexes use the packed (doc, passage) pairs, and `make` holds only what the
 * mentions are made from, so an entry a reload carries on builds on it without keeping the previous entry alive.
 */
export class PersonMentions {
  private made: PersonMention[] | null = null;

  constructor(
    /** (doc, passage) pairs, in order. */
    readonly places: Int32Array,
    readonly make: () => PersonMention[],
  ) {}

  /** Mentions already made (a person built by hand, or in a test). */
  static of(list: PersonMention[]): PersonMentions {
    const places = new Int32Array(list.length * 2);
    list.forEach((m, i) => {
      places[2 * i] = m.doc;
      places[2 * i + 1] = m.passage;
    });
    const mentions = new PersonMentions(places, () => list);
    mentions.made = list;
    return mentions;
  }

  get count(): number {
    return this.places.length / 2;
  }

  /** The mentions themselves, made on the first read. */
  list(): PersonMention[] {
    return (this.made ??= this.make());
  }

  /** `for (const m of person.mentions)`: the mentions in order, as a list reads (scorers outside the code do so). */
  [Symbol.iterator](): Iterator<PersonMention> {
    return this.list()[Symbol.iterator]();
  }
}

export const tokensOf = (key: string) => key.split(' ').filter(Boolean);

/** What a build learned besides the directory itself (see build.ts); kept so a reload that adds articles can carry on. */
export interface Registry {
  publishers: Set<string>;
  /** Full names the text shows to be people, normalised -> the ways they are written, counted; in order of first appearance. */
  forms: GrowingMap<string, Map<string, number>>;
  /** Name word -> the full names holding it. */
  withToken: GrowingMap<string, string[]>;
  /** Full name -> the full name it stands for: itself, or the one longer name that holds it. */
  canonical: GrowingMap<string, string>;
  /** Name (full, or short with evidence), normalised -> the articles that use it, ascending. */
  docsByName: GrowingMap<string, number[]>;
  /** Articles with @handles in them, ascending. */
  handleDocs: number[];
  /** Names, normalised -> how often articles write them as an organisation's or a place's. */
  orgSeen?: GrowingMap<string, number>;
  /** Full names that are a near-spelling of another -> that name (see variants.ts). */
  variantOf?: ReadonlyMap<string, string>;
  /** What variantOf was found from, for the next extension to carry on from. */
  variants?: VariantIndex;
  /** Full names -> article -> the role families (families.ts) the article gives them. */
  families?: GrowingMap<string, Map<number, number>>;
  /** Full names -> the heads of the titles and roles articles give them in full ("president", "secretary"). */
  titles?: GrowingMap<string, Set<string>>;
  /** Full names two people share -> the articles of the second (families.ts). */
  splits?: Map<string, Set<number>>;
}

export class PeopleDirectory {
  readonly people: Person[] = [];
  /** People by their own (normalised full) name. */
  byKey = new Map<string, Person>();
  private byToken = new Map<string, Person[]>();
  /** Full names and aliases, normalised -> the people they name. */
  private byName = new Map<string, Person[]>();
  /** Every distinct word of every name, for near-spelling look-ups. */
  private words: string[] = [];
  /** Per article: passage -> the names (keys) of the people named there. */
  private byPassage: (Map<number, string[]> | undefined)[] = [];
  /** Set by a build; absent after a snapshot load until a reload needs it. */
  registry: Registry | null = null;

  /** As a source of names to resolve mentions by (see build.ts). */
  person(key: string): Person | undefined {
    return this.byKey.get(key);
  }

  /**
   * A directory of these people, in this order. Who is named in each passage is given per article when the
   * builder knows it; otherwise (a snapshot load) it is worked out from the people's mentions.
   */
  static async of(
    people: Person[],
    pace: Pace = NEVER,
    byPassage?: (Map<number, string[]> | undefined)[],
  ): Promise<PeopleDirectory> {
    const dir = new PeopleDirectory();
    dir.people.push(...people);
    await dir.indexNames(pace);
    if (byPassage) dir.byPassage = byPassage;
    else
      for (const [i, p] of people.entries()) {
        if (i % 256 === 0 && pace.due()) await pace.pause();
        const places = p.mentions.places;
        for (let k = 0; k < places.length; k += 2) addPassage(dir.byPassage, places[k]!, places[k + 1]!, p.key);
      }
    return dir;
  }

  /**
   * The directory of these people, after `previous`: its lookup maps are updated rather than made again when the
   * previous people still there keep their order (each the same, or a new entry under the same name), whoever came
   * or went, as after a reload that added articles; otherwise as of() makes them. The result is what of() gives.
   */
  static async after(
    previous: PeopleDirectory,
    people: Person[],
    pace: Pace,
    byPassage: (Map<number, string[]> | undefined)[],
  ): Promise<PeopleDirectory> {
    const n = previous.people.length;
    // Who went (a previous key no one has now), who is a new entry under a previous key, and who came.
    const gone = new Set<Person>();
    const swap = new Map<Person, Person>();
    const came: Person[] = [];
    let i = 0;
    for (const [j, p] of people.entries()) {
      if (j % 1024 === 0 && pace.due()) await pace.pause();
      const old = previous.byKey.get(p.key);
      if (!old) {
        came.push(p);
        continue;
      }
      while (i < n && previous.people[i] !== old) gone.add(previous.people[i++]!);
      // Someone passed over comes later: the previous people changed order.
      if (i === n) return PeopleDirectory.of(people, pace, byPassage);
      if (old !== p) swap.set(old, p);
      i++;
    }
    while (i < n) gone.add(previous.people[i++]!);
    const dir = new PeopleDirectory();
    dir.people.push(...people);
    dir.byPassage = byPassage;
    [dir.byKey, dir.byToken, dir.byName, dir.words] = [
      new Map(previous.byKey),
      new Map(previous.byToken),
      new Map(previous.byName),
      [...previous.words],
    ];
    // Lists are copied before their first change (new entries in, gone ones out): the previous directory keeps
    // serving meanwhile.
    const mine = new Set<Person[]>();
    const own = (map: Map<string, Person[]>, key: string) => {
      let list = map.get(key);
      if (list && !mine.has(list)) {
        list = list.map((x) => swap.get(x) ?? x).filter((x) => !gone.has(x));
        if (list.length) map.set(key, list);
        else map.delete(key);
      }
      if (list?.length) mine.add(list);
      return list?.length ? list : undefined;
    };
    let pos: Map<Person, number> | null = null;
    const at = (p: Person) => (pos ??= new Map(people.map((x, k) => [x, k]))).get(p)!;
    // Into a list in directory order, as a whole build lists them.
    const insert = (map: Map<string, Person[]>, key: string, p: Person) => {
      const list = own(map, key);
      if (!list) return void map.set(key, [p]);
      if (list.includes(p)) return;
      let [lo, hi] = [0, list.length];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (at(list[mid]!) < at(p)) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, p);
    };
    for (const old of gone) {
      dir.byKey.delete(old.key);
      for (const t of new Set(old.tokens)) own(dir.byToken, t);
      for (const name of namesOf(old)) own(dir.byName, name);
    }
    for (const [old, p] of swap) {
      if (pace.due()) await pace.pause();
      dir.byKey.set(p.key, p);
      for (const t of new Set(p.tokens)) own(dir.byToken, t);
      const [before, now] = [namesOf(old), namesOf(p)];
      for (const name of before) {
        if (now.has(name)) continue;
        const rest = own(dir.byName, name)?.filter((x) => x !== p) ?? [];
        if (rest.length) dir.byName.set(name, rest);
        else dir.byName.delete(name);
      }
      for (const name of now) insert(dir.byName, name, p);
    }
    for (const p of came) {
      dir.byKey.set(p.key, p);
      for (const t of new Set(p.tokens)) insert(dir.byToken, t, p);
      for (const name of namesOf(p)) insert(dir.byName, name, p);
    }
    // The name words in the order a whole build meets them: each where the first person holding it is.
    const tail = came.every((p, k) => p === people[people.length - came.length + k]);
    if (gone.size === 0 && tail) {
      for (const p of came) for (const t of new Set(p.tokens)) if (dir.byToken.get(t)![0] === p) dir.words.push(t);
    } else {
      dir.words = [];
      for (const [k, p] of people.entries()) {
        if (k % 1024 === 0 && pace.due()) await pace.pause();
        for (const t of new Set(p.tokens)) if (dir.byToken.get(t)![0] === p) dir.words.push(t);
      }
    }
    return dir;
  }

  /** The lookup maps by name word, own name and alias. */
  private async indexNames(pace: Pace): Promise<void> {
    for (const [i, p] of this.people.entries()) {
      if (i % 256 === 0 && pace.due()) await pace.pause();
      this.byKey.set(p.key, p);
      for (const t of new Set(p.tokens)) {
        const list = this.byToken.get(t);
        if (list) list.push(p);
        else this.byToken.set(t, [p]);
      }
      for (const n of namesOf(p)) {
        const list = this.byName.get(n);
        if (list) list.push(p);
        else this.byName.set(n, [p]);
      }
    }
    this.words = [...this.byToken.keys()];
  }

  /** People whose name holds this word, in directory order. */
  withWord(word: string): Person[] {
    return this.byToken.get(word) ?? [];
  }

  /** Who is named in each passage, per article (for a builder extending this directory). */
  passagesByDoc(): (Map<number, string[]> | undefined)[] {
    return this.byPassage;
  }

  /** People as plain data: maps and sets as arrays. */
  static toJSON(
    people: Person[],
  ): (Omit<Person, 'affiliations' | 'docs'> & { affiliations: [string, number][]; docs: number[] })[] {
    return people.map((p) => ({ ...p, affiliations: [...p.affiliations], docs: [...p.docs] }));
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
    return [...list].sort((a, b) => b.mentions.count - a.mentions.count);
  }

  /**
   * Up to 25 names for a typed prefix, most mentioned first (in directory order among equals): what Discord's
   * autocomplete shows, at every key typed. People whose full name, a word of it, or an alias starts with it.
   */
  autocomplete(typed: string, limit = 25): Person[] {
    const { ranked, words, ranks } = this.prefixIndex();
    const q = normaliseName(typed);
    if (!q) return ranked.slice(0, limit);
    // The words starting with q sit together in the sorted list.
    let [lo, hi] = [0, words.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<number>();
    for (let i = lo; i < words.length && words[i]!.startsWith(q); i++) found.add(ranks[i]!);
    return [...found]
      .sort((a, b) => a - b)
      .slice(0, limit)
      .map((r) => ranked[r]!);
  }

  private prefixes: { ranked: Person[]; words: string[]; ranks: Int32Array } | null = null;

  /** People by rank, and every name word and alias sorted, each with its person's rank: made on first use. */
  private prefixIndex(): { ranked: Person[]; words: string[]; ranks: Int32Array } {
    if (!this.prefixes) {
      const ranked = this.rank(this.people);
      const pairs: [string, number][] = [];
      ranked.forEach((p, r) => {
        for (const w of new Set([p.key, ...p.tokens, ...p.aliases.map((a) => normaliseName(a))])) pairs.push([w, r]);
      });
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
      this.prefixes = { ranked, words: pairs.map((x) => x[0]), ranks: Int32Array.from(pairs, (x) => x[1]) };
    }
    return this.prefixes;
  }

  /** The people most often named in the same passages as this one. */
  companions(person: Person, limit = 5): { person: Person; count: number }[] {
    const counts = new Map<string, number>();
    const places = person.mentions.places;
    const seen = new Set<number>();
    for (let i = 0; i < places.length; i += 2) {
      const k = placeKey(places[i]!, places[i + 1]!);
      if (seen.has(k)) continue;
      seen.add(k);
      for (const other of this.byPassage[places[i]!]?.get(places[i + 1]!) ?? [])
        if (other !== person.key) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts]
      .map(([key, count]) => ({ person: this.byKey.get(key)!, count }))
      .sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name))
      .slice(0, limit);
  }

  /** People named in a passage, for filters such as /timeline person:. */
  inPassage(doc: number, passage: number): Person[] {
    return (this.byPassage[doc]?.get(passage) ?? []).map((k) => this.byKey.get(k)!);
  }
}

/** The names a person is looked up by: their own, and their aliases, normalised. */
function namesOf(p: Person): Set<string> {
  // A second person of a shared name (build.ts splits) answers to that name too.
  return new Set([baseKey(p.key), ...p.aliases.map((a) => normaliseName(a.replace(/^@/, '')))]);
}

/** Notes that the person (by key) is named in this passage. */
export function addPassage(
  byPassage: (Map<number, string[]> | undefined)[],
  doc: number,
  passage: number,
  key: string,
): void {
  const here = (byPassage[doc] ??= new Map());
  const list = here.get(passage);
  if (!list) here.set(passage, [key]);
  else if (!list.includes(key)) list.push(key);
}
