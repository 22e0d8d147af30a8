// The cold build's fast paths give the answers of the plain definitions they stand in for: word counts, tokens,
// story shingle hashes and the tagger's scores, on text written for the purpose in several scripts.
import { describe, expect, it } from 'vitest';
import { isStopword, sentences, stem, terms, tokenize, wordCount } from '../src/text.js';
import { storySample } from '../src/corpus/stories.js';
import {
  capsLine,
  docContext,
  features,
  isCandidate,
  personModel,
  runBounds,
  scores,
  tagSentence,
  tagTokens,
  type DocContext,
  type Model,
  type TagToken,
} from '../src/people/tagger.js';
import { textDocument } from './helpers.js';
import fc from 'fast-check';
import { DATEY, MAYBE_DATEY } from '../src/dates/expressions.js';
import { applyRules, nextIndex } from '../src/dates/rules.js';
import { contentWords } from '../src/timeline/same-event.js';
import taggerCases from './fixtures/people-tagger.json' with { type: 'json' };
import roleCases from './fixtures/people-roles.json' with { type: 'json' };
import unseenCases from './fixtures/unseen-people.json' with { type: 'json' };

/** Paragraphs shaped as news is (acronyms dotted and not, possessives, curly quotes, accents, digits, other scripts). */
const TEXTS = [
  'The U.S. Treasury’s deputy secretary met E.U. officials in Brussels on Tuesday, a spokesman said.',
  "Shares of Acme Corp's parent rose 4.5 pct to 12.75 dlrs after the company's Q.3 report.",
  'Le président a reçu la ministre à l’Élysée ; « c’est décisif », a-t-il déclaré.',
  'Der Außenminister sprach über die Straße nach Köln. Ölpreise stiegen um 3,2 Prozent.',
  'المتحدث باسم الوزارة قال إن الاجتماع سيعقد غدا',
  '北京时间 2024年3月5日 国务院总理 发表讲话',
  'Emoji 😀 and math 𝟘𝟙 digits, a lone \ud800 surrogate, combining e\u0301 and roman Ⅻ.',
  'A.B.C. x.y. U.S, co-op ’s it’s James’ o’clock I.B.M.s',
  '',
  '   ',
];

const plainTokens = (text: string) => {
  const fold = (t: string) =>
    t
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  const cleaned = text.replace(/\b(?:\p{L}\.){2,}(?!\p{L})/gu, (m) => m.replace(/\./g, '')).replace(/['’]s\b/gu, '');
  return [...fold(cleaned).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
};

describe('text fast paths', () => {
  it('wordCount counts what /[\\p{L}\\p{N}]+/gu matches', () => {
    for (const t of TEXTS) expect(wordCount(t), t).toBe((t.match(/[\p{L}\p{N}]+/gu) ?? []).length);
    // Runs split by a mark, by an astral letter, and a word made only of astral digits.
    expect(wordCount('e\u0301t\u00e9')).toBe(2);
    expect(wordCount('a😀b 𝟘𝟙')).toBe(3);
  });

  it('tokenize gives the tokens of the plain definition: acronyms undotted, possessives dropped, folded', () => {
    for (const t of TEXTS) expect(tokenize(t), t).toEqual(plainTokens(t));
    expect(tokenize('The U.S.A.’s envoy')).toEqual(['the', 'usa', 'envoy']);
  });

  it('terms are tokens less stopwords, stemmed', () => {
    for (const t of TEXTS)
      expect(terms(t), t).toEqual(
        plainTokens(t)
          .filter((w) => !isStopword(w))
          .map(stem),
      );
    expect(terms('The reports of the attacks')).toEqual(['report', 'attack']);
  });
});

/** FNV-1a of a string, the hash story samples are defined by. */
function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

describe('story samples', () => {
  it('are the FNV-1a hashes of six-word shingles, one in sixteen kept', () => {
    const text = TEXTS.join(' ').repeat(3);
    const words = tokenize(text);
    const expected = new Set<number>();
    for (let i = 0; i + 6 <= words.length; i++) {
      const h = fnv(words.slice(i, i + 6).join(' '));
      if (h % 16 === 0) expected.add(h);
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(storySample(textDocument(text))).toEqual([...expected]);
  });
});

/** The tagger as its features define it: every feature of a token made as a string and looked up. */
function plainTag(model: Model, toks: TagToken[], ctx: DocContext): { tags: string[]; margins: number[] } {
  const caps = capsLine(toks);
  const run = runBounds(toks);
  const tags: string[] = [];
  const margins: number[] = [];
  const sc = new Float64Array(model.labels.length);
  let prev = 'O';
  for (let i = 0; i < toks.length; i++) {
    if (!isCandidate(toks[i]!.text)) {
      tags.push('O');
      margins.push(0);
      prev = 'O';
      continue;
    }
    scores(model, features(toks, i, prev, ctx, caps, run), sc);
    let best = 0;
    for (let c = 1; c < sc.length; c++) if (sc[c]! > sc[best]!) best = c;
    let tag = model.labels[best]!;
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) tag = `B-${tag.slice(2)}`;
    tags.push(tag);
    margins.push(sc[best]! - sc[model.labels.indexOf('O')]!);
    prev = tag;
  }
  return { tags, margins };
}

/** Every "text" in a fixture, however deep. */
function textsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [v] : textsOf(v)));
  return [];
}

describe('tagger scores', () => {
  const sentences = [
    ...textsOf([taggerCases, roleCases, unseenCases]),
    // A headline in capitals, a run ending in an organisation word, a sentence opened by punctuation.
    'PRIME MINISTER JOHN KEY VISITS BEIJING FOR TRADE TALKS',
    'AUSTRALIAN BANK APPROVES BOND BID AS ATLANTA BRAVES BEAT BOSTON',
    'Analysts at Morgan Grenfell Securities said Peter Hall expected more.',
    '"Maria de la Cruz," said the mayor of San Antonio, Ron Nirenberg.',
  ];

  it('are the sums of the features each token has, exactly, sentence by sentence and across a document', () => {
    const model = personModel();
    const toks = sentences.map(tagTokens);
    expect(toks.length).toBeGreaterThan(20);
    const whole = docContext(toks);
    let names = 0;
    for (const [i, tt] of toks.entries()) {
      for (const ctx of [whole, docContext([tt])]) {
        const fast = tagSentence(model, tt, ctx);
        expect(fast, sentences[i]).toEqual(plainTag(model, tt, ctx));
        names += fast.tags.filter((t) => t === 'B-PER').length;
      }
    }
    expect(names).toBeGreaterThan(20);
  });
});

describe('sentence repairs', () => {
  it('join after abbreviations and initials, found by walking back from the full stop', () => {
    const texts = (t: string) => sentences(t).map((s) => s.text);
    expect(texts('Talks with Gen. Okafor ended. Dr. Ruiz and J. R. Tolkien left.')).toEqual([
      'Talks with Gen. Okafor ended.',
      'Dr. Ruiz and J. R. Tolkien left.',
    ]);
    // An initial after a word, before a word that opens sentences, ends the sentence: "Malcolm X. Besides".
    expect(
      texts('Mourners recalled Malcolm X. Besides his wife, he leaves two sons. George W. Bush and J. A. Smith spoke.'),
    ).toEqual([
      'Mourners recalled Malcolm X.',
      'Besides his wife, he leaves two sons.',
      'George W. Bush and J. A. Smith spoke.',
    ]);
    expect(texts('Plan B. The board agreed. John D. Will spoke.')).toEqual([
      'Plan B.',
      'The board agreed.',
      'John D. Will spoke.',
    ]);
    // Letters beyond ASCII (an accent, an astral capital) belong to the word; an apostrophe or a digit ends it.
    expect(texts('The café Ré. Then É. Ortiz spoke. It is 𝐀. Bolt’s view. Room 2. Next.')).toEqual([
      'The café Ré.',
      'Then É. Ortiz spoke.',
      'It is 𝐀.',
      'Bolt’s view.',
      'Room 2.',
      'Next.',
    ]);
    // Split again (from the recent texts' sentences), at an offset: the same spans moved, and the caller's own.
    const t = 'Gen. Okafor spoke. Dr. Ruiz left.';
    const first = sentences(t, 0);
    first[0]!.start = 99;
    first[0]!.text = 'changed';
    expect(sentences(t, 10)).toEqual([
      { text: 'Gen. Okafor spoke.', start: 10, end: 28 },
      { text: 'Dr. Ruiz left.', start: 29, end: 43 },
    ]);
    // A word cut at the start of a long sentence's tail is not taken for an abbreviation.
    const long = `${'a'.repeat(70)}. Then more.`;
    expect(texts(long)).toEqual([`${'a'.repeat(70)}.`, 'Then more.']);
  });
});

describe('date pre-tests', () => {
  // chrono is asked only about a sentence MAYBE_DATEY matches; what it reads is kept only if DATEY matches it, and
  // what it reads is a part of the sentence. So MAYBE_DATEY must match every text that has a part DATEY matches.
  const pieces = [
    'Mon',
    'day',
    'to',
    'Sept',
    '19',
    '2024',
    '20',
    'tomor',
    'row',
    'yester',
    'x',
    ' ',
    '.',
    '-',
    '7',
    'é',
  ];
  it('MAYBE_DATEY matches every text with a part that DATEY matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        for (let a = 0; a < text.length; a++)
          for (let b = a + 1; b <= text.length; b++)
            if (DATEY.test(text.slice(a, b))) expect(MAYBE_DATEY.test(text), text).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const t of ['Monday', 'on 12 March', 'in 1987', 'yesterday', 'tomorrow', 'Today'])
      expect(MAYBE_DATEY.test(t)).toBe(true);
    for (const t of ['last year', 'this week', 'the coming quarter', 'now']) expect(MAYBE_DATEY.test(t)).toBe(false);
  });
});

describe('content words', () => {
  // The sentences below hold one of news's common words ("Monday"), which content words leave out.
  const plain = (s: string) => new Set(terms(s).filter((t) => t.length > 3 && !/^\d+$/.test(t) && t !== 'monday'));
  it('are the same words asked again, after other sentences and after the kept ones are let go', () => {
    const s = (i: number) =>
      `Harbour workers in Portsmouth${i} voted 1987 to strike on Monday, the union warned ${i % 7}.`;
    const first = contentWords(s(1));
    expect(first).toEqual(plain(s(1)));
    expect(first.has('harbour')).toBe(true);
    for (let i = 2; i < 25_000; i++) contentWords(s(i));
    expect(contentWords(s(1))).toEqual(first);
    expect(contentWords(s(24_999))).toEqual(plain(s(24_999)));
    expect(contentWords('Another sentence altogether, about shipping.')).toEqual(
      plain('Another sentence altogether, about shipping.'),
    );
  });
});

describe('date rules', () => {
  it('step over an empty match as matchAll does: a surrogate pair whole in a Unicode pattern', () => {
    // Stepping one unit into the pair would let the pattern match its second half on its own.
    const text = 'a\ud83d\ude00b';
    for (const re of [/[\ude00]?/gu, /[\ude00]?/g]) {
      const seen: number[] = [];
      applyRules(
        [
          {
            re,
            make: (m) => {
              seen.push(m.index);
              return null;
            },
          },
        ],
        { sentence: text, ref: null, found: [] },
        [],
      );
      expect(seen, String(re)).toEqual([...text.matchAll(re)].filter((m) => m[0] !== '').map((m) => m.index));
      expect(seen.length, String(re)).toBe(re.unicode ? 0 : 1);
    }
    expect(nextIndex(text, 1, true)).toBe(3);
    expect(nextIndex(text, 1, false)).toBe(2);
    expect(nextIndex(text, 3, true)).toBe(4);
  });
});
