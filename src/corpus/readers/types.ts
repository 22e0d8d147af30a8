// What a reader makes of one decoded file: raw articles, or the true reason the file cannot be read.

/** One article as a format gives it, before cleaning: metadata the format carries and the body as plain text. */
export interface RawArticle {
  title?: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  date?: string | null;
  source?: string | null;
  /** http or https only (see url.ts). */
  url?: string | null;
  author?: string | null;
  /** Paragraphs separated by newlines. */
  body: string;
  /**
   * The body still needs a page's cleaning (site chrome, date and credit lines): true for markup turned into
   * text; false for the text reader, whose pipeline cleaned it already.
   */
  raw?: boolean;
}

export type ReadOutcome = { articles: RawArticle[] } | { reason: string };

export interface Reader {
  /** The format's name, as reasons and docs say it. */
  name: string;
  /** Whether this reader should read the file: judged on its content first, its extension second. */
  accepts(file: string, text: string): boolean;
  read(file: string, text: string): ReadOutcome;
}

/** The file's extension, lower case, without the dot. */
export function extension(file: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(file);
  return m ? m[1]!.toLowerCase() : '';
}

/** The start of a file without a byte-order mark or leading white space, to sniff its format. */
export function head(text: string, n = 2048): string {
  return text.slice(0, n + 64).replace(/^\ufeff/, '').trimStart().slice(0, n);
}
