// Nicknames news gives beside a name: inside it in quotes, after it in brackets, or told ("known as"). Each is the
// same person's alias, in its sentence and later in the article; a bracketed party or country is no nickname.
import { describe, expect, it } from 'vitest';
import { takeInlineNicknames, toldNickname } from '../src/people/nicknames.js';
import { tagTokens } from '../src/people/tagger.js';
import { builtEngine } from './helpers.js';

type Engine = Awaited<ReturnType<typeof builtEngine>>;
const person = (e: Engine, name: string) => e.corpus.people.people.find((p) => p.name === name);
const names = (e: Engine) => e.corpus.people.people.map((p) => p.name).sort();

describe('nicknames', () => {
  it('reads a name whole around a quoted nickname, and leaves a quoted title after a sentence’s first word alone', () => {
    const s = 'Boxer Tomas "El Gato" Ferreyra and Idris ‘Bulldozer’ Okonkwo met.';
    const { tokens, nicknames } = takeInlineNicknames(s, tagTokens(s));
    expect(nicknames.map((n) => n.text)).toEqual(['El Gato', 'Bulldozer']);
    expect(tokens.map((t) => t.text).join(' ')).toBe('Boxer Tomas Ferreyra and Idris Okonkwo met .');
    const opener = 'Asked "Why" Ferreyra smiled.';
    expect(takeInlineNicknames(opener, tagTokens(opener)).nicknames).toEqual([]);
  });

  it('takes a nickname told in quotes or with "known as", and a bracketed one the article takes for a person elsewhere', () => {
    expect(toldNickname(', known as "Tiso", said', () => false)?.text).toBe('Tiso');
    expect(toldNickname(', known as Tiso, the commander', () => false)).toMatchObject({
      text: 'Tiso',
      at: 11,
      end: 15,
    });
    // "called" tells a name only in quotes: "Ferreyra called Okonkwo." is a call.
    expect(toldNickname(' called Okonkwo.', () => true)).toBeNull();
    expect(toldNickname(', called "Tiso", said', () => false)?.text).toBe('Tiso');
    // "aka", and a bare name the group or place it is of may follow.
    expect(toldNickname(', aka Tiso from the Kilo crew, quit', () => false)).toMatchObject({ text: 'Tiso', at: 6 });
    expect(toldNickname(', known as Queen of the Sky, wrote', () => false)).toBeNull();
    expect(toldNickname(', a.k.a. Tiso, quit', () => false)?.text).toBe('Tiso');
    expect(toldNickname(', known as Tiso Jones said', () => false)).toBeNull();
    expect(toldNickname(' (Jiddo) said', () => true)).toMatchObject({ text: 'Jiddo', at: 2, end: 8 });
    expect(toldNickname(' (Jiddo) said', () => false)).toBeNull();
    // An acronym or a place in brackets is never one.
    expect(toldNickname(' (PetroNord) said', () => true)).toBeNull();
    expect(toldNickname(' (Senegal) scored', () => true)).toBeNull();
  });

  it('makes a quoted nickname inside a name an alias, and its later uses (without "El") that person', async () => {
    const e = await builtEngine({
      'a.txt':
        'Boxing\nUpdated 3 March 2005\n\nArgentine boxer Tomas "El Gato" Ferreyra, the former world champion, returns to the ring on Saturday. Ferreyra said he felt strong. El Gato last fought in 2003, and fans say Gato has lost none of his speed.',
    });
    expect(names(e)).toEqual(['Tomas Ferreyra']);
    const p = person(e, 'Tomas Ferreyra')!;
    expect(p.aliases).toEqual(expect.arrayContaining(['El Gato', 'Ferreyra']));
    expect(p.roles.map((r) => r.role)).toContain('former world champion');
    expect(p.mentions.count).toBe(5);
  });

  it('gives the role told after "known as X" to the person, not to the nickname', async () => {
    const e = await builtEngine({
      'a.txt':
        'Region\nUpdated 3 March 2005\n\nKhalid Osman Hamdi, known as Tiso, the commander of the northern militia, met the envoy on Tuesday. Tiso later said the talks had failed.',
    });
    expect(names(e)).toEqual(['Khalid Osman Hamdi']);
    expect(person(e, 'Khalid Osman Hamdi')!.roles.map((r) => r.role)).toEqual(['commander of the northern militia']);
  });

  it('makes a stage name told with its real name an alias of the real name, and serves no entry left without mentions', async () => {
    const e = await builtEngine({
      'a.txt':
        'Music\nUpdated 3 March 2005\n\nRapper Kel-Vee, real name Kelvin Osei, said he was delighted with the deal. Kel-Vee takes over the label next month.',
    });
    expect(names(e)).toEqual(['Kelvin Osei']);
    expect(person(e, 'Kelvin Osei')!.aliases).toContain('Kel-Vee');
    expect(e.corpus.people.lookup('Kel-Vee').people.map((p) => p.name)).toEqual(['Kelvin Osei']);
  });

  it('makes a stage name of the sentence before the alias of the real name a description gives, and its later uses', async () => {
    const e = await builtEngine({
      'a.txt':
        'Music\nUpdated 3 March 2005\n\nRapper Lil Brava has been charged after a fight at an awards show.\n\nThe rapper, whose real name is Marcus Dion Lowe, is due in court on 20 December.\n\nLil Brava was released on bail.',
    });
    expect(names(e)).toEqual(['Marcus Dion Lowe']);
    const p = person(e, 'Marcus Dion Lowe')!;
    expect(p.aliases).toContain('Lil Brava');
    expect(p.roles.map((r) => r.role)).toContain('rapper');
    expect(p.mentions.count).toBe(3);
  });

  it('takes a bracketed name the article uses again for a person as a nickname, but not a party or a country', async () => {
    const e = await builtEngine({
      'a.txt':
        'Politics\nUpdated 3 March 2005\n\nThe veteran organiser Yusuf Abdel Karim (Jiddo) addressed the rally on Friday. Jiddo told reporters the march would go on.',
      'b.txt':
        'Politics\nUpdated 4 March 2005\n\nMartin Holloway (Labour) and Ahmed Sow (Senegal) spoke at the debate on Friday. Labour said the vote was close. Senegal beat Ghana last week.',
    });
    expect(person(e, 'Yusuf Abdel Karim')?.aliases).toContain('Jiddo');
    expect(person(e, 'Martin Holloway')?.aliases ?? []).not.toContain('Labour');
    expect(person(e, 'Ahmed Sow')?.aliases ?? []).not.toContain('Senegal');
    expect(names(e)).not.toContain('Jiddo');
  });
});
