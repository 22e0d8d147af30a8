// /search: the passages that best match a query, ranked.
import type { Answer } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';
import { bestSentences } from '../search/excerpt.js';
import { cite } from './cite.js';
import { documentFilter, type FilterArgs } from './filters.js';
import { failure } from '../answer.js';
import { conceptTerms } from './source.js';

const MAX_PASSAGES = 10;

export function search(corpus: CorpusState, query: string, limit = MAX_PASSAGES, filters: FilterArgs = {}): Answer {
  const filter = documentFilter(filters);
  if (filter && 'error' in filter) return failure('search', filter.error);
  const { hits, concepts, documents } = corpus.index.search(query, corpus.acronyms, { limit: 500, keep: filter?.keep });
  const terms = conceptTerms(concepts);
  const items = hits.slice(0, limit).map((h) => {
    const d = corpus.docs[corpus.byId.get(h.doc)!]!;
    const p = d.passages[h.n]!;
    const excerpt = bestSentences([p], terms, 2);
    // Two sentences of a passage, in the order the article has them.
    const text = excerpt.length ? excerpt.sort((a, b) => p.text.indexOf(a.text) - p.text.indexOf(b.text)) : [];
    const joined =
      text.length === 2
        ? {
            text: `${text[0]!.text} … ${text[1]!.text}`,
            highlights: [
              ...text[0]!.highlights,
              ...text[1]!.highlights.map(
                ([s, e]) => [s + text[0]!.text.length + 3, e + text[0]!.text.length + 3] as [number, number],
              ),
            ],
          }
        : (text[0] ?? { text: p.text, highlights: [] });
    return { heading: d.title, citations: [cite(d, joined)] };
  });
  // Passages are ranked within the best documents; the document count is of every document that matches.
  return {
    command: 'search',
    title: `Search: “${query}”`,
    summary: hits.length
      ? `${documents} document${documents === 1 ? '' : 's'} match${filter ? ` (${filter.scope})` : ''}; the best ${items.length} passage${items.length === 1 ? '' : 's'} shown`
      : undefined,
    items,
    notice: hits.length ? undefined : `Nothing in the corpus matches “${query}”${filter ? ` (${filter.scope})` : ''}.`,
    data: {
      query,
      ...(filter ? { filters: filter.given } : {}),
      documents,
      passages: hits.length,
      results: items.flatMap((i) => i.citations),
    },
  };
}
