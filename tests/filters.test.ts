import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../src/engine.js';
import { answered, json, tempCorpus } from './helpers.js';

// Four short articles on one topic, from two outlets (one carrying a wire), two languages and three months.
const story = (title: string, date: string, source: string, body: string) => ({ title, date, source, body });
const EXPORT = [
  story(
    'Harbour dredging begins',
    '2025-03-04',
    'Coastline Herald',
    'Dredging of the harbour channel began on Tuesday so that larger ferries can berth at the east quay, the port said.',
  ),
  story(
    'Harbour dredging halted by storm',
    '2025-04-10',
    'Valley Gazette',
    'KINGSPORT, April 10 (Reuters) - Dredging of the harbour channel was halted by a storm on Thursday, the port said, and will resume next week.',
  ),
  story(
    'Harbour dredging finished',
    '2025-05-20',
    'Coastline Herald',
    'Dredging of the harbour channel finished on Tuesday, two weeks late because of the April storm, the port said in a statement.',
  ),
  story(
    'Le dragage du port est terminé',
    '2025-05-21',
    'Gazette du Littoral',
    'Le dragage du chenal du port s’est achevé mardi avec deux semaines de retard à cause de la tempête d’avril, a indiqué le port dans un communiqué.',
  ),
];

describe('filters on /search and /source', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = new Engine({ dir: tempCorpus({ 'harbour.json': JSON.stringify(EXPORT) }), maxFileBytes: 1e6 });
    await engine.reload();
  });
  const docsOf = async (line: `/search ${string}` | `/source ${string}`) =>
    (await answered(engine, line)).results.map((r) => r.doc).sort();

  it('keeps the documents published in a window, as /timeline takes dates', async () => {
    expect((await docsOf('/search harbour dredging')).length).toBeGreaterThan(1);
    expect(await docsOf('/search harbour dredging from:2025-04 to:2025-04-30')).toEqual(['harbour.json#2']);
    expect(await docsOf('/source harbour channel from:2025-05')).toEqual(['harbour.json#3']);
    expect(await docsOf('/source port to:2025')).toHaveLength(4);
    expect(await docsOf('/source port to:2024')).toEqual([]);
  });
  it('keeps a publisher, matching the wire an outlet carries, and a language', async () => {
    expect(await docsOf('/search dredging publisher:coastline')).toEqual(['harbour.json#1', 'harbour.json#3']);
    expect(await docsOf('/search dredging publisher:reuters')).toEqual(['harbour.json#2']);
    expect(await docsOf('/source port language:fr')).toEqual(['harbour.json#4']);
    const a = await json(engine, '/search dredging publisher:reuters');
    expect(a.filters).toEqual({ publisher: 'reuters' });
    expect(a.documents).toBe(1);
  });
  it('says what was filtered when nothing is left, and refuses filters it cannot read', async () => {
    expect((await json(engine, '/search dredging language:de')).notice).toMatch(/language de/);
    expect((await json(engine, '/source dredging from:2025-06 to:2025-05')).error).toMatch(/after/);
    expect((await json(engine, '/search dredging from:May')).error).toMatch(/not a date/);
    expect((await json(engine, '/search dredging language:french')).error).toMatch(/language code/);
  });
});
