// Publication dates an HTML page gives outside its article metadata: the date line printed by its headline (a
// byline block the main-text extractor leaves out: "Published 10:02 AM EST Nov 19, 2019"), a JSON-LD object of
// another type (a ClaimReview's, a WebPage's datePublished) or a block too broken to parse, and meta tags named
// for a publication date in a site's own way ("sn-post-date", "publish-date").
import { parseDateLine } from '../../dates/pubdate.js';
import { stampDate } from '../stamp-dates.js';
import { isoDate } from './fields.js';
import { isByline } from '../chrome.js';

/** How many lines around the headline a page's date line may stand (kicker, byline, share bar between). */
const AFTER = 10;
const BEFORE = 3;

/** A line that is only a date, with its label, weekday and time: the page's date line. */
function dateOfLine(line: string): string | null {
  const t = line.trim();
  if (!t || t.split(/\s+/).length > 20) return null;
  const d = parseDateLine(t);
  if (d && !d.rest) return d.date;
  return stampDate(t) ?? bylineDate(t);
}

/** The date a byline ends with, the two run together on one line: "by Jane Roe Monday, November 18, 2019". */
function bylineDate(line: string): string | null {
  const words = line.split(/\s+/);
  if (words.length > 16) return null;
  for (let k = 2; k < words.length; k++) {
    const d = parseDateLine(words.slice(k).join(' '));
    if (d && !d.rest && !d.prefix && isByline(words.slice(0, k).join(' '))) return d.date;
  }
  return null;
}

/** Pieces of a date a page prints in separate elements (a calendar badge: "November 20", "15:23", "2019"). */
const PIECE_WORDS = 3;
const PIECES = 3;

/** The date line at `at`, or one printed in pieces over it and the short lines after it. */
function dateFrom(lines: string[], at: number): string | null {
  const own = dateOfLine(lines[at]!);
  if (own) return own;
  const short = (l: string | undefined) => !!l && l.trim().split(/\s+/).length <= PIECE_WORDS;
  if (!short(lines[at])) return null;
  let joined = lines[at]!.trim();
  for (let k = at + 1; k < at + PIECES && short(lines[k]); k++) {
    joined += ` ${lines[k]!.trim()}`;
    const d = dateOfLine(joined);
    if (d) return d;
  }
  return null;
}

/**
 * The date printed by the page's headline: the first date line among the lines after the headline (then the few
 * before it), in the page's whole text; null when the headline is not found, since a date elsewhere on a page may
 * be another story's. A headline printed more than once (in a ticker or a "latest" list above the article too) is
 * looked at each time it is printed, in page order.
 */
export function dateByHeadline(pageText: string, isHeadline: (line: string) => boolean): string | null {
  const lines = pageText.split('\n').filter((l) => l.trim());
  for (let at = 0; at < lines.length; at++) {
    if (!isHeadline(lines[at]!)) continue;
    for (let k = at + 1; k < Math.min(lines.length, at + 1 + AFTER); k++) {
      const d = dateFrom(lines, k);
      if (d) return d;
    }
    for (let k = at - 1; k >= Math.max(0, at - BEFORE); k--) {
      const d = dateFrom(lines, k);
      if (d) return d;
    }
  }
  return null;
}

/** The first datePublished of any JSON-LD object, read loosely from blocks that are not valid JSON too. */
export function anyLdDatePublished(scripts: string[]): string | null {
  for (const s of scripts) {
    for (const m of s.slice(0, 200_000).matchAll(/"datePublished"\s*:\s*"([^"]{8,40})"/gu)) {
      const d = isoDate(m[1]);
      if (d) return d;
    }
  }
  return null;
}

/** A meta tag's name that says it holds the publication date: "sn-post-date", "publish-date", "article.published_time". */
export const PUBLISHED_META = /(?:publish(?:ed)?|pub|post(?:ed)?|release(?:d)?)[_.:-]?(?:date|time)$/i;
