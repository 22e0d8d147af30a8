// /source: the documents that speak about a topic, best first, one or two excerpts each.
import type { Answer, AnswerItem } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';
import { bestSentences, type ConceptTerms } from '../search/excerpt.js';
import type { Concept, Hit } from '../search/searcher.js';
import { cite } from './cite.js';
import { documentFilter, type FilterArgs } from './filters.js';
import { failure } from '../answer.js';

const MAX_DOCUMENTS = 10;

interface DocHits {
  /** The document's id. */
  doc: string;
  score: number;
  hits: Hit[];
}

export function conceptTerms(concepts: Concept[]): ConceptTerms {
  return concepts.map((c) => c.alternatives);
}

/** Hits grouped by document, ranked by their best two passages; documents far below the best are dropped. */
function groupByDocument(hits: Hit[], floor = 0.1): DocHits[] {
  const byDoc = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byDoc.get(h.doc);
    if (list) list.push(h);
    else byDoc.set(h.doc, [h]);
  }
  const groups = [...byDoc].map(([doc, list]) => ({
    doc,
    hits: list,
    score: list[0]!.score + 0.5 * (list[1]?.score ?? 0),
  }));
  groups.sort((a, b) => b.score - a.score);
  const top = groups[0]?.score ?? 0;
  return groups.filter((g) => g.score >= top * floor);
}

export function source(corpus: CorpusState, topic: string, filters: FilterArgs = {}): Answer {
  const filter = documentFilter(filters);
  if (filter && 'error' in filter) return failure('source', filter.error);
  const {
    hits,
    concepts,
    documents: matching,
  } = corpus.index.search(topic, corpus.acronyms, { limit: 1000, keep: filter?.keep });
  const groups = groupByDocument(hits);
  const terms = conceptTerms(concepts);
  const passages = groups.reduce((n, g) => n + g.hits.length, 0);
  // One item per story: a republished copy is cited beside the first, not shown again.
  const items: AnswerItem[] = [];
  const storyItem = new Map<number, AnswerItem>();
  for (const g of groups) {
    const at = corpus.byId.get(g.doc)!;
    const story = corpus.stories.ids[at]!;
    const existing = storyItem.get(story);
    // Excerpts are chosen only for what is shown: the first documents, and copies of their stories.
    if (!existing && items.length >= MAX_DOCUMENTS) continue;
    const d = corpus.docs[at]!;
    const passages = g.hits.slice(0, 6).map((h) => d.passages[h.n]!);
    const excerpts = bestSentences(passages, terms, existing ? 1 : 2);
    if (excerpts.length === 0) excerpts.push({ text: passages[0]!.text, highlights: [] });
    if (existing) {
      existing.citations.push(cite(d, excerpts[0]!));
      continue;
    }
    const item: AnswerItem = { heading: d.title, citations: excerpts.map((e) => cite(d, e)) };
    storyItem.set(story, item);
    items.push(item);
  }
  const shownDocs = new Set(groups.map((g) => g.doc)).size;
  const documents = Math.max(shownDocs, shownDocs ? matching : 0);
  const results = items.flatMap((i) => i.citations);
  return {
    command: 'source',
    title: `Sources on “${topic}”`,
    summary: documents
      ? `${documents} document${documents === 1 ? '' : 's'} and ${passages} passage${passages === 1 ? '' : 's'} match${filter ? ` (${filter.scope})` : ''}`
      : undefined,
    items,
    notice: documents ? undefined : `Nothing in the corpus matches “${topic}”${filter ? ` (${filter.scope})` : ''}.`,
    data: { query: topic, ...(filter ? { filters: filter.given } : {}), documents, passages, results },
  };
}
