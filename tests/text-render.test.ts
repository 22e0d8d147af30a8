// The console's plain text: the matched words in terminal bold on a terminal, as they are otherwise; never
// Discord markdown (no **, no __, no backslash escapes), whatever the article's text holds.
import { describe, expect, it } from 'vitest';
import { PLAIN, renderText, TERMINAL_BOLD, textStyleFor } from '../src/adapters/text.js';
import type { Answer } from '../src/answer.js';

const BOLD_ON = '\x1b[1m';
const BOLD_OFF = '\x1b[22m';

/** An answer whose excerpt holds characters Discord would read as markdown. */
const answer: Answer = {
  command: 'source',
  title: 'Sources on “tariffs”',
  summary: '1 document and 1 passage match',
  items: [
    {
      heading: 'Steel *duties* and __quotas__ debated',
      citations: [
        {
          doc: 'a.txt',
          title: 'Steel *duties* and __quotas__ debated',
          date: '2025-04-02',
          source: 'Wire',
          url: null,
          excerpt: 'The *new* tariffs on steel_imports start in May, the ministry said.',
          highlights: [[10, 17]],
        },
      ],
    },
  ],
  data: {},
};

describe('console text', () => {
  it('shows matched words as they are in plain mode, and the article text unescaped', () => {
    const text = renderText(answer, PLAIN);
    expect(text).toContain('“The *new* tariffs on steel_imports start in May, the ministry said.”');
    expect(text).toContain('Steel *duties* and __quotas__ debated');
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/\\[*_]/);
    expect(text).not.toContain('\x1b');
    expect(text).not.toMatch(/^#/m);
  });

  it('shows matched words, the title and headings in terminal bold on a terminal', () => {
    const text = renderText(answer, TERMINAL_BOLD);
    expect(text).toContain(`The *new* ${BOLD_ON}tariffs${BOLD_OFF} on steel_imports`);
    expect(text.split('\n')[0]).toBe(`${BOLD_ON}Sources on “tariffs”${BOLD_OFF}`);
    expect(text).toContain(`${BOLD_ON}Steel *duties* and __quotas__ debated${BOLD_OFF}`);
    expect(text).not.toContain('**');
    // Bold never leaks: every switch on is switched off on the same line.
    for (const line of text.split('\n')) expect(line.split(BOLD_ON).length).toBe(line.split(BOLD_OFF).length);
  });

  it('is plain by default, and bold only on a terminal without NO_COLOR', () => {
    expect(renderText(answer)).toBe(renderText(answer, PLAIN));
    expect(textStyleFor({ isTTY: true }, {})).toBe(TERMINAL_BOLD);
    expect(textStyleFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(textStyleFor({ isTTY: false }, {})).toBe(PLAIN);
    expect(textStyleFor({}, {})).toBe(PLAIN);
  });
});
