// Stories as a corpus part: a shingle sample per article at ingestion; a story id per article, the sorted
// (sample, article) pairs carried inside for the next extension.
import type { CorpusPart } from '../part.js';
import { extendStories, prepareStories, storyIds, storySample, type Stories } from '../stories.js';

export const storiesPart: CorpusPart<Stories, number[], 'stories'> = {
  name: 'stories',
  version: 1,
  // eslint-disable-next-line require-yield
  *extract(doc) {
    return storySample(doc);
  },
  build: (_docs, samples, p) => storyIds(samples, p),
  async extend(previous, _docs, samples, from, p) {
    return (await extendStories(previous, samples, from, p)) ?? storyIds(samples, p);
  },
  prepare: (stories, _docs, samples, p) => prepareStories(stories, samples, p),
  save: ({ ids }) => ({ count: ids.length, rows: (from, to) => ids.slice(from, to) }),
  load: async ({ rows }) => ({ ids: rows as number[] }),
};
