// A dated sentence of an article, as the timeline merges it: its own file, so that what reads events and what
// compares them share it without importing each other.
import type { Precision } from '../dates/values.js';

export interface EventMention {
  date: string;
  end?: string;
  precision: Precision;
  passage: number;
  sentence: string;
  /** The article's publication date, when it has one: when the sentence was told. */
  published?: string;
  /**
   * On an article's first mention only, when it is not the article's opening sentence: that sentence (its lead),
   * which says who the story is about even when it gives no date.
   */
  lead?: string;
}
