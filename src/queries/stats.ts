// /stats: what the corpus holds, and what was left out and why.
import type { Answer } from '../answer.js';
import type { CorpusState } from '../corpus/load.js';

/** Worked out once per corpus state: it goes over every document, and the state does not change. */
const answers = new WeakMap<CorpusState, Answer>();

export function stats(corpus: CorpusState): Answer {
  let answer = answers.get(corpus);
  if (!answer) answers.set(corpus, (answer = compute(corpus)));
  // A copy: a renderer may add to what it is given.
  return structuredClone(answer);
}

function compute(corpus: CorpusState): Answer {
  const dates = corpus.docs
    .map((d) => d.date)
    .filter((d): d is string => !!d)
    .sort();
  const passages = corpus.docs.reduce((n, d) => n + d.passages.filter((p) => !p.aside).length, 0);
  const count = (key: 'lang' | 'source') => {
    const m = new Map<string, number>();
    for (const d of corpus.docs) m.set(d[key] ?? 'unknown', (m.get(d[key] ?? 'unknown') ?? 0) + 1);
    return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
  };
  const data = {
    documents: corpus.docs.length,
    files: corpus.files.size,
    passages,
    undated: corpus.docs.length - dates.length,
    dateRange: dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null,
    languages: count('lang'),
    sources: count('source'),
    skipped: corpus.skipped,
    loadedAt: corpus.builtAt.toISOString(),
    buildMs: corpus.buildMs,
  };
  const lines = [
    `${data.documents} documents from ${data.files} files, ${passages} passages`,
    data.dateRange
      ? `Published ${data.dateRange.from} to ${data.dateRange.to} (${data.undated} undated)`
      : 'No publication dates found',
    `Languages: ${Object.entries(data.languages)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `Publishers: ${Object.entries(data.sources)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ];
  return {
    command: 'stats',
    title: 'Corpus statistics',
    summary: lines.join('\n'),
    items: corpus.skipped.map((s) => ({ heading: `Skipped: ${s.file}`, text: s.reason, citations: [] })),
    data,
  };
}
