// Names in a question: what an article must name to answer it, and which of a name's words say that it does.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/commands/dispatch.js';
import { renderText } from '../src/adapters/text.js';
import { analyse } from '../src/questions/analyse.js';
import { isDemonym, sameCountry } from '../src/questions/demonyms.js';
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
          'Shipyard profits to fall\n date 1987-06-01\n\nSEOUL, June 1 - Profits at South Korea\'s shipbuilders ' +
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
  it('ends a name at a possessive', () => {
    expect(analyse("Which grains went into Canada's March feed output?").names).toEqual(['Canada', 'March']);
    expect(analyse("Who does Arsenal's Thierry Henry expect to win?").names).toEqual(['Arsenal', 'Thierry Henry']);
    expect(analyse('Who runs the Bank of England?').names).toEqual(['Bank of England']);
  });
});
