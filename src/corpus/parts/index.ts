// The search index as a corpus part, served by the term searcher: built from the articles themselves (no extract),
// extended by a small segment on a copy, saved as raw arrays.
import type { CorpusPart } from '../part.js';
import type { Searcher } from '../../search/searcher.js';
import { TermSearcher } from '../../search/term-searcher.js';
import { ARRAY_KINDS, TermIndex, type IndexMeta } from '../../search/term-index.js';

export const indexPart: CorpusPart<Searcher, never, 'index'> = {
  name: 'index',
  version: 1,
  build: (docs, _none, p, reuse) => (reuse ? reuse.update(docs, p) : TermSearcher.build(docs, p)),
  extend: (previous, docs, _none, _from, p) => previous.update(docs, p),
  prepare: async (searcher) => searcher,
  save(searcher) {
    // Another Searcher is saved by a part of its own.
    if (!(searcher instanceof TermSearcher)) throw new Error('the index part saves the term searcher only');
    const { meta, arrays } = searcher.terms.toParts();
    return { count: 1, rows: () => [meta], arrays };
  },
  async load({ rows, arrays }, docs) {
    const meta = rows[0] as IndexMeta;
    const kinds = [...ARRAY_KINDS.head, ...meta.segments.flatMap(() => ARRAY_KINDS.segment)];
    return new TermSearcher(docs, TermIndex.fromParts(meta, arrays(kinds), new Map(docs.map((d) => [d.doc, d]))));
  },
};
