// People by role: "who is Pakistan's army chief", "who leads the Taliban" — the people whose roles carry the
// role's words (or the words news writes for them), newest statement first.
import type { PeopleDirectory, Person, PersonRole } from '../people/directory.js';
import { OCCUPATION_NOUNS, ROLE_NOUNS } from '../people/lexicon.js';
import { fold } from '../text.js';
import { related } from './paraphrase.js';

/** Worked out once per person: a person's roles do not change until the next build makes new people. */
const roleCache = new WeakMap<Person, PersonRole[]>();

/** One entry per role, the newest statement of it first; "Pakistan's" and "Pakistani" forms of one office are one role. */
export function distinctRoles(p: Person): PersonRole[] {
  let roles = roleCache.get(p);
  if (!roles) roleCache.set(p, (roles = rolesOf(p)));
  return roles;
}

function rolesOf(p: Person): PersonRole[] {
  const seen = new Set<string>();
  const out: PersonRole[] = [];
  for (const r of p.roles) {
    const core = r.role
      .toLowerCase()
      .replace(
        /^(?:[\p{L}.]+(?:’s|'s)?\s)(?=(?:acting |deputy |former |interim |vice )?[\p{L}]+ (?:minister|president|secretary|director))/u,
        '',
      );
    if (seen.has(core)) continue;
    seen.add(core);
    out.push(r);
  }
  // "Director" says less than "FBI Director": keep the fuller form of one role.
  const lowered = out.map((r) => r.role.toLowerCase());
  return out.filter(
    (_, i) => !lowered.some((o, j) => j !== i && o.length > lowered[i]!.length && o.endsWith(` ${lowered[i]}`)),
  );
}

export interface RoleHolder {
  person: Person;
  role: PersonRole;
  /** Share of the asked words the role (with the person's affiliation) carries. */
  share: number;
  /** The role told of a year before its article's. */
  pastYear: boolean;
  /** How many statements give the person the role. */
  statements: number;
}

interface RoleEntry {
  person: Person;
  role: PersonRole;
  /** A former holder ("former minister") is not who holds the role. */
  former: boolean;
  /** The sentence tells the role in a year before its article's ("In 1979, Tory leader Margaret Thatcher…"). */
  pastYear: boolean;
  /** How many of the person's statements give this role: the holder the news calls so over and over. */
  statements: number;
}

/** The role said with "former", "ex-" or "late" before it in its sentence, just before the name. */
function formerInSentence(role: PersonRole, person: Person): boolean {
  const lower = role.sentence.toLowerCase();
  const head = role.role.toLowerCase().split(/\s+/).pop()!;
  for (const name of [person.name, ...person.aliases]) {
    const at = lower.indexOf(name.toLowerCase());
    if (at < 0) continue;
    const before = lower.slice(Math.max(0, at - 60), at);
    const roleAt = before.lastIndexOf(head);
    return roleAt >= 0 && /\b(?:former|ex-|late)\s+(?:[\p{L}'’.-]+\s+){0,3}$/u.test(before.slice(0, roleAt));
  }
  return false;
}

/** A year the sentence names before the year of its article (any year, in an undated article). */
function toldOfPastYear(role: PersonRole): boolean {
  const of = role.date ? Number(role.date.slice(0, 4)) : Infinity;
  return [...role.sentence.matchAll(/\b(?:1[89]|20)\d{2}\b/g)].some((m) => Number(m[0]) < of);
}

/** Every person's roles, numbered, and for each word the roles (by number) that carry it. */
interface RoleIndex {
  entries: RoleEntry[];
  byWord: Map<string, Int32Array>;
}

/** Worked out once per directory: a directory does not change once built. */
const indexes = new WeakMap<PeopleDirectory, RoleIndex>();

const wordsOf = (s: string) =>
  fold(s)
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .map(singular);

function singular(w: string): string {
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

const ADJECTIVE_OF: Record<string, string> = {
  pakistani: 'pakistan',
  afghan: 'afghanistan',
  chinese: 'china',
  indian: 'india',
  american: 'us',
  british: 'uk',
  iranian: 'iran',
  russian: 'russia',
  french: 'france',
  german: 'germany',
  japanese: 'japan',
  saudi: 'saudi',
  turkish: 'turkey',
  israeli: 'israel',
  ukrainian: 'ukraine',
  sudanese: 'sudan',
  syrian: 'syria',
  egyptian: 'egypt',
};

function index(dir: PeopleDirectory): RoleIndex {
  let idx = indexes.get(dir);
  if (idx) return idx;
  const entries: RoleEntry[] = [];
  const lists = new Map<string, number[]>();
  for (const person of dir.people) {
    const said = new Map<string, number>();
    for (const r of person.roles) said.set(r.role.toLowerCase(), (said.get(r.role.toLowerCase()) ?? 0) + 1);
    for (const role of distinctRoles(person)) {
      const words = new Set(wordsOf(role.role));
      for (const [aff] of person.affiliations) for (const w of wordsOf(aff)) words.add(w);
      for (const w of [...words]) if (ADJECTIVE_OF[w]) words.add(ADJECTIVE_OF[w]!);
      const n =
        entries.push({
          person,
          role,
          former: /\b(?:former|ex-|late)\b/i.test(role.role) || formerInSentence(role, person),
          pastYear: toldOfPastYear(role),
          statements: said.get(role.role.toLowerCase()) ?? 1,
        }) - 1;
      for (const w of words) {
        const list = lists.get(w);
        if (list) list.push(n);
        else lists.set(w, [n]);
      }
    }
  }
  idx = { entries, byWord: new Map([...lists].map(([w, l]) => [w, Int32Array.from(l)])) };
  indexes.set(dir, idx);
  return idx;
}

const ROLE_WORD =
  /^(?:president|minister|secretary|chief|head|leader|commander|director|chairman|chair|chairwoman|spokesman|spokeswoman|spokesperson|ambassador|envoy|governor|mayor|king|queen|emir|ceo|chancellor|premier|speaker|general|ruler|prosecutor|judge|coach|captain|founder|editor|marshal|admiral|officer|representative|deputy|vice)$/;

/** Words that tie a role's words together and tell no role apart ("us", the United States, is not one). */
const SMALL_WORDS = new Set(['the', 'of', 'an', 'in', 'at', 'for', 'to', 'on', 'by', 'and', 'who', 'is', 'was']);

/**
 * The generic words firms' names end with, too common to tell one firm from another ("Desjardins Group", "Data
 * Systems Group"). Not a club's or a place's ("City", "United", "County"): news calls a club by it alone.
 */
const FIRM_TAILS = new Set(
  `group holdings holding inc corp corporation co cos company companies ltd plc nv ag sa spa gmbh llc international
  industries energy oil petroleum systems technologies services communications securities capital partners motors
  chemical chemicals steel mining telecom electric airlines airways bank banks trust fund`.split(/\s+/),
);

/**
 * Holders of a role, best match then newest first; the role's head word (chief, minister…) must be met, and of the
 * names the question gives ("the governor of Fukuoka", "the chief executive of Aggregate Industries") one must be
 * the role's, its holder's affiliation or in the sentence that tells it: a governor elsewhere is not that governor.
 */
export function roleHolders(
  dir: PeopleDirectory,
  asked: string[],
  names: string[] = [],
  docText?: (doc: number) => string,
): RoleHolder[] {
  // Small words ("the", "of") tell no role apart: counted, they let "chief of the …" answer "the army chief of X".
  const words = [...new Set(asked.flatMap(wordsOf).map((w) => ADJECTIVE_OF[w] ?? w))].filter(
    (w) => !SMALL_WORDS.has(w),
  );
  const heads = words.filter((w) => ROLE_WORD.test(w) || ROLE_NOUNS.has(w) || OCCUPATION_NOUNS.has(w));
  if (heads.length === 0) return [];
  const { entries, byWord } = index(dir);
  // Per role: which asked words it carries (a bit each, through the word or a word news writes for it), in a
  // typed array: the lists of a common word ("minister") run to tens of thousands of roles.
  const bits = new Int32Array(entries.length);
  // The question's names, as words of the role ("fukuoka"): met by the role's own bit, or else by its sentence.
  const named = [...new Set(names.flatMap(wordsOf).map((w) => ADJECTIVE_OF[w] ?? w))].filter((w) => !heads.includes(w));
  // The same, through the word itself only: "chief" carries "chairman" above, not here. Needed only with names.
  const exact = named.length ? new Int32Array(entries.length) : null;
  const touched: number[] = [];
  words.slice(0, 30).forEach((w, k) => {
    for (const a of new Set([w, ...related(w).map(singular)])) {
      const list = byWord.get(a);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const n = list[i]!;
        if (bits[n] === 0) touched.push(n);
        bits[n]! |= 1 << k;
        if (exact && a === w) exact[n]! |= 1 << k;
      }
    }
  });
  // A body's generic word ("Group", "Energy", "Bank") names no body when the question gives a telling one: the
  // president of "ATT's Data Systems Group" is no president of "the Desjardins Group".
  const telling = named.some((w) => !FIRM_TAILS.has(w)) ? named.filter((w) => !FIRM_TAILS.has(w)) : named;
  const genericMask = words.reduce(
    (m, w, k) => (named.includes(w) && !telling.includes(w) && k < 30 ? m | (1 << k) : m),
    0,
  );
  const counted = words.length - popcount(genericMask);
  const carries = (b: number, w: string) => {
    const k = words.indexOf(w);
    return k >= 0 && k < 30 && (b & (1 << k)) !== 0;
  };
  const headMask = words.reduce((m, w, k) => (heads.includes(w) && k < 30 ? m | (1 << k) : m), 0);
  // The role's own words, the names apart: "commerce minister" of "the Saudi commerce minister".
  const plainMask = words.reduce((m, w, k) => (!named.includes(w) && k < 30 ? m | (1 << k) : m), 0);
  let out: RoleHolder[] = [];
  const unnamed: RoleHolder[] = [];
  const whole = new Set<RoleHolder>();
  for (const n of touched) {
    const b = bits[n]!;
    if ((b & headMask) !== headMask) continue;
    const share = popcount(b & ~genericMask) / counted;
    // (A role with every word of its own, whatever names it lacks, is weighed: "chairman Marshall Cohen" in the
    // article on Gulf Canada, for "the chairman of Gulf Canada".)
    const wholeRole = exact !== null && (exact[n]! & plainMask) === plainMask;
    if ((share < 0.5 && !wholeRole) || entries[n]!.former) continue;
    const e = entries[n]!;
    const holder = { person: e.person, role: e.role, share, pastYear: e.pastYear, statements: e.statements };
    if (wholeRole) whole.add(holder);
    (!named.length || telling.some((w) => carries(b, w)) ? out : unnamed).push(holder);
  }
  // Failing a role that carries a name, the best matches whose sentence does, or else whose article does ("the
  // governorship of Fukuoka … the incumbent governor, Hachiji Okuda"). Only the best matches, each article once: a
  // common role has thousands of holders, and an article's words are many. So too when the roles carrying a name
  // lack a word of the role itself and others have them all: "Commerce Minister X" in an article datelined in
  // Saudi Arabia answers "the Saudi commerce minister" before the "Saudi Arabian oil minister".
  const wholeOut = out.some((h) => whole.has(h));
  const wholeUnnamed = unnamed.filter((h) => whole.has(h));
  if ((out.length === 0 && unnamed.length) || (!wholeOut && wholeUnnamed.length)) {
    const pool = out.length === 0 ? unnamed : wholeUnnamed;
    const top = pool.reduce((m, h) => Math.max(m, h.share), 0);
    const best = pool.filter((x) => x.share >= top - 0.01).slice(0, out.length === 0 ? 500 : 200);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${telling.join('|')})`, 'u');
    // An article is searched as written, case aside: folding each would copy thousands of articles a question.
    const inText = new RegExp(pattern.source, 'iu');
    let found = best.filter((h) => pattern.test(fold(h.role.sentence)));
    const told = new Map<number, boolean>();
    if (found.length === 0 && docText)
      found = best.filter((h) => {
        let has = told.get(h.role.doc);
        if (has === undefined) told.set(h.role.doc, (has = inText.test(docText(h.role.doc))));
        return has;
      });
    if (found.length) out = found;
  }
  // Only the best matches: "foreign minister" is not answered by an information minister. Then newest first, a
  // role told of an earlier year after one told of none, the holder said to hold it most often first; plain
  // comparisons, not localeCompare, which costs a library call a pair over thousands of holders.
  const top = out.reduce((m, h) => Math.max(m, h.share), 0);
  const best = out.filter((h) => h.share >= top - 0.01);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  best.sort(
    (a, b) =>
      cmp(b.role.date ?? '', a.role.date ?? '') ||
      Number(a.pastYear) - Number(b.pastYear) ||
      b.statements - a.statements ||
      cmp(a.person.name, b.person.name),
  );
  const seen = new Set<Person>();
  return best.filter((h) => !seen.has(h.person) && !!seen.add(h.person));
}

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}
