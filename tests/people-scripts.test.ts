// Names in other scripts: a native name the article also gives in Latin letters is an alias of that person, and a
// native name after a role word of its language (Arabic, Persian, Russian) is a person with that role.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine.js';
import { extractMentions } from '../src/people/extract.js';
import { tempCorpus, textDocument } from './helpers.js';
import set from './fixtures/people-scripts.json' with { type: 'json' };

const mentions = (text: string, lang: string) => extractMentions(textDocument(text, { lang }));

describe('names in other scripts', () => {
  it('links a native name to the Latin spelling beside it, either order, with the role of its language', () => {
    for (const f of set) {
      const list = mentions(f.text, f.lang);
      const at = list.findIndex((m) => m.name === f.latin);
      expect(at, f.latin).toBeGreaterThanOrEqual(0);
      // The native name is a nickname mention just after the Latin one: resolved to the same person.
      expect(list[at + 1], f.native).toMatchObject({ name: f.native, nickname: true });
      if (f.role) expect(list[at]!.roles, f.latin).toContain(f.role);
    }
  });

  it('finds a native name alone after a role word of its language', () => {
    expect(mentions('وقال وزير الخارجية السعودي فيصل بن فرحان إن المملكة تدعم الحوار.', 'ar')).toEqual([
      expect.objectContaining({ name: 'فيصل بن فرحان', roles: ['وزير الخارجية السعودي'], full: true, evidence: true }),
    ]);
    expect(mentions('Как заявил министр иностранных дел Сергей Лавров, переговоры продолжатся.', 'ru')).toEqual([
      expect.objectContaining({ name: 'Сергей Лавров', roles: ['министр иностранных дел'] }),
    ]);
  });

  it('takes no organisation in brackets, and no name without a role word, for a person', () => {
    expect(mentions('وقالت وزارة الخارجية (Foreign Ministry) إن الاجتماع تأجل.', 'ar')).toEqual([]);
    expect(mentions('وقال محمد علي إن الاجتماع تأجل.', 'ar')).toEqual([]);
    expect(mentions('Компания Газпром Нефть заявила о росте добычи.', 'ru')).toEqual([]);
  });

  it('makes the native name an alias of one person across articles', async () => {
    const dir = tempCorpus({
      'a.txt':
        'Iraq budget talks\nIraqi Prime Minister Mohammed Shia al-Sudani said on Monday the budget would pass. Sudani spoke in Baghdad.',
      'b.txt':
        'الموازنة العراقية\nوقال رئيس الوزراء محمد شياع السوداني (Mohammed Shia al-Sudani) إن الموازنة ستقر قريبا.',
    });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    const people = e.corpus.people.people.filter((p) => p.name === 'Mohammed Shia al-Sudani');
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toContain('محمد شياع السوداني');
    expect(people[0]!.docs.size).toBe(2);
    expect(people[0]!.roles.map((r) => r.role)).toContain('رئيس الوزراء');
  });
});
