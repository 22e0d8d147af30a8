// The sentences that come right after a candidate in its article: where a lede that restates the question leaves
// the answer ("Ecuador's trade minister resigned today ... Xavier Neira told reporters he was stepping down").
import type { CorpusState } from '../corpus/load.js';
import { passageSentences } from '../text.js';
import type { Candidate } from './candidates.js';

/**
 * Up to `count` sentences after the candidate's, in reading order: the rest of its passage, then the next passage
 * (a byline, a table row or other aside ends the search), each scored `share` of the candidate's score: it is read
 * for what the candidate's sentence is about, not for the question's words it happens to repeat.
 */
export function followingSentences(corpus: CorpusState, c: Candidate, count: number, share: number): Candidate[] {
  const d = corpus.docs[c.doc]!;
  const out: Candidate[] = [];
  let passage = c.passage;
  let after = true;
  let sentences = passageSentences(d.passages[passage]!);
  let k = sentences.findIndex((s) => s.text === c.text);
  if (k < 0) return out;
  while (out.length < count) {
    k++;
    if (k >= sentences.length) {
      const next = d.passages[passage + 1];
      if (!next || next.aside || !after) break;
      // One passage on at most: beyond it the article has moved to another point.
      after = false;
      passage++;
      sentences = passageSentences(next);
      k = 0;
      if (sentences.length === 0) break;
    }
    const s = sentences[k]!;
    if (s.text === d.title) continue;
    out.push({ doc: c.doc, passage, text: s.text, matched: [], score: c.score * share, coverage: 0, rank: c.rank });
  }
  return out;
}
