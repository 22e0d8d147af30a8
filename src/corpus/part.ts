// A corpus-wide part (the search index, people, the timeline, stories, acronyms): what it takes from each article
// at ingestion, how it is built, extended when articles are only added, prepared after a snapshot load, and saved.
// The builder (load.ts) and the snapshot (snapshot.ts) loop over the parts (parts.ts) and know none of their insides.
import type { Document } from '../types.js';
import type { Pace } from '../pace.js';

/** A typed-array kind a part's saved arrays are read back as. */
export type ArrayKind = { new (buffer: ArrayBufferLike, offset: number, length: number): ArrayBufferView; BYTES_PER_ELEMENT: number };

/**
 * What a part writes into a snapshot: `count` JSON rows (section one, many to a line), packed a line at a time by
 * `rows(from, to)` so that packing gives way between lines, and raw arrays (section two).
 */
export interface SavedPart {
  count: number;
  rows(from: number, to: number): unknown[];
  arrays?: ArrayBufferView[];
}

/** What a part reads back: its rows, and its arrays read as the kinds it names. */
export interface LoadedPart {
  rows: unknown[];
  arrays(kinds: readonly ArrayKind[]): ArrayBufferView[];
}

/**
 * `Value` is what the part serves (and carries for extensions, inside itself); `Extract` what it takes from one
 * article at ingestion, kept per file between reloads and in the snapshot's rebuild-only section.
 */
export interface CorpusPart<Value, Extract = never, Name extends string = string> {
  /** Its key in the corpus state, in the file cache and in the snapshot. */
  readonly name: Name;
  /** Bump when what the part saves, or how it is made, changes: a snapshot of another version is rebuilt. */
  readonly version: number;
  /** What one article gives the part; each `yield` is a place where a long article may give way. */
  extract?(doc: Document): Generator<void, Extract>;
  /** An extract as the rebuild-only section stores it, and back (sentences as spans in the article, say). */
  packExtract?(extract: Extract, doc: Document): unknown;
  unpackExtract?(packed: unknown, doc: Document): Extract;
  /**
   * The part over these articles (`extracts[i]` is article i's). `reuse`, when given, is a value of this part over
   * some of the same articles (the same objects) that the build may start from; the result is the same either way.
   */
  build(docs: Document[], extracts: Extract[], p: Pace, reuse?: Value): Promise<Value>;
  /**
   * The part once articles `from` onwards are added to those `previous` was built over (none removed or changed):
   * equal to a build over all of them, and `previous` is left exactly as it was.
   */
  extend(previous: Value, docs: Document[], extracts: Extract[], from: number, p: Pace): Promise<Value>;
  /** After a snapshot load: the value with what extensions carry on from worked out again (or as it was). */
  prepare(value: Value, docs: Document[], extracts: Extract[], p: Pace): Promise<Value>;
  save(value: Value, docs: Document[]): SavedPart;
  load(saved: LoadedPart, docs: Document[]): Promise<Value>;
}

/** Passages handed to a part's extraction at a time, between two chances to give way. */
const PASSAGES_PER_STEP = 16;

/**
 * The article in slices of `perStep` passages (itself when short): a part that works passage by passage takes one
 * slice per step, which gives the same results as one pass. A part reading the article as a whole asks for slices
 * as long as articles are, giving way only inside a document far longer than any news article.
 */
export function* passageSlices(d: Document, perStep = PASSAGES_PER_STEP): Generator<Document> {
  if (d.passages.length <= perStep) return yield d;
  for (let i = 0; i < d.passages.length; i += perStep) yield { ...d, passages: d.passages.slice(i, i + perStep) };
}
