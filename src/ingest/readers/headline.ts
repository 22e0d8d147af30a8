// An HTML page's headline as its metadata gives it, cleaned of what sites add to it: character references left
// encoded ("&#8216;", "&amp;"), the outlet's name and section labels after a separator ("… | Editorial | Opinion |
// The Guardian", "… - Digg"), and a flag before it ("BREAKING:", "Opinion | ").
import { decodeHTMLStrict } from 'entities';
import { nameKey } from '../masthead.js';
import { spelledByHost } from './title-site.js';

/**
 * Character references decoded, numeric ("&#8216;", "&#x2019;") and named ("&amp;", "&eacute;"), only where a
 * semicolon closes them ("AT&T" stays): the entities library holds the whole HTML table.
 */
export function decodeReferences(text: string): string {
  // (A no-break space is a space here: text is split and matched on spaces.)
  return decodeHTMLStrict(text).replace(/\u00a0/gu, ' ');
}

const SEPARATOR = /\s+[|–—·•]\s+|\s+-\s+/u;
/** A section's label as sites append or prefix it: "Editorial", "Opinion", "World news". */
const SECTION =
  /^(?:opinion|editorial|editorials|analysis|comment|commentary|perspective|news|world(?: news)?|politics|business|sports?|entertainment|culture|technology|tech|science|health|lifestyle|travel|video|videos|blog|blogs|live)$/iu;
/** A flag before the headline: "BREAKING:", "BREAKING NEWS -", "EXCLUSIVE:", "WATCH:". */
const FLAG = /^(?:breaking(?: news)?|exclusive|update|updated|just in|watch|live)\s*[:|–—-]\s+(?=\S)/iu;

/** Whether a part a title adds after a separator is the outlet's name: the site's, or one the URL's host spells. */
function isOutletPart(part: string, site: string | null, url: string | null): boolean {
  const p = nameKey(part);
  if (!p) return false;
  const s = site ? nameKey(site) : '';
  return (
    (!!s && (p === s || (p.length >= 4 && s.startsWith(p)) || (s.length >= 4 && p.startsWith(s)))) ||
    spelledByHost(part, url)
  );
}

/** The headline without what the site adds to it; the title as it was when nothing would be left of it. */
export function cleanHeadline(title: string, site: string | null, url: string | null): string {
  const decoded = decodeReferences(title).replace(/\s+/g, ' ').trim();
  const parts = decoded.split(SEPARATOR);
  const seps = [...decoded.matchAll(new RegExp(SEPARATOR, 'gu'))].map((m) => m[0]);
  // The outlet's name last, section labels beside it: off the end, while a headline of three words or more is left.
  let end = parts.length;
  while (end > 1) {
    const part = parts[end - 1]!.trim();
    if (!isOutletPart(part, site, url) && !SECTION.test(part)) break;
    if (
      parts
        .slice(0, end - 1)
        .join(' ')
        .split(' ').length < 3
    )
      break;
    end--;
  }
  let text = parts
    .slice(0, end)
    .map((p, k) => (k === 0 ? p : `${seps[k - 1]}${p}`))
    .join('')
    .trim();
  // A section label before a bar, and a flag before a colon.
  const lead = /^([^|]{2,30}?)\s+\|\s+(?=\S)/u.exec(text);
  if (lead && SECTION.test(lead[1]!.trim()) && text.slice(lead[0].length).split(' ').length >= 3)
    text = text.slice(lead[0].length);
  // The outlet's own name before a colon or a bar: "The Valley Review: Harbour strike ends".
  const named = /^([^|:]{2,40}?)\s*[:|]\s+(?=\S)/u.exec(text);
  if (named && site && nameKey(named[1]!) === nameKey(site) && text.slice(named[0].length).split(' ').length >= 3)
    text = text.slice(named[0].length);
  const flag = FLAG.exec(text);
  if (flag && text.slice(flag[0].length).split(' ').length >= 3) text = text.slice(flag[0].length);
  return text || title;
}
