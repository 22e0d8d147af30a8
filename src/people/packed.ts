// The people an article names, packed into one string per article. They are kept for every article between
// reloads (a reload reads them again to extend or rebuild the directory without reading the files), and as
// objects they were most of the memory a built corpus held. Packed, a sentence is its span in the article (as
// snapshots keep sentences); names, roles and affiliations are as the article writes them.
import type { Document } from '../types.js';
import { asciiJson } from '../text.js';
import { spanOf, textOf, type Span } from '../corpus/spans.js';
import type { Mention } from './extract.js';

/** A role, or a role and the date the text gives for it. */
type PackedRole = string | [string, string];
/** name, flags (1 full, 2 evidence, 4 nickname of the mention before, 8 an organisation's or place's name), passage, sentence, affiliation, roles… */
type Row = [string, number, number, Span, string | null, ...PackedRole[]];

export function packMentions(doc: Document, list: Mention[]): string {
  const rows = list.map((m): Row => [m.name, (m.full ? 1 : 0) | (m.evidence ? 2 : 0) | (m.nickname ? 4 : 0) | (m.org ? 8 : 0), m.passage, spanOf(doc, m.passage, m.sentence), m.affiliation, ...m.roles.map((r, i): PackedRole => (m.roleDates?.[i] ? [r, m.roleDates[i]!] : r))]);
  return asciiJson(rows);
}

export function unpackMentions(doc: Document, packed: string): Mention[] {
  return (JSON.parse(packed) as Row[]).map(([name, flags, passage, span, affiliation, ...packedRoles]) => {
    const roles = packedRoles.map((r) => (typeof r === 'string' ? r : r[0]));
    const dated = packedRoles.some((r) => typeof r !== 'string') ? { roleDates: packedRoles.map((r) => (typeof r === 'string' ? null : r[1])) } : {};
    return {
    name,
    full: (flags & 1) === 1,
    evidence: (flags & 2) === 2,
    passage,
    sentence: textOf(doc, span),
    affiliation,
    roles,
    ...((flags & 4) === 4 ? { nickname: true as const } : {}),
    ...((flags & 8) === 8 ? { org: true as const } : {}),
    ...dated,
  };
  });
}
