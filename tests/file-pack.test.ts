// A file's result handed over from the reload worker (src/corpus/file-pack.ts): passages and dated sentences are
// slices of the article's own text, the same in every way a query sees, for Latin-1 text as for text past it.
import { describe, expect, it } from 'vitest';
import { packFile, unpackFile } from '../src/corpus/file-pack.js';
import { ingestFile } from '../src/corpus/ingest.js';

describe('a file handed over', () => {
  it('gives passages and dated sentences equal to the article’s own slices after a hand-over', () => {
    const raw = {
      file: 'a.txt',
      hash: 'a',
      text: 'Port of Málaga reopens\nUpdated 12 March 2026\nThe port’s authority said on Monday that the Málaga terminal would reopen on Thursday.\n\nOn 14 March 2026 the café by the quay was full, said Señor Peña.',
    };
    const direct = ingestFile(raw);
    const handed = unpackFile(packFile(direct));
    for (const d of handed.docs) for (const p of d.passages) expect(p.text).toBe(d.text.slice(p.start, p.end));
    expect(handed.docs.map((d) => d.passages.map((p) => p.text))).toEqual(
      direct.docs.map((d) => d.passages.map((p) => p.text)),
    );
    expect(JSON.stringify(handed.extracts)).toBe(JSON.stringify(direct.extracts));
  });
});
