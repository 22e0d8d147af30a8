// Two sentences of one date, naming the same participants and sharing most of their words, are one event only when
// what they say is done agrees: a tender announced and its outcome, a plan and its cancellation, are two. Sentences
// written to wire patterns, names made up.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/timeline/timeline.js';
import { predicateOf, samePredicate } from '../src/timeline/predicate.js';
import type { EventMention } from '../src/timeline/events.js';
import type { Precision } from '../src/dates/values.js';
import { NEVER } from '../src/pace.js';

const article = (
  date: string,
  sentence: string,
  { published, precision = 'day' }: { published?: string; precision?: Precision } = {},
): EventMention[] => [{ date, precision, passage: 0, sentence, ...(published ? { published } : {}) }];

const sizes = async (...docs: EventMention[][]) =>
  (await buildTimeline(docs, NEVER)).map((e) => e.sources.length).sort((a, b) => b - a);

describe('what is done', () => {
  it('reads the verbs of clauses: after an auxiliary, a known past form, a past form after its subject', () => {
    const verbs = (s: string) => [...predicateOf(s).verbs].sort();
    expect(
      verbs('Marovia will hold an import tender tomorrow for 20,000 tonnes of refined bleached palm olein.'),
    ).toEqual(['hold']);
    expect(verbs('Marovia bought 30,000 tonnes at its tender today, traders said.')).toEqual(['buy']);
    expect(verbs('The Velden central bank said it revised down its forecast to 450 mln crowns.')).toEqual(['revise']);
    expect(verbs('Kestrel is also planning a resolution to remove two directors.')).toEqual(['plan', 'remove']);
    // Reporting verbs and auxiliaries tell who says, not what happens; "to holders" is no verb.
    expect(verbs('The dividend is payable June 12 to holders of record May 22, the company said.')).toEqual([
      'payable',
    ]);
  });

  it('agrees on a verb in common, or when either tells by no verb', () => {
    expect(samePredicate('Marovia will hold a tender on Wednesday.', 'Marovia held its tender on Wednesday.')).toBe(
      true,
    );
    expect(samePredicate('Marovia will hold a tender on Wednesday.', 'Marovia bought wheat at a tender.')).toBe(false);
    expect(samePredicate('Marovia will hold a tender on Wednesday.', 'Marovia will be buying at a tender.')).toBe(
      false,
    );
    expect(samePredicate('Castor Bank has raised its base rate.', 'Castor Bank base rate rise from Monday.')).toBe(
      true,
    );
  });

  it('keeps apart a tender announced and its outcome, told with the same words and figures', async () => {
    const announced =
      'LONDON, May 4 - Marovia will hold a buying tender on Wednesday for two to three cargoes of white sugar for June/July shipment, traders said.';
    const outcome =
      'LONDON, May 6 - Marovia bought up to seven cargoes of white sugar at a buying tender today which originally called for two to three cargoes for June/July shipment, traders said.';
    const reworded =
      'LONDON, May 4 - Marovia is to hold a buying tender on Wednesday for two to three cargoes of white sugar, June/July shipment, trade sources said.';
    const june = (s: string, published: string) => article('2025-06', s, { published, precision: 'month' });
    expect(await sizes(june(announced, '2025-05-04'), june(outcome, '2025-05-06'))).toEqual([1, 1]);
    // The same announcement by two wires stays one event.
    expect(await sizes(june(announced, '2025-05-04'), june(reworded, '2025-05-04'))).toEqual([2]);
  });

  it("keeps apart an announced tender and the bank's report of it, and merges two reports giving the same figures", async () => {
    const invited =
      'PARIS, May 9 - The Bank of Velden said it has invited offers of first category paper today for a money market intervention tender.';
    const result =
      "PARIS, May 9 - The Bank of Velden said it left its intervention rate unchanged at 7-1/4 pct when it injected 4.5 billion francs against first category paper in today's money market intervention tender.";
    // Another wording of the result, by other verbs, with the same two figures.
    const rate =
      "PARIS, May 9 - The Bank of Velden held its intervention rate at 7-1/4 pct, supplying 4.5 billion francs in today's money market intervention tender, dealers said.";
    expect(await sizes(article('2025-05-09', invited), article('2025-05-09', result))).toEqual([1, 1]);
    expect(await sizes(article('2025-05-09', result), article('2025-05-09', rate))).toEqual([2]);
  });

  it('keeps apart a later article naming a past date again in passing about something else, weeks on', async () => {
    const results =
      'Kestrel Foods Inc said on March 3 it earned 12.5 mln dlrs in its fourth quarter, up from 9.1 mln dlrs a year earlier.';
    const later =
      'Kestrel Foods, which reported its fourth quarter results on March 3, said it agreed to buy Orlen Dairies for 40 mln dlrs.';
    const retold =
      'Kestrel Foods said on March 3 it earned 12.5 mln dlrs in the fourth quarter, against 9.1 mln dlrs a year before.';
    const march3 = (s: string, published: string) => article('2025-03-03', s, { published });
    expect(await sizes(march3(results, '2025-03-03'), march3(later, '2025-03-28'))).toEqual([1, 1]);
    // Retelling the same fact with its verb and figures, weeks on, is the same event.
    expect(await sizes(march3(results, '2025-03-03'), march3(retold, '2025-03-28'))).toEqual([2]);
  });

  it('asks a verb of each side in common only of articles weeks apart', async () => {
    // One verb tells, the other sentence only names: within days that is no disagreement, weeks apart it is.
    const planned = 'The Velden farm ministers will meet in Ostrava on June 15 to set farm prices, diplomats said.';
    const named = 'Farm prices are on the agenda of the Velden farm ministers in Ostrava on June 15, diplomats said.';
    const june15 = (s: string, published: string) => article('2025-06-15', s, { published });
    expect(await sizes(june15(planned, '2025-05-20'), june15(named, '2025-05-22'))).toEqual([2]);
    expect(await sizes(june15(planned, '2025-05-20'), june15(named, '2025-06-12'))).toEqual([1, 1]);
  });

  it('asks figures given on both sides to be the same of articles weeks apart', async () => {
    const feb =
      'ROME, March 3 - Tellic consumer prices rose 0.4 pct in February after rising 0.6 pct in January, the statistics office said.';
    const mar =
      'ROME, March 31 - Tellic consumer prices rose 0.4 pct in March after an identical rise in February over January, the statistics office said.';
    const jan = (s: string, published: string) => article('2025-01', s, { published, precision: 'month' });
    expect(await sizes(jan(feb, '2025-03-03'), jan(mar, '2025-03-31'))).toEqual([1, 1]);
  });
});
