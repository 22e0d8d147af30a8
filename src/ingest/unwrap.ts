// Joins the hard-wrapped lines of a paragraph ("text with a line break every few words") back into one line, so
// that a short line is judged as the part of a sentence it is, never as a headline or a label.
import { parseDateLine, parseDatelineAlone } from '../dates/pubdate.js';
import { isByline, isCredit, isRelativeStamp, isTimestamp } from './chrome.js';
import { isTableRow } from './rows.js';

/** A line that ends a sentence or a clause a reader would stop at: the next line starts something new. */
const ENDS = /[.!?…:;؟۔。"”»)\]]$/u;
const BULLET = /^[•·▪●◦*–-]\s/u;

/** A short line with a year in it: a date line in whatever language its month and day names are. */
export function hasYearAlone(line: string): boolean {
  return line.split(/\s+/).length <= 6 && /(?:^|\D)(?:1[89]|20)\d{2}(?:\D|$)/u.test(line);
}

/** Whether a line stands on its own whatever follows: a date, a time stamp, a byline, a credit, a bullet. */
function standsAlone(line: string): boolean {
  if (BULLET.test(line)) return true;
  const words = line.split(/\s+/).length;
  const date = words <= 12 ? parseDateLine(line) : null;
  return (
    (!!date && !date.rest) ||
    (words <= 12 && !!parseDatelineAlone(line)) ||
    hasYearAlone(line) ||
    isRelativeStamp(line) ||
    isTimestamp(line) ||
    isByline(line) ||
    isCredit(line)
  );
}

/**
 * Whether `next` goes on with the sentence `line` left open: `line` ends with no stop, and `next` opens in lower
 * case — or, in a script without letter case (Arabic, Hebrew, Devanagari…), opens at all.
 */
export function continues(line: string, next: string): boolean {
  if (!line || !next || ENDS.test(line)) return false;
  if (standsAlone(line) || standsAlone(next)) return false;
  const first = /\p{L}/u.exec(next)?.[0];
  if (!first) return false;
  if (/\p{Ll}/u.test(first)) return true;
  // A caseless script: nothing tells a new line's start from a continuation but the open sentence before it, and
  // the wrap's width: a wrapped line holds several words, and the line after it is never much longer (a masthead,
  // a section label or a headline over a paragraph printed on one line is not wrapped).
  return (
    !/\p{Lu}/u.test(first) &&
    !/\p{Lu}|\p{Ll}/u.test(line.replace(/\P{L}/gu, '').slice(0, 1)) &&
    line.split(/\s+/).length >= 3 &&
    next.length <= line.length * 1.5
  );
}

/** A line that opens with a whole word in lower case ("did", "ask for…"), not a brand written so ("iPhone"). */
const OPENS_LOWER = /^\p{Ll}+(?=\P{L}|$)/u;

/**
 * Whether `next`, with blank lines between, goes on with the sentence `line` left open: a paragraph the scrape
 * broke at a blank line ("…Parry revealed the club" / "" / "did" / "" / "ask for…"). Stricter than `continues`:
 * `next` opens with a word in lower case, which a new paragraph or heading never does, and neither is a row of a
 * table; in a script without letter case nothing tells a break from a new paragraph, so none is joined across a
 * blank line.
 */
function continuesAcrossBlank(line: string, next: string): boolean {
  // A table's rows stand on their lines whatever case they open in ("Shr 55 cts vs 24 cts" / "" / "revs 10.5 mln").
  return OPENS_LOWER.test(next) && !isTableRow(line) && !isTableRow(next) && continues(line, next);
}

/**
 * The text with each hard-wrapped paragraph on one line, and a sentence a blank line cut joined back; other lines
 * (and blank lines) as they were.
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  // Where the last line with text is in `out`, and whether blank lines came after it.
  let lastAt = -1;
  for (const raw of lines) {
    const line = raw.trim();
    const last = lastAt >= 0 ? out[lastAt]!.trim() : '';
    const gap = out.length - 1 - lastAt;
    if (line && last && (gap === 0 ? continues(last, line) : continuesAcrossBlank(last, line))) {
      out.length = lastAt + 1;
      out[lastAt] = `${last} ${line}`;
      continue;
    }
    out.push(raw);
    if (line) lastAt = out.length - 1;
  }
  return out.join('\n');
}
