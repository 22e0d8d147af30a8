// The site an article's URL names, a last resort for its publisher when neither its metadata nor its text names
// one: the registrable domain, as a reader would type it ("catchitkansas.com", "bbc.co.uk"). Never a host that
// serves other sites' pages (an aggregator, a cache, a CDN, an archive, a shortener) or a bare address.

/** Second-level labels under a country code that are registries, not sites: "co.uk", "com.au", "ac.jp". */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ne', 'or', 'go', 'gen', 'ltd', 'plc']);

/**
 * Registrable domains that carry other sites' pages, and the domains of platforms whose subdomains are tenants:
 * a page found there is not the domain owner's story.
 */
const CARRIERS = new Set([
  'google.com',
  'googleusercontent.com',
  'yahoo.com',
  'msn.com',
  'bing.com',
  'flipboard.com',
  'newsnow.co.uk',
  'feedburner.com',
  'ampproject.org',
  'cloudfront.net',
  'akamaized.net',
  'akamaihd.net',
  'amazonaws.com',
  'fastly.net',
  'cloudflare.net',
  'archive.org',
  'archive.today',
  'archive.ph',
  'bit.ly',
  't.co',
  'ow.ly',
  'lnkd.in',
  'facebook.com',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'reddit.com',
  'localhost',
]);

/** A host label that names a delivery or caching service rather than the site: "cdn", "static", "amp", "cache". */
const SERVICE_LABEL =
  /^(?:cdn\d*|static\d*|assets?|media\d*|img\d*|images?|cache|amp|proxy|feeds?|feedproxy|webcache)$/;

/** The registrable domain of an http(s) URL's host, lower case; null for an address, localhost or junk. */
export function registrableDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  const labels = host.split('.');
  const n = labels.length;
  const take = n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The site the URL names, for a publisher line; null for a carrier of other sites' pages or an unusable URL. */
export function siteOfUrl(url: string | null | undefined): string | null {
  const domain = registrableDomain(url);
  if (!domain || CARRIERS.has(domain)) return null;
  const host = new URL(url!).hostname.toLowerCase();
  const sub = host
    .slice(0, Math.max(0, host.length - domain.length - 1))
    .split('.')
    .filter(Boolean);
  if (sub.some((l) => SERVICE_LABEL.test(l))) return null;
  return domain;
}
