// /who's excerpts: two to four, the newest role's sentence first, one a document; a possessive ("Varga's")
// highlights the name it holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../src/engine.js';
import { answerConsoleLine } from '../src/console.js';
import { highlightsFor } from '../src/search/excerpt.js';
import { answered, onePerson, tempCorpus } from './helpers.js';

/** Six short wire stories naming one minister, a day apart, and one naming a trade envoy three times. */
const stories: Record<string, string> = {};
const topics = [
  'the budget deficit',
  'fuel subsidies',
  'a bond auction',
  'customs revenue',
  'the pension reform',
  'a loan from the IMF',
];
topics.forEach((topic, k) => {
  stories[`varga-${k + 1}.txt`] =
    `Minister speaks on ${topic}\ndate 2025-03-0${k + 1}\n\nFinance Minister Helena Varga spoke about ${topic} in the capital on Monday. Varga said the government would publish its figures within a month. Officials at the ministry declined to comment further on ${topic}.`;
});
// Two stories that name a governor in full before the sentence that gives her role: each story's excerpt is the
// sentence that says who she is.
[
  ['2025-01-10', 'the rate decision'],
  ['2025-01-20', 'the inflation report'],
].forEach(([date, topic], k) => {
  stories[`kovacs-${k + 1}.txt`] =
    `Bank chief back from talks\ndate ${date}\n\nAnna Kovacs returned to the capital on Thursday after two days of talks abroad on ${topic}. Central bank governor Anna Kovacs said ${topic} would be published next week.`;
});
stories['envoy.txt'] =
  `Port talks resume\ndate 2025-02-10\n\nTomas Reinholt's delegation arrived at the harbour on Sunday. Reinholt met port officials for three hours. Reinholt said the talks would resume in April.`;

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ dir: tempCorpus(stories), maxFileBytes: 1e6 });
  await engine.reload();
});

describe('/who excerpts', () => {
  it('cites at most four excerpts, each a different sentence, the newest role first', async () => {
    const p = onePerson(await answered(engine, '/who varga'));
    expect(p.name).toBe('Helena Varga');
    expect(p.documents).toBe(6);
    expect(p.citations).toHaveLength(4);
    expect(new Set(p.citations.map((c) => c.excerpt)).size).toBe(4);
    expect(p.citations[0]!.excerpt).toMatch(/Finance Minister Helena Varga/);
    expect(p.citations[0]!.date).toBe('2025-03-06');
  });

  it("cites from each article the sentence that gives the person's role, not only their first mention", async () => {
    const p = onePerson(await answered(engine, '/who kovacs'));
    expect(p.name).toBe('Anna Kovacs');
    // The newest role's sentence first; the older story, whose role sentence is not cited yet, by that sentence.
    expect(p.citations[0]!.excerpt).toMatch(/^Central bank governor Anna Kovacs said the inflation report/);
    const older = p.citations.filter((c) => c.date === '2025-01-10').map((c) => c.excerpt);
    expect(older).toEqual([expect.stringMatching(/^Central bank governor Anna Kovacs said the rate decision/)]);
  });

  it('cites at least two excerpts of a person named in one article only', async () => {
    const p = onePerson(await answered(engine, '/who reinholt'));
    expect(p.name).toBe('Tomas Reinholt');
    expect(p.documents).toBe(1);
    expect(p.citations).toHaveLength(2);
    expect(new Set(p.citations.map((c) => c.excerpt)).size).toBe(2);
  });
});

describe('highlighting a name', () => {
  it('highlights the name inside a possessive, not the possessive ending', () => {
    const text = "Dar's visit to Kabul followed Ishaq Dar’s call.";
    const marked = highlightsFor(text, [[['dar']]]).map(([s, e]) => text.slice(s, e));
    expect(marked).toEqual(['Dar', 'Dar']);
  });

  it('highlights a possessive in a /who excerpt', async () => {
    const a = await answerConsoleLine(engine, '/who reinholt');
    const cited = a.items.flatMap((i) => i.citations).find((c) => c.excerpt.includes("Reinholt's"));
    expect(cited).toBeDefined();
    const marked = cited!.highlights!.map(([s, e]) => cited!.excerpt.slice(s, e));
    expect(marked).toContain('Reinholt');
    expect(marked.every((m) => !m.endsWith("'s"))).toBe(true);
  });
});
