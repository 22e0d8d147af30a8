// The console's --json contract: one JSON object per answer, its type per command declared here, shared by the
// code that writes it and the tests that read it.
import type { Answer } from '../answer.js';

/** A citation as machine readers get it. */
export interface JsonCitation {
  doc: string;
  title: string;
  date: string | null;
  source: string | null;
  /** An http(s) address, or null. */
  url: string | null;
  excerpt: string;
}

/** A citation of /search and /source: with the [start, end) ranges of the excerpt that matched. */
export interface JsonMatch extends JsonCitation {
  highlights: [number, number][];
}

export interface JsonFilters {
  from?: string;
  to?: string;
  publisher?: string;
  language?: string;
}

/** Said when there is nothing to cite: no match, nobody by that name. */
export interface Noticed {
  notice?: string;
}

export interface JsonPassages extends Noticed {
  query: string;
  filters?: JsonFilters;
  /** Distinct documents that match. */
  documents: number;
  passages: number;
  results: JsonMatch[];
}

export interface JsonSearch extends JsonPassages {
  command: 'search';
}

export interface JsonSource extends JsonPassages {
  command: 'source';
}

export interface JsonPerson {
  name: string;
  roles: { role: string; date: string | null; citation: JsonCitation }[];
  aliases: string[];
  affiliation: string | null;
  documents: number;
  mentions: number;
  firstDate: string | null;
  lastDate: string | null;
  citations: JsonCitation[];
  mentionedWith: { name: string; count: number }[];
}

/** One of several people a name may be, or a holder of the role asked about. */
export interface JsonPersonBrief {
  name: string;
  role: string | null;
  roleDate: string | null;
  documents: number;
  mentions?: number;
  citations: JsonCitation[];
}

interface JsonWhoBase extends Noticed {
  command: 'who';
  query: string;
  /** Close names, when nobody matches. */
  suggestions: string[];
}

/** /who: one person (or none, with suggestions), several people one name may be, or the holders of a role. */
export type JsonWho =
  | (JsonWhoBase & { people: JsonPerson[]; ambiguous?: never; byRole?: never })
  | (JsonWhoBase & { ambiguous: true; people: JsonPersonBrief[]; byRole?: never })
  | (JsonWhoBase & { byRole: true; people: JsonPersonBrief[]; ambiguous?: never });

export interface JsonEvent {
  date: string;
  end?: string;
  precision: string;
  text: string;
  /** How many articles tell it (the first few are cited). */
  sources: number;
  citations: JsonCitation[];
}

/** /timeline: the events, or (when `person` names nobody, or several people) none with who was meant. */
export type JsonTimeline =
  | (Noticed & {
      command: 'timeline';
      filters: { from?: string; to?: string; topic?: string; person?: string };
      total: number;
      events: JsonEvent[];
    })
  | (Noticed & {
      command: 'timeline';
      events: [];
      suggestions: string[];
      candidates: string[];
      filters?: never;
      total?: never;
    });

export interface JsonArticle {
  command: 'article';
  document: {
    doc: string;
    title: string;
    date: string | null;
    source: string | null;
    url: string | null;
    language: string;
    text: string;
  };
}

export interface JsonAsk extends Noticed {
  command: 'ask';
  question: string;
  /** The question as understood after a follow-up was completed. */
  resolved: string;
  type: string;
  /** The short answer, or null when no sentence answers. */
  answer: string | null;
  answerCitation: JsonCitation | null;
  person: string | null;
  topic: string | null;
  documents: number;
  results: JsonCitation[];
}

export interface JsonStats {
  command: 'stats';
  documents: number;
  files: number;
  passages: number;
  undated: number;
  dateRange: { from: string; to: string } | null;
  languages: Record<string, number>;
  sources: Record<string, number>;
  skipped: { file: string; reason: string }[];
  loadedAt: string;
  buildMs: number;
}

interface JsonReloadReport {
  ok: boolean;
  added: string[];
  removed: string[];
  changed: string[];
  skipped: { file: string; reason: string }[];
  documents: number;
  ms: number;
}

export interface JsonReload extends JsonReloadReport {
  command: 'reload';
}

export interface JsonAdd extends JsonReloadReport {
  command: 'add';
  stored: string[];
  refused: { name: string; reason: string }[];
  moderator: string;
}

export interface JsonRemove extends JsonReloadReport {
  command: 'remove';
  file: string;
  trashed: string;
  moderator: string;
}

export interface JsonHelp {
  command: 'help';
  commands: { name: string; description: string; example?: string; options: string[] }[];
}

/** A request that failed: the command it was for (or what was typed), and a clear message. */
export interface JsonError {
  command: string;
  error: string;
}

/** Each command's answer, by the command's name. */
export interface JsonAnswers {
  search: JsonSearch;
  source: JsonSource;
  who: JsonWho;
  timeline: JsonTimeline;
  article: JsonArticle;
  ask: JsonAsk;
  stats: JsonStats;
  reload: JsonReload;
  add: JsonAdd;
  remove: JsonRemove;
  help: JsonHelp;
}

/** Any answer may carry a notice (said when there is nothing to cite). */
export type JsonAnswer = (JsonAnswers[keyof JsonAnswers] & Noticed) | JsonError;

/** An answer as the contract gives it: the answer's structured data under its command's name; a failure's message. */
function toJson(a: Answer): JsonAnswer {
  if (a.error) return { command: a.command, error: a.error };
  // The queries fill `data` with these shapes; tests/json-contract.test.ts holds them to it.
  return { command: a.command, ...a.data, ...(a.notice ? { notice: a.notice } : {}) } as JsonAnswer;
}

export function renderJson(a: Answer): string {
  return JSON.stringify(toJson(a));
}
