// The people an article names, packed into one string per article. They are kept for every article between
// reloads (a reload reads them again to extend or rebuild the directory without reading the files), and as
// objects they were most of the memory a built corpus held. Packed, a sentence is its span in the article (as
// snapshots keep sentences); names, roles and affiliations are as the article writes them.
import type { Document } from '../types.js';
import { asciiJson } from '../text.js';
import { spanOf, textOf, type Span } from '../corpus/spans.js';
import type { Mention } from './extract.js';

/** name, flags (1 full, 2 evidence, 4 nickname of the mention before), passage, sentence, affiliation, roles… */
type Row = [string, number, number, Span, string | null, ...string[]];

export function packMentions(doc: Document, list: Mention[]): string {
  const rows = list.map((m): Row => [m.name, (m.full ? 1 : 0) | (m.evidence ? 2 : 0) | (m.nickname ? 4 : 0), m.passage, spanOf(doc, m.passage, m.sentence), m.affiliation, ...m.roles]);
  return asciiJson(rows);
}

export function unpackMentions(doc: Document, packed: string): Mention[] {
  return (JSON.parse(packed) as Row[]).map(([name, flags, passage, span, affiliation, ...roles]) => ({
    name,
    full: (flags & 1) === 1,
    evidence: (flags & 2) === 2,
    passage,
    sentence: textOf(doc, span),
    affiliation,
    roles,
    ...((flags & 4) === 4 ? { nickname: true as const } : {}),
  }));
}
