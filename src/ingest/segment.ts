// Splits a page into articles and each article into header and body, by the shape of its lines.
import { isDateLine, type Line } from './lines.js';
import { hasChromeCue, isByline } from './chrome.js';
import { endsWithCredit } from './credits.js';
import { terms } from '../text.js';
import { wireSignOff } from './wires.js';
import { continues, hasYearAlone } from './unwrap.js';
import { isTableRow } from './rows.js';
import { joinLists } from './lists.js';
import { isNameRow } from './name-rows.js';

export { isTableRow };

export interface Segment {
  /** Lines before the body: titles, date lines, publisher labels, captions, chrome. */
  header: Line[];
  /** Body lines: prose and the subheadings between prose. */
  body: Line[];
  /** Every line of the segment, for signals that may sit anywhere (a "Source:" line at the end). */
  all: Line[];
  /** A story with no sentence (a table, a notice): its body is one line of its rows, kept whole however short. */
  brief?: true;
}

const key = (l: Line) => l.text.toLowerCase().replace(/\W+/gu, ' ').trim();

export function isTitleLike(l: Line): boolean {
  return (
    l.kind === 'short' &&
    !l.bullet &&
    l.words >= 3 &&
    l.words <= 30 &&
    // A stop ends a sentence, not a headline, but for an initialism's ("… TO BRING JOBS TO U.S.") and a full stop
    // after a headline set all in capitals, as wires print some ("MERRILL MANDATED FOR IEL U.S. NOTE.").
    (!/[.:;,]$/.test(l.text) ||
      /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u.test(l.text) ||
      (/\p{Lu}{2}[^.]*\.$/u.test(l.text) && !/\p{Ll}/u.test(l.text))) &&
    !/^by\s/iu.test(l.text) &&
    // A line whose first word is in lower case goes on from something ("home to Leicester in the quarter-finals");
    // a headline opens with a capital ("iPhone sales rise" too), or in a script without letter case.
    !/^\p{Ll}+(?=[\s,;:]|$)/u.test(l.text) &&
    !hasChromeCue(l.text) &&
    !isTableRow(l.text)
  );
}

/**
 * Rows of a table the story prints (results, prices) as one line, "row; row; row", so that a brief made of a
 * table is kept and found. Null when the lines are not a table (fewer than two rows, none comparing figures).
 */
function tableOf(lines: Line[], whole = false): Line | null {
  const rows = lines.filter((l) => l.kind === 'short' && isTableRow(l.text));
  if (rows.length < 2 || !rows.some((l) => /\bvs\.?\s/i.test(l.text) || (l.text.match(/\d[\d.,]*/g)?.length ?? 0) >= 2))
    return null;
  // Whole: every line of a run the rows are read in ("Soybean nil nil nil" between two rows of figures).
  const printed = whole ? lines : rows;
  const text = printed.map((l) => l.text).join('; ');
  return { ...printed[0]!, text, kind: 'prose', words: text.split(/\s+/).length };
}

/** A line of text that goes on with the next one: a sentence the line break cut (a hard-wrapped paragraph). */
const isOpenText = (l: Line) => (l.kind === 'prose' || l.kind === 'short') && !/[.!?…:;؟"”»)\]]$/u.test(l.text);

/**
 * A headline that opens an article: repeated right away (page title and heading), or followed by a date or time
 * stamp and then prose that opens a sentence. Short lines alone are no signal: a line that goes on from an open
 * sentence above it is part of that text, and on a page that sets its parts apart with blank lines, a headline
 * has one above it (a subheading with a date inside a story does not).
 */
function opensArticle(lines: Line[], at: number, blankSeparated: boolean): boolean {
  const first = lines[at]!;
  if (!isTitleLike(first)) return false;
  const above = lines[at - 1];
  if (
    above &&
    above.kind !== 'blank' &&
    ((isOpenText(above) && continues(above.text, first.text)) ||
      (blankSeparated && (above.kind === 'prose' || above.kind === 'short')))
  )
    return false;
  const next = lines
    .slice(at + 1)
    .filter((l) => l.kind !== 'blank')
    .slice(0, 5);
  // A line whose sentence the next line goes on with ("The council said the works on" / "inspection of…").
  const below = lines[at + 1];
  if (below && isOpenText(first) && continues(first.text, below.text)) return false;
  // Repeated right away (a page's title and its heading, maybe a date or chrome between), not after text or rows of
  // a table: a table prints its section headings again ("Average rates of city banks", rows, the same heading,
  // rows), and the one story goes on.
  const again = next.slice(0, 4).findIndex((l) => key(l) === key(first));
  if (again >= 0)
    return !next.slice(0, again).some((l) => l.kind === 'prose' || (l.kind === 'short' && isTableRow(l.text)));
  const stamp = next.findIndex(isDateLine);
  if (stamp < 0 || next.slice(0, stamp).some(isTitleLike)) return false;
  const text = next.slice(stamp + 1).find((l) => l.kind === 'prose');
  // "will begin in the autumn, …" under a date goes on with a sentence: no article opens there.
  return !!text && !/^\P{L}*\p{Ll}/u.test(text.text);
}

/** Whether a page sets its paragraphs apart with blank lines: most of its prose lines have one above them. */
function isBlankSeparated(lines: Line[]): boolean {
  let prose = 0,
    spaced = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.kind !== 'prose') continue;
    prose++;
    if (lines[i - 1]!.kind === 'blank') spaced++;
  }
  return prose > 0 && spaced * 2 >= prose;
}

export function segmentPage(lines: Line[]): Segment[] {
  const starts = [0];
  const blankSeparated = isBlankSeparated(lines);
  // A page that opens with a headline: its top is an article's start like any other, not site chrome above one.
  const top = lines.find((l) => l.kind !== 'blank');
  const headlineOnTop = !!top && isTitleLike(top);
  for (let i = 1; i < lines.length; i++) {
    if (opensArticle(lines, i, blankSeparated) && !starts.includes(i)) {
      // A heading repeated on the next line opens one article, not two; nor does a headline-shaped line printed
      // under the page's opening headline before any text (a venue, a subheading, each with its date under it).
      const prev = starts[starts.length - 1]!;
      const between = lines.slice(prev, i).filter((l) => l.kind === 'prose');
      if (between.length === 0 && (prev !== 0 || headlineOnTop)) continue;
      // A headline the article printed already (at its top, again above its last part or its share bar) goes on
      // with the same article.
      const said = lines.slice(prev, i).filter(isTitleLike).map(key);
      if (said.includes(key(lines[i]!))) continue;
      starts.push(i);
    }
  }
  const segments: Segment[] = [];
  for (let s = 0; s < starts.length; s++) {
    const all = lines.slice(starts[s], starts[s + 1] ?? lines.length);
    const seg = splitBody(all);
    if (seg) segments.push(seg);
  }
  return segments;
}

/** Blocks of body text separated by runs of two or more non-prose lines. */
function blocks(all: Line[]): { lines: Line[]; gapBefore: Line[] }[] {
  const out: { lines: Line[]; gapBefore: Line[] }[] = [];
  let cur: Line[] = [];
  let gap: Line[] = [];
  let gapBefore: Line[] = [];
  const flush = () => {
    if (cur.some((l) => l.kind === 'prose')) out.push({ lines: cur, gapBefore });
    cur = [];
  };
  for (const l of all) {
    // A byline or a photo credit (a caption block closed by one too) sits inside a story, between its paragraphs:
    // it never splits the text.
    if (l.kind === 'blank' || (l.kind === 'chrome' && (isByline(l.text) || endsWithCredit(l.text)))) continue;
    if (l.kind === 'prose') {
      if (gap.length >= 2 || gap.some(isDateLine)) {
        flush();
        gapBefore = gap;
      } else cur.push(...gap);
      gap = [];
      cur.push(l);
    } else gap.push(l);
  }
  flush();
  return out;
}

function vector(lines: Line[]): Map<string, number> {
  const v = new Map<string, number>();
  for (const l of lines) for (const t of terms(l.text)) if (t.length > 2) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0,
    na = 0,
    nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * A story with no sentence in it — a table of results, a dividend notice ("Qtly div 48 cts vs 44 cts prior / Pay
 * May One / Record April One") — as one line of its rows, under its headline and date. Pages of menus and labels
 * are not briefs: a brief has at least two lines after its header, and a date and a figure, or two table rows.
 */
function brief(all: Line[]): Segment | null {
  const lines = all.filter((l) => l.kind !== 'blank');
  return briefAfterLastDate(all, lines) ?? briefAfterDateRun(all, lines) ?? noticeBrief(all, lines);
}

/** A notice longer than this is a list, judged as one (a date and a figure, or two table rows). */
const MAX_NOTICE_ROWS = 12;

/** The rows after the last date or stamp line (a futures table under a headline that is itself a stamp). */
function briefAfterLastDate(all: Line[], lines: Line[]): Segment | null {
  const lastDate = lines.map(isDateLine).lastIndexOf(true);
  const start = lastDate >= 0 ? lastDate + 1 : lines.findIndex(isTitleLike) + 1;
  if (start <= 0) return null;
  const rows = lines.slice(start).filter((l) => l.kind === 'short' && !wireSignOff(l.text));
  // Dated under its headline with a figure among its lines, or a table of at least two rows.
  const isBrief =
    (lastDate >= 0 && rows.some((l) => /\d/.test(l.text))) || rows.filter((l) => isTableRow(l.text)).length >= 2;
  return rows.length >= 2 && isBrief ? briefOf(all, lines, start, rows) : null;
}

/** A notice under its dated headline (isNotice): its rows after the last date line. */
function noticeBrief(all: Line[], lines: Line[]): Segment | null {
  const lastDate = lines.map(isDateLine).lastIndexOf(true);
  const rows = lines.slice(lastDate + 1).filter((l) => l.kind === 'short' && !wireSignOff(l.text));
  return isNotice(lines, lastDate, rows) ? briefOf(all, lines, lastDate + 1, rows) : null;
}

/**
 * A notice of a line or a few under its dated headline, figures or none ("APRIL 11 - ISRAEL INTRODUCES SUMMER
 * TIME.", "Federal Express Corp - New York"): the page holds nothing else — one headline, its date lines right
 * under it, rows of three words or more, a wire's sign-off. A menu's items are shorter, and chrome or a second
 * heading makes it no notice.
 */
function isNotice(lines: Line[], lastDate: number, rows: Line[]): boolean {
  if (lastDate < 1 || rows.length === 0 || rows.length > MAX_NOTICE_ROWS) return false;
  const [headline, ...dates] = lines.slice(0, lastDate + 1);
  if (headline!.kind !== 'short' || headline!.words < 2 || !dates.every(isDateLine)) return false;
  const after = lines.slice(lastDate + 1);
  return (
    rows.every((l) => l.words >= 3) &&
    after.every((l) => rows.includes(l) || (l.kind === 'short' && !!wireSignOff(l.text)))
  );
}

/**
 * The rows after the run of date lines under a headline, when the rows carry dates themselves ("Record March 31,
 * 1987") or the dateline runs into the first row ("BOSTON, April 13 - Shr 1.04 dlrs vs 83 cts").
 */
function briefAfterDateRun(all: Line[], lines: Line[]): Segment | null {
  const isDate = (l: Line) => isDateLine(l) && !/\bvs\.?\s/i.test(l.text);
  const title = lines.findIndex(isTitleLike);
  const firstDate = lines.findIndex((l, i) => i > title && isDate(l));
  if (title < 0 || firstDate < 0) return null;
  let start = firstDate;
  while (start < lines.length && isDate(lines[start]!)) start++;
  const rows = lines.slice(start).filter((l) => (l.kind === 'short' || isDateLine(l)) && !wireSignOff(l.text));
  return rows.length >= 2 && rows.some((l) => /\d/.test(l.text)) ? briefOf(all, lines, start, rows) : null;
}

function briefOf(all: Line[], lines: Line[], start: number, rows: Line[]): Segment {
  const text = rows.map((l) => l.text.replace(/[;,.]$/, '')).join('; ');
  return {
    header: lines.slice(0, start),
    body: [{ ...rows[0]!, text, kind: 'prose', words: text.split(/\s+/).length }],
    all,
    brief: true,
  };
}

function splitBody(page: Line[]): Segment | null {
  // A sentence that announces a list is one line with the list's items, before anything is weighed.
  const all = joinLists(page);
  const bs = blocks(all);
  if (bs.length === 0) return brief(page);
  const weight = (b: { lines: Line[] }) => b.lines.reduce((n, l) => n + (l.kind === 'prose' ? l.words : 0), 0);
  let main = 0;
  bs.forEach((b, i) => {
    if (weight(b) > weight(bs[main]!)) main = i;
  });
  // Carry on past a break in the text (a subheading with a label under it) while what follows is about the same thing.
  let last = main;
  const core = vector(bs[main]!.lines);
  while (last + 1 < bs.length) {
    const next = bs[last + 1]!;
    // A block that opens in lower case goes on with a sentence the gap cut, and one under a subheading and a
    // date (no chrome between) goes on with the story: the page was not split there, so no article opens there.
    // Past chrome or a longer gap, only text about the same thing goes on (a "related" list is about another).
    const goesOn = /^\P{L}*\p{Ll}/u.test(next.lines[0]!.text);
    const chromeGap = next.gapBefore.some((l) => l.kind !== 'short' && l.kind !== 'date' && l.kind !== 'stamp');
    const subheading =
      !chromeGap && next.gapBefore.length <= 2 && next.gapBefore.some((l) => isDateLine(l) || hasYearAlone(l.text));
    // Text under the rows of a table the story prints ("The cumulative figures are as follows: …") goes on with it.
    const underTable =
      next.gapBefore.every((l) => l.kind === 'short') &&
      next.gapBefore.filter((l) => isTableRow(l.text)).length * 2 > next.gapBefore.length;
    if (
      !goesOn &&
      !subheading &&
      !underTable &&
      (next.gapBefore.length > 3 || cosine(core, vector(next.lines)) < (chromeGap ? 0.3 : 0.15))
    )
      break;
    last++;
  }
  const body = bs.slice(main, last + 1).flatMap((b) => [...b.gapBefore.filter(() => b !== bs[main]), ...b.lines]);
  while (body.length && body[body.length - 1]!.kind !== 'prose') body.pop();
  // A headline with no text above it opens the story as its header, even with no date under it to set it apart.
  const firstText = all.find((l) => l.kind === 'prose')!;
  while (body.length > 1 && body[0]!.kind !== 'prose' && body[0]!.i < firstText.i && isTitleLike(body[0]!))
    body.shift();
  const firstBody = body[0]!.i;
  const lastBody = body[body.length - 1]!.i;
  // The story's own table just before or after its text ("Shr 34 cts vs 1.19 dlrs / Net …", then a note).
  const before = tableOf(all.filter((l) => l.i < firstBody));
  const after = tableOf(all.filter((l) => l.i > lastBody));
  const start = before ? before.i : firstBody;
  const header = all.filter((l) => l.i < start && l.kind !== 'blank');
  // Text and subheadings, and the rows of a table between them as one line.
  const kept: Line[] = [];
  let rows: Line[] = [];
  const keepTable = () => {
    const table = tableOf(rows, true);
    if (table) kept.push(table);
    rows = [];
  };
  const isRow = (l: Line | undefined) => !!l && l.kind === 'short' && isTableRow(l.text);
  body.forEach((l, k) => {
    // A row, or a short line with rows on both sides ("Soybean nil nil nil").
    if (isRow(l) || (rows.length > 0 && l.kind === 'short' && isRow(body[k + 1]))) rows.push(l);
    else {
      keepTable();
      // (A short row of names between a team sheet's lines: its unused substitutes, its bookings.)
      if (l.kind === 'prose' || isTitleLike(l) || (l.kind === 'short' && isNameRow(l.text))) kept.push(l);
    }
  });
  keepTable();
  return {
    header,
    body: [...(before ? [before] : []), ...kept, ...(after ? [after] : []), ...sheetRowsAfter(all, kept)],
    all: page,
  };
}

/**
 * The short rows of names under a text that ends with a list of names, a match report's team sheet: the unused
 * substitutes, the bookings and the other team's rows, which the story's end would otherwise cut as a page's
 * trailing labels. Read up to the first line that is no short line (figures between, "8,661", are passed over).
 */
function sheetRowsAfter(all: Line[], kept: Line[]): Line[] {
  const last = kept[kept.length - 1];
  if (!last || !isNameRow(last.text)) return [];
  const rows: Line[] = [];
  for (const l of all) {
    if (l.i <= last.i || l.kind === 'blank') continue;
    if (l.kind !== 'short') break;
    if (isNameRow(l.text)) rows.push(l);
  }
  return rows;
}
