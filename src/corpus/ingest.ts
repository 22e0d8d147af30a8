// Turns the files of a corpus folder into cleaned, dated, attributed documents.
import type { Document, SkippedFile } from '../types.js';
import { fallbackTitle } from './meta.js';
import { readerFor } from './readers/index.js';
import { cleanArticle } from './readers/clean.js';
import { splitPassages } from './passages.js';
import { detectLanguage } from './lang.js';
import type { RawFile } from './read.js';
import { extractMentions } from '../people/extract.js';
import { packMentions } from '../people/packed.js';
import { extractEvents, type EventMention } from '../timeline/events.js';
import { storySample } from './stories.js';
import { findAcronyms } from './acronyms.js';

export interface FileResult {
  docs: Document[];
  skipped?: SkippedFile;
  /** People named in each document, in document order, packed (see people/packed.ts). */
  mentions: string[];
  /** Dated events of each document, in document order. */
  events: EventMention[][];
  /** Shingle samples of each document, to find republished stories. */
  samples: number[][];
  /** Acronyms the file defines, with their expansions. */
  acronyms: [string, string[]][];
}

/** Articles of one file; a file with no article text left after cleaning is reported as skipped. */
export function ingestFile(raw: RawFile): FileResult {
  const reader = readerFor(raw.file, raw.text);
  const read = reader.read(raw.file, raw.text);
  if ('reason' in read) return { ...emptyResult(), skipped: { file: raw.file, reason: read.reason } };
  const docs: Document[] = [];
  for (const found of read.articles) {
    const article = found.raw ? cleanArticle(found) : found;
    const text = article.body;
    const passages = splitPassages(text);
    if (passages.length === 0) continue;
    docs.push({
      doc: raw.file,
      file: raw.file,
      // Copies: the headline and publisher are read from the page as it was scraped, and a slice of it would keep
      // the whole page (site chrome and all) in memory for as long as the document is served.
      title: detach(article.title || fallbackTitle(text)),
      date: article.date ?? null,
      source: article.source ? detach(article.source) : null,
      url: article.url ?? null,
      lang: detectLanguage(text),
      text,
      passages,
    });
  }
  if (docs.length > 1) docs.forEach((d, n) => (d.doc = `${raw.file}#${n + 1}`));
  if (docs.length === 0) {
    const reason = reader.name === 'text' ? 'no article text (only site chrome or boilerplate)' : `${reader.name} with no article text left after cleaning`;
    return { ...emptyResult(), skipped: { file: raw.file, reason } };
  }
  const acronyms = new Map<string, Set<string>>();
  for (const d of docs) findAcronyms(d.text, acronyms);
  return {
    docs,
    mentions: docs.map((d) => packMentions(d, extractMentions(d))),
    events: docs.map(extractEvents),
    samples: docs.map(storySample),
    acronyms: [...acronyms].map(([k, v]) => [k, [...v]]),
  };
}

/** A string that holds no larger one: V8 keeps a slice of a long string as a view into it. */
function detach(s: string): string {
  return structuredClone(s);
}

export function emptyResult(): FileResult {
  return { docs: [], mentions: [], events: [], samples: [], acronyms: [] };
}
