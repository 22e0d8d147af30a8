// Names in a question: what an article must name to answer it, and which of a name's words say that it does.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/commands/dispatch.js';
import { renderText } from '../src/adapters/text.js';
import { analyse } from '../src/questions/analyse.js';
import { candidates } from '../src/questions/candidates.js';
import { isDemonym, sameCountry } from '../src/questions/demonyms.js';
import { related } from '../src/questions/paraphrase.js';
import { placeSpans } from '../src/questions/spans.js';
import { builtEngine, withFillers } from './helpers.js';

describe('a people and its country', () => {
  it('pairs a demonym with its country, by spelling or as English has it', () => {
    expect(sameCountry('Japanese')).toEqual(['japan']);
    expect(sameCountry('japan')).toContain('japanese');
    expect(sameCountry('Italian')).toEqual(['italy']);
    expect(sameCountry('Nigerian')).toEqual(['nigeria']);
    expect(sameCountry('Australian')).toEqual(['australia']);
    expect(sameCountry('Afghan')).toEqual(['afghanistan']);
    expect(sameCountry('French')).toEqual(['france']);
    expect(sameCountry('Dutch')).toEqual(expect.arrayContaining(['netherlands', 'holland']));
    expect(sameCountry('Frankfurt')).toEqual([]);
    expect(isDemonym('Korean')).toBe(true);
    expect(isDemonym('Korea')).toBe(false);
    expect(isDemonym('Kim')).toBe(false);
  });

  it('answers from the article that names the country where the question names its people', async () => {
    const e = await builtEngine(
      withFillers({
        'yards.txt':
          "Shipyard profits to fall\n date 1987-06-01\n\nSEOUL, June 1 - Profits at South Korea's shipbuilders " +
          'will fall by about 12 pct this year as orders dry up, the Hanil Economic Institute forecast.\n\n' +
          'The institute said yards had cut prices to win work.\n',
        'traders.txt':
          'Trading houses see lower profits\n date 1987-06-01\n\nSEOUL, June 1 - Profits at Korean trading houses ' +
          'will fall this year as the won rises, the Daewoo Research Centre forecast.\n',
      }),
    );
    const line = renderText(answerQuestion(e, "Who forecast the fall in Korean shipbuilders' profits?")).split('\n')[0];
    expect(line).toMatch(/Hanil Economic Institute/);
  });
});

describe('names a question gives', () => {
  it('takes a name as met only where it is written capitalised', async () => {
    const e = await builtEngine(
      withFillers({
        'quiz.txt':
          'New panel game for BBC Two\n date 2005-02-20\n\nOpen Season, a topical panel game from the makers of ' +
          'a long-running news quiz, starts on BBC Two on 14 March.\n\nComedian Sean Hurley will be its host.\n',
        'grouse.txt':
          'Moors row\n date 2005-02-20\n\nRadio 4 will air a documentary on the open season for grouse ' +
          'shooting on 12 August, the station said.\n',
      }),
    );
    const a = answerQuestion(e, 'When will Open Season air?');
    expect(a.data.answer).toMatch(/14 March/);
  });

  it("takes a name's common word alone for no mention of the name", async () => {
    const e = await builtEngine(
      withFillers({
        'kelvar.txt':
          'Kelvar buys refinery\n date 1987-06-01\n\nTULSA, June 1 - Kelvar International Inc agreed to buy the ' +
          'Port Arthur refinery from Texmar Oil Co for 120 mln dlrs, the companies said.\n',
        ...Object.fromEntries(
          ['Ocean', 'Pacific', 'Atlantic'].map((w, i) => [
            `${w.toLowerCase()}.txt`,
            `${w} sells stake\n date 1987-06-01\n\nNEW YORK, June 1 - ${w} International Corp will pay ` +
              `${40 + i} mln dlrs for a stake in a Gulf Coast refinery, the company said.\n`,
          ]),
        ),
      }),
    );
    const a = answerQuestion(e, 'How much will Kelvar International pay for the refinery?');
    expect(a.data.answer).toMatch(/120 mln dlrs/);
    // "Ocean International" meets the question's "pay" and "refinery", not its name.
    const pool = candidates(e.corpus, analyse('How much will Kelvar International pay for the refinery?'));
    const ocean = pool.find((c) => c.text.startsWith('NEW YORK, June 1 - Ocean'))!;
    const words = ocean.matched.map(([s, t]) => ocean.text.slice(s, t));
    expect(words).toEqual(expect.arrayContaining(['pay', 'refinery']));
    expect(words).not.toContain('International');
  });

  it('ends a name at a possessive', () => {
    expect(analyse("Which grains went into Canada's March feed output?").names).toEqual(['Canada', 'March']);
    expect(analyse("Who does Arsenal's Thierry Henry expect to win?").names).toEqual(['Arsenal', 'Thierry Henry']);
    expect(analyse('Who runs the Bank of England?').names).toEqual(['Bank of England']);
  });
});

describe('articles that name what the question names', () => {
  it('searches by the names alone when the words found are all of articles that do not name it', async () => {
    const files: Record<string, string> = {
      'tennis.txt':
        'Blake to face Henman in final\n\nJames Blake will play Tim Henman in the final of the KLT Open in ' +
        'Memphis on Sunday.\n\nBlake beat the fourth seed in straight sets.\n',
    };
    // Many articles holding "hold" in its forms, in a corpus where that word is no rarer than in a wire's year.
    for (let i = 1; i <= 200; i++)
      files[`market${i}.txt`] =
        `Market report ${i}\n date 1987-06-01\n\nNEW YORK, June 1 - Trading in shares of company number ${i} was ` +
        'quiet and prices closed mixed in the open market, dealers said.\n';
    for (let i = 1; i <= 60; i++)
      files[`meeting${i}.txt`] =
        `Firm ${i} to hold meeting\n date 1987-06-01\n\nNEW YORK, June 1 - Company number ${i} will hold its annual ` +
        "meeting, held each year, and holders will be told of the holding company's plans, it said.\n\nThe firm " +
        'holds 20 pct and is holding talks; the vote will be held soon, holders said.\n';
    const e = await builtEngine(files);
    expect(answerQuestion(e, 'Where is the KLT Open held?').data.answer).toBe('Memphis');
  });

  it("answers where a body will be based from 'headquartered', and never from the wire's dateline", async () => {
    const e = await builtEngine(
      withFillers({
        'bank.txt':
          'Caribbean states approve trade bank\n date 1987-06-29\n\nKINGSTOWN, St. Vincent, June 29 - Trade ' +
          'ministers of the Eastern Caribbean approved a plan for a new regional trade finance bank.\n\nThe Windward ' +
          'Trade Bank, due to open next year, will be headquartered in Grenada.\n',
      }),
    );
    expect(answerQuestion(e, 'Where will the Windward Trade Bank be based?').data.answer).toBe('Grenada');
    expect(placeSpans('KINGSTOWN, St. Vincent, June 29 - Trade ministers of the region met.')).toEqual([]);
    expect(related('based')).toContain('headquartered');
  });
});
