// Not people: names the corpus writes as an organisation's (before "Inc", "and Co") or a place's ("Lake ...")
// are no one, however person-like their shape, counted across the corpus and kept so when articles are added.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { extractMentions } from '../src/people/extract.js';
import { tempCorpus, textDocument } from './helpers.js';

const mentions = (text: string) => extractMentions(textDocument(text));

describe('organisation and place shapes', () => {
  it('notes the names a sentence writes before a legal form, commas inside allowed, as no one', () => {
    const orgs = mentions(
      'Shares of Kerr Addison and Co Inc rose, said analysts at Smith Haney, Walker Upton and Co.',
    ).filter((m) => m.org);
    expect(orgs.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Kerr Addison', 'Smith Haney Walker Upton', 'Walker Upton']),
    );
    expect(orgs.every((m) => !m.evidence && m.roles.length === 0)).toBe(true);
  });

  it('takes a name opened by a word for a place for a place', () => {
    const list = mentions('Water levels in Lake Huron fell again, officials said on Monday.');
    expect(list.filter((m) => !m.org).map((m) => m.name)).not.toContain('Lake Huron');
  });
});

describe('corpus-level evidence', () => {
  const person = 'Markets\n date 1987-03-02\n\nDonald Lufkin said on Monday that profits would rise this year.';
  const org = (n: number) =>
    `Shares up\n date 1987-03-0${n}\n\nShares of Donald Lufkin and Co rose 5 pct on the report, traders said.`;

  it('drops a name written as an organisation’s often enough, and keeps one seen so once', async () => {
    const e = new Engine({ dir: tempCorpus({ 'a.txt': person, 'b.txt': org(3) }), maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.byKey.has('donald lufkin')).toBe(true);
    const dir = tempCorpus({ 'a.txt': person, 'b.txt': org(3), 'c.txt': org(4) });
    const f = new Engine({ dir, maxFileBytes: 1e6 });
    await f.reload();
    expect(f.corpus.people.byKey.has('donald lufkin')).toBe(false);
  });

  it('reaches the same answer when the organisation’s articles come in a later reload', async () => {
    const dir = tempCorpus({ 'a.txt': person });
    const e = new Engine({ dir, maxFileBytes: 1e6 });
    await e.reload();
    expect(e.corpus.people.byKey.has('donald lufkin')).toBe(true);
    writeFileSync(join(dir, 'b.txt'), org(3));
    writeFileSync(join(dir, 'c.txt'), org(4));
    await e.reload();
    expect(e.corpus.people.byKey.has('donald lufkin')).toBe(false);
    const fresh = new Engine({ dir, maxFileBytes: 1e6 });
    await fresh.reload();
    expect(fresh.corpus.people.people.map((p) => p.key).sort()).toEqual(
      e.corpus.people.people.map((p) => p.key).sort(),
    );
  });
});
