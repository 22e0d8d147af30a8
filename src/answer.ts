// The platform-neutral answer every query returns; adapters (console, JSON, Discord) only render it.
import type { Citation } from './types.js';

export interface CitedExcerpt extends Citation {
  /** [start, end) ranges of excerpt to show in bold: the words that matched. */
  highlights?: [number, number][];
}

export interface AnswerItem {
  /** A short heading: a document title, a date, a person's name. */
  heading?: string;
  /** A line of the bot's own words; every item still carries the citations it rests on. */
  text?: string;
  citations: CitedExcerpt[];
}

export interface Answer {
  command: string;
  title: string;
  /** One line under the title: counts, what matched. */
  summary?: string;
  items: AnswerItem[];
  /** Said when there is nothing to cite (no match, a refusal): never a claim about the corpus. */
  notice?: string;
  /** A clear message for a request that failed; set only on failures. */
  error?: string;
  /** A question's answer, shown first: the short answer and the cited sentence that gives it, answer in bold. */
  lead?: { answer: string | null; citation: CitedExcerpt };
  /** Structured payload for machine readers (the console's --json). */
  data: Record<string, unknown>;
}

export function failure(command: string, message: string): Answer {
  return { command, title: 'Sorry', items: [], error: message, data: {} };
}

/** A citation without its highlights, as machine readers get it. */
export function plainCitation(c: CitedExcerpt): Citation {
  return { doc: c.doc, title: c.title, date: c.date, source: c.source, url: c.url ?? null, excerpt: c.excerpt };
}
