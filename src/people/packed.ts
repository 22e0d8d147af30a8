// How people are packed: the people an article names, one string per article, and the directory's people as a
// snapshot keeps them, with one flags layout for a mention in both. The people an article names are packed into one string per article. They are kept for every article between
// reloads (a reload reads them again to extend or rebuild the directory without reading the files), and as
// objects they were most of the memory a built corpus held. Packed, a sentence is its span in the article (as
// snapshots keep sentences); names, roles and affiliations are as the article writes them.
import type { Document } from '../types.js';
import { asciiJson } from '../text.js';
import { spanOf, textOf, type SentenceSpan } from '../spans.js';
import type { Mention } from './extract.js';
import { PeopleDirectory, PersonMentions, type Person, type PersonMention } from './directory.js';

/**
 * The one flags layout of a packed mention, here and in the snapshot's people: a full name, evidence that a short
 * name is this person's, a nickname of the mention before, a sentence that gives the person a role, an
 * organisation's or place's name (kept so that the corpus can tell such names from people's), a team list's surname.
 */
const MentionFlag = { full: 1, evidence: 2, nickname: 4, defining: 8, org: 16, listed: 32 } as const;

const has = (flags: number, flag: number) => (flags & flag) === flag;

/** A role, or a role and the date the text gives for it. */
type PackedRole = string | [string, string];
/** name, flags (MentionFlag), passage, sentence, affiliation, roles… */
type Row = [string, number, number, SentenceSpan, string | null, ...PackedRole[]];

export function packMentions(doc: Document, list: Mention[]): string {
  const flagsOf = (m: Mention) =>
    (m.full ? MentionFlag.full : 0) |
    (m.evidence ? MentionFlag.evidence : 0) |
    (m.nickname ? MentionFlag.nickname : 0) |
    (m.org ? MentionFlag.org : 0) |
    (m.listed ? MentionFlag.listed : 0);
  const rows = list.map((m): Row => [
    m.name,
    flagsOf(m),
    m.passage,
    spanOf(doc, m.passage, m.sentence),
    m.affiliation,
    ...m.roles.map((r, i): PackedRole => (m.roleDates?.[i] ? [r, m.roleDates[i]!] : r)),
  ]);
  return asciiJson(rows);
}

export function unpackMentions(doc: Document, packed: string): Mention[] {
  return (JSON.parse(packed) as Row[]).map(([name, flags, passage, span, affiliation, ...packedRoles]) => {
    const roles = packedRoles.map((r) => (typeof r === 'string' ? r : r[0]));
    const dated = packedRoles.some((r) => typeof r !== 'string')
      ? { roleDates: packedRoles.map((r) => (typeof r === 'string' ? null : r[1])) }
      : {};
    return {
      name,
      full: has(flags, MentionFlag.full),
      evidence: has(flags, MentionFlag.evidence),
      passage,
      sentence: textOf(doc, span),
      affiliation,
      roles,
      ...(has(flags, MentionFlag.nickname) ? { nickname: true as const } : {}),
      ...(has(flags, MentionFlag.org) ? { org: true as const } : {}),
      ...(has(flags, MentionFlag.listed) ? { listed: true as const } : {}),
      ...dated,
    };
  });
}

/** A person's mention flags (MentionFlag), as the directory's mentions and the snapshot keep them. */
export function personMentionFlags(m: { full: boolean; defining: boolean }): number {
  return (m.full ? MentionFlag.full : 0) | (m.defining ? MentionFlag.defining : 0);
}

export function personMentionOf(doc: number, passage: number, sentence: string, flags: number): PersonMention {
  return { doc, passage, sentence, defining: has(flags, MentionFlag.defining), full: has(flags, MentionFlag.full) };
}

// People as a snapshot keeps them, sentences as spans. A person's mentions are many: one flat list of numbers,
// five a mention (doc, passage, start, end, flags); a sentence not found in its article is kept aside.
export function packPeople(people: Person[], docs: Document[]): unknown[] {
  return PeopleDirectory.toJSON(people).map((p) => {
    const flat: number[] = [];
    const texts: string[] = [];
    for (const m of p.mentions.list()) {
      const span = spanOf(docs[m.doc]!, m.passage, m.sentence);
      const [start, end] = typeof span === 'string' ? [-1, texts.push(span) - 1] : span;
      flat.push(m.doc, m.passage, start, end, personMentionFlags(m));
    }
    return {
      ...p,
      roles: p.roles.map((r) => [r.role, r.date, r.doc, spanOf(docs[r.doc]!, -1, r.sentence)]),
      mentions: flat,
      texts,
    };
  });
}

export function unpackPeople(rows: unknown[], docs: Document[]): Promise<PeopleDirectory> {
  type Packed = Omit<Person, 'roles' | 'mentions' | 'affiliations' | 'docs'> & {
    roles: [string, string | null, number, SentenceSpan][];
    mentions: number[];
    texts: string[];
    affiliations: [string, number][];
    docs: number[];
  };
  const people = (rows as Packed[]).map(({ texts, mentions: m, ...r }) => {
    const places = new Int32Array((m.length / 5) * 2);
    for (let i = 0, j = 0; i < m.length; i += 5, j += 2) [places[j], places[j + 1]] = [m[i]!, m[i + 1]!];
    const person = {
      ...r,
      roles: r.roles.map(([role, date, doc, span]) => ({ role, date, doc, sentence: textOf(docs[doc]!, span) })),
      affiliations: new Map(r.affiliations),
      docs: new Set(r.docs),
    };
    const mentions = new PersonMentions(places, () => {
      const out: PersonMention[] = [];
      for (let i = 0; i < m.length; i += 5) {
        const [doc, passage, start, end, flags] = [m[i]!, m[i + 1]!, m[i + 2]!, m[i + 3]!, m[i + 4]!];
        out.push(personMentionOf(doc, passage, start < 0 ? texts[end]! : docs[doc]!.text.slice(start, end), flags));
      }
      return out;
    });
    return { ...person, mentions };
  });
  return PeopleDirectory.of(people);
}
