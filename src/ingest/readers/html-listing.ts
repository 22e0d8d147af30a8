// A page that lists stories rather than telling one (a section front, a search result, a "latest" page): its
// teasers, each an article of its own with its headline, link, date when given and summary. Told by shape: three
// or more teaser blocks (<article> elements, or blocks each holding one linked heading), short, holding most of
// the page's words. An article page with a few related links below its text is not a listing.
import type { RawArticle } from '../types.js';
import { isoDate } from './fields.js';
import { nodeText, tidy } from './html-text.js';
import { safeUrl } from './url.js';
import { parseDateLine } from '../../dates/pubdate.js';

interface El {
  tagName: string;
  textContent: string | null;
  parentElement: El | null;
  getAttribute(n: string): string | null;
  querySelector(s: string): El | null;
  querySelectorAll(s: string): ArrayLike<El>;
  contains(other: El): boolean;
}

/** A teaser is a headline and a sentence or two: a block longer than this is a story, not a teaser. */
const MAX_TEASER_WORDS = 120;
const MIN_TEASERS = 3;
/** Running text outside the teasers past which the page tells a story of its own: a few paragraphs. */
const MAX_OWN_PROSE = 120;
const MIN_PARAGRAPH_WORDS = 15;
const HEADING = 'h1,h2,h3,h4,h5,h6';

const wordsIn = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const all = (root: El, sel: string) => Array.from(root.querySelectorAll(sel));

/** Headings that hold a link: the shape of a teaser's headline. */
function linkedHeadings(root: El): El[] {
  return all(root, HEADING).filter((h) => h.querySelector('a[href]') || h.parentElement?.tagName === 'A');
}

/** Teaser blocks: innermost <article> elements, else the largest block around each linked heading holding no other. */
function teaserBlocks(body: El): El[] {
  const articles = all(body, 'article').filter((a) => !a.querySelector('article'));
  if (articles.length >= MIN_TEASERS) return articles;
  const headings = linkedHeadings(body);
  const blocks: El[] = [];
  for (const h of headings) {
    let block = h;
    while (block.parentElement && block.parentElement !== body && linkedHeadings(block.parentElement).length === 1)
      block = block.parentElement;
    if (!blocks.includes(block)) blocks.push(block);
  }
  return blocks;
}

function teaserOf(block: El, base: string | null): RawArticle | null {
  const heading = block.querySelector(HEADING);
  const link =
    heading?.querySelector('a[href]') ??
    (heading?.parentElement?.tagName === 'A' ? heading.parentElement : null) ??
    block.querySelector('a[href]');
  const title = tidy((heading ?? link)?.textContent ?? '');
  if (wordsIn(title) < 3) return null;
  const time = block.querySelector('time');
  const date = isoDate(time?.getAttribute('datetime')) ?? isoDate(time?.textContent) ?? printedDate(block, title);
  const paragraphs = all(block, 'p')
    .map((p) => tidy(p.textContent ?? ''))
    .filter((t) => t && t !== title);
  return { title, url: safeUrl(link?.getAttribute('href'), base), date, body: paragraphs.join('\n') || title };
}

/** A date the teaser prints as a line of its own ("June 3, 2025"), when it has no <time> element. */
function printedDate(block: El, title: string): string | null {
  for (const line of nodeText(block as never).split('\n')) {
    if (line === title || line.split(/\s+/).length > 8) continue;
    const d = parseDateLine(line);
    if (d && !d.rest) return d.date;
  }
  return null;
}

/** The page's teasers when it is a listing, else null. */
export function listingTeasers(body: unknown, base: string | null): RawArticle[] | null {
  const root = body as El | null;
  if (!root) return null;
  const blocks = teaserBlocks(root);
  if (blocks.length < MIN_TEASERS) return null;
  let teaserWords = 0;
  for (const b of blocks) {
    const n = wordsIn(b.textContent ?? '');
    if (n > MAX_TEASER_WORDS) return null;
    teaserWords += n;
  }
  // Teasers hold most of what the page says; on an article page its own text outweighs them, or at least runs
  // on for paragraphs outside them (an article with a long "more stories" rail).
  if (teaserWords * 2 < wordsIn(nodeText(root as never))) return null;
  const ownProse = all(root, 'p')
    .filter((p) => !blocks.some((b) => b.contains(p)))
    .map((p) => wordsIn(p.textContent ?? ''))
    .filter((n) => n >= MIN_PARAGRAPH_WORDS)
    .reduce((a, b) => a + b, 0);
  if (ownProse >= MAX_OWN_PROSE) return null;
  const teasers = blocks.map((b) => teaserOf(b, base)).filter((t): t is RawArticle => !!t);
  return teasers.length >= MIN_TEASERS ? teasers : null;
}
