// The Searcher port holds: a second implementation, a naive scan over every passage written here, plugged into a
// corpus in place of the term index, answers /search, /source and the timeline's topic filter through the port.
import { describe, expect, it } from 'vitest';
import { assemble, type CorpusState } from '../src/corpus/load.js';
import { ingestFile } from '../src/corpus/ingest.js';
import {
  queryConcepts,
  type Concept,
  type Hit,
  type PassagesAbout,
  type Searcher,
  type SearchOptions,
  type SearchResult,
} from '../src/search/searcher.js';
import { terms } from '../src/text.js';
import type { Document } from '../src/types.js';
import { search } from '../src/queries/search.js';
import { source } from '../src/queries/source.js';
import { timeline } from '../src/queries/timeline.js';
import { NEVER } from '../src/pace.js';

/** Every passage looked at for every query: documents ranked by how many of their passages hold the concepts. */
class ScanSearcher implements Searcher {
  asked = 0;
  constructor(private readonly docs: Document[]) {}

  private holds(text: string, c: Concept): boolean {
    const words = new Set(terms(text));
    return c.alternatives.some((alt) => alt.every((t) => words.has(t)));
  }

  search(q: string, acronyms: Map<string, Set<string>>, opts?: SearchOptions): SearchResult {
    return this.searchConcepts(queryConcepts(q, acronyms), opts);
  }

  searchConcepts(concepts: Concept[], opts: SearchOptions = {}): SearchResult {
    this.asked++;
    const hits: Hit[] = [];
    let documents = 0;
    for (const d of this.docs) {
      if (opts.keep && !opts.keep(d)) continue;
      const found = d.passages.filter((p) => concepts.every((c) => this.holds(p.text, c)));
      if (found.length) documents++;
      for (const p of found) hits.push({ doc: d.doc, n: p.n, score: found.length });
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, opts.limit ?? 200), concepts, documents };
  }

  rarity(): number {
    return 1;
  }

  associates(): string[] {
    return [];
  }

  passagesAbout(concepts: Concept[]): PassagesAbout {
    this.asked++;
    const byId = new Map(this.docs.map((d) => [d.doc, d]));
    const about = (text: string) => concepts.every((c) => this.holds(text, c));
    return {
      inDocument: (doc) => (passage) => {
        const p = byId.get(doc)?.passages[passage];
        return !p || about(p.text);
      },
      each: (visit) => {
        for (const d of this.docs) {
          const found = d.passages.filter((p) => about(p.text)).map((p) => p.n);
          if (found.length) visit(d.doc, found);
        }
      },
    };
  }

  async update(docs: Document[]): Promise<Searcher> {
    return new ScanSearcher(docs);
  }
}

// Articles written to a wire pattern: two on a harbour, one on a budget, each dated in its text.
const ARTICLES: Record<string, string> = {
  'harbour-1.txt':
    'Harbour dredging begins\nUpdated 2 March 2025\nDredging of the Eastbay harbour began on March 1, the port authority said.\n\nThe harbour will take larger ships by autumn.',
  'harbour-2.txt':
    'Dredgers arrive\nUpdated 4 March 2025\nTwo dredgers reached the Eastbay harbour on March 3, the port authority said.',
  'budget.txt':
    'Budget passed\nUpdated 5 March 2025\nThe city council passed its budget on March 4 after a long debate.',
};

async function withScan(): Promise<{ corpus: CorpusState; scan: ScanSearcher }> {
  const results = Object.entries(ARTICLES).map(([file, text]) => ingestFile({ file, text, hash: file }));
  const built = await assemble({ results, skipped: [], files: new Map(), pace: NEVER });
  const scan = new ScanSearcher(built.docs);
  return { corpus: { ...built, index: scan }, scan };
}

describe('the Searcher port', () => {
  it('serves /search and /source from another implementation, by document id', async () => {
    const { corpus, scan } = await withScan();
    const found = search(corpus, 'harbour');
    expect(scan.asked).toBe(1);
    const cited = found.items.flatMap((i) => i.citations.map((c) => c.doc));
    expect(new Set(cited)).toEqual(new Set(['harbour-1.txt', 'harbour-2.txt']));
    const sources = source(corpus, 'budget');
    expect(sources.items.flatMap((i) => i.citations.map((c) => c.doc))).toEqual(['budget.txt']);
    // A filter reaches the searcher as a test of documents.
    const filtered = search(corpus, 'harbour', 10, { from: '2025-03-03' });
    expect(filtered.items.flatMap((i) => i.citations.map((c) => c.doc))).toEqual(['harbour-2.txt']);
  });

  it("serves the timeline's topic filter through passages about the topic", async () => {
    const { corpus, scan } = await withScan();
    const all = timeline(corpus, {});
    const topical = timeline(corpus, { topic: 'harbour' });
    expect(scan.asked).toBe(1);
    const dates = (a: typeof all) => (a.data as { events: { date: string }[] }).events.map((e) => e.date);
    expect(dates(all)).toEqual(expect.arrayContaining(['2025-03-01', '2025-03-03', '2025-03-04']));
    expect(dates(topical)).toEqual(['2025-03-01', '2025-03-03']);
  });
});
