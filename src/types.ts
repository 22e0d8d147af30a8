// The engine's data model. Nothing here knows about Discord.

/** ISO date with the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD. */
type IsoDate = string;

export interface Passage {
  /** Position of the passage within its document. */
  n: number;
  text: string;
  /** Character offsets into Document.text. */
  start: number;
  end: number;
  /** Sentence bounds as start, end pairs of offsets into text: split once, at ingestion. */
  sentences?: number[];
  /**
   * A line too short to be a passage, kept for the names it gives (a byline, a results row): people read it; search,
   * excerpts, events and leads do not. Asides come after every passage of their document.
   */
  aside?: true;
}

export interface Document {
  /** Stable id: the file name, plus #n for the n-th article of a file holding several. */
  doc: string;
  file: string;
  title: string;
  date: IsoDate | null;
  source: string | null;
  /** The article's address when known: http or https only. */
  url?: string | null;
  lang: string;
  text: string;
  passages: Passage[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Citation {
  doc: string;
  title: string;
  date: IsoDate | null;
  source: string | null;
  /** The article's address when known: http or https only. */
  url?: string | null;
  excerpt: string;
}
