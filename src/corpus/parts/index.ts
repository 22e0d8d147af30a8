// The search index as a corpus part: built from the articles themselves (no per-article extract), extended by a
// small segment on a copy, saved as raw arrays.
import type { CorpusPart } from '../part.js';
import { TermSearcher } from '../../search/term-searcher.js';
import { ARRAY_KINDS, TermIndex, type IndexMeta } from '../../search/term-index.js';

export const indexPart: CorpusPart<TermSearcher, never, 'index'> = {
  name: 'index',
  version: 1,
  async build(docs, _none, p, reuse) {
    if (!reuse) return TermSearcher.build(docs, p);
    // Unchanged files keep their Document objects, so identity tells what came and what went.
    const [now, before] = [new Set(docs), new Set(reuse.documents)];
    const removed = reuse.documents.filter((d) => !now.has(d)).map((d) => d.doc);
    return reuse.update(docs, removed, docs.filter((d) => !before.has(d)), p);
  },
  extend: (previous, docs, _none, from, p) => previous.update(docs, [], docs.slice(from), p),
  prepare: async (searcher) => searcher,
  save(searcher) {
    const { meta, arrays } = searcher.terms.toParts();
    return { rows: [meta], arrays };
  },
  async load({ rows, arrays }, docs) {
    const meta = rows[0] as IndexMeta;
    const kinds = [...ARRAY_KINDS.head, ...meta.segments.flatMap(() => ARRAY_KINDS.segment)];
    return new TermSearcher(docs, TermIndex.fromParts(meta, arrays(kinds), new Map(docs.map((d) => [d.doc, d]))));
  },
};
