import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { answered, json, seedEngine, tempCorpus } from './helpers.js';
import { renderPages, withinLimits, citationMarkdown } from '../src/discord/render.js';
import { renderText } from '../src/adapters/text.js';
import { article } from '../src/queries/article.js';
import { helpAnswer } from '../src/commands/help.js';
import { commands } from '../src/commands/index.js';

const FIX = join(import.meta.dirname, 'fixtures', 'formats');

describe('/article', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await seedEngine();
  });

  it('shows one document whole, by the id its citations carry', async () => {
    const a = await json(engine, '/article doc:003_5b70376f1ebe71c1.txt#2');
    const d = engine.corpus.docs[engine.corpus.byId.get('003_5b70376f1ebe71c1.txt#2')!]!;
    expect(a).toEqual({
      command: 'article',
      document: {
        doc: d.doc,
        title: d.title,
        date: d.date,
        source: d.source,
        url: null,
        language: d.lang,
        text: d.text,
      },
    });
  });

  it('takes a file name for its only document, and refuses one that holds several or none', async () => {
    expect((await answered(engine, '/article doc:004_a35ab58e4f30d57d.txt')).document.doc).toBe(
      '004_a35ab58e4f30d57d.txt',
    );
    expect((await json(engine, '/article doc:003_5b70376f1ebe71c1.txt')).error).toMatch(
      /holds 4 articles.*003_5b70376f1ebe71c1\.txt#1/,
    );
    expect((await json(engine, '/article doc:nothing-here.txt')).error).toMatch(/No document “nothing-here.txt”/);
    expect((await json(engine, '/article doc:003_5b70376f1ebe71c1.txt#9')).error).toMatch(/No document/);
    expect((await json(engine, '/article')).error).toMatch(/needs a doc/);
  });

  it('pages a long text in Discord without losing a word, every page within limits', () => {
    const long = Array.from(
      { length: 60 },
      (_, i) =>
        `Paragraph ${i} of a long report says that the council met again on the matter of the harbour and voted on the budget line ${i}.`,
    ).join(' ');
    const corpus = { ...engine.corpus };
    const d = {
      ...engine.corpus.docs[0]!,
      doc: 'long.txt',
      file: 'long.txt',
      text: `${long}\nA closing paragraph.`,
      url: 'https://news.example/long',
    };
    corpus.docs = [d];
    corpus.byId = new Map([['long.txt', 0]]);
    const a = article(corpus as never, 'long.txt');
    const pages = renderPages(a);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(withinLimits(p)).toBe(true);
    const shown = pages.flatMap((p) => p.embeds.flatMap((e) => e.fields.map((f) => f.value))).join(' ');
    for (let i = 0; i < 60; i++) expect(shown).toContain(`budget line ${i}.`);
    expect(renderText(a)).toContain('https://news.example/long');
  });

  it('is listed by /help', () => {
    expect(helpAnswer(commands.map((c) => c.data)).items.map((i) => i.heading)).toContain('/article');
  });
});

describe('links in citations', () => {
  it('carries an article URL from an HTML page into JSON citations, the console and a Discord title link', async () => {
    const dir = tempCorpus({
      'ferry.html': readFileSync(join(FIX, 'page.html')),
      'feed.rss': readFileSync(join(FIX, 'feed.rss')),
    });
    const engine = new Engine({ dir, maxFileBytes: 2 * 1024 * 1024 });
    await engine.reload();
    const a = await answered(engine, '/search ferry terminal linkspans');
    const c = a.results.find((r) => r.doc === 'ferry.html')!;
    expect(c.url).toBe('https://www.coastline-herald.example/news/2025/04/ferry-terminal');
    const lib = await answered(engine, '/search library reading room');
    expect(lib.results[0]).toMatchObject({ doc: 'feed.rss#2', url: null });
    const md = citationMarkdown({ ...c, highlights: [] }, true);
    expect(md).toContain('](https://www.coastline-herald.example/news/2025/04/ferry-terminal)');
    expect(citationMarkdown({ ...c, url: 'javascript:alert(1)', highlights: [] }, true)).not.toContain('javascript:');
    expect(citationMarkdown({ ...c, url: 'https://x.example/a_(b)', highlights: [] }, false)).toContain(
      '[link](https://x.example/a_%28b%29)',
    );
  });
});
