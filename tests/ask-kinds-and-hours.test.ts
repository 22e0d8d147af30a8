// Question words met as written (no near spelling of a made form), names of a kind asked, a match's score asked by
// its team, and the hour of an event given on the article's day.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/commands/dispatch.js';
import { clockSpans, placeSpans } from '../src/questions/spans.js';
import { related } from '../src/questions/paraphrase.js';
import { analyse } from '../src/questions/analyse.js';
import { candidates } from '../src/questions/candidates.js';
import { builtEngine, withFillers } from './helpers.js';

describe('question words met as written', () => {
  it('does not take "ratings" for "creating", a form made from "created"', async () => {
    const e = await builtEngine(
      withFillers({
        'cartoons.txt':
          'Network reshapes its spring schedule\n\nThe dating show Meet My Mother drew poor ratings, according to ' +
          'the Arlen ratings service, and will be dropped. One of the new shows will be the cartoon Space Ranch, ' +
          'made by Lena Holt, the creator of Dog Town.\n',
      }),
    );
    const q = 'Who created Space Ranch?';
    const ratings = candidates(e.corpus, analyse(q)).find((c) => c.text.includes('ratings'));
    // (Met at most by nothing of the question: no word of it is in that sentence.)
    expect(ratings?.matched ?? []).toEqual([]);
    expect(answerQuestion(e, q).data.answer).toBe('Lena Holt');
  });

  it('meets "created" by "creator" and a goal by the word for it', () => {
    expect(related('created')).toContain('creator');
    expect(related('scored')).toEqual(expect.arrayContaining(['goal', 'strike', 'header']));
    expect(related('acquiring')).toContain('acquisition');
    expect(related('equaliser')).toContain('equalised');
  });
});

describe('names of the kind asked', () => {
  it('gives the firm before a wire ticker, not the ticker, and a firm whose name the lexicon reads as a place', async () => {
    const e = await builtEngine(
      withFillers({
        'credit.txt':
          'Harlan Container signs bank credit\n date 1987-03-16\n\nCHICAGO, March 16 - Harlan Container Corp said ' +
          'it signed an agreement with a group of banks for a 900 mln dlr credit facility.\n\nIt said the action ' +
          'is the last step toward completing the previously announced acquisition of Southwest Forest Industries ' +
          'Inc <SWF>.\n',
      }),
    );
    const a = answerQuestion(e, 'Which company is Harlan Container acquiring?');
    expect(a.data.answer).toBe('Southwest Forest Industries Inc');
  });

  it('answers "which X unit" with a name that opens on X', async () => {
    const e = await builtEngine(
      withFillers({
        'loans.txt':
          'Varo Realty units commit to loans\n date 1987-03-05\n\nCHICAGO, March 5 - <Varo Realty Partners> said ' +
          'two of its investment subsidiaries will fund loans totalling 80 mln dlrs.\n\nThe company said its Varo ' +
          'Short Term Trust <VST> unit agreed to fund or extend three loans totalling 60.5 mln dlrs.\n\nIt also said ' +
          'its Varo Hotel Trust <VHT> unit will fund a 19.5 mln dlr loan for the Marina Hotel in Oakland.\n',
      }),
    );
    const a = answerQuestion(e, 'Which Varo unit agreed to fund or extend three loans?');
    expect(a.data.answer).toBe('Varo Short Term Trust');
  });

  it('gives no people\'s word ("British") for a firm asked', async () => {
    const e = await builtEngine(
      withFillers({
        'pocket.txt':
          'Pocket money tops league\n\nBritish teenagers have the most money to spend in Europe, a report ' +
          'suggests.\n\nChildren aged 10 to 17 had an income of £700 a year, said market analyst Kestrel Insight. ' +
          'According to the Kestrel Insight report most of it goes on clothes.\n',
      }),
    );
    const a = answerQuestion(e, 'Which firm produced the report on teenagers?');
    expect(a.data.answer).toBe('Kestrel Insight');
  });
});

describe('the deed a "who" question asks', () => {
  it('answers with the person of the sentence telling the deed, not the one of the lede naming the sides', async () => {
    const e = await builtEngine(
      withFillers({
        'cup-tie.txt':
          'Brook delight at cup progress\n\nManager Ian Brook felt his side were never really in danger of going ' +
          'out of the cup against Molde.\n\nAn early own goal followed by a Dean Marsh strike earned Hartside a 2-1 win ' +
          'and a place in the last 16. Marsh\'s goal moved him within 12 of the club record. "We got our goals ' +
          'early," Brook said.\n',
      }),
    );
    const q = 'Who scored for Hartside against Molde?';
    // The lede's names count, a little, for every sentence of its article.
    const strike = candidates(e.corpus, analyse(q)).find((c) => c.text.includes('Dean Marsh strike'));
    expect(strike?.keyMet).toBe(true);
    expect(answerQuestion(e, q).data.answer).toMatch(/Marsh/);
  });

  it("counts the names an article's first sentence gives for its other sentences", async () => {
    const deed = 'An early own goal followed by a Dean Marsh strike earned them a 2-1 win.';
    const close = 'Hartside and Molde meet again in the league in May.';
    const score = async (lede: string) => {
      const e = await builtEngine(
        withFillers({ 'tie.txt': `Brook delight at cup progress\n\n${lede}\n\n${deed}\n\n${close}\n` }),
      );
      return candidates(e.corpus, analyse('Who scored for Hartside against Molde?')).find((c) => c.text === deed)!
        .score;
    };
    const named = await score('Hartside were never really in danger of going out of the cup against Molde.');
    const unnamed = await score('The holders were never really in danger of going out of the cup against them.');
    expect(named).toBeGreaterThan(unnamed);
  });
});

describe('a score asked by its team', () => {
  it('reads "what was X\'s aggregate score" as a score', async () => {
    expect(analyse("What was Hartside's aggregate score against Molde?").type).toBe('count');
    const e = await builtEngine(
      withFillers({
        'cup.txt':
          'Boss hails cup progress\n\nManager Ian Brook felt Hartside were never in danger of going out of the cup ' +
          'against Molde.\n\nAn early own goal and a late header earned them a 2-1 win. "Winning the first leg gave ' +
          'us a great advantage," he said after the 5-2 aggregate victory.\n',
      }),
    );
    const a = answerQuestion(e, "What was Hartside's aggregate score against Molde?");
    expect(a.data.answer).toBe('5-2');
  });
});

describe('the hour of an event', () => {
  it('answers "when did it strike" with the hour on the article\'s day when the sentence gives no date', async () => {
    const e = await builtEngine(
      withFillers({
        'quake.txt':
          'Strong quake jolts northern Chile\n date 1987-04-07\n\nSANTIAGO, April 7 - A strong earthquake ' +
          'registering 6.6 on the Richter scale jolted northern Chile, the seismology institute said.\n\nAn ' +
          'institute statement placed the epicentre of the quake, which struck at 0715 hrs (1115 GMT), under the ' +
          'sea off Antofagasta, some 200 km south of Iquique.\n',
      }),
    );
    expect(answerQuestion(e, 'When did the earthquake strike?').data.answer).toBe('0715 hrs (1987-04-07)');
    expect(answerQuestion(e, 'Where was the epicentre of the earthquake?').data.answer).toBe('Antofagasta');
  });

  it('gives a season or a week it resolves as a reader reads it', async () => {
    const e = await builtEngine(
      withFillers({
        'tour.txt':
          'Band ends tour\n date 2005-03-10\n\nThe folk band Larkspur played its last concert in Galway last summer, ' +
          'its manager said.\n',
      }),
    );
    expect(answerQuestion(e, 'When did Larkspur play its last concert?').data.answer).toBe('last summer (summer 2004)');
  });

  it('reads the hours news writes, and dates them only by a dated article', () => {
    const text = 'It struck at 0940 hrs (0040 GMT); talks resume at 10.30am, and the vote is at 14:30 local time.';
    expect(clockSpans(text, '1987-04-07').map((s) => [s.text, s.value])).toEqual([
      ['0940 hrs', '1987-04-07'],
      ['0040 GMT', '1987-04-07'],
      ['10.30am', '1987-04-07'],
      ['14:30 local time', '1987-04-07'],
    ]);
    expect(clockSpans('a 1987 GMT deal for 2,000 hours', '1987-04-07')).toEqual([]);
    expect(clockSpans('It opens at 9am.', null).map((s) => s.value)).toEqual(['9am']);
    expect(placeSpans('the wreck lies off Cape Wrath').map((s) => s.text)).toEqual(['Cape Wrath']);
  });
});
