// The readers, most specific first: a file goes to the first that accepts it, plain text last.
// Adding a format is one file exporting a Reader (see ../types.ts) and one line here: its extensions are then
// those /add stores, and its name is in /add's description.
import type { Reader } from '../types.js';
import { feedReader } from './feed.js';
import { htmlReader } from './html.js';
import { jsonReader } from './json.js';
import { textReader } from './text.js';

export const READERS: Reader[] = [feedReader, htmlReader, jsonReader, textReader];

/** The extensions of every format a reader takes (lower case, without the dot), in the readers' order. */
export function readableExtensions(): string[] {
  return [...new Set(READERS.flatMap((r) => r.extensions))];
}

export function readerFor(file: string, text: string): Reader {
  return READERS.find((r) => r.accepts(file, text)) ?? textReader;
}
