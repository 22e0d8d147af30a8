// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item, its full content when the feed carries it,
// its summary otherwise. Parsed by linkedom's XML mode, which decodes the predefined entities only: an entity a
// feed declares in its DTD is never expanded, so an entity bomb stays a few bytes of text.
import { DOMParser } from 'linkedom';
import type { RawArticle, Reader } from '../types.js';
import { extension, head } from '../types.js';
import { isoDate } from './fields.js';
import { htmlToText } from './html-text.js';
import { safeUrl } from './url.js';

interface XEl {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XEl>;
  getAttribute(n: string): string | null;
  querySelector(s: string): XEl | null;
}

const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/;

/** Child elements named one of `names` (namespace prefix included, case-insensitive), in document order. */
function kids(el: XEl, names: string[]): XEl[] {
  const out: XEl[] = [];
  for (let i = 0; i < el.children.length; i++) {
    const c = el.children[i]!;
    if (names.includes(c.tagName.toLowerCase())) out.push(c);
  }
  return out;
}

function first(el: XEl, ...names: string[]): string | null {
  for (const n of names) {
    const c = kids(el, [n])[0];
    const t = c?.textContent?.trim();
    if (t) return t;
  }
  return null;
}

/** Atom's <link rel="alternate" href>, or RSS's <link>text</link>, or a permalink <guid>. */
function itemLink(item: XEl, base: string | null): string | null {
  for (const l of kids(item, ['link'])) {
    const rel = l.getAttribute('rel');
    const href = l.getAttribute('href');
    if (href && (!rel || rel === 'alternate')) return safeUrl(href, base);
    const text = l.textContent?.trim();
    if (text) return safeUrl(text, base);
  }
  const guid = kids(item, ['guid'])[0];
  if (guid && guid.getAttribute('isPermaLink') !== 'false') return safeUrl(guid.textContent?.trim());
  return null;
}

function personOf(item: XEl): string | null {
  const a = kids(item, ['author', 'dc:creator'])[0];
  if (!a) return null;
  const name = first(a, 'name') ?? a.textContent?.trim() ?? '';
  // RSS's <author> is "email (Name)": the name, never the address.
  const m = /^\S+@\S+\s+\((.+)\)$/.exec(name);
  return (m ? m[1]! : name).replace(/\s+/g, ' ').trim() || null;
}

export const feedReader: Reader = {
  name: 'RSS/Atom feed',
  extensions: ['rss', 'atom', 'xml'],
  accepts(file, text) {
    const h = head(text);
    if (!h.startsWith('<')) return false;
    if (FEED_ROOT.test(text.slice(0, 20000))) return true;
    // Other XML is this reader's to refuse with its reason, unless it is XHTML.
    return (h.startsWith('<?xml') || feedReader.extensions.includes(extension(file))) && !/<html[\s>]/i.test(h);
  },
  read(_file, text) {
    if (!FEED_ROOT.test(text.slice(0, 20000))) return { reason: 'XML but not an RSS or Atom feed' };
    let doc: { documentElement: XEl | null };
    try {
      doc = new DOMParser().parseFromString(text, 'text/xml') as never;
    } catch (err) {
      return { reason: `not well-formed XML (${(err as Error).message.slice(0, 80)})` };
    }
    const root = doc.documentElement;
    if (!root) return { reason: 'not well-formed XML' };
    const channel = kids(root, ['channel'])[0] ?? root;
    const feedTitle = first(channel, 'title');
    const base = safeUrl(first(channel, 'link')) ?? safeUrl(kids(channel, ['link'])[0]?.getAttribute('href'));
    // RSS 1.0 puts items beside the channel, RSS 2.0 inside it, Atom calls them entries.
    const items = [...kids(channel, ['item', 'entry']), ...(channel === root ? [] : kids(root, ['item']))];
    if (items.length === 0) return { reason: 'feed with no items' };
    const articles: RawArticle[] = [];
    for (const item of items) {
      const content = first(item, 'content:encoded', 'content');
      const summary = first(item, 'description', 'summary', 'media:description');
      const body = htmlToText(content ?? summary ?? '');
      if (!body) continue;
      const sourceEl = kids(item, ['source'])[0];
      articles.push({
        title: first(item, 'title') ? htmlToText(first(item, 'title')!) : null,
        date: isoDate(first(item, 'pubdate', 'dc:date', 'published', 'updated', 'issued', 'modified')),
        source: (sourceEl && (first(sourceEl, 'title') ?? sourceEl.textContent?.trim())) || feedTitle,
        url: itemLink(item, base),
        author: personOf(item),
        body,
      });
    }
    if (articles.length === 0) return { reason: 'feed items with no text' };
    return { articles };
  },
};
