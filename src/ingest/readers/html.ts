// HTML pages: the main text by Mozilla's Readability (on linkedom's DOM), the metadata from the page's head:
// JSON-LD NewsArticle, Open Graph and article:* tags, <title>, the canonical link.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawArticle, Reader } from '../types.js';
import { extension, head } from '../types.js';
import { isoDate, pick, fieldText } from './fields.js';
import { jsonLdObjects } from './json-ld.js';
import { nodeText } from './html-text.js';
import { safeUrl } from './url.js';
import { listingTeasers } from './html-listing.js';
import { outletFromTitle, spelledByHost } from './title-site.js';
import { nameKey, personOrPlace } from '../masthead.js';
import { markupOwner, noticeOwner } from './site-owner.js';
import { cleanHeadline } from './headline.js';
import { PUBLISHED_META, anyLdDatePublished, dateByHeadline } from './printed-date.js';

const HTML_START =
  /^(?:<!doctype html|<!--|<(?:html|head|body|meta|title|article|main|div|p|h[1-6]|section|header|nav)[\s>])/i;
/**
 * Readability's time grows with the cube of how deep elements nest (a second at 400, minutes at 2,000); real
 * pages stay under a hundred. A page nested deeper is read without it, as plain text of its body.
 */
const MAX_DEPTH = 250;
/** A closing tag of HTML: what tells a page from text that opens with "<ACME CORP> said…". */
const HTML_CLOSE = /<\/(?:html|head|body|article|main|div|p|h[1-6]|section|span|table|title|a|li|ul|header|nav)>/i;

type El = { getAttribute(n: string): string | null; textContent: string | null };
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El> };

/** Objects of JSON-LD blocks that describe an article (NewsArticle, Article, BlogPosting, …), @graph included. */
function jsonLdArticles(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const o of jsonLdObjects(doc, 500)) {
    const type = fieldText(o['@type']) ?? '';
    if (/(?:^|, ?)(?:\w*Article|BlogPosting|Report|LiveBlogPosting)(?:,|$)/.test(type)) out.push(o);
  }
  return out;
}

/** The raw text of the page's JSON-LD blocks. */
function ldScripts(doc: Doc): string[] {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const out: string[] = [];
  for (let i = 0; i < scripts.length && i < 20; i++) out.push(scripts[i]!.textContent ?? '');
  return out;
}

/** A date from a meta tag a site names for the publication date its own way ("sn-post-date"). */
function publishedMeta(doc: Doc): string | null {
  const metas = doc.querySelectorAll('meta[content]');
  for (let i = 0; i < metas.length && i < 400; i++) {
    const el = metas[i]!;
    const name = el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '';
    if (!PUBLISHED_META.test(name)) continue;
    const d = isoDate(el.getAttribute('content'));
    if (d) return d;
  }
  return null;
}

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const k of keys) {
    const el =
      doc.querySelector(`meta[property="${k}"]`) ??
      doc.querySelector(`meta[name="${k}"]`) ??
      doc.querySelector(`meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** How deep the page's elements nest, walked without recursion. */
function depthOf(root: unknown): number {
  type N = { children?: ArrayLike<N> };
  let max = 0;
  const stack: [N, number][] = [[root as N, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    const kids = n.children ?? [];
    for (let i = 0; i < kids.length; i++) stack.push([kids[i]!, d + 1]);
  }
  return max;
}

/** A site name without the tagline or section list some sites append ("Outlet | News | Sport"). */
function siteName(name: string | null): string | null {
  const first = name?.split(/\s+[|–—·•:]\s+|\s+-\s+/u)[0]?.trim();
  return first || null;
}

/**
 * A site name given as its domain's label in lower case, a place's name or a state's letters ("cleveland" on
 * cleveland.com, "nj" on nj.com), is the domain, as the site prints its name: never a city or a state alone.
 */
function domainSpelled(name: string | null, url: string | null): string | null {
  // Only a place's name or a few letters (a state's abbreviation): a brand in lower case ("my6sense") stays.
  if (!name || !url || !/^[\p{Ll}\d-]+$/u.test(name) || (name.length > 3 && !personOrPlace(name))) return name;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return name;
  }
  const labels = host.split('.');
  const at = labels.indexOf(name);
  return at >= 0 && at === labels.length - 2 ? labels.slice(at).join('.') : name;
}

/** An author field that names someone, not a profile URL. */
function authorName(v: unknown): string | null {
  const t = fieldText(v);
  return t && !/^https?:/i.test(t) ? t : null;
}

/** The site name a <title> adds after a separator ("Headline | Outlet"), removed when it is the known site. */
function stripSiteName(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—·•]\s+|\s+-\s+/u);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.trim().toLowerCase();
  if ((site && last === site.toLowerCase()) || parts[parts.length - 1]!.split(/\s+/).length <= 3)
    // Cut at the last separator, the others as printed ("… – town’s pride | Outlet").
    return title.slice(0, [...title.matchAll(/\s+[|–—·•]\s+|\s+-\s+/gu)].pop()!.index).trim();
  return title;
}

const key = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How many of the main text's first lines may stand before its headline (a kicker, a label). */
const HEADLINE_WITHIN = 3;

/** The texts of the page's <h1>s, read before Readability, which changes the document it reads. */
function headingKeys(doc: Doc): Set<string> {
  const headings = doc.querySelectorAll('h1');
  const keys = new Set<string>();
  for (let i = 0; i < headings.length && i < 10; i++) {
    const k = key(headings[i]!.textContent ?? '');
    if (k) keys.add(k);
  }
  return keys;
}

/**
 * The page's headline where the main text opens with it: a line among its first that is the text of one of the
 * page's <h1>s (Readability keeps a heading it does not take for the title, as an <h2>). The text is given back
 * without it, so that a headline is never a passage.
 */
function headlineAtTop(keys: Set<string>, body: string): { headline: string; body: string } | null {
  if (!keys.size) return null;
  const lines = body.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADLINE_WITHIN; i++) {
    if (!lines[i]!.trim()) continue;
    seen++;
    if (keys.has(key(lines[i]!)))
      return { headline: lines[i]!.trim(), body: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n') };
  }
  return null;
}

/**
 * The headline a page prints over its text when the metadata's title is missing or a shortened form of it (a
 * <title> or og:title cut to fit: every word of it in the headline, which is longer); else the metadata's title,
 * the editor's own.
 */
function fullerTitle(title: string | null, headline: string): string {
  if (!title) return headline;
  const words = key(title.replace(/(?:\.\.\.|…)$/u, '')).split(' ');
  const printed = new Set(key(headline).split(' '));
  return printed.size > words.length && words.every((w) => printed.has(w)) ? headline : title;
}

export const htmlReader: Reader = {
  name: 'HTML',
  extensions: ['html', 'htm', 'xhtml'],
  accepts(file, text) {
    const h = head(text);
    if (!h.startsWith('<')) return false;
    if (/^<!doctype html|^<html[\s>]/i.test(h)) return true;
    return (
      (HTML_START.test(h) || htmlReader.extensions.includes(extension(file))) && HTML_CLOSE.test(text.slice(0, 50000))
    );
  },
  read(_file, text) {
    const { document } = parseHTML(text);
    const doc = document as unknown as Doc;
    const ld = jsonLdArticles(doc)[0] ?? {};
    const url =
      safeUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      safeUrl(meta(doc, 'og:url')) ??
      safeUrl(
        fieldText(pick(ld, ['url', 'mainEntityOfPage'])) ??
          (ld.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id'],
      );
    const site = domainSpelled(
      siteName(
        fieldText((ld.publisher as Record<string, unknown> | undefined)?.name ?? ld.publisher) ??
          meta(doc, 'og:site_name', 'application-name', 'publisher'),
      ),
      url,
    );
    const pageTitle = doc.querySelector('title')?.textContent?.trim() ?? '';
    // The <title>'s outlet, vouched for by the URL or the copyright, over a site name the URL does not spell: an
    // edition's or a section's name ("U.S." on reuters.com, "Hosted" on an agency's platform).
    const titled = pageTitle ? outletFromTitle(pageTitle, url, text) : null;
    const outlet =
      site && titled && nameKey(titled) !== nameKey(site) && !spelledByHost(site, url) && spelledByHost(titled, url)
        ? titled
        : (site ?? titled);
    // Without a site name in the metadata or the <title>: what else the page's markup says of its owner, read
    // before Readability changes the document.
    const owner = outlet ?? markupOwner(doc as never, url, pageTitle);
    const given =
      fieldText(ld.headline) ??
      meta(doc, 'og:title', 'twitter:title') ??
      (pageTitle ? stripSiteName(pageTitle, site) : null);
    // Without the outlet's name, section labels and flags sites add to it, references decoded.
    const title = given ? cleanHeadline(given, owner, url) : null;
    const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
    const date =
      isoDate(ld.datePublished) ??
      isoDate(
        meta(
          doc,
          'article:published_time',
          'datePublished',
          'date',
          'pubdate',
          'publishdate',
          'dc.date',
          'DC.date.issued',
          'parsely-pub-date',
          'sailthru.date',
        ),
      ) ??
      publishedMeta(doc) ??
      anyLdDatePublished(ldScripts(doc)) ??
      isoDate(time) ??
      isoDate(ld.dateModified) ??
      isoDate(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time'));
    const author = authorName(ld.author) ?? authorName(meta(doc, 'author', 'article:author', 'byl'));
    // A page of teasers is read as its teasers, each findable, never as one article made of them.
    // A page that says it is one article (JSON-LD or Open Graph) is read as one.
    const oneArticle = !!ld['@type'] || meta(doc, 'og:type') === 'article';
    const teasers = oneArticle ? null : listingTeasers(document.body, url);
    if (teasers) {
      const source = owner ?? noticeOwner(text, url, pageTitle);
      return { articles: teasers.map((t) => ({ ...t, source, date: t.date ?? null })) };
    }
    const headings = headingKeys(doc);
    // A page whose metadata gives no date: the date line printed by its headline (an <h1>, or the line that is the
    // metadata's title where the <h1> is the site's name), read before Readability leaves the byline block out.
    const pageText = date ? '' : nodeText(document.body as never);
    const printed = date
      ? null
      : ((headings.size ? dateByHeadline(pageText, (l) => headings.has(key(l))) : null) ??
        (title ? dateByHeadline(pageText, (l) => key(l) === key(title)) : null));
    let body = '';
    // Readability's title (a lone <h1> when the head has none) for a page whose metadata names no title.
    let extracted: string | null = null;
    if (depthOf(document.documentElement) > MAX_DEPTH) body = nodeText(document.body as never);
    else
      try {
        const parsed = new Readability(document as unknown as globalThis.Document, {
          charThreshold: 300,
          maxElemsToParse: 200_000,
        }).parse();
        extracted = parsed?.title?.trim() || null;
        if (parsed?.content) {
          const { document: inner } = parseHTML(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`);
          body = nodeText(inner.body as never);
        }
      } catch {
        body = '';
      }
    if (!body) body = fieldText(ld.articleBody) ?? '';
    // The headline over the text is the page's title, never its first paragraph.
    const top = headlineAtTop(headings, body);
    if (top) body = top.body;
    if (!body.trim()) return { reason: 'HTML page with no article text' };
    const named = title ?? extracted;
    const source = owner ?? noticeOwner(text, url, `${named ?? ''}\n${body}`);
    const article: RawArticle = {
      title: top ? fullerTitle(named, top.headline) : named,
      date: date ?? printed,
      source,
      url,
      author,
      body,
    };
    return { articles: [article] };
  },
};
