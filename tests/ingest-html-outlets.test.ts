// What an HTML page gives of its date and outlet outside its article metadata (tests/fixtures/outlets/*.html):
// the date line printed by its headline, a JSON-LD datePublished of another type or in a block that is not valid
// JSON, a site's own meta tag, the day its URL files it under (never over a printed date), and the outlet its
// <title> names when the URL's domain or the copyright line vouches for it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentsNow } from '../src/ingest/pipeline.js';
import { dateInUrl } from '../src/ingest/url-date.js';
import { outletFromTitle } from '../src/ingest/readers/title-site.js';
import { dateByHeadline } from '../src/ingest/readers/printed-date.js';
import { registrableDomain, siteOfUrl } from '../src/ingest/url-site.js';
import { cleanHeadline, decodeReferences } from '../src/ingest/readers/headline.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'outlets', name), 'utf8');
const docOf = (name: string, html: string) => {
  const r = readDocumentsNow(name, html);
  if ('reason' in r) throw new Error(r.reason);
  expect(r.docs).toHaveLength(1);
  return r.docs[0]!;
};

describe('an HTML page without a date in its metadata', () => {
  const page = fixture('page-byline-block.html');
  it('is dated by the date line printed under its headline, over the day in its URL', () => {
    const d = docOf('a.html', page);
    expect(d.date).toBe('2025-05-21');
    expect(d.title).toBe('Port workers end strike after pay deal');
    expect(d.text).not.toContain('Published');
  });
  it('is dated by its URL when it prints no date, and undated with neither', () => {
    const noLine = page.replace(/<time>.*<\/time>/u, '');
    expect(docOf('a.html', noLine).date).toBe('2025-05-20');
    expect(docOf('a.html', noLine.replace(/<link rel="canonical"[^>]*>/u, '')).date).toBeNull();
  });
  it('takes a datePublished from a JSON-LD object of another type, or from a block that is not valid JSON', () => {
    expect(docOf('b.html', fixture('page-claim-review.html')).date).toBe('2025-03-04');
    const broken = page
      .replace(/<time>.*<\/time>/u, '')
      .replace(/<link rel="canonical"[^>]*>/u, '')
      .replace('"headline"', '"datePublished": "2025-05-19T08:00:00Z", "headline"');
    expect(docOf('a.html', broken).date).toBe('2025-05-19');
  });
  it('takes a date from a meta tag the site names for publication its own way', () => {
    const bare = page.replace(/<time>.*<\/time>/u, '').replace(/<link rel="canonical"[^>]*>/u, '');
    const tagged = bare.replace(
      '<meta charset="utf-8">',
      '<meta charset="utf-8"><meta name="sn-post-date" content="2025/05/18">',
    );
    expect(docOf('a.html', tagged).date).toBe('2025-05-18');
    // A modification date's tag is no publication date.
    const modified = bare.replace(
      '<meta charset="utf-8">',
      '<meta charset="utf-8"><meta name="last-modified-date" content="2025/05/18">',
    );
    expect(docOf('a.html', modified).date).toBeNull();
  });
});

describe("the outlet a page's <title> names", () => {
  const page = fixture('page-byline-block.html');
  it('is the publisher when the URL spells it or the copyright line names it', () => {
    expect(docOf('a.html', page).source).toBe('The Harbour Courier');
    const elsewhere = page.replace('www.harbourcourier.com/news', 'cdn.example.net/news');
    expect(docOf('a.html', elsewhere).source).toBe('The Harbour Courier');
    expect(docOf('a.html', elsewhere.replace('© 2025 The Harbour Courier.', '')).source).toBeNull();
    expect(docOf('c.html', fixture('page-url-only.html')).source).toBe('Town Notes');
    // Named in the title, vouched for by nothing on the page: the site its URL names instead.
    expect(docOf('b.html', fixture('page-claim-review.html')).source).toBe('example-checks.org');
  });
  it("wins over a site name the URL does not spell (an edition's or a section's), never over one it spells", () => {
    const edition = page.replace(
      '<meta property="og:type"',
      '<meta property="og:site_name" content="U.S."><meta property="og:type"',
    );
    expect(docOf('a.html', edition).source).toBe('The Harbour Courier');
    const spelled = edition.replace('content="U.S."', 'content="Harbour Courier Online"');
    expect(docOf('a.html', spelled).source).toBe('Harbour Courier Online');
  });
  it("is the domain when the site's name is a city's or a state's, as the domain spells it in lower case", () => {
    const local = fixture('page-url-only.html')
      .replace('www.townnotes.net', 'www.cleveland.com')
      .replace('| Town Notes', '')
      .replace('<meta property="og:url"', '<meta property="og:site_name" content="cleveland"><meta property="og:url"');
    expect(docOf('c.html', local).source).toBe('cleveland.com');
    // A brand in lower case stays as it is printed.
    const brand = local.replace(/cleveland/g, 'harbourly');
    expect(docOf('c.html', brand).source).toBe('harbourly');
  });
  it('is spelled by a domain in full, by its first words, or by their initials and the rest', () => {
    expect(outletFromTitle('Headline - CBS News', 'https://www.cbsnews.com/news/x/', '')).toBe('CBS News');
    expect(outletFromTitle('Headline - The New York Times', 'https://www.nytimes.com/2019/x.html', '')).toBe(
      'The New York Times',
    );
    expect(outletFromTitle('Headline – Vortex Cannon Entertainment', 'https://vortexcannon.org/x/', '')).toBe(
      'Vortex Cannon Entertainment',
    );
    expect(
      outletFromTitle('Headline - Sputnik International', null, '<p>© 2019 Sputnik. All rights reserved</p>'),
    ).toBe('Sputnik International');
    expect(outletFromTitle('Headline - Town Hall', 'https://www.cbsnews.com/x', '')).toBeNull();
    expect(outletFromTitle('Headline without an outlet', 'https://www.headline.com/x', '')).toBeNull();
  });
});

describe('the day in a URL', () => {
  it('is read from path segments, an ISO day or eight figures standing alone', () => {
    expect(dateInUrl('https://x.com/2025/05/21/story/')).toBe('2025-05-21');
    expect(dateInUrl('https://x.com/politics/2019/nov/18/story/')).toBe('2019-11-18');
    expect(dateInUrl('https://x.com/news/2025-05-21/story')).toBe('2025-05-21');
    expect(dateInUrl('https://x.com/science/cells-set-off-immune-responses-20191115/')).toBe('2019-11-15');
  });
  it('is no day from an ID, a month alone or a day that does not exist', () => {
    expect(dateInUrl('https://x.com/news/story-474349633.html')).toBeNull();
    expect(dateInUrl('https://x.com/news/story-180973578/')).toBeNull();
    expect(dateInUrl('https://x.com/2025/05/')).toBeNull();
    expect(dateInUrl('https://x.com/a/20251399/')).toBeNull();
    expect(dateInUrl('https://x.com/2025/02/30/x')).toBeNull();
    expect(dateInUrl(null)).toBeNull();
  });
});

describe('the date line by the headline', () => {
  const isHeadline = (l: string) => l.trim() === 'Bridge closes to lorries';
  it('is the first date line after the headline, then one just above it', () => {
    expect(
      dateByHeadline(
        'Menu\nBridge closes to lorries\nBy Ana Ruiz\nUpdated 2:14 PM EDT, Wed May 21, 2025\nText.',
        isHeadline,
      ),
    ).toBe('2025-05-21');
    expect(dateByHeadline('21 May 2025\nBridge closes to lorries\nThe council voted on Monday.', isHeadline)).toBe(
      '2025-05-21',
    );
  });
  it('is the date a byline runs on to, and a labelled date in brackets (Korean "기사입력")', () => {
    expect(dateByHeadline('Bridge closes to lorries\nby Ana Ruiz Monday, November 18, 2019\nText.', isHeadline)).toBe(
      '2019-11-18',
    );
    expect(dateByHeadline('Bridge closes to lorries\n기사입력 :[ 2018-08-25 15:24 ]\nText.', isHeadline)).toBe(
      '2018-08-25',
    );
    // A byline with no date after it, or a sentence ending in one, is no date line.
    expect(dateByHeadline('Bridge closes to lorries\nby Ana Ruiz\nText.', isHeadline)).toBeNull();
    expect(
      dateByHeadline('Bridge closes to lorries\nby the end of the year it will close, May 21, 2025\nText.', isHeadline),
    ).toBeNull();
  });
  it("is found by the metadata's title when the page's <h1> is the site's name", () => {
    const page = fixture('page-byline-block.html')
      .replace(/<link rel="canonical"[^>]*>/u, '')
      .replace(
        '<h1>Port workers end strike after pay deal</h1>',
        '<p class="headline">Port workers end strike after pay deal</p>',
      )
      .replace(
        '<header class="site-header">',
        `<header class="site-header"><h1>The Harbour Courier</h1><ul>${'<li>Section</li>'.repeat(12)}</ul>`,
      );
    expect(docOf('a.html', page).date).toBe('2025-05-21');
  });
  it('is a date printed in pieces, one element each (a calendar badge: day, time, year)', () => {
    expect(dateByHeadline('Bridge closes to lorries\nNovember 20\n15:23\n2019\nPrint\nText.', isHeadline)).toBe(
      '2019-11-20',
    );
    // Pieces are short lines: a sentence after a month and day does not make them a date.
    expect(
      dateByHeadline('Bridge closes to lorries\nNovember 20\nThe council voted in 2019 to close it.', isHeadline),
    ).toBeNull();
  });
  it('is looked for by each printing of the headline, a ticker above the article too', () => {
    const page = `Latest\nBridge closes to lorries\n${'Other story\n'.repeat(12)}Bridge closes to lorries\n21 May 2025\nText.`;
    expect(dateByHeadline(page, isHeadline)).toBe('2025-05-21');
  });
  it('is nothing without the headline: a date elsewhere on a page may be another story’s', () => {
    expect(dateByHeadline('Other story\n21 May 2025\nMore text.', isHeadline)).toBeNull();
    // A sentence that holds a date is no date line.
    expect(
      dateByHeadline('Bridge closes to lorries\nThe council voted on May 21, 2025 to close it.', isHeadline),
    ).toBeNull();
  });
});

describe("an HTML page's headline", () => {
  it('loses the outlet and section labels sites add after it, and a flag before it', () => {
    const url = 'https://www.harbourcourier.com/news/x/';
    expect(cleanHeadline('Port workers end strike - The Harbour Courier', null, url)).toBe('Port workers end strike');
    expect(cleanHeadline('Port workers end strike | TheHill', 'The Hill', null)).toBe('Port workers end strike');
    expect(
      cleanHeadline('Our view on the port: a deal at last | Editorial | Opinion | The Courier', 'the Courier', null),
    ).toBe('Our view on the port: a deal at last');
    expect(cleanHeadline('Port view: a deal at last | Editorial', 'The Courier', null)).toBe(
      'Port view: a deal at last',
    );
    expect(cleanHeadline('Opinion | Port workers deserve the raise', null, null)).toBe(
      'Port workers deserve the raise',
    );
    expect(cleanHeadline('BREAKING: Port workers end strike', null, null)).toBe('Port workers end strike');
    expect(cleanHeadline('BREAKING NEWS - Port workers end strike', null, null)).toBe('Port workers end strike');
  });
  it('keeps what is the headline’s own: a part after a dash that is no outlet, a label that is all there is', () => {
    expect(cleanHeadline('Jedi review – shoots for the moon, lands among the stars', 'Example', null)).toBe(
      'Jedi review – shoots for the moon, lands among the stars',
    );
    expect(cleanHeadline('Fact Check: Is the port closed?', null, null)).toBe('Fact Check: Is the port closed?');
    expect(cleanHeadline('Opinion | The Courier', 'The Courier', null)).toBe('Opinion | The Courier');
    expect(cleanHeadline('Breaking: strike', null, null)).toBe('Breaking: strike');
  });
  it('has its character references decoded', () => {
    expect(decodeReferences('&#8216;The deal&#8217; costs &#163;4m &amp; more&nbsp;&#x2014; &bogus;')).toBe(
      '‘The deal’ costs £4m & more — &bogus;',
    );
    const page = fixture('page-url-only.html').replace(
      '<title>Library reopens after two-year renovation | Town Notes</title>',
      '<title>Library reopens after two-year renovation &#8211; town&#8217;s pride | Town Notes</title>',
    );
    expect(docOf('c.html', page).title).toBe('Library reopens after two-year renovation – town’s pride');
  });
});

describe('the outlet a page names outside its article metadata', () => {
  const page = fixture('page-owner-markup.html');
  const microdata = /<div itemprop="publisher".*<\/div>\n/u;
  const ld = /<script type="application\/ld\+json">[\s\S]*?<\/script>\n/u;
  const twitter = /<meta name="twitter:site"[^>]*>\n/u;
  const logo = /<header>.*<\/header>\n/u;
  it("takes microdata's publisher first, a domain shown without its www", () => {
    expect(docOf('a.html', page).source).toBe('harbourvale.org');
  });
  it('takes a JSON-LD Organization on the page’s own domain, a comment in its block skipped', () => {
    expect(docOf('a.html', page.replace(microdata, '')).source).toBe('Harbour Vale Borough Council');
    const elsewhere = page
      .replace(microdata, '')
      .replace('"url": "https://www.harbourvale.org"', '"url": "https://x.example"');
    expect(
      docOf(
        'a.html',
        elsewhere
          .replace(twitter, '')
          .replace(logo, '')
          .replace(/<footer>.*<\/footer>/u, ''),
      ).source,
    ).toBe('harbourvale.org');
  });
  it('takes the Twitter account a label of the domain spells', () => {
    expect(docOf('a.html', page.replace(microdata, '').replace(ld, '')).source).toBe('harbourvale');
    const other = page.replace(microdata, '').replace(ld, '').replace('@harbourvale_', '@islandferries');
    expect(docOf('a.html', other.replace(logo, '').replace(/<footer>.*<\/footer>/u, '')).source).toBe(
      'harbourvale.org',
    );
  });
  it('takes the copyright holder when the text names it or it is a domain; never one the page does not vouch for', () => {
    const bare = page.replace(microdata, '').replace(ld, '').replace(twitter, '').replace(logo, '');
    const named = bare.replace('The borough council approved', 'Harbour Vale Borough Council approved');
    expect(docOf('a.html', named).source).toBe('Harbour Vale Borough Council');
    expect(docOf('a.html', bare.replace('© 2024 Harbour Vale Borough Council', '© harbourvale.org, 2024')).source).toBe(
      'harbourvale.org',
    );
    // Its domain spells it; on another domain, and not named in the text, it is not taken.
    expect(docOf('a.html', bare).source).toBe('Harbour Vale Borough Council');
    expect(docOf('a.html', bare.replace('news.harbourvale.org', 'ferries.example.net')).source).toBe('example.net');
    // A person holding the copyright is never the publisher: the site its URL names is.
    const person = named.replace(/Harbour Vale Borough Council/gu, 'John Smith');
    expect(docOf('a.html', person).source).toBe('harbourvale.org');
  });
  it("takes its logo's alt text when the <title> opens with it, and leaves it off the headline", () => {
    const bare = page
      .replace(microdata, '')
      .replace(ld, '')
      .replace(twitter, '')
      .replace(/<footer>.*<\/footer>/u, '');
    const titled = bare.replace(
      '<title>Harbour council approves new ferry timetable</title>',
      '<title>Harbour Vale Borough Council: Harbour council approves new ferry timetable</title>',
    );
    const d = docOf('a.html', titled);
    expect(d.source).toBe('Harbour Vale Borough Council');
    expect(d.title).toBe('Harbour council approves new ferry timetable');
    expect(docOf('a.html', bare).source).toBe('harbourvale.org');
  });
});

describe('the site a URL names, for a page that names no outlet', () => {
  it('is the registrable domain, a country’s second level kept', () => {
    expect(registrableDomain('https://www.catchitkansas.example/content/news/a-1.html')).toBe('catchitkansas.example');
    expect(registrableDomain('https://news.bbc.co.uk/2/hi/a.stm')).toBe('bbc.co.uk');
    expect(registrableDomain('http://127.0.0.1/a')).toBeNull();
    expect(registrableDomain('file:///etc/passwd')).toBeNull();
  });
  it('is never a host that carries other sites’ pages: a CDN, a cache, an aggregator, a shortener', () => {
    expect(siteOfUrl('https://www.harbourcourier.com/news/a')).toBe('harbourcourier.com');
    expect(siteOfUrl('https://cdn.harbourcourier.com/news/a')).toBeNull();
    expect(siteOfUrl('https://d1x.cloudfront.net/a.html')).toBeNull();
    expect(siteOfUrl('https://www-harbourcourier-com.cdn.ampproject.org/c/a')).toBeNull();
    expect(siteOfUrl('https://news.google.com/articles/abc')).toBeNull();
    expect(siteOfUrl('https://bit.ly/3abc')).toBeNull();
    expect(siteOfUrl(null)).toBeNull();
  });
  it('is the publisher only when neither the metadata nor the text names one', () => {
    const bare = fixture('page-byline-block.html')
      .replace(/ - The Harbour Courier/u, '')
      .replace(/<header class="site-header">.*?<\/header>/su, '')
      .replace(/<footer>.*<\/footer>/u, '');
    expect(docOf('a.html', bare).source).toBe('harbourcourier.com');
    // A wire credit in the text is a publisher the page names: it wins.
    const wired = bare.replace("Dock workers at the city's", "LONDON (Reuters) - Dock workers at the city's");
    expect(docOf('a.html', wired).source).toBe('Reuters');
    expect(docOf('a.html', bare.replace(/<link rel="canonical"[^>]*>/u, '')).source).toBeNull();
  });
});
