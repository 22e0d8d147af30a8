import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../src/corpus/ingest.js';
import { readerFor } from '../src/ingest/readers/index.js';
import { safeUrl } from '../src/ingest/readers/url.js';
import { isoDate } from '../src/ingest/readers/fields.js';
import { htmlToText } from '../src/ingest/readers/html-text.js';

const FIX = join(import.meta.dirname, 'fixtures', 'formats');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');
const ingest = (file: string, text: string) => ingestFile({ file, text, hash: 'h' });

describe('readers are chosen by content', () => {
  it('picks the reader by what the file holds, whatever its extension says', () => {
    expect(readerFor('page.txt', fixture('page.html')).name).toBe('HTML');
    expect(readerFor('feed.txt', fixture('feed.rss')).name).toBe('RSS/Atom feed');
    expect(readerFor('feed.xml', fixture('feed.atom')).name).toBe('RSS/Atom feed');
    expect(readerFor('export.txt', fixture('export.json')).name).toBe('JSON');
    expect(readerFor('x.jsonl', fixture('export.jsonl')).name).toBe('JSON');
    expect(readerFor('story.txt', 'Storm closes the coast road\nThe coast road closed on Monday.').name).toBe('text');
    // Wire copy opens with a ticker in angle brackets, or a photo tag in square ones: text, not markup or JSON.
    expect(readerFor('w.txt', '<P AND G> SEES HIGHER NET\nThe company said net would rise.').name).toBe('text');
    expect(readerFor('w.txt', '<HEAD CORP> BUYS UNIT\nHead Corp said it bought a unit.').name).toBe('text');
    expect(readerFor('p.txt', '[Photo] Crowds gather in the square\nCrowds gathered on Sunday.').name).toBe('text');
    expect(readerFor('e.json', '[]').name).toBe('JSON');
    // An HTML fragment with no <html> is still HTML, never indexed with its markup.
    expect(readerFor('frag.txt', '<article><h1>Title</h1><p>Text.</p></article>').name).toBe('HTML');
  });
});

describe('HTML reader', () => {
  const r = ingest('page.html', fixture('page.html'));
  const d = r.docs[0]!;
  it('reads headline, date, publisher and canonical URL from the head', () => {
    expect(r.docs).toHaveLength(1);
    expect(d.title).toBe('Harbour authority approves new ferry terminal');
    expect(d.date).toBe('2025-04-09');
    expect(d.source).toBe('Coastline Herald');
    expect(d.url).toBe('https://www.coastline-herald.example/news/2025/04/ferry-terminal');
  });
  it('keeps the article text and leaves navigation, scripts, related lists and footer out', () => {
    expect(d.text).toContain('approved plans for a new ferry terminal on the east quay');
    expect(d.text).toContain('national infrastructure fund');
    for (const junk of [
      'window.tracking',
      'color: red',
      'Weather',
      'Most read',
      'Council votes on budget',
      'All rights reserved',
      'By Marta Lindqvist',
    ])
      expect(d.text).not.toContain(junk);
    expect(d.text.split('\n').length).toBe(4);
  });
  it('falls back to Open Graph and <title> without JSON-LD, and refuses a canonical link that is not http(s)', () => {
    const page = fixture('page.html')
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')
      .replace(/<meta property="og:title"[^>]*>/, '')
      .replace('https://www.coastline-herald.example/news/2025/04/ferry-terminal', 'javascript:alert(document.cookie)');
    const doc = ingest('p.html', page).docs[0]!;
    expect(doc.title).toBe('Harbour authority approves new ferry terminal');
    expect(doc.date).toBe('2025-04-09');
    expect(doc.url).toBeNull();
  });
  it('takes an <h1> fuller than <title> for the title, and never keeps a headline as the text or a passage', () => {
    const longer = 'Harbour authority approves new ferry terminal after two years of talks';
    const bare = fixture('page.html')
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')
      .replace(/<meta property="og:title"[^>]*>/, '');
    const cut = ingest('h1.html', bare.replace(/<h1>[^<]*<\/h1>/, `<h1>${longer}</h1>`)).docs[0]!;
    expect(cut.title).toBe(longer);
    const untitled = bare.replace(/<title>[^<]*<\/title>/, '').replace(/<h1>[^<]*<\/h1>/, `<h1>${longer}</h1>`);
    expect(ingest('untitled.html', untitled).docs[0]!.title).toBe(longer);
    // Two <h1>s and no title in the head: the one the text opens with.
    const twoHeadings = untitled.replace('<main>', '<main><h1>Coastline Herald</h1>');
    expect(ingest('two.html', twoHeadings).docs[0]!.title).toBe(longer);
    // A headline other than the metadata's (the editor's own, kept) is still no text.
    const other = 'Ferry terminal wins approval as harbour board ends its dredging row';
    const page = fixture('page.html').replace(/<h1>[^<]*<\/h1>/, `<h1>${other}</h1>`);
    const doc = ingest('other.html', page).docs[0]!;
    expect(doc.title).toBe('Harbour authority approves new ferry terminal');
    for (const d of [cut, doc]) {
      expect(d.text).toContain('approved plans for a new ferry terminal on the east quay');
      for (const headline of [longer, other]) {
        expect(d.text).not.toContain(headline);
        expect(d.passages.some((p) => p.text.includes(headline))).toBe(false);
      }
    }
  });
  it('survives a truncated page and a page nested deeper than any stack', () => {
    const html = fixture('page.html');
    const cut = ingest('cut.html', html.slice(0, html.indexOf('regional council')));
    expect(cut.docs[0]?.text ?? '').toContain('east quay');
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>${'Deep text of an article that is long enough to be kept by the extractor. '.repeat(10)}</p>${'</div>'.repeat(5000)}</body></html>`;
    expect(ingest('deep.html', deep).docs[0]?.text).toContain('Deep text of an article');
  });
  it('skips a page with no text with a reason that says so', () => {
    const r = ingest(
      'empty.html',
      '<!DOCTYPE html><html><head><title>x</title></head><body><nav>Home</nav></body></html>',
    );
    expect(r.docs).toHaveLength(0);
    expect(r.skipped?.reason).toMatch(/HTML/);
  });
});

describe('feed readers', () => {
  it('makes one document per RSS item: link, date, author-free publisher, full content over summary', () => {
    const r = ingest('feed.rss', fixture('feed.rss'));
    expect(r.docs.map((d) => d.doc)).toEqual(['feed.rss#1', 'feed.rss#2']);
    const [a, b] = r.docs;
    expect(a!.title).toBe('Bridge repairs close the river road for a month');
    expect(a!.date).toBe('2025-03-03');
    expect(a!.source).toBe('Valley Gazette');
    expect(a!.url).toBe('https://valley-gazette.example/2025/03/bridge-repairs');
    expect(a!.text).toContain('replace the bearings');
    expect(a!.text).not.toContain('will close for repairs.');
    expect(b!.title).toBe('Library extends its opening hours & adds a reading room');
    expect(b!.url).toBeNull();
    expect(b!.text).toContain('reading room for students');
    expect(b!.text).not.toContain('<p>');
  });
  it('reads Atom entries: alternate link, published before updated, content over summary, file: links refused', () => {
    const r = ingest('feed.atom', fixture('feed.atom'));
    const [a, b] = r.docs;
    expect(a!.url).toBe('https://northern-ledger.example/culture/mill-museum');
    expect(a!.date).toBe('2025-05-01');
    expect(a!.text).toContain('four restored looms');
    expect(a!.text).not.toContain('summary that the full content replaces');
    expect(b!.date).toBe('2025-05-03');
    expect(b!.url).toBeNull();
    expect(b!.text).toContain('two evening sailings');
    expect(a!.source).toBe('Northern Ledger');
  });
  it('never expands entities a feed declares (an entity bomb stays small, an external entity is not read)', () => {
    const text = fixture('bomb.rss');
    const r = ingest('bomb.rss', text);
    expect(r.docs).toHaveLength(1);
    const d = r.docs[0]!;
    expect(d.text.length + d.title.length).toBeLessThan(text.length);
    expect(d.title).not.toContain('aaaaaaaaaa');
    expect(d.title).not.toContain('root:');
  });
  it('reads what a truncated feed holds, and refuses XML that is no feed with that reason', () => {
    const text = fixture('feed.rss');
    const cut = ingest('cut.rss', text.slice(0, text.indexOf('</item>') + 7));
    expect(cut.docs).toHaveLength(1);
    const other = ingest('data.xml', '<?xml version="1.0"?><catalog><book>One</book></catalog>');
    expect(other.skipped?.reason).toBe('XML but not an RSS or Atom feed');
    const empty = ingest('empty.rss', '<rss version="2.0"><channel><title>T</title></channel></rss>');
    expect(empty.skipped?.reason).toBe('feed with no items');
  });
});

describe('JSON readers', () => {
  it('reads an object holding an array, with the common field names and an object publisher', () => {
    const r = ingest('export.json', fixture('export.json'));
    expect(r.docs).toHaveLength(2);
    const [a, b] = r.docs;
    expect(a!.title).toBe('Orchard growers expect a record apple harvest');
    expect(a!.url).toBe('https://farm-weekly.example/orchards-record');
    expect(a!.date).toBe('2025-09-12');
    expect(a!.source).toBe('Farm Weekly');
    expect(a!.text.split('\n')).toHaveLength(2);
    expect(b!.url).toBeNull();
    expect(b!.date).toBe('2025-09-12');
  });
  it('reads JSON Lines, one article a line, and a bare array', () => {
    const r = ingest('export.jsonl', fixture('export.jsonl'));
    expect(r.docs.map((d) => [d.title, d.date, d.source, d.url])).toEqual([
      [
        'Rail union calls off weekend strike',
        '2025-11-07',
        'Transit News',
        'https://transit-news.example/rail-strike-off',
      ],
      [
        'Tram line extension opens to the airport',
        '2025-11-08',
        'Transit News',
        'https://transit-news.example/tram-airport',
      ],
    ]);
    const arr = ingest(
      'a.json',
      JSON.stringify([{ title: 'One', body: 'A body of an article that says enough to be a passage.' }]),
    );
    expect(arr.docs).toHaveLength(1);
  });
  it('keeps the whole lines of a JSON Lines file cut short, and gives true reasons for what it cannot read', () => {
    const text = fixture('export.jsonl');
    const cut = ingest('cut.jsonl', text.slice(0, text.length - 40));
    expect(cut.docs).toHaveLength(1);
    expect(ingest('cut.json', fixture('export.json').slice(0, 200)).skipped?.reason).toMatch(/^not valid JSON/);
    expect(ingest('cfg.json', '{"name": "settings", "debug": true}').skipped?.reason).toMatch(/^JSON with no article/);
    expect(
      ingest('bad.jsonl', '{"title": "a", "body": "x y z"}\nnot json\n{"title": "b", "body": "x"}').skipped?.reason,
    ).toBe('not valid JSON Lines (line 2)');
  });
});

describe('format metadata first, the text for what it lacks', () => {
  it('takes a date and a wire from the body of an export that gives neither, keeping its outlet', () => {
    const item = {
      title: 'Dam talks resume',
      source: 'River Times',
      body: '<p>Published June 3, 2025 at 9:14 AM EDT</p><p>By Lena Park</p><p>WASHINGTON (AP) — Talks on sharing the river’s water resumed on Tuesday after a month’s pause, officials from both countries said.</p>',
    };
    const d = ingest('x.json', JSON.stringify([item])).docs[0]!;
    expect(d.date).toBe('2025-06-03');
    expect(d.source).toBe('River Times (via AP)');
    expect(d.text.startsWith('WASHINGTON (AP)')).toBe(true);
    const dated = ingest('y.json', JSON.stringify([{ ...item, date: '2025-06-01' }])).docs[0]!;
    expect(dated.date).toBe('2025-06-01');
  });
});

describe('text reader', () => {
  it('decodes the character references a page saved as text keeps', () => {
    const d = ingest(
      'x.txt',
      'Singer cleared of arson\n\nAs a solicitor, Ellis Lloyd represented Welsh singer Bryn F&#244;n in the case, ' +
        'with help from AT&amp;T records and the caf&eacute; owner&#x2019;s notes.\n',
    ).docs[0]!;
    expect(d.text).toContain('Bryn Fôn');
    expect(d.text).toContain('AT&T records');
    expect(d.text).toContain('café owner’s notes');
  });
});

describe('fields', () => {
  it('lets only absolute http and https URLs through', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('HTTP://Example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      '/relative',
      'vbscript:x',
      'https://user:pw@host/',
      ' java\nscript:x',
      42,
      null,
    ])
      expect(safeUrl(bad)).toBeNull();
    expect(safeUrl('/news/a', 'https://site.example/')).toBe('https://site.example/news/a');
    expect(safeUrl('/news/a', 'javascript:x')).toBeNull();
  });
  it('reads the dates exports write, keeping the day as written whatever the zone', () => {
    expect(isoDate('2025-06-16T23:30:00-05:00')).toBe('2025-06-16');
    expect(isoDate('Tue, 03 Jun 2025 10:00:00 GMT')).toBe('2025-06-03');
    expect(isoDate('June 3, 2025')).toBe('2025-06-03');
    expect(isoDate(1749000000)).toBe('2025-06-04');
    expect(isoDate(1749000000000)).toBe('2025-06-04');
    expect(isoDate('2025-13-45')).toBeNull();
    expect(isoDate('soon')).toBeNull();
  });
  it('turns markup into paragraphs: blocks break lines, a single <br> does not, entities decode', () => {
    expect(htmlToText('<p>One &amp; two</p><p>Three<br>four<br><br>five</p><script>x()</script>')).toBe(
      'One & two\nThree four\nfive',
    );
    expect(htmlToText('plain text\nsecond line')).toBe('plain text\nsecond line');
  });
});

describe('hostile files of every format, through a whole load', () => {
  it('refuses wrong encodings and oversized files with their reason, and reads UTF-16 feeds', async () => {
    const { Engine } = await import('../src/engine.js');
    const { tempCorpus } = await import('./helpers.js');
    const latin = Buffer.from(fixture('page.html').replace('Harbour authority', 'Autorité portuaire'), 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture('feed.atom'), 'utf16le')]);
    const big = JSON.stringify([{ title: 'Big', body: 'word '.repeat(300_000) }]);
    const engine = new Engine({
      dir: tempCorpus({ 'latin.html': latin, 'wide.atom': utf16, 'big.json': big, 'bomb.rss': fixture('bomb.rss') }),
      maxFileBytes: 1024 * 1024,
    });
    await engine.reload();
    const reasons = Object.fromEntries(engine.corpus.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['latin.html']).toBe('not valid UTF-8 text');
    expect(reasons['big.json']).toMatch(/^over the size limit/);
    expect(engine.corpus.docs.map((d) => d.doc)).toEqual(
      expect.arrayContaining(['wide.atom#1', 'wide.atom#2', 'bomb.rss']),
    );
  });
});
