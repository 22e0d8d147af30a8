// The readers, most specific first: a file goes to the first that accepts it, plain text last.
// Adding a format is one file exporting a Reader (see ../types.ts) and one line here.
import type { Reader } from '../types.js';
import { feedReader } from './feed.js';
import { htmlReader } from './html.js';
import { jsonReader } from './json.js';
import { textReader } from './text.js';

export const READERS: Reader[] = [feedReader, htmlReader, jsonReader, textReader];

export function readerFor(file: string, text: string): Reader {
  return READERS.find((r) => r.accepts(file, text)) ?? textReader;
}
