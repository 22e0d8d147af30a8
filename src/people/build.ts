// Builds the people directory from the names articles give, and extends it when a reload only adds articles.
//
// A build goes in three steps: the full names the text shows to be people (and how each is written), which of
// them stand for a longer one ("Amir Khan" in "Amir Khan Muttaqi"), then every mention resolved to a person,
// first within its article, then across the corpus. Extending replays the steps for the new articles, and
// resolves again only the older articles whose names the new ones could change.
import { PARTICLES } from './lexicon.js';
import { bareNickname } from './nicknames.js';
import { titledAsPerson, votedNoPerson } from './org-vote.js';
import type { Document } from '../types.js';
import { editDistance } from '../search/excerpt.js';
import type { Mention } from './extract.js';
import { normaliseName } from './name-tokens.js';
import { VariantIndex } from './variants.js';
import {
  addPassage,
  PeopleDirectory,
  PersonMentions,
  tokensOf,
  type DirectoryChanges,
  type Person,
  type Registry,
} from './directory.js';
import type { Pace } from '../pace.js';
import { layeredOver, type GrowingMap } from '../layered-map.js';
import { personMentionFlags, personMentionOf } from './packed.js';
import { lowerBound } from '../bisect.js';
import { SlipIndex, slipsOf, swapped } from './slips.js';
import { SPORT, baseKey, countryOf, roleFamily, roleHead, splitDocs, splitKey, writtenHead } from './families.js';
import { courtesyBefore, genderOf, surnameCourtesy, titleGender } from './genders.js';
import { plainGivenName } from './given-names.js';

/** What resolving needs: the people by their own name, and by each word of it. */
interface Names {
  person(key: string): Person | undefined;
  withWord(word: string): Person[];
}

/** How the mentions of one article resolved: a person (or none) per mention, and the owner of each @handle. */
interface Resolved {
  people: (Person | undefined)[];
  handles: [string, Person | undefined][];
}

type Passages = (Map<number, string[]> | undefined)[];

/** A full name -> the heads of the titles articles give it (Registry.titles). */
type TitlesOf = (key: string) => Set<string> | undefined;
/** A full name -> whether some article gives it a sport's role (Registry.families): a player. */
type Sporting = (key: string) => boolean;

/** The mentions of an article, by its number: kept packed (see packed.ts), made into objects when read. */
export type MentionsOf = (doc: number) => Mention[];

const HANDLE = /(?<![\w@])@([A-Za-z][A-Za-z0-9_]{2,30})/g;
/** The same, to ask whether there is one: a test with HANDLE would leave its lastIndex where matchAll starts. */
const HAS_HANDLE = new RegExp(HANDLE.source);

/** What extensions did, counted (for tests and benchmarks): earlier articles resolved again. */
export const extensionWork = { resolvedAgain: 0 };

export async function buildPeople(docs: Document[], mentions: MentionsOf, pace: Pace): Promise<PeopleDirectory> {
  const reg = await register(docs, mentions, pace);
  const people: Person[] = [];
  for (const key of reg.forms.keys()) {
    if (people.length % 256 === 0 && pace.due()) await pace.pause();
    if (reg.canonical.get(key) !== key) continue;
    people.push(newPerson(key, reg.forms.get(key)!));
    // The same name for a second person, in the articles whose roles tell them apart (families.ts).
    if (reg.splits?.has(key)) people.push(newPerson(splitKey(key), reg.forms.get(key)!));
  }
  const corpus = new CorpusNames(await namesOf(people, pace), titlesOf(reg), sportingOf(reg));
  const tally = new Tally(docs);
  const byPassage: Passages = [];
  const asked = newAsked();
  for (let doc = 0; doc < docs.length; doc++) {
    if (pace.due()) await pace.pause();
    const list = mentions(doc);
    const r = resolve(corpus, (k) => reg.canonical.get(k), list, docs[doc]!.text, doc, reg.splits, asked);
    tally.add(doc, list, r);
    note(byPassage, doc, list, r);
    reg.resolved[doc] = keysOf(r);
    noteAsked(reg, doc, asked);
  }
  return finish(people, tally, byPassage, reg, pace);
}

/**
 * The directory once articles `from` onwards are added to those of `previous` (none removed or changed), equal
 * to buildPeople over all of them. Null when it cannot be: a new publisher's name was taken for a person's.
 */
export async function extendPeople(
  previous: PeopleDirectory,
  docs: Document[],
  mentionsOf: MentionsOf,
  from: number,
  pace: Pace,
): Promise<PeopleDirectory | null> {
  // The previous directory's registry is copied, not grown in place: that directory stays as it was, and can be
  // extended again should this reload fail.
  let reg: Registry;
  if (previous.registry) reg = await copyRegistry(previous.registry, pace);
  else {
    // As loaded from a snapshot: what its build learned is worked out again, and its people ranked by it (a
    // new directory of the same people).
    reg = await resolvedRegistry(previous, docs.slice(0, from), mentionsOf, pace);
    previous = await PeopleDirectory.of(previous.people, pace, previous.passagesByDoc(), rankIn(reg));
  }
  if (clashes(reg, docs.slice(from))) return null;
  for (const d of docs.slice(from))
    if (d.source && normaliseName(d.source)) reg.publishers.add(normaliseName(d.source));
  // The articles read more than once below (new ones, and older ones resolved again) are unpacked once.
  const lists = new Map<number, Mention[]>();
  const mentions = (doc: number) => lists.get(doc) ?? lists.set(doc, mentionsOf(doc)).get(doc)!;
  const variantsBefore = reg.variantOf;
  const noted: TakeNotes = {
    respelt: new Set(),
    added: [],
    retitled: new Set(),
    refamilied: new Set(),
    rewritten: new Set(),
  };
  const { respelt, added, retitled } = noted;
  for (let doc = from; doc < docs.length; doc++) {
    if (pace.due()) await pace.pause();
    take(reg, doc, mentions(doc), docs[doc]!.text, noted);
  }
  // Which full names are near-spellings of which, carried on (variants.ts): the names it changed are looked at below.
  reg.variants = reg.variants
    ? await reg.variants.extend(
        added,
        respelt,
        (k) => countOf(reg, k),
        () => countsOf(reg),
        pace,
      )
    : await variantsOf(reg, pace);
  reg.variantOf = reg.variants.variants;
  // Which full names changed what they stand for, and which people came or went. Every loop over names gives
  // way now and then: a reload adding many articles brings thousands (answers must not wait behind them).
  let n = 0;
  const due = () => ++n % 64 === 0 && pace.due();
  const reconsidered = new Set(added);
  for (const k of added) {
    if (due()) await pace.pause();
    for (const t of new Set(tokensOf(k))) writable(reg, reg.withToken, t, () => [], listCopy).push(k);
    for (const sub of subNames(k)) if (reg.forms.has(sub)) reconsidered.add(sub);
  }
  // A name written more often, as a person's or as an organisation's, may have become one or the other.
  for (const k of respelt) if (reg.forms.has(k)) reconsidered.add(k);
  // A name that became a near-spelling of another, stopped being one, or now stands for another spelling: what it
  // stands for may change, and so may what the shorter names it holds stand for (a near-spelling is no longer
  // name for them: canonicalOf). So may the shorter names held by a name written a new way, with a hyphen
  // somewhere in its ways (halvesHyphen).
  const widened = [...noted.rewritten];
  for (const k of await variantsChanged(variantsBefore, reg.variantOf, pace)) {
    if (!reg.forms.has(k)) continue;
    reconsidered.add(k);
    if (variantsBefore?.has(k) !== reg.variantOf.has(k)) widened.push(k);
  }
  for (const k of widened) {
    if (due()) await pace.pause();
    for (const sub of subNames(k)) if (reg.forms.has(sub)) reconsidered.add(sub);
  }
  // A near-spelling stands for what its common spelling stands for: it is looked at again with it.
  await withTheirVariants(reconsidered, reg.variantOf, pace);
  const before = new Map<string, string | undefined>();
  for (const k of reconsidered) {
    if (pace.due()) await pace.pause();
    before.set(k, reg.canonical.get(k));
    reg.canonical.set(k, canonicalOf(k, reg, tokensOf));
  }
  // Names split in two by their roles (families.ts) that the new articles split, joined or split otherwise: only
  // a name given a role family here, or standing for something else now, can be.
  const splitsBefore = reg.splits ?? new Map<string, Set<number>>();
  const resplit = await splitsChanged(reg, splitsBefore, new Set([...noted.refamilied, ...reconsidered]), pace);
  const splitWent = resplit.filter((k) => splitsBefore.has(k) && !reg.splits!.has(k)).map(splitKey);
  const canonicalBefore = (k: string) => (before.has(k) ? before.get(k) : reg.canonical.get(k));
  const [came, went, moved] = [[] as string[], [] as string[], new Set<string>()];
  for (const k of reconsidered) {
    const [was, is] = [before.get(k), reg.canonical.get(k)];
    if (is === k && was !== k) came.push(k);
    if (was === k && is !== k) went.push(k);
    if (is !== was) moved.add(k);
  }
  for (const k of [...came, ...went]) {
    if (due()) await pace.pause();
    for (const sub of subNames(k)) if (reg.canonical.get(sub) === k || canonicalBefore(sub) === k) moved.add(sub);
  }
  // Made again from all their articles: people who came, whose name now reads otherwise (another spelling
  // became the most common), or who resolve differently somewhere (below).
  const remade = new Set(came);
  for (const k of respelt)
    if (
      reg.canonical.get(k) === k &&
      previous.byKey.has(k) &&
      nameOf(reg.forms.get(k)!) !== previous.byKey.get(k)!.name
    )
      remade.add(k);
  for (const k of resplit) remade.add(k).add(splitKey(k));
  for (const k of [...remade]) if (reg.splits!.has(k)) remade.add(splitKey(k));
  // The people who came (a name that stands for itself now, or the second person of a name split now) and went.
  const goneKeys = new Set([...went, ...splitWent]);
  const cameIn = new Map<string, Person>();
  for (const k of came) {
    if (due()) await pace.pause();
    cameIn.set(k, newPerson(k, reg.forms.get(k)!));
  }
  for (const k of [...came, ...resplit])
    if (reg.canonical.get(k) === k && reg.splits!.has(k) && !previous.byKey.has(splitKey(k)))
      cameIn.set(splitKey(k), newPerson(splitKey(k), reg.forms.get(k)!));
  const corpus = new CorpusNames(
    namesAfter(previous, [...cameIn.values()], [...goneKeys]),
    titlesOf(reg),
    sportingOf(reg),
  );

  // Older articles that may resolve differently: they use a name that moved, the last name of someone who came
  // or went (a surname alone is resolved across the corpus by it), or an @handle such a person may own.
  const dirty = new Set<number>();
  const use = (name: string) => {
    for (const d of reg.docsByName.get(name) ?? []) if (d < from) dirty.add(d);
  };
  // A name alone is resolved across the corpus only where the article asked it (Registry.asked); by who holds a
  // title, only where a title stood with it (Registry.askedTitled).
  const useAlone = (name: string, titled = false) => {
    for (const d of (titled ? reg.askedTitled : reg.asked).get(name) ?? []) if (d < from) dirty.add(d);
  };
  for (const k of moved) {
    if (due()) await pace.pause();
    use(k);
  }
  // A full name given a title it had not: its surname alone, with that title, may now stand for it. And a titled
  // slip of the surname of someone who came, went or was given a title may stand for someone else now (titledSlip).
  // A title given changes only what a surname with a title stands for.
  const cameOrWent = new Set([...came, ...went]);
  // The titled surnames a letter off, among those articles gave a title: found by the words left when a letter is
  // dropped, not by spelling out every slip of every name (hundreds each, thousands of names in a large reload).
  let slips: SlipIndex | undefined;
  for (const k of [...came, ...went, ...retitled]) {
    if (due()) await pace.pause();
    const tokens = tokensOf(k);
    useAlone(tokens.at(-1)!, !cameOrWent.has(k));
    if (tokens.length > 1 && reg.titles?.has(baseKey(k))) {
      slips ??= await SlipIndex.of(reg.askedTitled.keys(), pace);
      for (const w of slips.slipsOf(tokens.at(-1)!)) useAlone(w, true);
    }
  }
  // A full name given a sport's role for the first time may be the player a team list's surname stands for
  // (resolveShort).
  for (const k of noted.refamilied) {
    if (due()) await pace.pause();
    let [earlier, now] = [false, false];
    for (const [d, bits] of reg.families?.get(k) ?? []) {
      if (!(bits & SPORT)) continue;
      if (d < from) earlier = true;
      else now = true;
    }
    if (now && !earlier) useAlone(tokensOf(k).at(-1)!);
  }
  // A name split otherwise: its articles, and those using its surname alone, may name the other person now.
  for (const k of resplit) {
    use(k);
    useAlone(tokensOf(k).at(-1)!);
  }
  if (came.length + went.length + resplit.length) for (const d of reg.handleDocs) if (d < from) dirty.add(d);
  // Each resolved once, against whom the registry says it resolved to before: the people on either side of a
  // difference are made again.
  const now = new Map<number, Resolved>();
  const asked = newAsked();
  const resolveNow = (doc: number) =>
    resolve(corpus, (k) => reg.canonical.get(k), mentions(doc), docs[doc]!.text, doc, reg.splits, asked);
  extensionWork.resolvedAgain += dirty.size;
  for (const doc of dirty) {
    if (pace.due()) await pace.pause();
    const r = resolveNow(doc);
    now.set(doc, r);
    askedAgain(reg, doc, mentions(doc), asked);
    const [was, keys] = [reg.resolved[doc] ?? [], keysOf(r)];
    for (let i = 0; i < Math.max(was.length, keys.length); i++) {
      if (was[i] === keys[i]) continue;
      if (was[i]) remade.add(was[i]!);
      if (keys[i]) remade.add(keys[i]!);
    }
    reg.resolved[doc] = keys;
  }
  for (let doc = from; doc < docs.length; doc++) {
    if (pace.due()) await pace.pause();
    const r = resolveNow(doc);
    now.set(doc, r);
    reg.resolved[doc] = keysOf(r);
    noteAsked(reg, doc, asked);
  }

  // Each person is made again (from all their articles), carried on (a copy, counting the new articles only),
  // or the previous entry, untouched.
  const tally = new Tally(docs);
  const toRead = new Set([...dirty, ...now.keys()]);
  const final = new Map<Person, Person>();
  for (const k of remade) {
    if (due()) await pace.pause();
    // A person now: one who came, or a previous one who did not go.
    const p = cameIn.get(k) ?? (goneKeys.has(k) ? undefined : previous.byKey.get(k));
    if (!p) continue;
    final.set(p, previous.byKey.get(p.key) === p ? newPerson(p.key, reg.forms.get(baseKey(p.key))!) : p);
    for (const d of previous.byKey.get(p.key)?.docs ?? []) toRead.add(d);
  }
  for (let doc = from; doc < docs.length; doc++) {
    if (pace.due()) await pace.pause();
    const r = now.get(doc)!;
    for (const p of r.people) if (p && !final.has(p)) final.set(p, tally.carry(p));
    for (const [, p] of r.handles) if (p && !final.has(p)) final.set(p, tally.carry(p));
  }
  const byPassage = previous.passagesByDoc().slice();
  for (const doc of [...toRead].sort((a, b) => a - b)) {
    if (pace.due()) await pace.pause();
    // Articles of people made again that nothing else touched are read once: not kept.
    const list = lists.get(doc) ?? mentionsOf(doc);
    const r = now.get(doc) ?? resolve(corpus, (k) => reg.canonical.get(k), list, docs[doc]!.text, doc, reg.splits);
    const mine = (p: Person | undefined) => (p && (doc >= from || remade.has(p.key)) ? final.get(p) : undefined);
    tally.add(doc, list, { people: r.people.map(mine), handles: r.handles.map(([h, p]) => [h, mine(p)]) });
    if (now.has(doc)) {
      byPassage[doc] = undefined;
      note(byPassage, doc, list, r);
    }
  }
  // The previous people in their order, less those who went, with those who came in theirs, each replaced by
  // its entry made again or carried on.
  const changes: DirectoryChanges = {
    went: [...goneKeys].map((k) => previous.byKey.get(k)).filter((p): p is Person => !!p),
    swapped: new Map([...final].filter(([p, f]) => f !== p && previous.byKey.get(p.key) === p)),
    came: [...cameIn.values()].map((p) => final.get(p) ?? p),
    rank: rankIn(reg),
  };
  await tally.pack(pace);
  const dir = await PeopleDirectory.after(previous, changes, pace, byPassage);
  dir.registry = reg;
  return dir;
}

/**
 * After a snapshot load: what the build learned besides the directory (its registry), worked out again for
 * extensions, in a directory of the same people ranked by it (the loaded one is left as it was: it may be serving).
 */
export async function prepareRegistry(
  dir: PeopleDirectory,
  docs: Document[],
  mentions: MentionsOf,
  pace: Pace,
): Promise<PeopleDirectory> {
  if (dir.registry) return dir;
  const reg = await resolvedRegistry(dir, docs, mentions, pace);
  // The same people, ranked as the registry ranks them, which extensions carry on.
  const ranked = await PeopleDirectory.of(dir.people, pace, dir.passagesByDoc(), rankIn(reg));
  ranked.registry = reg;
  return ranked;
}

/** The registry a build of these articles made, with whom each mention resolved to in `dir`, the directory it built. */
async function resolvedRegistry(
  dir: PeopleDirectory,
  docs: Document[],
  mentions: MentionsOf,
  pace: Pace,
): Promise<Registry> {
  const reg = await register(docs, mentions, pace);
  const corpus = new CorpusNames(dir, titlesOf(reg), sportingOf(reg));
  const asked = newAsked();
  for (let doc = 0; doc < docs.length; doc++) {
    if (pace.due()) await pace.pause();
    const list = mentions(doc);
    const r = resolve(corpus, (k) => reg.canonical.get(k), list, docs[doc]!.text, doc, reg.splits, asked);
    reg.resolved[doc] = keysOf(r);
    noteAsked(reg, doc, asked);
  }
  return reg;
}

/** Whom each mention and then each @handle of an article resolved to: their keys, '' for no one. */
function keysOf(r: Resolved): readonly string[] {
  if (!r.people.length && !r.handles.length) return NO_KEYS;
  const keys: string[] = [];
  for (const p of r.people) keys.push(p?.key ?? '');
  for (const [, p] of r.handles) keys.push(p?.key ?? '');
  return keys;
}

const NO_KEYS: readonly string[] = [];

/** The names alone an article's resolution asked the corpus for (see resolveShort): all of them, and those with a title. */
interface Asked {
  any: Set<string>;
  titled: Set<string>;
}

const newAsked = (): Asked => ({ any: new Set(), titled: new Set() });

/** Notes that article `doc`, the last resolved so far, asked the corpus for these names alone (Registry.asked). */
function noteAsked(reg: Registry, doc: number, asked: Asked): void {
  for (const [map, names] of [
    [reg.asked, asked.any],
    [reg.askedTitled, asked.titled],
  ] as const)
    for (const k of names) {
      const list = map.get(k);
      if (list?.at(-1) !== doc) writable(reg, map, k, () => [], listCopy).push(doc);
    }
}

/** Registry.asked once an earlier article is resolved again: it is listed under the names it asked for now only. */
function askedAgain(reg: Registry, doc: number, list: Mention[], asked: Asked): void {
  for (const m of list) {
    if (m.full || m.org) continue;
    const k = normaliseName(m.name);
    relist(reg, 'asked', k, doc, asked.any.has(k));
    relist(reg, 'askedTitled', k, doc, asked.titled.has(k));
  }
}

/** Lists the article under the name, or takes it off, in one of the registry's maps (a shared list is copied first). */
function relist(reg: Registry, which: 'asked' | 'askedTitled', k: string, doc: number, listed: boolean): void {
  const docs = reg[which].get(k) ?? NO_DOCS;
  const at = lowerBound(docs, doc);
  if ((docs[at] === doc) === listed) return;
  if (!listed && docs.length === 1) {
    // Its last article: the name goes, as a build never lists it. A layered map has no gaps: a map of one's own
    // takes its place (rare: an article stops asking for a name only when someone it names in full came to hold it).
    const own = new Map(reg[which]);
    own.delete(k);
    reg[which] = own;
    return;
  }
  const own = writable(reg, reg[which], k, () => [], listCopy);
  if (listed) own.splice(at, 0, doc);
  else own.splice(at, 1);
}

const NO_DOCS: readonly number[] = [];

/**
 * Registries made by copyRegistry -> the values (lists, maps) they made or copied themselves: any other value they
 * hold is shared with the registry they were copied from, and is copied before a change (see `writable`).
 */
const sharing = new WeakMap<Registry, WeakSet<object>>();

/**
 * A registry of one's own, to grow without changing the one it came from. Its maps are layered over the previous
 * ones (layered-map.ts), which it shares and never changes, rather than copied whole at every reload; their values
 * (a name's forms, articles, role families; a word's names) are shared until changed: copying each of them at every
 * reload was most of what an extension spent.
 */
async function copyRegistry(reg: Registry, pace: Pace): Promise<Registry> {
  const copy: Registry = {
    publishers: new Set(reg.publishers),
    forms: await layeredOver(reg.forms, pace),
    withToken: await layeredOver(reg.withToken, pace),
    canonical: await layeredOver(reg.canonical, pace),
    docsByName: await layeredOver(reg.docsByName, pace),
    handleDocs: [...reg.handleDocs],
    asked: await layeredOver(reg.asked, pace),
    askedTitled: await layeredOver(reg.askedTitled, pace),
    orgSeen: await layeredOver(reg.orgSeen ?? new Map<string, number>(), pace),
    families: await layeredOver(reg.families ?? new Map<string, Map<number, number>>(), pace),
    titles: await layeredOver(reg.titles ?? new Map<string, Set<string>>(), pace),
    order: await layeredOver(reg.order, pace),
    // One list per article, replaced whole when an article is resolved again: the list of lists is copied.
    resolved: reg.resolved.slice(),
    // Replaced whole by the extension (VariantIndex.extend), never changed in place: shared.
    ...(reg.variants ? { variants: reg.variants } : {}),
    ...(reg.variantOf ? { variantOf: reg.variantOf } : {}),
    // Replaced whole by the extension (splitsOf), never changed in place: shared.
    ...(reg.splits ? { splits: reg.splits } : {}),
  };
  sharing.set(copy, new WeakSet());
  return copy;
}

/**
 * The value under `key` of one of the registry's maps, to change: made when absent, copied first when the registry
 * shares it with the one it was copied from.
 */
function writable<V extends object>(
  reg: Registry,
  map: GrowingMap<string, V>,
  key: string,
  make: () => V,
  copy: (v: V) => V,
): V {
  const mine = sharing.get(reg);
  let value = map.get(key);
  if (value && (!mine || mine.has(value))) return value;
  value = value ? copy(value) : make();
  map.set(key, value);
  mine?.add(value);
  return value;
}

const listCopy = <T>(v: T[]) => [...v];

const titlesOf =
  (reg: Registry): TitlesOf =>
  (k) =>
    reg.titles?.get(baseKey(k));

/** Whether some article gives a full name a sport's role ("Chelsea midfielder", "wing"): a player (families.ts). */
const sportingOf =
  (reg: Registry): Sporting =>
  (k) => {
    for (const bits of reg.families?.get(baseKey(k))?.values() ?? []) if (bits & SPORT) return true;
    return false;
  };

/** Steps one and two over these articles: written forms, what stands for what, and who uses which name where. */
async function register(docs: Document[], mentions: MentionsOf, pace: Pace): Promise<Registry> {
  const publishers = new Set(docs.map((d) => (d.source ? normaliseName(d.source) : '')).filter(Boolean));
  const reg: Registry = {
    publishers,
    forms: new Map(),
    withToken: new Map(),
    canonical: new Map(),
    docsByName: new Map(),
    handleDocs: [],
    asked: new Map(),
    askedTitled: new Map(),
    orgSeen: new Map(),
    families: new Map(),
    titles: new Map(),
    order: new Map(),
    resolved: [],
  };
  for (let doc = 0; doc < docs.length; doc++) {
    if (pace.due()) await pace.pause();
    take(reg, doc, mentions(doc), docs[doc]!.text);
  }
  reg.variants = await variantsOf(reg, pace);
  reg.variantOf = reg.variants.variants;
  const split = new Map<string, string[]>();
  for (const k of reg.forms.keys()) {
    if (split.size % 256 === 0 && pace.due()) await pace.pause();
    const tokens = tokensOf(k);
    split.set(k, tokens);
    addTo(reg.withToken, new Set(tokens), k);
  }
  for (const [n, k] of [...reg.forms.keys()].entries()) {
    if (n % 256 === 0 && pace.due()) await pace.pause();
    reg.canonical.set(
      k,
      canonicalOf(k, reg, (o) => split.get(o)!),
    );
  }
  reg.splits = splitsOf(reg);
  return reg;
}

/** Full names that stand for themselves and name two people by their roles -> the second person's articles. */
function splitsOf(reg: Registry): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [k, families] of reg.families ?? []) {
    if (families.size < 2 || reg.canonical.get(k) !== k) continue;
    const docs = splitDocs(families);
    if (docs) out.set(k, docs);
  }
  return inKeyOrder(out);
}

/** The same entries in the order of their keys: one order however the map was made. */
function inKeyOrder<V>(map: Map<string, V>): Map<string, V> {
  return new Map([...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/**
 * Splits (see splitsOf) worked out again for these names only, into a new map when any changed (the previous
 * one is shared, never changed): the names whose split changed.
 */
async function splitsChanged(
  reg: Registry,
  before: Map<string, Set<number>>,
  names: Iterable<string>,
  pace: Pace,
): Promise<string[]> {
  const changed = new Map<string, Set<number> | null>();
  let n = 0;
  for (const k of names) {
    if (++n % 64 === 0 && pace.due()) await pace.pause();
    const families = reg.families?.get(k);
    const docs = families && families.size >= 2 && reg.canonical.get(k) === k ? splitDocs(families) : null;
    if (!sameDocs(before.get(k), docs ?? undefined)) changed.set(k, docs);
  }
  reg.splits = before;
  if (!changed.size) return [];
  const splits = new Map(before);
  for (const [k, docs] of changed) {
    if (docs) splits.set(k, docs);
    else splits.delete(k);
  }
  reg.splits = inKeyOrder(splits);
  return [...changed.keys()];
}

function sameDocs(a: Set<number> | undefined, b: Set<number> | undefined): boolean {
  return a?.size === b?.size && [...(a ?? [])].every((d) => b!.has(d));
}

/** How often the text shows a full name to be a person's, all its spellings counted. */
function countOf(reg: Registry, k: string): number {
  let n = 0;
  for (const c of reg.forms.get(k)?.values() ?? []) n += c;
  return n;
}

/** Every full name's count, in order of first appearance. */
function countsOf(reg: Registry): Map<string, number> {
  return new Map([...reg.forms.keys()].map((k) => [k, countOf(reg, k)]));
}

/** Full names that are a near-spelling of another (see variants.ts), counted by how often the text shows them. */
function variantsOf(reg: Registry, pace: Pace): Promise<VariantIndex> {
  return VariantIndex.EMPTY.extend(
    reg.forms.keys(),
    [],
    (k) => countOf(reg, k),
    () => countsOf(reg),
    pace,
  );
}

/** The names whose near-spelling entry differs between two variant maps: added, gone, or pointing elsewhere. */
async function variantsChanged(
  before: ReadonlyMap<string, string> | undefined,
  after: ReadonlyMap<string, string>,
  pace: Pace,
): Promise<string[]> {
  if (before === after) return [];
  const out: string[] = [];
  let n = 0;
  for (const [k, v] of after) {
    if (++n % 1024 === 0 && pace.due()) await pace.pause();
    if (before?.get(k) !== v) out.push(k);
  }
  for (const k of before?.keys() ?? []) {
    if (++n % 1024 === 0 && pace.due()) await pace.pause();
    if (!after.has(k)) out.push(k);
  }
  return out;
}

/**
 * Adds to `names` the near-spellings (`variantOf`) of the names in it, to a fixed point: a near-spelling stands for
 * what its common spelling stands for (canonicalOf), so it is worked out again whenever that is.
 */
async function withTheirVariants(
  names: Set<string>,
  variantOf: ReadonlyMap<string, string>,
  pace: Pace,
): Promise<void> {
  for (let grew = true; grew;) {
    grew = false;
    let n = 0;
    for (const [v, common] of variantOf) {
      if (++n % 1024 === 0 && pace.due()) await pace.pause();
      if (names.has(common) && !names.has(v)) {
        names.add(v);
        grew = true;
      }
    }
  }
}

/** Whether a new article's publisher has a name counted for a person's: everything built on it goes. */
function clashes(reg: Registry, added: Document[]): boolean {
  return added.some((d) => {
    const k = d.source ? normaliseName(d.source) : '';
    return k !== '' && !reg.publishers.has(k) && reg.forms.has(k);
  });
}

/** What an extension notes of the names a new article writes (see take). */
interface TakeNotes {
  /** Full names already known that it writes, as a person's or an organisation's. */
  respelt: Set<string>;
  /** Full names new to the registry, in the order they come. */
  added: string[];
  /** Full names it gives a title they had not. */
  retitled: Set<string>;
  /** Full names it gives a role family. */
  refamilied: Set<string>;
  /** Full names already known that it writes in a way not seen before, one of their ways holding a hyphen. */
  rewritten: Set<string>;
}

/**
 * Adds one article to a registry: its full names shown to be people, and the names it uses; an extension notes
 * what changed. Its publisher must be in the registry's already.
 */
function take(reg: Registry, doc: number, list: Mention[], text: string, noted?: TakeNotes): void {
  const respelt = noted?.respelt;
  const retitled = noted?.retitled;
  reg.orgSeen ??= new Map();
  for (const m of list) {
    const key = normaliseName(m.name);
    // A name the article writes as an organisation's or a place's ("Smith Barney Harris Upham and Co", "Lake
    // Ontario"): counted against that name being a person's, across the corpus.
    if (m.org) {
      reg.orgSeen.set(key, (reg.orgSeen.get(key) ?? 0) + 1);
      respelt?.add(key);
      continue;
    }
    // A name the text shows to be a person's, full or alone ("Yeltsin, 65, said"): a single name stands for the
    // one full name holding it, when the corpus has one (see canonicalOf).
    if (m.evidence && !reg.publishers.has(key)) {
      if (reg.forms.has(key)) respelt?.add(key);
      else {
        noted?.added.push(key);
        reg.order.set(key, reg.forms.size);
      }
      // The role families an article gives a full name: what tells two people of one name apart.
      // And the country its affiliation or role names, when a role is given ("Japanese Finance Minister").
      const family = m.full
        ? m.roles.reduce(
            (f, r) => f | roleFamily(r) | countryOf(r),
            m.roles.length ? countryOf(m.affiliation ?? '') : 0,
          )
        : 0;
      if (family) {
        reg.families ??= new Map();
        const byDoc = writable(
          reg,
          reg.families,
          key,
          () => new Map<number, number>(),
          (v) => new Map(v),
        );
        byDoc.set(doc, (byDoc.get(doc) ?? 0) | family);
        noted?.refamilied.add(key);
      }
      // The heads of the titles a full name is given: which namesake a titled surname stands for (resolveShort).
      if (m.full)
        for (const r of m.roles) {
          const head = roleHead(r);
          if (!head || reg.titles?.get(key)?.has(head)) continue;
          reg.titles ??= new Map();
          writable(
            reg,
            reg.titles,
            key,
            () => new Set<string>(),
            (v) => new Set(v),
          ).add(head);
          retitled?.add(key);
        }
      const f = writable(
        reg,
        reg.forms,
        key,
        () => new Map<string, number>(),
        (v) => new Map(v),
      );
      const count = f.get(m.name);
      if (count === undefined && noted && f.size && hyphenated(f, m.name)) noted.rewritten.add(key);
      f.set(m.name, (count ?? 0) + 1);
    }
    // Only a full name is resolved by what it stands for (canonical); a name alone is resolved by the people named
    // here and, where it asks, across the corpus (Registry.asked).
    if (!m.full) continue;
    const docs = reg.docsByName.get(key);
    if (docs?.at(-1) === doc) continue;
    writable(reg, reg.docsByName, key, () => [], listCopy).push(doc);
  }
  if (text.includes('@') && HAS_HANDLE.test(text)) reg.handleDocs.push(doc);
}

/** Whether a name's ways of being written, or this new one, hold a hyphen. */
function hyphenated(forms: Map<string, number>, written: string): boolean {
  if (written.includes('-')) return true;
  for (const w of forms.keys()) if (w.includes('-')) return true;
  return false;
}

/**
 * Whether the corpus writes a name as an organisation's or a place's at least a third as often as it shows it to
 * be a person's: then it is no one.
 */
function orgName(k: string, reg: Registry): boolean {
  const org = reg.orgSeen?.get(k) ?? 0;
  if (org < 2) return false;
  let person = 0;
  for (const n of reg.forms.get(k)?.values() ?? []) person += n;
  return votedNoPerson(org, person, titledAsPerson(reg.titles?.get(k)), k.includes(' '));
}

/** A name stands for the one longer name holding it, when there is exactly one; else for itself (or no one). */
function canonicalOf(k: string, reg: Registry, split: (k: string) => string[]): string {
  if (orgName(k, reg)) return '';
  // A near-spelling stands for what the common spelling stands for.
  const common = reg.variantOf?.get(k);
  if (common) return canonicalOf(common, reg, split);
  const withToken = reg.withToken;
  const mine = split(k);
  // Only names holding every word of this one (but an initial) can stand for it: look among those with its rarest.
  const words = mine.some((w) => w.length > 1) ? mine.filter((w) => w.length > 1) : mine;
  const rarest = words.reduce((a, b) => ((withToken.get(b)?.length ?? 0) < (withToken.get(a)?.length ?? 0) ? b : a));
  const supers = (withToken.get(rarest) ?? []).filter(
    (o) => o !== k && !reg.variantOf?.has(o) && holds(split(o), mine) && !halvesHyphen(k, reg.forms.get(o)),
  );
  if (supers.length === 1) return supers[0]!;
  // A single name two full names hold ("Baker" of Howard and James Baker) is no person of its own, nor is an
  // initial and a surname two people's ("S Williams" of Serena and Shane Williams).
  return supers.length > 1 && (mine.length === 1 || mine[0]!.length === 1) ? '' : k;
}

/**
 * Whether a name ends or starts inside a hyphenated word of every way a longer name is written: "James Miller" is
 * no short form of "James Miller-Day", whose double-barrelled surname news never halves.
 */
function halvesHyphen(k: string, forms: Map<string, number> | undefined): boolean {
  if (!forms) return false;
  for (const written of forms.keys()) {
    if (!written.includes('-')) return false;
    const key = ` ${normaliseName(written)} `;
    const at = key.indexOf(` ${k} `);
    if (at < 0) return false;
    // The hyphenated words of the written form, as pairs of key words ("miller day").
    const pairs = [...written.matchAll(/([\p{L}'’]+)-(?=([\p{L}'’]+))/gu)].map(
      (m) => `${normaliseName(m[1]!)} ${normaliseName(m[2]!)}`,
    );
    const [before, after] = [key.slice(0, at).trim().split(' ').at(-1), key.slice(at + k.length + 2).split(' ')[0]];
    const [first, last] = [k.split(' ')[0], k.split(' ').at(-1)];
    if (!pairs.includes(`${last} ${after}`) && !pairs.includes(`${before} ${first}`)) return false;
  }
  return true;
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((t, k) => long[i + k] === t)) return true;
  return false;
}

/**
 * Whether a name holds a shorter one, which may then stand for it: a run of its words ("Khan" of "Amir Khan
 * Muttaqi"), itself without its middle initials or its surname's particle ("George Bush" of "George W Bush", "Rodrigo
 * Rato" of "Rodrigo de Rato"), or with its given name as an
 * initial ("B O'Driscoll" of "Brian O'Driscoll", as team sheets and bylines write it).
 */
function holds(long: string[], short: string[]): boolean {
  if (isSubsequence(short, long)) return true;
  if (short.length < 2 || short.at(-1) !== long.at(-1)) return false;
  if (short[0]!.length === 1 && long[0]!.length > 1 && long[0]![0] === short[0] && short.length <= long.length)
    return short.slice(1).every((w, i) => long[long.length - short.length + 1 + i] === w);
  return (
    short.length < long.length &&
    short[0] === long[0] &&
    (long.filter((w, i) => i === 0 || i === long.length - 1 || w.length > 1).join(' ') === short.join(' ') ||
      // Without the particle of its surname: "Rodrigo Rato" of "Rodrigo de Rato" (not without a middle name:
      // "Jerry Lewis" is not "Jerry Lee Lewis").
      (short.length === 2 && long.slice(1, -1).every((w) => PARTICLES.has(w))))
  );
}

/** The shorter names a name holds (see `holds`): the names it may stand for. */
function subNames(key: string): string[] {
  const t = tokensOf(key);
  const out: string[] = [];
  for (let n = 1; n < t.length; n++) for (let i = 0; i + n <= t.length; i++) out.push(t.slice(i, i + n).join(' '));
  if (t.length < 2 || t[0]!.length < 2) return out;
  for (let n = 1; n < t.length; n++) out.push([t[0]![0], ...t.slice(t.length - n)].join(' '));
  const bare = t.filter((w, i) => i === 0 || i === t.length - 1 || w.length > 1);
  if (bare.length < t.length) out.push(bare.join(' '));
  if (t.length > 2 && t.slice(1, -1).every((w) => PARTICLES.has(w))) out.push(`${t[0]} ${t.at(-1)}`);
  return out;
}

/** The most common way of writing a name; the longest among equals. */
function nameOf(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function newPerson(key: string, forms: Map<string, number>): Person {
  return {
    name: nameOf(forms),
    key,
    tokens: tokensOf(baseKey(key)),
    aliases: [],
    roles: [],
    affiliations: new Map(),
    docs: new Set(),
    mentions: PersonMentions.of([]),
  };
}

async function namesOf(people: Person[], pace: Pace): Promise<Names> {
  const byKey = new Map<string, Person>();
  const byToken = new Map<string, Person[]>();
  for (const [i, p] of people.entries()) {
    if (i % 256 === 0 && pace.due()) await pace.pause();
    byKey.set(p.key, p);
    addTo(byToken, new Set(p.tokens), p);
  }
  return { person: (k) => byKey.get(k), withWord: (w) => byToken.get(w) ?? [] };
}

/**
 * The previous directory's names with people who came and went: the same people as namesOf(people) gives, but
 * in another order within a word's list, which resolving does not depend on (it asks for one person or none).
 */
function namesAfter(previous: PeopleDirectory, came: Person[], went: string[]): Names {
  const [cameByKey, gone] = [new Map(came.map((p) => [p.key, p])), new Set(went)];
  const person = (k: string) => cameByKey.get(k) ?? (gone.has(k) ? undefined : previous.byKey.get(k));
  // The people who came, by each word of their names (in their order): a word's list is made from its own.
  const cameWith = new Map<string, Person[]>();
  for (const p of came) addTo(cameWith, new Set(p.tokens), p);
  const changed = new Set([...cameWith.keys(), ...went.flatMap((k) => tokensOf(baseKey(k)))]);
  const lists = new Map<string, Person[]>();
  const withWord = (w: string) => {
    if (!changed.has(w)) return previous.withWord(w);
    let list = lists.get(w);
    if (!list)
      lists.set(w, (list = [...previous.withWord(w).filter((p) => !gone.has(p.key)), ...(cameWith.get(w) ?? [])]));
    return list;
  };
  return { person, withWord };
}

/**
 * The corpus-wide side of resolving names, for a pass over many articles (the names and titles fixed meanwhile):
 * who holds a name word last, and with which title, worked out once per word, not once per article using it.
 */
class CorpusNames {
  private readonly last = new Map<string, Person[]>();
  private readonly withTitle = new Map<string, Person[]>();
  private readonly slips = new Map<string, Person | undefined>();

  constructor(
    readonly names: Names,
    readonly titles: TitlesOf,
    readonly sporting: Sporting,
  ) {}

  /** People whose name ends with this word, in directory order. */
  lastNamed(word: string): Person[] {
    let list = this.last.get(word);
    if (!list) this.last.set(word, (list = this.names.withWord(word).filter((p) => p.tokens.at(-1) === word)));
    return list;
  }

  /** People of two name words or more ending with this one, whom articles give this title (its head) in full. */
  titled(word: string, head: string): Person[] {
    const at = `${word}|${head}`;
    let list = this.withTitle.get(at);
    if (!list)
      this.withTitle.set(
        at,
        (list = this.lastNamed(word).filter((p) => p.tokens.length > 1 && this.titles(p.key)?.has(head))),
      );
    return list;
  }

  /**
   * The one person whose surname is a letter from `key` (five letters or more, same first letter) and whom the
   * corpus gives the title `head` in full: who a titled slip of the wire stands for. Once per surname and title.
   */
  titledSlip(key: string, head: string): Person | undefined {
    const at = `${key}|${head}`;
    if (this.slips.has(at)) return this.slips.get(at);
    const found = new Set<Person>();
    for (const w of slipsOf(key)) if (this.names.withWord(w).length) for (const p of this.titled(w, head)) found.add(p);
    const one = found.size === 1 ? [...found][0] : undefined;
    this.slips.set(at, one);
    return one;
  }
}

/** Step three for one article: each mention, full or short, resolved first within it, then across the corpus. */
function resolve(
  corpus: CorpusNames,
  canonical: (key: string) => string | undefined,
  list: Mention[],
  text: string,
  doc: number,
  splits: Map<string, Set<number>> | undefined,
  asked?: Asked,
): Resolved {
  const { names } = corpus;
  asked?.any.clear();
  asked?.titled.clear();
  const personOf = (key: string) => {
    const c = canonical(key) ?? '';
    // A name split in two by its roles: this article's person is the second when its roles say so.
    return names.person(splits?.get(c)?.has(doc) ? splitKey(c) : c);
  };
  // Each mention's key, and the person each full name stands for: the people the article names in full.
  const keys: string[] = [];
  const fully: (Person | undefined)[] = [];
  const here = new Set<Person>();
  for (const m of list) {
    const key = normaliseName(m.name);
    const p = m.full && !m.org ? personOf(key) : undefined;
    keys.push(key);
    fully.push(p);
    if (p) here.add(p);
  }
  // How often the article writes each surname, alone or closing a full name: a spelling it keeps to, more often
  // than the one it is a letter off, is no slip of that one.
  const uses = new Map<string, number>();
  list.forEach((m, i) => {
    const last = keys[i]!.split(' ').at(-1)!;
    if (!m.org) uses.set(last, (uses.get(last) ?? 0) + 1);
  });
  // A short name is resolved once per article, kind of evidence and title: articles repeat the names they use.
  // (These maps are made when first needed: most articles need few of them.)
  let memo: [Map<string, Person | undefined>, Map<string, Person | undefined>] | undefined;
  // A surname whose title made it another namesake than the one named here in full ("President Reagan" beside
  // "Nancy Reagan"): that person in the article's later untitled uses of it.
  let byTitle: Map<string, Person> | undefined;
  let nicknames: Map<string, Person> | undefined;
  const people: (Person | undefined)[] = [];
  for (let i = 0; i < list.length; i++) people.push(who(list[i]!, i));
  function who(m: Mention, i: number): Person | undefined {
    const key = keys[i]!;
    if (m.org) return undefined;
    // A nickname is whoever the mention before it is, here and in the rest of the article.
    if (m.nickname) {
      const p = i > 0 ? people[i - 1] : undefined;
      if (p) {
        (nicknames ??= new Map()).set(key, p);
        // "El Chapo", later read "Chapo": the article before a nickname is often left out of it.
        const bare = bareNickname(key);
        if (bare) nicknames.set(bare, p);
      }
      return p;
    }
    if (m.full) return fully[i];
    const nickname = nicknames?.get(key);
    if (nickname) return nickname;
    const head = m.roles.length ? roleHead(m.roles[0]!) : '';
    const titled = head ? undefined : byTitle?.get(key);
    if (titled) return titled;
    // "Mrs Wilkinson" beside Jonny Wilkinson: a courtesy title's gender must not conflict with the given name's.
    const courtesy = m.evidence && !head ? courtesyBefore(m.sentence, m.name) : undefined;
    const gender = courtesy === undefined ? undefined : titleGender(courtesy);
    // (A title written before surnames only, "Mr", is resolved apart from one before given names too, "Sir".)
    const surnameOnly = surnameCourtesy(courtesy);
    const seen = (memo ??= [new Map(), new Map()])[m.evidence ? 1 : 0];
    const at = head
      ? `${key}|${head}`
      : gender
        ? `${key}|${gender}${surnameOnly ? '|surname' : ''}`
        : m.listed
          ? `${key}|listed`
          : key;
    if (!seen.has(at)) {
      const p = gender
        ? courtesyOne(corpus, key, here, gender, surnameOnly)
        : resolveShort(corpus, key, here, m.evidence, head, !!m.listed, uses, titleWritten(m.roles[0]));
      seen.set(at, p);
      // What resolveShort asked the corpus, beside the people named here: a title's holders, or the namesakes.
      if (head) asked?.titled.add(key);
      if (asked && (head || (m.evidence && !holdsWord(here, key)))) asked.any.add(key);
      if (p && head && !here.has(p) && holdsWord(here, key)) (byTitle ??= new Map()).set(key, p);
    }
    return seen.get(at);
  }
  // @handles whose parts are all parts of one person's name.
  const handles: Resolved['handles'] = [];
  if (text.includes('@'))
    for (const h of text.matchAll(HANDLE)) {
      const parts = h[1]!
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[_\d]+/)
        .filter((x) => x.length >= 3);
      const owners = parts.length
        ? names.withWord(parts[0]!).filter((p) => parts.every((x) => p.tokens.includes(x)))
        : [];
      handles.push([`@${h[1]}`, owners.length === 1 ? owners[0] : undefined]);
    }
  return { people, handles };
}

/** Whether a person's given name has the other gender than a courtesy title's ("Jonny" and "Mrs"). */
function genderClash(p: Person, gender: string): boolean {
  if (p.tokens.length < 2) return false;
  const g = genderOf(p.tokens[0]!);
  return g !== undefined && g !== gender;
}

/**
 * A surname after "Mr", "Mrs", "Ms" or "Miss": the one person of that surname the article names in full whose
 * given name does not say the other gender; else as any short name, unless that person's given name does.
 */
function courtesyOne(
  corpus: CorpusNames,
  key: string,
  here: Set<Person>,
  gender: string,
  surnameOnly: boolean,
): Person | undefined {
  const fit: Person[] = [];
  let clash = false;
  for (const p of here)
    if (p.tokens.length > 1 && p.tokens.at(-1) === key) {
      if (genderClash(p, gender)) clash = true;
      else fit.push(p);
    }
  if (fit.length === 1) return fit[0];
  // Another given name of that surname in the article, of the other gender: no one known.
  if (clash) return undefined;
  // "Mr" goes before a surname: "Mr Howard" beside the article's Howard Flight is a Howard, not he. Only for a word
  // that is a given name and no surname too ("Mr Park" of Park Seung, "Mr Evans" stay), and not after "Sir" or
  // "Lady", which go before given names ("Sir Alan" is Sir Alan Budd).
  const givenOnly = surnameOnly && plainGivenName(key);
  const surnamed = givenOnly ? new Set([...here].filter((p) => p.tokens.length < 2 || p.tokens[0] !== key)) : here;
  const p = resolveShort(corpus, key, surnamed, true, '');
  return p && genderClash(p, gender) ? undefined : p;
}

/** Whether one of these people's names holds the word. */
function holdsWord(people: Set<Person>, word: string): boolean {
  for (const p of people) if (p.tokens.includes(word)) return true;
  return false;
}

/**
 * A surname (or other single name) to the person it stands for: in this article first, then the corpus. A title
 * with it ("President Reagan", head "president") picks the one namesake the corpus gives that title in full, over
 * a namesake the article names who is never given it, and among the corpus's namesakes.
 */
function resolveShort(
  corpus: CorpusNames,
  key: string,
  here: Set<Person>,
  evidence: boolean,
  head: string,
  listed = false,
  uses?: Map<string, number>,
  title = true,
): Person | undefined {
  const titles = corpus.titles;
  const titled = head ? corpus.titled(key, head) : [];
  // "President Regan" when no Regan is ever given that title and one Reagan is: a one-letter wire slip. Only
  // among people named in full (a Donald Regan), so the slip never leaves a surname standing for no one.
  // (A title as written, capitalised: "Curry is currently executive vice president" beside the article's Jim Curry
  // is no slip of the corpus's president Fred Currey.)
  const slip = head && title && !titled.length && corpus.lastNamed(key).some((p) => p.tokens.length > 1);
  const agreeing = titled.length === 1 ? titled[0] : slip ? corpus.titledSlip(key, head) : undefined;
  if (agreeing && titled.length === 0) return agreeing;
  // (A single name with a hyphen is two words: "Lewis-Francis" of Mark Lewis-Francis; alone, only with a role,
  // "superstar rapper Jay-Z", as words joined by hyphens are often no one's: "Petro-Canada", "R-Idaho". Never
  // initials alone: "R.L.")
  const parts = key.includes(' ') ? tokensOf(key) : null;
  if (parts?.every((w) => w.length === 1)) return undefined;
  const ends = (p: Person) =>
    parts ? endsWithWords(p.tokens, parts) && (p.tokens.length > parts.length || !!head) : false;
  const inDoc: Person[] = [];
  for (const p of here) if (parts ? ends(p) : p.tokens.includes(key)) inDoc.push(p);
  // (A title written before the name only: "Waters, who ..., is General Motors' vice president" beside the article's
  // James F. Waters Jr is he, whoever else the corpus calls a vice president.)
  const mine = (p: Person | undefined) => (agreeing && p && title && !titles(p.key)?.has(head) ? agreeing : p);
  if (inDoc.length === 1) return mine(inDoc[0]);
  if (inDoc.length > 1) {
    const last = inDoc.filter((p) => (parts ? ends(p) : p.tokens.at(-1) === key));
    if (last.length === 1) return mine(last[0]);
    // "Boris Yeltsin" then "Naina Yeltsin", later "Yeltsin": news writes a surname alone for the person it named
    // first in full, a relative being named by the given name; a title's holder among them goes first.
    return agreeing ?? last[0];
  }
  // A team list's surname the article names no one by (team-lists.ts): an entry of that single name; else the one
  // person of that surname the corpus names in full and gives a sport's role, when no other such full name is known
  // ("Hickie" of a line-up is Denis Hickie, "wing"); else no one. Not a namesake known for something else: "Clark" of
  // a line-up is no Texas judge, "Hayes" of a rugby team no Ford vice president.
  if (listed) {
    const named = corpus.lastNamed(key);
    const alone = named.find((p) => p.tokens.length === 1);
    if (alone) return alone;
    const full = named.filter((p) => p.tokens.length > 1);
    return full.length === 1 && corpus.sporting(full[0]!.key) ? full[0] : undefined;
  }
  // A one-letter slip within the article ("Bahis" for "Bahiss"; two letters swapped, "Kampleman" for "Kampelman"),
  // unless the corpus has a person of that very surname in full ("Reagan" beside "Donald Regan" is Ronald Reagan),
  // or the article writes both spellings, this one more than once and more often than the other: two names, no slip
  // ("President Reagan" five times beside "Donald Regan" and "Regan" once each; but "Chronin" twice beside "Frank
  // Cronin" and "Cronin" twice is a slip, and "Nazir" beside "Hisham Nazir", the corpus's Hisham Nazer, is his name
  // as this article spells it).
  const namesakes = !evidence ? [] : parts ? corpus.lastNamed(parts.at(-1)!).filter(ends) : corpus.lastNamed(key);
  if (key.length >= 5 && !namesakes.some((p) => p.tokens.length > 1)) {
    // (Nor a slip of someone given titles, none this one: "Donald Regan, President Reagan's former chief of staff".)
    const otherTitles = (p: Person) => !!head && title && !!titles(p.key)?.size && !titles(p.key)!.has(head);
    const near = [...here].filter(
      (p) =>
        p.tokens.some((t) => t[0] === key[0] && t.length >= 5 && (editDistance(t, key) === 1 || swapped(t, key))) &&
        !otherTitles(p),
    );
    const own = uses?.get(key) ?? 0;
    const other = near.length === 1 ? (uses?.get(near[0]!.tokens.at(-1)!) ?? 0) : 0;
    const both = own > 1 && other > 0 && own > other;
    if (near.length === 1 && !both) return near[0];
  }
  return namesakes.length === 1 ? namesakes[0] : namesakes.length > 1 ? agreeing : undefined;
}

/** Whether a name's words end with these: "mark lewis francis" with "lewis francis". */
function endsWithWords(tokens: readonly string[], end: readonly string[]): boolean {
  return end.length <= tokens.length && end.every((w, i) => tokens[tokens.length - end.length + i] === w);
}

/** Whether a role's head is written as a title, capitalised ("President" of "President Regan", not "vice president"). */
const titleWritten = (role: string | undefined) => !!role && /^\p{Lu}/u.test(writtenHead(role));

/** Who is named in which passage of an article. */
function note(byPassage: Passages, doc: number, list: Mention[], r: Resolved): void {
  r.people.forEach((p, i) => p && addPassage(byPassage, doc, list[i]!.passage, p.key));
}

/** What a person's mentions are made from: where each is, its sentence, and flags (packed.ts MentionFlag). */
interface Found {
  docs: number[];
  passages: number[];
  sentences: string[];
  flags: number[];
}

/** Adds up, per person, what their mentions say: articles, other names, roles, affiliations. */
class Tally {
  private readonly found = new Map<Person, Found>();
  /** Copies carrying on a previous entry -> that entry. */
  private readonly base = new Map<Person, Person>();
  private readonly aliasSets = new Map<Person, Set<string>>();

  constructor(private readonly docs: Document[]) {}

  /** A copy of a previous entry, to which the new articles' mentions are added. */
  carry(p: Person): Person {
    // Field by field: a spread would read (and so unpack) the previous entry's mentions.
    const copy: Person = {
      name: p.name,
      key: p.key,
      tokens: p.tokens,
      aliases: [...p.aliases],
      roles: [...p.roles],
      affiliations: new Map(p.affiliations),
      docs: new Set(p.docs),
      mentions: PersonMentions.of([]),
    };
    this.base.set(copy, p);
    return copy;
  }

  add(doc: number, list: Mention[], r: Resolved): void {
    r.people.forEach((p, i) => {
      if (!p) return;
      const m = list[i]!;
      let found = this.found.get(p);
      if (!found) this.found.set(p, (found = { docs: [], passages: [], sentences: [], flags: [] }));
      p.docs.add(doc);
      if (m.name !== p.name) this.alias(p, m.name);
      found.docs.push(doc);
      found.passages.push(m.passage);
      found.sentences.push(m.sentence);
      found.flags.push(personMentionFlags({ full: m.full, defining: m.roles.length > 0 }));
      // Each role dated by the date the text gives for it, else by the article's.
      m.roles.forEach((role, k) =>
        p.roles.push({ role, date: m.roleDates?.[k] ?? this.docs[doc]!.date, doc, sentence: m.sentence }),
      );
      if (m.affiliation) p.affiliations.set(m.affiliation, (p.affiliations.get(m.affiliation) ?? 0) + 1);
    });
    for (const [h, p] of r.handles) if (p) this.alias(p, h);
  }

  private alias(p: Person, name: string): void {
    let set = this.aliasSets.get(p);
    if (!set) this.aliasSets.set(p, (set = new Set(p.aliases)));
    if (set.has(name)) return;
    set.add(name);
    p.aliases.push(name);
  }

  /** Packs each tallied person's mentions (after those of the entry it carries on) and orders their roles. */
  async pack(pace: Pace): Promise<void> {
    let n = 0;
    for (const [p, found] of this.found) {
      if (++n % 256 === 0 && pace.due()) await pace.pause();
      const base = this.base.get(p);
      const before = base ? base.mentions.places : new Int32Array(0);
      const places = new Int32Array(before.length + found.docs.length * 2);
      places.set(before);
      for (let i = 0; i < found.docs.length; i++)
        [places[before.length + 2 * i], places[before.length + 2 * i + 1]] = [found.docs[i]!, found.passages[i]!];
      // The mentions are made when read, from the places and these two lists only (no closure here holds `found`).
      const [sentences, flags, first] = [found.sentences, Uint8Array.from(found.flags), before.length];
      const made = () =>
        sentences.map((sentence, i) =>
          personMentionOf(places[first + 2 * i]!, places[first + 2 * i + 1]!, sentence, flags[i]!),
        );
      const earlier = base ? base.mentions.make : null;
      p.mentions = new PersonMentions(places, earlier ? () => [...earlier(), ...made()] : made);
      // Newest role first; among equals, in the order the articles came (a stable sort keeps it).
      p.roles.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    }
  }
}

async function finish(
  people: Person[],
  tally: Tally,
  byPassage: Passages,
  reg: Registry,
  pace: Pace,
): Promise<PeopleDirectory> {
  await tally.pack(pace);
  const dir = await PeopleDirectory.of(people, pace, byPassage, rankIn(reg));
  dir.registry = reg;
  return dir;
}

function addTo<K, V>(map: GrowingMap<K, V[]>, keys: Iterable<K>, value: V): void {
  for (const k of keys) {
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  }
}

/**
 * Each person's place in directory order: people are listed in the order their names first came (`forms`' keys),
 * the second person of a split name right after the first.
 */
function rankIn(reg: Registry): (p: Person) => number {
  return (p) => {
    const base = baseKey(p.key);
    return 2 * reg.order.get(base)! + (base === p.key ? 0 : 1);
  };
}
