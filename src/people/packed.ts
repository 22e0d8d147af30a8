// The people an article names, packed into one string per article. They are kept for every article between
// reloads (a reload reads them again to extend or rebuild the directory without reading the files), and as
// objects they were most of the memory a built corpus held. Packed, a sentence is its number in the passage;
// names, roles and affiliations are as the article writes them.
import type { Document } from '../types.js';
import { asciiJson, passageSentences, type Span } from '../text.js';
import type { Mention } from './extract.js';

/** name, flags (1 full, 2 evidence), passage, sentence (its number in the passage, or its text), affiliation, roles… */
type Row = [string, number, number, number | string, string | null, ...string[]];

export function packMentions(doc: Document, list: Mention[]): string {
  const numbers = new Map<number, Map<string, number>>();
  const numberOf = (passage: number, sentence: string) => {
    let known = numbers.get(passage);
    if (!known) {
      numbers.set(passage, (known = new Map()));
      const p = doc.passages[passage];
      if (p) passageSentences(p).forEach((s, k) => known!.has(s.text) || known!.set(s.text, k));
    }
    return known.get(sentence);
  };
  const rows = list.map((m): Row => [m.name, (m.full ? 1 : 0) | (m.evidence ? 2 : 0), m.passage, numberOf(m.passage, m.sentence) ?? m.sentence, m.affiliation, ...m.roles]);
  return asciiJson(rows);
}

export function unpackMentions(doc: Document, packed: string): Mention[] {
  const split = new Map<number, Span[]>();
  const sentence = (passage: number, k: number) => {
    let spans = split.get(passage);
    if (!spans) split.set(passage, (spans = passageSentences(doc.passages[passage]!)));
    return spans[k]!.text;
  };
  return (JSON.parse(packed) as Row[]).map(([name, flags, passage, s, affiliation, ...roles]) => ({
    name,
    full: (flags & 1) === 1,
    evidence: (flags & 2) === 2,
    passage,
    sentence: typeof s === 'number' ? sentence(passage, s) : s,
    affiliation,
    roles,
  }));
}
