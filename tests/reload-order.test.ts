// A reload that only adds files numbers the new articles after the previous ones (load.ts keepOrder), whatever
// their names, in passes that give way to answers.
import { describe, expect, it } from 'vitest';
import { keepOrder, type CorpusState } from '../src/corpus/load.js';
import type { FileResult } from '../src/corpus/ingest.js';
import type { Document } from '../src/types.js';
import { NEVER } from '../src/pace.js';

/** A file of `n` articles named after it (only what keepOrder reads). */
const file = (name: string, n = 1): FileResult =>
  ({
    docs: Array.from({ length: n }, (_, i) => ({ doc: n > 1 ? `${name}#${i + 1}` : name, file: name })),
    extracts: {},
  }) as unknown as FileResult;

/** The state those files were numbered in, in this order. */
function stateOf(files: FileResult[]): CorpusState {
  const docs = files.flatMap((f) => f.docs);
  return { docs, byId: new Map(docs.map((d: Document, i) => [d.doc, i])) } as unknown as CorpusState;
}

const names = (results: FileResult[]) => results.map((r) => r.docs[0]!.file);

describe('keepOrder', () => {
  it('puts the previous files first, in their order, and the new ones after, in the order they came', async () => {
    // The previous state numbered m-2 before m-1 (m-2 came first); new files sort before, among and after them.
    const [m1, m2, m3] = [file('m-1', 2), file('m-2'), file('m-3', 3)];
    const previous = stateOf([m2, m1, m3]);
    const results = [file('a-new'), m1, m2, file('m-15'), m3, file('z-new', 2)];
    await keepOrder(previous, results, NEVER);
    expect(names(results)).toEqual(['m-2', 'm-1', 'm-3', 'a-new', 'm-15', 'z-new']);
  });

  it('leaves the files in name order when a previous article is gone, or two files start with the same one', async () => {
    const [m1, m2] = [file('m-1'), file('m-2')];
    const gone = [file('a-new'), m2];
    await keepOrder(stateOf([m1, m2]), gone, NEVER);
    expect(names(gone)).toEqual(['a-new', 'm-2']);
    // The same result in two places, as many articles as before but one of them gone: nothing lost or doubled.
    const twice = [file('a-new'), m1, m1];
    await keepOrder(stateOf([m1, m2]), twice, NEVER);
    expect(names(twice)).toEqual(['a-new', 'm-1', 'm-1']);
  });

  it('gives way as it goes through thousands of files, with the order it gives in one go', async () => {
    const old = Array.from({ length: 3000 }, (_, i) => file(`m-${String(i).padStart(5, '0')}`));
    const previous = stateOf(old);
    const fresh = Array.from({ length: 2000 }, (_, i) => file(`a-${String(i).padStart(5, '0')}`));
    const once = [...fresh, ...old];
    await keepOrder(previous, once, NEVER);
    const paced = [...fresh, ...old];
    let pauses = 0;
    await keepOrder(previous, paced, { due: () => true, pause: async () => void pauses++ });
    expect(names(paced)).toEqual(names(once));
    expect(names(once)).toEqual([...old, ...fresh].map((r) => r.docs[0]!.file));
    // 5,000 files, looked at in three passes, a chance to give way every 1,024.
    expect(pauses).toBeGreaterThanOrEqual(10);
  });
});
