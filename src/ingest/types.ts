// The shapes ingestion passes along: what a reader makes of one decoded file (raw articles, or the true reason
// it cannot be read), the draft each refiner improves in turn, and the reader and refiner interfaces.
import type { Passage } from '../types.js';
import type { Line } from './lines.js';
import type { Segment } from './segment.js';
import type { Meta } from './meta.js';

/** One article as a format gives it, before cleaning: metadata the format carries and the body as plain text. */
export interface RawArticle {
  title?: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  date?: string | null;
  source?: string | null;
  /** http or https only (see readers/url.ts). */
  url?: string | null;
  author?: string | null;
  /** Paragraphs separated by newlines. */
  body: string;
  /**
   * A scraped page as it is, which may hold several articles and says nothing of its metadata outside its lines
   * (the text reader's output). False or absent: one article whose format gave its boundaries (an HTML page's
   * main text, a feed item, a JSON record).
   */
  page?: boolean;
}

export type ReadOutcome = { articles: RawArticle[] } | { reason: string };

export interface Reader {
  /** The format's name, as reasons and docs say it. */
  name: string;
  /** File extensions of the format, lower case without the dot: the names /add stores, and a hint to `accepts`. */
  extensions: readonly string[];
  /** Whether this reader should read the file: judged on its content first, its extension second. */
  accepts(file: string, text: string): boolean;
  read(file: string, text: string): ReadOutcome;
}

/** An article on its way to a document: each refiner fills in or narrows what the ones before it left. */
export interface Draft extends RawArticle {
  /** The body's lines, classified by shape (the lines refiner). */
  lines?: Line[];
  /** Every line of the page the draft came from, for what only the whole file tells (a masthead). */
  pageLines?: Line[];
  /** Header and body lines of one article (the split refiner). */
  segment?: Segment;
  /** Signals read from the segment (the metadata refiner). */
  meta?: Meta;
  lang?: string;
  passages?: Passage[];
}

/** What every refiner sees of the file besides the drafts. */
export interface RefineContext {
  file: string;
  /** The reader that read the file. */
  reader: Reader;
  /** Why a refiner dropped every draft, in words for /stats: the last refiner to say so is reported. */
  reason?: string;
}

/**
 * One step of ingestion after reading, like a chrono-node refiner: drafts in, drafts out (narrowed, split,
 * dropped). A refiner with long work returns a generator, whose `yield`s are points where ingestion may give way.
 */
export interface Refiner {
  name: string;
  refine(drafts: Draft[], ctx: RefineContext): Draft[] | Generator<void, Draft[]>;
}

/** The file's extension, lower case, without the dot. */
export function extension(file: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(file);
  return m ? m[1]!.toLowerCase() : '';
}

/** The start of a file without a byte-order mark or leading white space, to sniff its format. */
export function head(text: string, n = 2048): string {
  return text
    .slice(0, n + 64)
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, n);
}
