// JSON and JSON Lines exports of articles: an array of articles, an object holding one (articles, items, data,
// results, …), a single article object, or one object a line; fields by their common names.
import type { RawArticle, ReadOutcome, Reader } from '../types.js';
import { extension, head } from '../types.js';
import { isoDate, pick, fieldText } from './fields.js';
import { htmlToText } from './html-text.js';
import { safeUrl } from './url.js';

const TITLE = ['title', 'headline', 'name'];
const URL = ['url', 'link', 'href', 'canonical_url', 'permalink', 'webUrl'];
const DATE = [
  'date',
  'published',
  'datePublished',
  'published_at',
  'publishedAt',
  'pubDate',
  'publication_date',
  'created_at',
  'updated',
  'dateModified',
];
const SOURCE = ['source', 'publisher', 'site_name', 'siteName', 'outlet', 'site', 'sourceName'];
const AUTHOR = ['author', 'authors', 'byline', 'creator'];
const BODY = ['body', 'text', 'content', 'articleBody', 'article', 'full_text', 'fulltext', 'description', 'summary'];

const MAX_ARTICLES = 10_000;

function isArticle(o: unknown): o is Record<string, unknown> {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return false;
  return typeof fieldText(pick(o as Record<string, unknown>, BODY)) === 'string';
}

/** The list of article objects a parsed export holds, looking one level into a wrapping object. */
function articlesIn(data: unknown): Record<string, unknown>[] | null {
  if (Array.isArray(data)) return data.filter(isArticle);
  if (!data || typeof data !== 'object') return null;
  if (isArticle(data)) return [data];
  for (const v of Object.values(data as Record<string, unknown>)) {
    if (Array.isArray(v) && v.some(isArticle)) return v.filter(isArticle);
  }
  return null;
}

function toArticle(o: Record<string, unknown>): RawArticle {
  const src = pick(o, SOURCE);
  return {
    title: fieldText(pick(o, TITLE)),
    date: isoDate(pick(o, DATE)),
    source: fieldText(
      src && typeof src === 'object' && !Array.isArray(src)
        ? ((src as Record<string, unknown>).name ?? (src as Record<string, unknown>).title)
        : src,
    ),
    url: safeUrl(fieldText(pick(o, URL))),
    author: fieldText(pick(o, AUTHOR)),
    body: htmlToText(fieldText(pick(o, BODY)) ?? ''),
  };
}

function outcome(list: Record<string, unknown>[] | null, what: string): ReadOutcome {
  if (!list || list.length === 0)
    return { reason: `${what} with no article (no field named ${BODY.slice(0, 4).join('/')}…)` };
  const articles = list
    .slice(0, MAX_ARTICLES)
    .map(toArticle)
    .filter((a) => a.body.trim());
  if (articles.length === 0) return { reason: `${what} whose articles have no text` };
  return { articles };
}

export const jsonReader: Reader = {
  name: 'JSON',
  extensions: ['json', 'jsonl', 'ndjson'],
  accepts(file, text) {
    const h = head(text, 64);
    // JSON opens with an object or a list of values; "[Photo] Crowds gather…" is text.
    return (
      /^\{\s*("|\})|^\[\s*[{["\d\]-]/.test(h) || (jsonReader.extensions.includes(extension(file)) && /^[[{]/.test(h))
    );
  },
  read(_file, text) {
    const body = text.replace(/^\ufeff/, '');
    try {
      return outcome(articlesIn(JSON.parse(body)), 'JSON');
    } catch (err) {
      // Not one JSON document: perhaps JSON Lines, one object a line.
      const lines = body.split('\n').filter((l) => l.trim());
      if (lines.length > 1 && lines[0]!.trim().startsWith('{')) {
        const list: Record<string, unknown>[] = [];
        for (const [k, line] of lines.entries()) {
          try {
            const o = JSON.parse(line) as unknown;
            if (isArticle(o)) list.push(o);
          } catch {
            // A torn last line (a file cut short) is dropped; a bad line elsewhere means this is not JSON Lines.
            if (k === lines.length - 1 && list.length) break;
            return { reason: `not valid JSON Lines (line ${k + 1})` };
          }
        }
        return outcome(list, 'JSON Lines');
      }
      return { reason: `not valid JSON (${(err as Error).message.replace(/\s+/g, ' ').slice(0, 80)})` };
    }
  },
};
