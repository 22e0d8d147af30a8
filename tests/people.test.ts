import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../src/engine.js';
import { Engine as EngineClass } from '../src/engine.js';
import { extractMentions, type Mention } from '../src/people/extract.js';
import { normaliseName } from '../src/people/name-tokens.js';
import { answered, json, onePerson, seedEngine, tempCorpus, textDocument } from './helpers.js';
import unseen from './fixtures/unseen-people.json' with { type: 'json' };
import unseen2 from './fixtures/unseen-people-2.json' with { type: 'json' };

function mentions(text: string): Mention[] {
  return extractMentions(textDocument(text));
}
const people = (text: string) => mentions(text).filter((m) => m.full && m.evidence);

describe('name and role extraction', () => {
  it('separates titles and ranks from names, before and after the name', () => {
    const [dar] = people(
      "The announcement comes as Pakistan's Deputy Prime Minister Ishaq Dar was in China on a three-day visit.",
    );
    expect(dar).toMatchObject({ name: 'Ishaq Dar', affiliation: 'Pakistan' });
    expect(dar!.roles[0]).toMatch(/Deputy Prime Minister$/);
    const [munir] = people(
      'ISLAMABAD: Pakistan’s Chief of Defense Forces Field Marshal Syed Asim Munir said on Wednesday that peace could prevail.',
    );
    expect(munir!.name).toBe('Asim Munir');
    expect(munir!.roles).toEqual(['Pakistan’s Chief of Defense Forces', 'Field Marshal']);
    const [sayed] = people(
      'Mustafa Hyder Sayed, executive director of the Islamabad-based Pakistan-China Institute, called the meeting significant.',
    );
    expect(sayed).toMatchObject({
      name: 'Mustafa Hyder Sayed',
      roles: ['executive director of the Islamabad-based Pakistan-China Institute'],
    });
    const [bahiss] = people('Kabul-based political analyst Tameem Bahiss agreed.');
    expect(bahiss).toMatchObject({
      name: 'Tameem Bahiss',
      roles: ['Kabul-based political analyst'],
      affiliation: 'Kabul',
    });
  });

  it('keeps organisations, places and publishers out', () => {
    const text =
      'The Inter-Services Public Relations (ISPR) said troops were ready. Radio Pakistan reported the visit. Khyber Pakhtunkhwa and Balochistan saw attacks. The Belt and Road Initiative was discussed. Al Jazeera has learned more.';
    expect(people(text)).toEqual([]);
  });

  it('reads names with particles, initials and non-Western order', () => {
    expect(people('Indian Foreign Minister S Jaishankar said on May 15 that he appreciated it.')[0]!.name).toBe(
      'S Jaishankar',
    );
    expect(people('Crown Prince Mohammed bin Salman received them.')[0]!.name).toBe('Mohammed bin Salman');
    // (A royal title after another title is the given name before "bin"; the tagger may start after it.)
    expect(people('Prince Sultan bin Fahd al-Rashid met the envoy.').map((m) => [m.name, m.roles])).toEqual([
      ['Sultan bin Fahd al-Rashid', ['Prince']],
    ]);
    expect(
      people("The emirate's ruler Sheikh Sultan bin Hamad al-Nuri stepped down.").map((m) => [m.name, m.roles]),
    ).toEqual([['Sultan bin Hamad al-Nuri', ["emirate's ruler"]]]);
    expect(people('King Abdullah bin Hamad spoke.').map((m) => [m.name, m.roles])).toEqual([
      ['Abdullah bin Hamad', ['King']],
    ]);
    expect(people('Chinese President Xi Jinping spoke.')[0]).toMatchObject({
      name: 'Xi Jinping',
      affiliation: 'Chinese',
    });
  });

  it('takes lower-case roles and roles after the name', () => {
    expect(people('Economist Jayati Ghosh warned prices would rise.')[0]!.roles).toEqual(['Economist']);
    expect(people('The deputy interior minister, Ibrahim Sadr, visited New Delhi.')[0]!.roles).toEqual([
      'deputy interior minister',
    ]);
    expect(
      people('Ihsanullah Tipu, an Islamabad-based security analyst, says security comes first.')[0]!.roles,
    ).toEqual(['Islamabad-based security analyst']);
  });

  for (const [label, set, threshold] of [
    ['first', unseen, 0.8],
    ['second', unseen2, 0.8],
  ] as const) {
    it(`finds names and roles in the ${label} set of sentences written apart from the seeds`, () => {
      let names = 0;
      let roles = 0;
      for (const f of set) {
        const hit = people(f.text).find((m) => m.name === f.name);
        if (hit) names++;
        if (hit?.roles.some((r) => r.toLowerCase().includes(f.role.toLowerCase()))) roles++;
      }
      expect(names / set.length).toBeGreaterThanOrEqual(threshold);
      expect(roles / set.length).toBeGreaterThanOrEqual(threshold);
    });
  }
});

describe('mentions kept packed between reloads', () => {
  it('unpack to exactly what was extracted, sentences and all, on every seed article', async () => {
    const { packMentions, unpackMentions } = await import('../src/people/packed.js');
    const engine = await seedEngine();
    let count = 0;
    for (const d of engine.corpus.docs) {
      const list = extractMentions(d);
      const packed = packMentions(d, list);
      // ASCII only: one byte a character in memory, whatever the article's script.
      expect(packed).toMatch(/^[\x00-\x7f]*$/);
      expect(unpackMentions(d, packed)).toEqual(list);
      count += list.length;
    }
    expect(count).toBeGreaterThan(50);
  });

  it("keep a sentence that is not one of its passage's as it is", async () => {
    const { packMentions, unpackMentions } = await import('../src/people/packed.js');
    const text = 'Foreign Minister Amir Khan Muttaqi said on Monday that talks would resume. Muttaqi met officials.';
    const doc = textDocument(text);
    const list = extractMentions(doc).map((m, i) =>
      i === 0 ? { ...m, sentence: 'Muttaqi, the Taliban’s envoy, spoke.' } : m,
    );
    expect(unpackMentions(doc, packMentions(doc, list))).toEqual(list);
  });

  it('read as a list, by iteration, by count and by place alike, before and after a snapshot', async () => {
    const engine = await seedEngine();
    const person = engine.corpus.people.people.find((p) => p.mentions.count > 1)!;
    const iterated = [...person.mentions];
    expect(iterated).toEqual(person.mentions.list());
    expect(iterated.length).toBe(person.mentions.count);
    expect(Array.from(person.mentions.places)).toEqual(iterated.flatMap((m) => [m.doc, m.passage]));
    for (const m of person.mentions) expect(engine.corpus.docs[m.doc]!.text).toContain(m.sentence);
  });
});

describe('/who on the seed corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await seedEngine();
  });
  const expectations: [string, string, RegExp][] = [
    ['muttaqi', 'Amir Khan Muttaqi', /acting foreign minister/i],
    ['dar', 'Ishaq Dar', /deputy prime minister/i],
    ['wang yi', 'Wang Yi', /foreign minister/i],
    ['munir', 'Asim Munir', /chief of defen[cs]e forces/i],
    ['tarar', 'Attaullah Tarar', /information minister/i],
    ['bahiss', 'Tameem Bahiss', /political analyst/i],
    ['tipu', 'Ihsanullah Tipu', /security analyst/i],
    ['sayed', 'Mustafa Hyder Sayed', /executive director/i],
    ['jaishankar', 'S Jaishankar', /foreign minister/i],
    ['erdogan', 'Recep Tayyip Erdogan', /president/i],
    ['ibrahim sadr', 'Ibrahim Sadr', /deputy interior minister/i],
    ['kash patel', 'Kash Patel', /FBI Director/],
    ['shehbaz sharif', 'Shehbaz Sharif', /prime minister/i],
    ['mutaqi', 'Amir Khan Muttaqi', /acting foreign minister/i],
    ['name:MUNIR', 'Asim Munir', /field marshal/i],
  ];
  for (const [query, name, role] of expectations) {
    it(`/who ${query} → ${name}`, async () => {
      const a = await answered(engine, `/who ${query}`);
      expect(a.command).toBe('who');
      expect(a.people).toHaveLength(1);
      const p = onePerson(a);
      expect(p.name).toBe(name);
      expect(p.roles.some((r) => role.test(r.role))).toBe(true);
      for (const r of p.roles) {
        expect(r.citation.excerpt).toBeTruthy();
        expect(r.citation.doc).toBeTruthy();
      }
      expect(p.citations.length).toBeGreaterThanOrEqual(1);
      expect(p.citations.length).toBeLessThanOrEqual(4);
      expect(p.documents).toBeGreaterThanOrEqual(1);
    });
  }

  it('gives Dar both offices, newest first, and the people named with him', async () => {
    const p = onePerson(await answered(engine, '/who dar'));
    expect(p.roles.map((r) => r.role).join(' | ')).toMatch(/Deputy Prime Minister.*Foreign Minister/);
    expect(p.roles[0]!.date! >= p.roles[p.roles.length - 1]!.date!).toBe(true);
    expect(p.mentionedWith.map((m) => m.name)).toContain('Amir Khan Muttaqi');
    expect(p.aliases).toContain('Dar');
  });

  it('joins a one-letter slip to the right person', async () => {
    const p = onePerson(await answered(engine, '/who bahiss'));
    expect(p.aliases).toContain('Bahis');
  });

  it('finds no one for a name the corpus never mentions, and cites nothing', async () => {
    const a = await json(engine, '/who zelensky');
    expect(a.people).toEqual([]);
    expect(a.notice).toMatch(/no one by that name/i);
    expect(JSON.stringify(a)).not.toContain('"excerpt"');
  });

  it('offers autocomplete choices by prefix, most mentioned first, at most 25', () => {
    const names = engine.corpus.people.autocomplete('m').map((p) => p.name);
    expect(names).toContain('Amir Khan Muttaqi');
    expect(names).toContain('Asim Munir');
    expect(engine.corpus.people.autocomplete('').length).toBeLessThanOrEqual(25);
    // Every prefix of one or two letters, and every name typed in full, as a filter over everyone the corpus names
    // would answer.
    const dir = engine.corpus.people;
    const byFilter = (typed: string) => {
      const q = normaliseName(typed);
      const list = dir.people.filter(
        (p) =>
          p.mentions.count > 0 &&
          (!q ||
            p.key.startsWith(q) ||
            p.tokens.some((t) => t.startsWith(q)) ||
            p.aliases.some((a) => normaliseName(a).startsWith(q))),
      );
      return [...list].sort((a, b) => b.mentions.count - a.mentions.count).slice(0, 25);
    };
    const letters = 'abcdefghijklmnopqrstuvwxyz@';
    const typed = [
      ...letters,
      ...[...letters].flatMap((a) => [...'aeiouhr'].map((b) => a + b)),
      ...dir.people.map((p) => p.name),
      ...dir.people.flatMap((p) => p.aliases),
    ];
    for (const t of typed) expect(dir.autocomplete(t), t).toEqual(byFilter(t));
  });

  it('autocompletes an alias that is no word of the name: an @handle', async () => {
    const dir = tempCorpus({
      'a.txt':
        'Kabul talks\nUpdated 2 May 2025\nForeign Minister Amir Khan Muttaqi said on Monday that talks would resume. He wrote as @AmirKhanMuttaqi that the talks went well.',
    });
    const e = new EngineClass({ dir, maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.autocomplete('@amirk').map((p) => p.name)).toEqual(['Amir Khan Muttaqi']);
    expect(e.corpus.people.autocomplete('@x')).toEqual([]);
  });

  it('takes an @handle as the alias of its owner, also in the last article read', async () => {
    // Two articles with handles, each the last one read in one of the two builds.
    const text = (who: string, handle: string) =>
      `Talks\nUpdated 2 May 2025\nForeign Minister ${who} said on Monday that talks would resume. He wrote as @${handle} that they went well.`;
    const dir = tempCorpus({ 'a.txt': text('Amir Khan Muttaqi', 'AmirKhanMuttaqi') });
    const e = new EngineClass({ dir, maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.byKey.get('amir khan muttaqi')!.aliases).toContain('@AmirKhanMuttaqi');
    writeFileSync(join(dir, 'b.txt'), text('Ishaq Dar', 'IshaqDar'));
    await e.reload();
    expect(e.corpus.people.byKey.get('amir khan muttaqi')!.aliases).toContain('@AmirKhanMuttaqi');
    expect(e.corpus.people.byKey.get('ishaq dar')!.aliases).toContain('@IshaqDar');
  });

  it('keeps two people who share a surname apart, and lists both when asked by surname', async () => {
    const dir = tempCorpus({
      'a.txt':
        'Senator backs harbour plan\nSenator John Smith said on Monday that the harbour plan would create jobs. Smith added that the vote would come next week.',
      'b.txt':
        'Court rules on water rights\nJudge Mary Smith ruled on Tuesday that the dam must release more water. Smith said the farmers had waited long enough.',
    });
    const e = new EngineClass({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const a = await answered(e, '/who smith');
    expect(a.ambiguous).toBe(true);
    expect(a.people.map((p) => p.name).sort()).toEqual(['John Smith', 'Mary Smith']);
    // Each told apart by the role the corpus gives, with the sentence that gives it.
    const mary = a.ambiguous ? a.people.find((p) => p.name === 'Mary Smith')! : null;
    expect(mary?.role).toMatch(/judge/i);
    expect(mary?.citations[0]!.excerpt).toContain('Judge Mary Smith');
    expect((await answered(e, '/who mary smith')).people.map((p) => p.name)).toEqual(['Mary Smith']);
    expect(onePerson(await answered(e, '/who john smith')).mentions).toBe(2);
  });
});
