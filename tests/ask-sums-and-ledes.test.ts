// Sums a question asks by its verb, a kind's other words, a sale as a payment, and what a lede borrows from the
// sentence after it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/commands/dispatch.js';
import { amountSpans } from '../src/questions/spans.js';
import { related } from '../src/questions/paraphrase.js';
import { renderText } from '../src/adapters/text.js';
import { analyse } from '../src/questions/analyse.js';
import { candidates } from '../src/questions/candidates.js';
import { builtEngine, withFillers } from './helpers.js';

describe('a sum asked by its verb', () => {
  it('answers "how much did it cost" with a sum, not a distance the best sentence gives', async () => {
    const e = await builtEngine(
      withFillers({
        'telecentres.txt':
          'Radio links bring market prices to Andean growers\n\nA chain of village internet rooms, joined by radio ' +
          'links, is helping smallholders in Bolivia sell their crops.\n\nThe trial scheme in the Mizque Valley, 60 ' +
          'kilometres south of the city of Cochabamba, gives 4,000 growers daily crop prices.\n\nA local charity, ' +
          'Fundacion Campo, ran the $350,000 scheme, with help from two ministries and a Dutch aid agency.\n',
      }),
    );
    const a = answerQuestion(e, 'How much did the Mizque valley scheme cost?');
    expect(a.data.answer).toBe('$350,000');
  });

  it('answers "how much per share will X pay" with the price of a share, and "how much will it cost" by the month', async () => {
    const e = await builtEngine(
      withFillers({
        'merger.txt':
          'Harlan to buy Corwell\n date 1987-05-11\n\nCHICAGO, May 11 - Harlan Group Inc and Corwell Corp said they ' +
          'agreed to a merger in which Harlan will acquire Corwell at 31.40 dlrs per common share in cash.\n\n' +
          'Harlan already owns 22 pct of Corwell.\n',
        'phone.txt':
          'Broadband firm adds home phone line\n\nNetline customers will be able to make free evening calls to any ' +
          'landline.\n\nThe service will cost an extra £6 a month and comes with a free router.\n',
      }),
    );
    expect(answerQuestion(e, 'How much per share will Harlan pay for Corwell?').data.answer).toBe('31.40 dlrs');
    expect(answerQuestion(e, 'How much will the Netline phone service cost?').data.answer).toMatch(/£6/);
  });

  it('reads a sale to a buyer for a sum as what the buyer pays', async () => {
    const e = await builtEngine(
      withFillers({
        'stake.txt':
          'Bancorp sells stake in broker\n date 1987-04-02\n\nNEW YORK, April 2 - Bancorp said its board approved a ' +
          'public offering of about 15 pct of its Hollis Weld brokerage unit.\n\nBancorp also approved a plan to sell ' +
          'about 11 pct of the unit to Kyowa Mutual Life for 410 mln dlrs.\n\nBancorp will grant Kyowa Mutual Life a ' +
          'warrant to buy one mln Bancorp shares at 80 dlrs per share.\n\nBancorp said it agreed with Kyowa Mutual ' +
          'Life that it will hold at least 45 pct of Hollis Weld until 1995.\n',
      }),
    );
    const a = answerQuestion(e, 'How much is Kyowa Mutual Life paying for its stake in Hollis Weld?');
    expect(a.data.answer).toBe('410 mln dlrs');
  });
});

describe('a kind named by another word', () => {
  it('takes "new release" for an album, before a name nearer the words asked', async () => {
    const e = await builtEngine(
      withFillers({
        'chart.txt':
          'Band tops album chart\n\nGlasgow group The Lanterns, who are managed by Tom Reid, took the top spot in ' +
          'the UK with their new release, Northern Lights.\n\nThe band formed in 1999.\n',
      }),
    );
    expect(answerQuestion(e, 'Which album took The Lanterns to the top of the UK chart?').data.answer).toBe(
      'Northern Lights',
    );
  });
});

describe('what a lede borrows', () => {
  it('borrows only names from a next sentence that tells its own event, which then ranks first', async () => {
    const e = await builtEngine(
      withFillers({
        'airline.txt':
          'Airline may seek damages over state visit\n\nDutch airline KLM may seek compensation after the arrival of ' +
          'US president Jimmy Carter delayed flights.\n\nKLM said it could lose thousands of euros as a result of Air ' +
          'Force One landing at Schiphol airport.\n\nFlights were held up for two hours on Tuesday.\n',
      }),
    );
    const q = 'Where did Air Force One land in the Netherlands?';
    const [first] = candidates(e.corpus, analyse(q));
    expect(first!.text).toMatch(/^KLM said/);
    expect(answerQuestion(e, q).data.answer).toBe('Schiphol');
  });

  it('borrows everything from a next sentence that goes on from it ("the board rated")', async () => {
    const e = await builtEngine(
      withFillers({
        'forests.txt':
          'Swedish forests grow slowly\n date 1987-06-15\n\nSTOCKHOLM, June 15 - Swedish forests are growing more ' +
          'slowly than usual after a dry spring, the National Forestry Board said in a report.\n\nAt the first survey ' +
          'on June 2, the board rated growth at an overall 88, against 93 a year ago.\n',
      }),
    );
    const q = 'Who rated Swedish forests at an overall 88?';
    // The lede, which names the board, meets about as much of the question as the sentence saying "rated".
    const [best, lede] = candidates(e.corpus, analyse(q));
    expect(lede!.text).toMatch(/^STOCKHOLM/);
    expect(lede!.score).toBeGreaterThan(0.8 * best!.score);
    expect(answerQuestion(e, q).data.answer).toMatch(/National Forestry Board/);
  });
});

describe('answer forms a question names', () => {
  it('reads a multiple for "how much sweeter than", a bare figure after "age", and a result for "what was the score"', async () => {
    const e = await builtEngine(
      withFillers({
        'sweetener.txt':
          'New sweetener cleared\n date 1987-03-11\n\nLONDON, March 11 - The firm said the compound, called ' +
          'neotame-B, is made from sucrose but is about 400 times sweeter.\n\nIt will be sold to drinks makers.\n',
        'gamers.txt':
          'Games industry defends ratings\n\nMost players are adults, with the average age of a console player ' +
          'being 31, trade figures show.\n\nThe industry says ratings are clear.\n',
        'tennis.txt':
          'Blake into final\n\nJames Blake will meet Tim Henman in the final in Memphis on Sunday.\n\nThe second ' +
          "seed beat Sweden's Joachim Johansson, the fourth seed, 6-7 (4-7) 6-3 7-5.\n",
      }),
    );
    expect(answerQuestion(e, 'How much sweeter than sucrose is neotame-B?').data.answer).toMatch(/400 times/);
    expect(answerQuestion(e, 'How old is the average console player?').data.answer).toBe('31');
    expect(answerQuestion(e, 'What was the score when Blake beat Joachim Johansson?').data.answer).toBe(
      '6-7 (4-7) 6-3 7-5',
    );
  });
});

describe('sums in European units, and a revision told for an estimate', () => {
  it('reads Ecus and European currency units as sums, and finds why an estimate was raised in "the upward revision"', async () => {
    expect(
      amountSpans('a target price of 640 Ecus per tonne, after 52 mln European currency units').map((s) => s.text),
    ).toEqual(['640 Ecus', '52 mln European currency units']);
    const e = await builtEngine(
      withFillers({
        'oil.txt':
          'Oil rallies on demand outlook\n\nCrude prices rose above $30 a barrel after a watchdog raised its ' +
          'forecasts for demand.\n\nThe OPEC secretariat raised its estimate of 2006 demand growth by 60,000 barrels a ' +
          'day. The Vienna-based secretariat said the upward revision was due to stronger demand from India.\n',
      }),
    );
    expect(related('estimate')).toContain('revision');
    const first = renderText(answerQuestion(e, 'Why did the OPEC secretariat raise its demand estimate?')).split(
      '\n',
    )[0];
    expect(first).toMatch(/due to stronger demand from India/);
  });
});
