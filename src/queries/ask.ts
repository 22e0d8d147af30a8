// A plain question (a mention of the bot): the most relevant sentences, grouped by document, each cited.
import type { Answer } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';
import { bestSentences } from '../search/excerpt.js';
import { cite } from './cite.js';
import { conceptTerms, groupByDocument } from './source.js';

const MAX_DOCS = 4;

export function ask(corpus: CorpusState, question: string): Answer {
  // A question must match most of what it asks about; one common word in common is not an answer.
  const { hits, concepts } = corpus.index.search(question, corpus.acronyms, { limit: 300, minShare: 0.6 });
  const terms = conceptTerms(concepts);
  const groups = groupByDocument(hits, 0.25).slice(0, MAX_DOCS);
  const items = groups
    .map((g) => {
      const d = corpus.docs[g.doc]!;
      const excerpts = bestSentences(g.hits.slice(0, 6).map((h) => d.passages[h.n]!), terms, 2);
      return { heading: d.title, citations: excerpts.map((e) => cite(d, e)) };
    })
    .filter((i) => i.citations.length > 0);
  const empty = concepts.length === 0 ? 'Ask me about something the articles cover — a person, a place, an event.' : 'The corpus has nothing on that question, so I won’t guess.';
  return {
    command: 'ask',
    title: question.length > 200 ? question.slice(0, 199) + '…' : question,
    summary: items.length ? `From ${items.length} document${items.length === 1 ? '' : 's'}:` : undefined,
    items,
    notice: items.length ? undefined : empty,
    data: { question, documents: items.length, results: items.flatMap((i) => i.citations) },
  };
}
