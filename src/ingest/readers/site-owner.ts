// The outlet a page names outside its article metadata, for pages without og:site_name or a JSON-LD publisher:
// schema.org microdata's publisher, a JSON-LD Organization or WebSite on the page's own domain, the Twitter account
// its domain spells, the holder of its copyright notice, the alt text of its logo. Each taken only when the page
// vouches for it, and never a person, a place, a figure or a word of a sentence.
import { copyrightHolders } from '../copyright.js';
import { nameKey, personOrPlace } from '../masthead.js';
import { fieldText } from './fields.js';
import { jsonLdObjects } from './json-ld.js';
import { spelledByHost } from './title-site.js';
import { escapeRegExp } from '../../text.js';

type El = {
  getAttribute(n: string): string | null;
  textContent: string | null;
  querySelector(s: string): El | null;
};
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El> };

/** A host name as a page prints it for its name: "www.wday.ru" is "wday.ru". */
const DOMAIN = /^(?:www\.)?((?:[\p{L}\d-]+\.)+\p{L}{2,})$/iu;

/** The shape of an outlet's name: a few words, a capital or a figure first (or a domain), no sentence's stop. */
function nameShaped(t: string): boolean {
  if (DOMAIN.test(t)) return true;
  // Particles in lower case do not count ("Prefeitura Municipal de Jaraguá do Sul").
  const words = t.split(/\s+/).filter((w) => !/^\p{Ll}{1,3}$/u.test(w));
  return (
    words.length <= 5 &&
    /^[\p{Lu}\p{Lo}«"'“]/u.test(t) &&
    !/[.!?:;]$/u.test(t) &&
    /\p{L}{2}/u.test(t) &&
    !/\b(?:rights?|reserved|designed|powered|developed|all)\b/iu.test(t)
  );
}

/** A name as it is shown: a domain without its "www.", company forms and quotes trimmed. */
function shown(t: string): string {
  const d = DOMAIN.exec(t.trim());
  if (d) return d[1]!;
  return t
    .trim()
    .replace(/\s+(?:Ltd|Inc|LLC|GmbH|AG|SA|S\.A|Pvt|Co|Corp)\.?$/u, '')
    .replace(/^["'“«]+|["'”»]+$/gu, '');
}

/** A name that may stand as a publisher: shaped as one, never a person or a place alone. */
const acceptable = (t: string | null | undefined): t is string =>
  !!t && nameShaped(t.trim()) && !personOrPlace(t.trim());

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '').toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The name of a JSON-LD Organization or WebSite whose own URL is on the page's domain. */
function ldOwner(doc: Doc, url: string | null): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const o of jsonLdObjects(doc, 200, true)) {
    const type = fieldText(o['@type']) ?? '';
    if (!/^(?:\w*Organization|WebSite|Corporation|NewsMediaOrganization)$/.test(type)) continue;
    const name = fieldText(o.name);
    // The organisation's own site: the page's host or the domain it is a part of ("news.vale.org" on "vale.org").
    const own = hostOf(fieldText(o.url));
    if (acceptable(name) && own && (host === own || host.endsWith(`.${own}`))) return name.trim();
  }
  return null;
}

/** The name schema.org microdata gives the page's publisher (itemprop="publisher" … itemprop="name"). */
function microdataPublisher(doc: Doc): string | null {
  const el = doc.querySelector('[itemprop~="publisher"]');
  const name = el?.querySelector('[itemprop~="name"]');
  const v = (name?.getAttribute('content') ?? name?.textContent ?? '').trim();
  return acceptable(v) ? v : null;
}

/** The page's Twitter account, when a label of its domain spells it ("@comwrap" on blog.comwrap.com). */
function twitterOwner(doc: Doc, url: string | null): string | null {
  const raw = doc.querySelector('meta[name="twitter:site"]')?.getAttribute('content') ?? '';
  const handle = /@?(?:https?:\/\/(?:www\.)?(?:twitter|x)\.com\/)?@?([A-Za-z0-9_]{3,30})$/.exec(raw.trim())?.[1];
  const name = handle?.replace(/^_+|_+$/g, '');
  return name && spelledByHost(name, url) ? name : null;
}

/**
 * The holder of the page's copyright notice, when the page vouches for it: a domain, a name its domain spells, or
 * one its headline or text names ("© 2019 Ascom" on a page that tells what Ascom announces).
 */
function copyrightOwner(html: string, url: string | null, named: string): string | null {
  for (const h of copyrightHolders(html, 10)) {
    const t = h.trim();
    if (!acceptable(t)) continue;
    if (DOMAIN.test(t) || spelledByHost(t, url)) return t;
    if (new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(t)}(?![\\p{L}\\d])`, 'u').test(named)) return t;
  }
  return null;
}

/** The alt text of the site's logo, when the page's <title> opens or ends with it ("The Space Review: …"). */
function logoOwner(doc: Doc, pageTitle: string): string | null {
  const imgs = doc.querySelectorAll('img[alt]');
  const title = nameKey(pageTitle);
  for (let i = 0; i < imgs.length && i < 30; i++) {
    const img = imgs[i]!;
    const where = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''}`;
    const alt = img.getAttribute('alt')?.trim() ?? '';
    if (!/logo/i.test(where) || !acceptable(alt) || DOMAIN.test(alt)) continue;
    const a = nameKey(alt);
    if (a.length >= 4 && (title.startsWith(a) || title.endsWith(a))) return alt;
  }
  return null;
}

/**
 * The page's outlet from what its markup says of itself outside its article metadata: microdata, a JSON-LD
 * Organization, its Twitter account, its logo. Read before the main-text extractor changes the document.
 */
export function markupOwner(doc: Doc, url: string | null, pageTitle: string): string | null {
  const found = microdataPublisher(doc) ?? ldOwner(doc, url) ?? twitterOwner(doc, url) ?? logoOwner(doc, pageTitle);
  return found ? shown(found) : null;
}

/** The holder of the page's copyright notice, as shown, when the page vouches for it (`named`: headline and text). */
export function noticeOwner(html: string, url: string | null, named: string): string | null {
  const found = copyrightOwner(html, url, named);
  return found ? shown(found) : null;
}
