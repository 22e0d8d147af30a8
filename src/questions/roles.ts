// People by role: "who is Pakistan's army chief", "who leads the Taliban" — the people whose roles carry the
// role's words (or the words news writes for them), newest statement first.
import type { PeopleDirectory, Person, PersonRole } from '../people/directory.js';
import { distinctRoles } from '../queries/who.js';
import { fold } from '../text.js';
import { related } from './paraphrase.js';

export interface RoleHolder {
  person: Person;
  role: PersonRole;
  /** Share of the asked words the role (with the person's affiliation) carries. */
  share: number;
}

interface RoleEntry {
  person: Person;
  role: PersonRole;
  words: Set<string>;
}

/** Worked out once per directory: a directory does not change once built. */
const indexes = new WeakMap<PeopleDirectory, Map<string, RoleEntry[]>>();

const wordsOf = (s: string) =>
  fold(s)
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .map(singular);

function singular(w: string): string {
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

const ADJECTIVE_OF: Record<string, string> = { pakistani: 'pakistan', afghan: 'afghanistan', chinese: 'china', indian: 'india', american: 'us', british: 'uk', iranian: 'iran', russian: 'russia', french: 'france', german: 'germany', japanese: 'japan', saudi: 'saudi', turkish: 'turkey', israeli: 'israel', ukrainian: 'ukraine', sudanese: 'sudan', syrian: 'syria', egyptian: 'egypt' };

function index(dir: PeopleDirectory): Map<string, RoleEntry[]> {
  let byWord = indexes.get(dir);
  if (byWord) return byWord;
  byWord = new Map();
  for (const person of dir.people) {
    for (const role of distinctRoles(person)) {
      const words = new Set(wordsOf(role.role));
      for (const [aff] of person.affiliations) for (const w of wordsOf(aff)) words.add(w);
      for (const w of [...words]) if (ADJECTIVE_OF[w]) words.add(ADJECTIVE_OF[w]!);
      const entry = { person, role, words };
      for (const w of words) {
        const list = byWord.get(w);
        if (list) list.push(entry);
        else byWord.set(w, [entry]);
      }
    }
  }
  indexes.set(dir, byWord);
  return byWord;
}

const ROLE_WORD = /^(?:president|minister|secretary|chief|head|leader|commander|director|chairman|chair|chairwoman|spokesman|spokeswoman|spokesperson|ambassador|envoy|governor|mayor|king|queen|emir|ceo|chancellor|premier|speaker|general|ruler|envoy|prosecutor|judge|coach|captain|founder|editor|marshal|admiral|officer|representative|deputy|vice)$/;

/** Holders of a role, best match then newest first; the role's head word (chief, minister…) must be met. */
export function roleHolders(dir: PeopleDirectory, asked: string[]): RoleHolder[] {
  const words = asked.flatMap(wordsOf).map((w) => ADJECTIVE_OF[w] ?? w);
  const heads = words.filter((w) => ROLE_WORD.test(w));
  if (heads.length === 0) return [];
  const byWord = index(dir);
  const alts = new Map(words.map((w) => [w, [w, ...related(w).map(singular)]]));
  const meets = (e: RoleEntry, w: string) => alts.get(w)!.some((a) => e.words.has(a));
  // Entries are drawn from the rarest head word's lists: "chief" is on fewer roles than "minister".
  const lists = heads.map((h) => alts.get(h)!.flatMap((a) => byWord.get(a) ?? []));
  const pool = new Set(lists.reduce((a, b) => (b.length < a.length ? b : a)));
  const out: RoleHolder[] = [];
  for (const e of pool) {
    if (!heads.every((h) => meets(e, h))) continue;
    const met = words.filter((w) => meets(e, w)).length;
    const share = met / words.length;
    if (share < 0.5) continue;
    // A former holder is not who holds the role.
    if (/\b(?:former|ex-|late)\b/i.test(e.role.role)) continue;
    out.push({ person: e.person, role: e.role, share });
  }
  out.sort((a, b) => b.share - a.share || (b.role.date ?? '').localeCompare(a.role.date ?? '') || a.person.name.localeCompare(b.person.name));
  // Only the best matches: "foreign minister" is not answered by an information minister.
  const top = out[0]?.share ?? 0;
  const seen = new Set<Person>();
  return out.filter((h) => h.share >= top - 0.01 && !seen.has(h.person) && !!seen.add(h.person));
}
