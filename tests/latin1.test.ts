// Passage and event texts are kept as compact copies (src/corpus/latin1.ts): the same text in every way a query sees,
// for Latin-1 text with accents and signs as for text past Latin-1.
import { describe, expect, it } from 'vitest';
import { compactText } from '../src/corpus/latin1.js';
import { packFile, unpackFile } from '../src/corpus/file-pack.js';
import { ingestFile } from '../src/corpus/ingest.js';

describe('compact texts', () => {
  it('keeps every character, inside Latin-1 and past it', () => {
    for (const text of [
      '',
      'plain ASCII.',
      'Le café coûte £2½ à Zürich — «non»',
      'It’s the ministers’ deal',
      '\u00ff\u0100',
    ])
      expect(compactText(text)).toBe(text);
    // A slice of an article holding a character past Latin-1, itself all Latin-1.
    const article = 'Señor Peña’s café reopened. Prices rose 5% in Málaga.';
    const slice = article.slice(article.indexOf('Prices'));
    expect(compactText(slice)).toBe('Prices rose 5% in Málaga.');
  });

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
