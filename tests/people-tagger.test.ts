// The learned person recogniser and what the directory makes of its names: people of many cultures found without
// other evidence, organisations and prefixes kept out of names, single names across the corpus, and the
// training and scoring scripts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractMentions, type Mention } from '../src/people/extract.js';
import { normaliseName } from '../src/people/name-tokens.js';
import { buildPeople } from '../src/people/build.js';
import { splitPassages } from '../src/corpus/passages.js';
import { NEVER } from '../src/pace.js';
import { shape, tagTokens } from '../src/people/tagger.js';
import type { Document } from '../src/types.js';
import { Engine } from '../src/engine.js';
import { answered, onePerson, tempCorpus, textDocument } from './helpers.js';
import cases from './fixtures/people-tagger.json' with { type: 'json' };
import roleCases from './fixtures/people-roles.json' with { type: 'json' };

const docOf = (text: string, n = 0): Document => ({
  doc: `d${n}`,
  file: `d${n}`,
  title: 't',
  date: '1996-08-22',
  source: null,
  lang: 'en',
  text,
  passages: splitPassages(text),
});
const mentions = (text: string) => extractMentions(docOf(text));

describe('person tagger', () => {
  it('splits a possessive and a trailing apostrophe from the word, and keeps initials whole', () => {
    expect(tagTokens("Dumas' office and Baker's plan, J. Smith").map((t) => t.text)).toEqual([
      'Dumas',
      "'",
      'office',
      'and',
      'Baker',
      "'s",
      'plan',
      ',',
      'J.',
      'Smith',
    ]);
    expect(shape('McGrath')).toBe('XxXxx');
    expect(shape('U.S.')).toBe('X.X.');
  });

  for (const c of cases.people)
    it(`finds ${c.name} with no title, role or first-name list to go on`, () => {
      const found = mentions(c.text).filter((m) => m.full && m.evidence);
      expect(found.map((m) => m.name)).toEqual([c.name]);
    });

  for (const c of cases.notPeople)
    it(`takes no person from an organisation: ${c.words.join(' ')}`, () => {
      // An organisation's name may be noted as such (org), never as a person's.
      const names = mentions(c.text)
        .filter((m) => !m.org)
        .map((m) => m.name);
      for (const w of c.words) expect(names.some((n) => n.includes(w))).toBe(false);
    });

  for (const c of cases.prefixes)
    it(`keeps what stands before ${c.name} out of the name`, () => {
      const [m, ...rest] = mentions(c.text);
      expect(rest).toEqual([]);
      expect(m!.name).toBe(c.name);
      if (c.affiliation) expect(m!.affiliation).toBe(c.affiliation);
      if (c.role) expect(m!.roles).toContain(c.role);
    });

  it('keeps a hyphenated name whole when it names one person', () => {
    const [one] = mentions('UN envoy Ould-Abdallah said the two sides had agreed to a truce.');
    expect(one!.name).toBe('Ould-Abdallah');
  });
});

describe('roles as news writes them', () => {
  for (const c of roleCases)
    it(`gives ${c.name} the role "${c.role}"`, () => {
      const m = mentions(c.text).find((x) => x.name === c.name);
      expect(m?.roles).toContain(c.role);
      if (c.affiliation) expect(m!.affiliation).toBe(c.affiliation);
    });

  it('takes no role from a clause or a place before the comma', () => {
    expect(mentions('In Cairo, Ahmed Ali said the embassy was open.')[0]!.roles).toEqual([]);
    expect(mentions('Mary Jones was named to the board on Monday.')[0]!.roles).toEqual([]);
  });
});

describe('single names in the directory', () => {
  const m = (name: string, full: boolean, evidence: boolean, sentence: string): Mention => ({
    name,
    full,
    evidence,
    roles: [],
    affiliation: null,
    passage: 0,
    sentence,
  });

  it('counts a single name the text shows to be a person, and folds it into the one full name holding it', async () => {
    const docs = [
      'Kasparov, 33, said he would play.',
      'Kasparov won in Linares.',
      'Garry Kasparov arrived in Moscow.',
    ].map(docOf);
    const lists = [[m('Kasparov', false, true, docs[0]!.text)], [m('Kasparov', false, false, docs[1]!.text)]];
    const alone = await buildPeople(docs.slice(0, 2), (i) => lists[i]!, NEVER);
    expect(alone.people.map((p) => p.name)).toEqual(['Kasparov']);
    expect([...alone.people[0]!.docs]).toEqual([0]);
    lists.push([m('Garry Kasparov', true, true, docs[2]!.text)]);
    const both = await buildPeople(docs, (i) => lists[i]!, NEVER);
    expect(both.people.map((p) => p.name)).toEqual(['Garry Kasparov']);
    expect([...both.people[0]!.docs].sort()).toEqual([0, 2]);
  });

  it('makes no person of a surname two full names hold, and answers it with both', async () => {
    const dir = tempCorpus({
      'a.txt':
        'Talks on the dollar\nTreasury Secretary James Baker said on Monday the dollar had fallen far enough. Baker spoke in Washington.',
      'b.txt':
        'White House staff changes\nHoward Baker, the White House chief of staff, said on Tuesday the president was well. Baker added that no change was planned.',
    });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const a = await answered(e, '/who baker');
    expect(a.people.map((p) => p.name).sort()).toEqual(['Howard Baker', 'James Baker']);
    expect(e.corpus.people.byKey.has('baker')).toBe(false);
    // Each with the role that tells them apart, and each article's "Baker" is that article's Baker.
    const role = (name: string) =>
      (a.people as { name: string; role: string | null }[]).find((p) => p.name === name)?.role;
    expect([role('James Baker'), role('Howard Baker')]).toEqual(['Treasury Secretary', 'White House chief of staff']);
    expect([...e.corpus.people.byKey.get('james baker')!.docs]).toEqual([0]);
    expect([...e.corpus.people.byKey.get('howard baker')!.docs]).toEqual([1]);
  });
});

describe('one person per person', () => {
  it('writes the Arabic article any way and finds one person, but keeps a first name "Al"', async () => {
    for (const n of [
      'Abdel Fattah al-Burhan',
      'Abdel Fattah Al Burhan',
      'Abdel Fattah el-Burhan',
      'Abdel Fattah AlBurhan',
    ])
      expect(normaliseName(n)).toBe('abdel fattah burhan');
    expect(normaliseName('al-Burhan')).toBe('burhan');
    expect(normaliseName('Al Gore')).toBe('al gore');
    expect(normaliseName('Alberto Fujimori')).toBe('alberto fujimori');
    const dir = tempCorpus({
      'a.txt':
        'Army chief visits Cairo\nGeneral Abdel Fattah al-Burhan arrived in Cairo on Monday for talks. Al-Burhan met the president.',
      'b.txt':
        'Council meets in Port Sudan\nSovereign Council chairman Abdel Fattah Al Burhan said on Tuesday that the war would end. Burhan spoke at a rally.',
    });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const a = await answered(e, '/who burhan');
    expect(a.people).toHaveLength(1);
    expect(onePerson(a).documents).toBe(2);
  });

  it('takes the surname written again with its article glued on ("AlBurhan") for the person named in full', () => {
    const text =
      'General Abdel Fattah al-Burhan arrived in Cairo on Monday for talks. AlBurhan told troops in Omdurman that the war would end soon.';
    expect(mentions(text).map((m) => m.name)).toEqual(['Abdel Fattah al-Burhan', 'AlBurhan']);
    // Not a name no one of the article bears.
    expect(mentions('AlMansour told troops in Omdurman that the war would end soon.').map((m) => m.name)).toEqual([]);
  });

  it('takes the surname with its article written apart ("El Guerrouj") for the person named in full, not "Al Gore"', async () => {
    const dir = tempCorpus({
      'a.txt':
        'Athletics\nUpdated 3 March 2005\n\nHicham El Mansouri will not defend his title. El Mansouri said he needed rest.',
      'b.txt': 'Politics\nUpdated 4 March 2005\n\nFormer vice president Al Gore said on Friday the vote was close.',
    });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.people.map((p) => `${p.name}:${p.mentions.count}`).sort()).toEqual([
      'Al Gore:1',
      'Hicham El Mansouri:2',
    ]);
  });

  it('ends a name before a place that owns what follows', () => {
    const names = mentions("Deng told visiting Secretary of State George Shultz China's troubles were over.").map(
      (m) => m.name,
    );
    expect(names).toContain('George Shultz');
  });

  it("takes a title's given name and the surname the tagger reads as a firm's or a place's for one full name", () => {
    // (The tagger reads "Rice" here as an organisation's, and "Condoleezza" is in no given-name list.)
    const found = mentions('US Secretary of State Condoleezza Rice said it was fine.');
    expect(found.filter((m) => !m.org).map((m) => [m.name, m.roles])).toEqual([
      ['Condoleezza Rice', ['US Secretary of State']],
    ]);
    // (Not a place nor a common word before an office's word or a building: "former Nevada Sen.", "White House".)
    const names = (t: string) =>
      mentions(t)
        .filter((m) => !m.org)
        .map((m) => m.name);
    expect(names('"He is a victim," said former Nevada Sen. and Reagan confidant Paul Laxalt.')).not.toContain(
      'Nevada Sen',
    );
    const wire = textDocument(
      'WASHINGTON, March 18 - Former White House aide Tom Reade, a long-time friend of President Reagan, has been ' +
        'charged with lying to Congress.\n\nReade, who resigned as deputy White House chief of staff in 1985 to open ' +
        'a consulting firm, faces a maximum penalty of ten years in prison.\n\nThe charges said Reade lied about ' +
        'his contacts with White House and cabinet officials.',
    );
    expect(
      extractMentions(wire)
        .filter((m) => !m.org)
        .map((m) => m.name),
    ).not.toContain('White House');
  });
});

describe('training and scoring scripts', () => {
  const fixture = join(import.meta.dirname, 'fixtures', 'conll-mini.txt');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', ...args], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '..'),
    });

  it('trains the same weights from the same data, twice', () => {
    const out = mkdtempSync(join(tmpdir(), 'train-'));
    for (const name of ['a.json', 'b.json'])
      expect(run('scripts/train-people.ts', fixture, '--epochs', '3', '--out', join(out, name)).status).toBe(0);
    const [a, b] = ['a.json', 'b.json'].map((n) => readFileSync(join(out, n), 'utf8'));
    expect(a).toBe(b);
    const model = JSON.parse(a!);
    expect(model.labels).toContain('B-PER');
    expect(Object.keys(model.features)).toContain('w=baros');
  }, 60_000);

  it('scores person spans of a CoNLL file against its gold spans', () => {
    const r = run('scripts/eval-people.ts', fixture);
    expect(r.status).toBe(0);
    // Five person spans in the file: Milan Baros, Baros, Eivind Reiten, Reiten, Luiz Fernando Furlan.
    expect(r.stdout).toMatch(/tagger, sentence by sentence\s+pred \d+\s+gold 5\s+P [01]\.\d{3}/);
    expect(r.stdout).toMatch(/directory \(resolved people\)\s+pred \d+\s+gold 5/);
    expect(run('scripts/eval-people.ts', '/nonexistent/file.txt').stderr).toMatch(/cannot read/);
  }, 60_000);
});

describe('nicknames', () => {
  it('takes a nickname given in quotes as an alias of the person before it, and /who finds them by it', async () => {
    const [m, nick] = mentions(
      'Rapid Support Forces commander Mohamed Hamdan Dagalo, widely known as “Hemedti,” said on Monday the war would go on.',
    );
    expect(m!.name).toBe('Mohamed Hamdan Dagalo');
    expect(nick).toMatchObject({ name: 'Hemedti', nickname: true });
    const dir = tempCorpus({
      'a.txt':
        'Paramilitary leader speaks\nRapid Support Forces commander Mohamed Hamdan Dagalo, known as "Hemedti", said on Monday the war would go on. Hemedti spoke from an undisclosed place.',
    });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const a = await answered(e, '/who hemedti');
    expect(a.people.map((p) => p.name)).toEqual(['Mohamed Hamdan Dagalo']);
    expect(onePerson(a).aliases).toContain('Hemedti');
  });
});

describe('tagging speed-ups', () => {
  it('scores a sentence from cached per-word weights exactly as from its full feature list', async () => {
    const { docContext, features, personModel, capsLine, runBounds, scores, tagSentence } =
      await import('../src/people/tagger.js');
    const model = personModel();
    const toks = tagTokens('Treasury Secretary James Baker told Ahold NV chief Cees van der Hoeven on Monday.');
    const ctx = docContext([toks]);
    const { tags, margins } = tagSentence(model, toks, ctx);
    // Greedy again, from features() as training reads them.
    const sc = new Float64Array(model.labels.length);
    let prev = 'O';
    toks.forEach((t, i) => {
      if (tags[i] === 'O' && margins[i] === 0 && !/^\p{Lu}/u.test(t.text) && !['van', 'der'].includes(t.text))
        return void (prev = 'O');
      scores(model, features(toks, i, prev, ctx, capsLine(toks), runBounds(toks)), sc);
      let best = 0;
      for (let c = 1; c < sc.length; c++) if (sc[c]! > sc[best]!) best = c;
      expect(sc[best]! - sc[model.labels.indexOf('O')]!).toBeCloseTo(margins[i]!, 3);
      prev = tags[i]!;
    });
    expect(tags.filter((t) => t.endsWith('PER')).length).toBeGreaterThan(0);
  });
});

describe('names in a list written alike', () => {
  it('takes every initial-and-surname item of a list for a person once two of them are', () => {
    const names = mentions('Ulster: T Brannigan; K Moylett, D Ferriter, C Hession; M Grealish, J Tuohy.')
      .filter((m) => !m.org)
      .map((m) => m.name);
    expect(names).toEqual(['T Brannigan', 'K Moylett', 'D Ferriter', 'C Hession', 'M Grealish', 'J Tuohy']);
  });
});
