// /who's "Often mentioned with": one sentence for each of the first companions, never the same sentence twice, and a
// sentence not yet quoted in the answer when there is one.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine.js';
import { answerConsoleLine } from '../src/console.js';
import { tempCorpus } from './helpers.js';

const stories: Record<string, string> = {
  'talks-1.txt':
    'Ministers meet on grain\ndate 2025-04-02\n\nFarm Minister Petra Lindqvist met Trade Minister Oskar Haller and Customs Chief Anton Reyes in Vilnius on Tuesday. Lindqvist said the grain corridor would reopen next month.',
  'talks-2.txt':
    'Grain corridor reopens\ndate 2025-05-06\n\nFarm Minister Petra Lindqvist said on Monday the grain corridor had reopened. Lindqvist thanked Oskar Haller and Anton Reyes for their help.',
};

describe('/who companions', () => {
  it('cites each of the first two companions by a different sentence', async () => {
    const engine = new Engine({ dir: tempCorpus(stories), maxFileBytes: 1e6 });
    await engine.reload();
    const answer = await answerConsoleLine(engine, '/who lindqvist');
    const item = answer.items?.find((i) => i.heading === 'Often mentioned with');
    expect(item, JSON.stringify(answer.items?.map((i) => i.heading))).toBeDefined();
    const excerpts = item!.citations.map((c) => c.excerpt);
    expect(excerpts).toHaveLength(2);
    expect(new Set(excerpts).size).toBe(2);
  });
});
