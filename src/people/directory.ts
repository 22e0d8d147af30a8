// The people directory: one entry per real person across the corpus, with aliases, dated roles and mentions.
import { editDistance, withinEdits } from '../search/excerpt.js';
import { normaliseName } from './name-tokens.js';
import { NEVER, type Pace } from '../pace.js';
import { baseKey } from './families.js';
import { HONORIFICS, TITLE_WORDS } from './lexicon.js';
import { genderOf, titleGender } from './genders.js';
import type { VariantIndex } from './variants.js';
import { LayeredMap, type GrowingMap } from '../layered-map.js';
import { firstNotBelow, lowerBound } from '../bisect.js';

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

interface Lookup {
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
  /** Full names as articles write them, normalised -> the articles that use them, ascending. */
  docsByName: GrowingMap<string, number[]>;
  /** Articles with @handles in them, ascending. */
  handleDocs: number[];
  /**
   * Short names, normalised -> the articles whose resolution of them asked the corpus (a title with the name, or
   * no one the article names in full holding it: see resolveShort), ascending. Only those articles can name someone
   * else by it when a person of that surname comes or goes, or is given a title: the others name whom they name in full.
   */
  asked: GrowingMap<string, number[]>;
  /** The same, for the articles that gave the name alone a title ("Governor Varga"): who holds that title decides. */
  askedTitled: GrowingMap<string, number[]>;
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
  /** Full names two people share -> the articles of the second (families.ts), in key order. */
  splits?: Map<string, Set<number>>;
  /** Full names, normalised -> their place among `forms`' keys (the order people are listed in: see build.ts rankIn). */
  order: GrowingMap<string, number>;
  /**
   * Per article, whom each of its mentions and then each of its @handles resolved to (a person's key, '' for no
   * one): what an extension compares an older article's new resolution with, to know whose mentions changed.
   */
  resolved: (readonly string[])[];
}

/** What an extension changed in the directory it extends (see PeopleDirectory.after). */
export interface DirectoryChanges {
  /** Previous entries no one has the key of now. */
  went: Person[];
  /** Previous entries -> the entries under the same key that replace them. */
  swapped: Map<Person, Person>;
  /** Entries under keys the previous directory did not have. */
  came: Person[];
  /** Each person's place in directory order, as the previous directory's ranks were given (see build.ts rankIn). */
  rank: (p: Person) => number;
}

/** People by their own name, as the directory answers: a key no one has now is absent. */
interface PeopleByKey {
  get(key: string): Person | undefined;
  has(key: string): boolean;
}

/** The lookup maps of a directory: each an extension's layer over the previous directory's (see after). */
interface Indexes {
  /** Own (normalised full) name -> the person's rank (kept when the person goes: no one holds that rank then). */
  keyed: LayeredMap<string, number>;
  /** Name word -> the keys of the people holding it, in directory order (empty: none any more). */
  byToken: LayeredMap<string, readonly string[]>;
  /** Full names and aliases, normalised -> the keys of the people they name, in directory order (empty: none). */
  byName: LayeredMap<string, readonly string[]>;
}

export class PeopleDirectory {
  /** People by their own (normalised full) name. */
  readonly byKey: PeopleByKey = {
    get: (key) => this.at(key),
    has: (key) => this.at(key) !== undefined,
  };
  /**
   * The lookup maps hold names and ranks, never people: an extension's maps are layers over these, which they share,
   * and a person carried on (a new entry under the same key) must not keep its previous entry alive through them.
   */
  private readonly keyed: LayeredMap<string, number>;
  private readonly byToken: LayeredMap<string, readonly string[]>;
  private readonly byName: LayeredMap<string, readonly string[]>;
  /** Every distinct word of every name, for near-spelling look-ups: in the order of its first holder, then of that holder's words. */
  private words: string[] = [];
  /** Per article: passage -> the names (keys) of the people named there. */
  private byPassage: (Map<number, string[]> | undefined)[] = [];
  /** withWord's answers, made on first use. */
  private readonly listed = new Map<string, Person[]>();
  /** Set by a build; absent after a snapshot load until a reload needs it. */
  registry: Registry | null = null;

  private constructor(
    readonly people: Person[],
    /** Each person's rank, ascending as `people` are listed. */
    private readonly ranks: Float64Array,
    /** Whether the ranks are those a registry gives (an extension carries them on), or places in the list. */
    readonly rankedByRegistry: boolean,
    indexes: Indexes,
  ) {
    ({ keyed: this.keyed, byToken: this.byToken, byName: this.byName } = indexes);
  }

  /** As a source of names to resolve mentions by (see build.ts). */
  person(key: string): Person | undefined {
    return this.at(key);
  }

  /** The person whose own name this is. */
  private at(key: string): Person | undefined {
    // A key whose person went keeps its rank in the maps (a layer below may hold it): no one holds that rank now.
    const r = this.keyed.get(key);
    if (r === undefined) return undefined;
    const i = lowerBound(this.ranks, r);
    return this.ranks[i] === r ? this.people[i] : undefined;
  }

  private personsOf(keys: readonly string[] | undefined): Person[] {
    return keys?.length ? keys.map((k) => this.at(k)!) : NO_ONE;
  }

  /**
   * A directory of these people, in this order (the list is taken, not copied), ranked by `rank` (a build's,
   * which extensions carry on) or else by their places. Who is named in each passage is given per article when
   * the builder knows it; otherwise (a snapshot load) it is worked out from the people's mentions.
   */
  static async of(
    people: Person[],
    pace: Pace = NEVER,
    byPassage?: (Map<number, string[]> | undefined)[],
    rank?: (p: Person) => number,
  ): Promise<PeopleDirectory> {
    const ranks = new Float64Array(people.length);
    const [keyed, byToken, byName] = [
      new Map<string, number>(),
      new Map<string, string[]>(),
      new Map<string, string[]>(),
    ];
    for (const [i, p] of people.entries()) {
      if (i % 256 === 0 && pace.due()) await pace.pause();
      ranks[i] = rank ? rank(p) : i;
      keyed.set(p.key, ranks[i]!);
      for (const t of new Set(p.tokens)) {
        const list = byToken.get(t);
        if (list) list.push(p.key);
        else byToken.set(t, [p.key]);
      }
      for (const n of namesOf(p)) {
        const list = byName.get(n);
        if (list) list.push(p.key);
        else byName.set(n, [p.key]);
      }
    }
    const dir = new PeopleDirectory(people, ranks, !!rank, {
      keyed: LayeredMap.of(keyed),
      byToken: LayeredMap.of<string, readonly string[]>(byToken),
      byName: LayeredMap.of<string, readonly string[]>(byName),
    });
    dir.words = [...byToken.keys()];
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
   * The directory after `previous` (ranked by a registry), given what changed: its people are the previous ones
   * in their order, less those who went, with those who came at their ranks, each replaced as `swapped` says; its
   * lookup maps are new layers over the previous ones (layered-map.ts) holding only the names of people who came
   * or went, or whose aliases changed. So an extension costs what it changed, and `previous` keeps serving as it
   * was. The result answers as of() over the same people does.
   */
  static async after(
    previous: PeopleDirectory,
    changes: DirectoryChanges,
    pace: Pace,
    byPassage: (Map<number, string[]> | undefined)[],
  ): Promise<PeopleDirectory> {
    if (!previous.rankedByRegistry) throw new Error('a directory ranked by places cannot be extended');
    const { went, swapped, came, rank } = changes;
    const [people, ranks] = arranged(previous, changes);
    const dir = new PeopleDirectory(people, ranks, true, {
      keyed: await previous.keyed.extend(pace),
      byToken: await previous.byToken.extend(pace),
      byName: await previous.byName.extend(pace),
    });
    dir.byPassage = byPassage;
    const gone = new Set(went.map((p) => p.key));
    // A list the previous directory holds is copied before its first change: it keeps serving meanwhile.
    const mine = new Set<readonly string[]>();
    const own = (map: LayeredMap<string, readonly string[]>, key: string): string[] => {
      let list = map.get(key) ?? NO_KEYS;
      if (!mine.has(list)) {
        list = list.filter((k) => !gone.has(k));
        map.set(key, list);
        mine.add(list);
      }
      return list as string[];
    };
    // Into a list in directory order, as a whole build lists them.
    const insert = (map: LayeredMap<string, readonly string[]>, key: string, p: Person) => {
      const list = own(map, key);
      if (list.includes(p.key)) return;
      const r = dir.keyed.get(p.key)!;
      list.splice(
        firstNotBelow(0, list.length, (i) => dir.keyed.get(list[i]!)! < r),
        0,
        p.key,
      );
    };
    let n = 0;
    for (const old of went) {
      if (++n % 64 === 0 && pace.due()) await pace.pause();
      for (const t of new Set(old.tokens)) own(dir.byToken, t);
      for (const name of namesOf(old)) own(dir.byName, name);
    }
    for (const p of came) dir.keyed.set(p.key, rank(p));
    for (const p of came) {
      if (++n % 64 === 0 && pace.due()) await pace.pause();
      for (const t of new Set(p.tokens)) insert(dir.byToken, t, p);
      for (const name of namesOf(p)) insert(dir.byName, name, p);
    }
    // A person carried on keeps their key, rank and words; only their aliases may be new (or, made again, fewer).
    for (const [old, p] of swapped) {
      if (++n % 64 === 0 && pace.due()) await pace.pause();
      const [before, now] = [namesOf(old), namesOf(p)];
      for (const name of before) {
        if (now.has(name)) continue;
        const list = own(dir.byName, name);
        const at = list.indexOf(p.key);
        if (at >= 0) list.splice(at, 1);
      }
      for (const name of now) if (!before.has(name)) insert(dir.byName, name, p);
    }
    dir.words =
      (await PeopleDirectory.wordsAfter(previous, dir, [...went, ...came], pace)) ?? (await dir.wordsOfPeople(pace));
    return dir;
  }

  /**
   * The name words of `dir` in the order a whole build meets them (each where its first holder is, then in that
   * holder's order), from those of `previous`: only the words of people who came or went can move, come or go.
   */
  private static async wordsAfter(
    previous: PeopleDirectory,
    dir: PeopleDirectory,
    changed: Person[],
    pace: Pace,
  ): Promise<string[] | null> {
    const affected = new Set(changed.flatMap((p) => p.tokens));
    const words = previous.words.slice();
    if (!affected.size) return words;
    /** Where a word goes: its first holder's rank, then its place among that holder's words. */
    const place = (d: PeopleDirectory, w: string): [number, number] => {
      const first = d.byToken.get(w)![0]!;
      return [d.keyed.get(first)!, [...new Set(d.at(first)!.tokens)].indexOf(w)];
    };
    const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    const search = (d: PeopleDirectory, key: [number, number]) =>
      firstNotBelow(0, words.length, (i) => before(place(d, words[i]!), key));
    const held = (d: PeopleDirectory, w: string) => (d.byToken.get(w)?.length ?? 0) > 0;
    let n = 0;
    for (const w of affected) {
      if (++n % 64 === 0 && pace.due()) await pace.pause();
      if (!held(previous, w)) continue;
      const at = search(previous, place(previous, w));
      // Not where its place says (never so far): the caller lists them all again.
      if (words[at] !== w) return null;
      words.splice(at, 1);
    }
    // The words left have the same first holder, at the same rank, as before: people who stayed keep theirs.
    for (const w of affected) {
      if (++n % 64 === 0 && pace.due()) await pace.pause();
      if (held(dir, w)) words.splice(search(dir, place(dir, w)), 0, w);
    }
    return words;
  }

  /** The name words in the order a whole build meets them: each where the first person holding it is. */
  private async wordsOfPeople(pace: Pace): Promise<string[]> {
    const words: string[] = [];
    for (const [k, p] of this.people.entries()) {
      if (k % 1024 === 0 && pace.due()) await pace.pause();
      for (const t of new Set(p.tokens)) if (this.byToken.get(t)![0] === p.key) words.push(t);
    }
    return words;
  }

  /** What the lookup maps hold, as plain lists sorted by name (for tests comparing an extension with a build). */
  lookupMaps(): {
    byKey: [string, string][];
    byToken: [string, string[]][];
    byName: [string, string[]][];
    words: string[];
  } {
    const sorted = <V>(m: LayeredMap<string, V>): [string, V][] =>
      [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const lists = (m: LayeredMap<string, readonly string[]>): [string, string[]][] =>
      sorted(m)
        .filter(([, l]) => l.length > 0)
        .map(([k, l]) => [k, this.personsOf(l).map((p) => p.key)]);
    return {
      byKey: sorted(this.keyed)
        .filter(([k]) => this.at(k))
        .map(([k]) => [k, this.at(k)!.key]),
      byToken: lists(this.byToken),
      byName: lists(this.byName),
      words: [...this.words],
    };
  }

  /** People whose name holds this word, in directory order. */
  withWord(word: string): Person[] {
    const keys = this.byToken.get(word);
    if (!keys?.length) return NO_ONE;
    let list = this.listed.get(word);
    if (!list) this.listed.set(word, (list = this.personsOf(keys)));
    return list;
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

  /**
   * People a query names: full name, alias, surname, or a near spelling; several when it is ambiguous. Only people
   * the corpus still names: an entry whose every mention went to someone else ("Kabashi", a near spelling of
   * "Kabbashi") has nothing to cite.
   */
  lookup(query: string): Lookup {
    // "Herb Mee Jr." is "Herb Mee Jr" where the articles write the suffix, else any "Herb Mee" (so for "III").
    const asked = query.replace(/^@/, '');
    const bare = asked.replace(/,?\s+(?:Jr|Sr|Jnr|Snr|III|II|IV)\.?\s*$/u, '');
    if (bare !== asked) {
      const suffixed = this.personsOf(this.byName.get(normaliseName(asked))).filter(named);
      if (suffixed.length) return { people: suffixed, suggestions: [] };
    }
    const q = normaliseName(bare);
    const qt = tokensOf(q);
    if (qt.length === 0) return { people: [], suggestions: [] };
    const exact = this.personsOf(this.byName.get(q)).filter(named);
    if (exact.length) return { people: exact, suggestions: [] };
    // Everyone whose name holds every word of the query: start from the rarest word's list.
    const lists = qt.map((t) => this.withWord(t));
    if (lists.every((l) => l.length)) {
      const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
      const partial = shortest.filter((p) => named(p) && qt.every((t) => p.tokens.includes(t)));
      if (partial.length) return { people: this.rank(partial), suggestions: [] };
    }
    // "Sir John Gieve", "Lord Goldsmith", "President Obasanjo": a title asked with the name is no word of it.
    if (qt.length > 1 && (HONORIFICS.has(qt[0]!) || TITLE_WORDS.has(qt[0]!))) {
      const bare = this.lookup(qt.slice(1).join(' '));
      // "Mr Blair" is no Cherie Blair: a courtesy title's gender leaves out those whose given name has the other.
      const gender = titleGender(qt[0]!);
      const fit = gender
        ? bare.people.filter((p) => (genderOf(p.tokens[0]!) ?? gender) === gender || p.tokens.length < 2)
        : [];
      if (fit.length) return { ...bare, people: fit };
      if (bare.people.length) return bare;
    }
    // Near spellings: compared against the distinct name words, far fewer than the people.
    // A typo keeps a name's first letter ("mutaqi" is Muttaqi); "usher" is not "Asher" nor "Sher".
    const close = (t: string, u: string) => t.length >= 4 && t[0] === u[0] && withinEdits(t, u, t.length >= 7 ? 2 : 1);
    const near = qt.map((t) => this.words.filter((u) => close(t, u)));
    if (near.every((n) => n.length)) {
      const candidates = new Set(near[0]!.flatMap((u) => this.withWord(u)));
      const fuzzy = [...candidates].filter((p) => named(p) && near.every((ws) => ws.some((u) => p.tokens.includes(u))));
      if (fuzzy.length) return { people: this.rank(fuzzy), suggestions: [] };
    }
    const limit = Math.max(2, Math.floor(q.length / 3));
    const scoredWords = this.words
      .filter((u) => Math.abs(u.length - qt[qt.length - 1]!.length) <= limit)
      .map((u) => ({ u, d: Math.min(...qt.map((t) => editDistance(t, u))) }))
      .filter((x) => x.d <= limit)
      .sort((a, b) => a.d - b.d);
    const seen = new Set<Person>();
    for (const { u } of scoredWords) for (const p of this.rank(this.withWord(u))) if (named(p)) seen.add(p);
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
    const lo = firstNotBelow(0, words.length, (i) => words[i]! < q);
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
      const ranked = this.rank(this.people.filter(named));
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

/** Whether a person has a mention to cite. */
const named = (p: Person) => p.mentions.count > 0;

const NO_ONE: Person[] = [];
const NO_KEYS: readonly string[] = [];

/**
 * The people of a directory after `previous`, with their ranks: the previous ones in their order, less those who
 * went, with those who came at their ranks, each replaced as `swapped` says. A pass over the lists, no look-ups.
 */
function arranged(
  previous: PeopleDirectory,
  { went, swapped, came, rank }: DirectoryChanges,
): [Person[], Float64Array] {
  const before = previous.people;
  const ranksBefore = previous['ranks'];
  const at = (p: Person) => {
    const i = lowerBound(ranksBefore, previous['keyed'].get(p.key)!);
    if (before[i] !== p) throw new Error(`not in the directory extended: ${p.key}`);
    return i;
  };
  const dropped = new Set(went.map(at));
  const replaced = new Map([...swapped].map(([p, q]) => [at(p), q]));
  const added = came.map((p) => ({ r: rank(p), p })).sort((a, b) => a.r - b.r);
  const people: Person[] = [];
  const ranks = new Float64Array(before.length - dropped.size + added.length);
  let next = 0;
  const put = (p: Person, r: number) => {
    ranks[people.length] = r;
    people.push(p);
  };
  for (let i = 0; i < before.length; i++) {
    const r = ranksBefore[i]!;
    while (next < added.length && added[next]!.r < r) put(added[next]!.p, added[next++]!.r);
    if (dropped.has(i)) continue;
    put(replaced.get(i) ?? before[i]!, r);
  }
  while (next < added.length) put(added[next]!.p, added[next++]!.r);
  return [people, ranks];
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
