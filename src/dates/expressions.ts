// Dated expressions in running text, resolved against the article's publication date.
// Our own rules (src/dates/rules.ts) read what news writes and chrono-node misses or misreads; chrono-node then
// finds the remaining days, months and weekdays, whose year or week is read from the clause that governs them
// (src/dates/tense.ts); plain years come last. Precision is what the text gives; nothing is invented.
import * as chrono from 'chrono-node';
import { lexiconTags } from '../people/lexicon.js';
import { given } from '../people/tagger.js';
import { monthOpensName } from '../people/month-given.js';
import { DATELINE_REGION, DATELINE_TOWN } from '../text.js';
import { MONTH_PATTERN, isoDay, monthNumber, pad } from './months.js';
import { directionAt, doneBefore, plannedBefore, SCHEDULED } from './tense.js';
import { refOf, shiftValue, weekdayFrom, yearFor, yearOfWeekday } from './calendar.js';
import { joinAppositions, joinedMay, monthYearAgo, shiftFromDates } from './compose.js';
import { habitual } from './habitual.js';
import { contractMonth, withMayMonth } from './may-month.js';
import { WORD_NUMBER, wordValue } from './numbers.js';
import {
  ANCHORED,
  GENERIC_AFTER,
  RULES,
  applyRules,
  carryArticle,
  comparedMonths,
  listedMonths,
  periodEndYears,
  quarterEnds,
  fiscalOrdinals,
  fiscalYearBefore,
  fiscalYearQuarters,
  type ArticleContext,
  type Context,
  type Found,
} from './rules.js';
import { isoWeek, type Precision } from './values.js';

export type { Precision } from './values.js';
export type { ArticleContext } from './rules.js';

export interface DateMention {
  /** TimeML value: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI, a decade YYY, a century YY, or PRESENT_REF/PAST_REF/FUTURE_REF. */
  date: string;
  /** Last day (or month, or year) of a range, same precision. */
  end?: string;
  precision: Precision;
  /** Where the expression stands in the text: `text` starts here. */
  index: number;
  text: string;
  /** Resolved from the publication date rather than written in full. */
  relative: boolean;
  /** The end of the range told by the mention before it ("1987" of "between 1985 and 1987"), located on its own. */
  within?: true;
  /** A wire dateline's date ("BRUSSELS, February 10 (Xinhua) --"): the article's own date, no event of it. */
  dateline?: true;
  /** A futures contract's month ("May soybeans", "the July contract"): what is traded, no event's date. */
  contract?: true;
  /**
   * A fiscal period ("fiscal 1989", "its fiscal first quarter"): TimeML writes it as the calendar period of its name,
   * whose months it need not cover. `months`: the calendar months it does cover (first and last, YYYY-MM), when the
   * text gives its end ("the fiscal first quarter ended Sept. 30": 2024-07 to 2024-09).
   */
  fiscal?: { months?: [string, string] };
}

const parser = chrono.en.casual.clone();
withMayMonth(parser);

/**
 * Expressions that are not dates of events: durations, clock times, "two hours ago", "one week later", weeks, and a
 * count of units from now ("the same 1986 month after" is no "1,986 months after").
 */
const REJECT =
  /^\d+\s+(?:years?|months?|weeks?|days?)\s+(?:after|before|from)\b|\b(?:ago|later|earlier than|hours?|minutes?|seconds?|tonight|this morning|this evening|weeks?|fortnight)\b|^for\b|^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
export const DATEY = new RegExp(
  `${MONTH_PATTERN}|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:19|20)\\d{2}\\b|\\byesterday\\b|\\btoday\\b|\\btomorrow\\b`,
  'i',
);
/**
 * DATEY with its word boundaries left out: it matches wherever DATEY matches in any part of the text, so a
 * sentence it does not match gives chrono no reading this file would keep, and chrono is not asked.
 */
export const MAYBE_DATEY = new RegExp(`${MONTH_PATTERN}|day|tomorrow|(?:19|20)\\d{2}`, 'i');
/** A month word in chrono's reading: only a capitalised one is a month ("may", "march" are verbs). */
const MONTH_WORD = new RegExp(`\\b${MONTH_PATTERN}(?![\\p{L}])`, 'iu');
/** Words that date an expression relative to an unknown moment: meaningless without a publication date. */
const DEICTIC = /\b(?:last|this|next|yesterday|today|tomorrow|earlier|later|ago|past|coming)\b/i;
const MAYBE_DATE = new RegExp(
  `${MONTH_PATTERN}|days?\\b|['’]\\d{2}\\b|\\b(?:1[6-9]|20)\\d{2}|\\d{4}-\\d{2}|\\b(?:years?|midyear|months?|week|weekend|quarters?|qtrs?|period|half|now|currently|present|recent|recently|past|future|coming|tomorrow|tonight|last\\s+night|nights|this\\s+(?:morning|afternoon|evening)|christmas|thanksgiving|easter|new year's|election day|fourth of july|spring|summer|fall|autumn|winter|fiscal|FY|ago|nineteen|thousand|decade|century|\\d0'?s|eighties|nineties|seventies|sixties)\\b`,
  'i',
);
/** What a number after "may" or "march" counts when the words are verbs: "march 5 miles", "may 10 pct". */
const COUNTED_AFTER =
  /^\s+(?:miles?|km|kilomet|met(?:re|er)s?|yards?|feet|foot|pct|percent|per\b|points?|dlrs|dollars|pounds|tonnes|tons|hours?|minutes?|days?|weeks?|months?|years?|times|people|men|women|abreast|or\s+\d)/iu;

/**
 * A month written in lower case is a month when a day or a year follows it, as wires set whole stories in lower
 * case ("after a march 5 earthquake", "last january 22", "ended december 31"); "may" and "march" not before what
 * a number after a verb counts ("march 5 miles").
 */
function lowerMonthDated(sentence: string, index: number, text: string, month: RegExpExecArray): boolean {
  const after = text.slice(month.index + month[0].length);
  if (!/^\.?\s+\d{1,4}\b/u.test(after)) return false;
  if (!/^(?:may|march|mar)$/i.test(month[0])) return true;
  return !COUNTED_AFTER.test(
    sentence.slice(index + month.index + month[0].length).replace(/^\.?\s+\d{1,4}(?:st|nd|rd|th)?/u, ''),
  );
}

/** A leading preposition is not part of the expression (TimeML extents): "in 2011" is "2011". */
const LEAD = /^(?:in|on|at|since|by|from|until|till|through|during|of|before|after|around|between|for|as of)\s+/i;

/**
 * Dates a sentence mentions. Without a publication date, only dates written in full (with a year) are kept, and
 * those counted from one ("the previous year" after "in 2004").
 * `article`, passed along the sentences of one article in order (start with `{}`), carries what earlier sentences
 * told: "The following month" is read from the date the sentence before was about.
 */
const DAY_THEN_COUNT = new RegExp(`(\\b(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}),(?=\\s+\\d{1,2}\\s+\\p{L})`, 'giu');
/** A month, a comma and a figure of the next item of a list: "1,886.8 in February, 1,837.2 in January". */
const MONTH_THEN_FIGURE = new RegExp(`(\\b(?:${MONTH_PATTERN})\\.?),(?=\\s*\\d{1,3}[,.]\\d)`, 'giu');
/**
 * "next year" ("last year", "this year") after a month, or after the rest of a list of months it opens: "in April or
 * May next year".
 */
const YEAR_WORD_AFTER = new RegExp(
  `^(?:\\s*(?:,|and|or|to|through|-|/)\\s*(?:${MONTH_PATTERN})\\.?)*\\s+(?:of\\s+)?(next|last|this)\\s+year\\b`,
  'iu',
);
/** A headline's words for a forecast: "CAR OUTPUT SEEN DROPPING IN 3RD QTR". */
const FORECAST_HEADLINE =
  /\b(?:sees?|seen|expects?|expected|forecasts?|predicts?|projects?|projected|estimates?|outlook|to\s+post|to\s+report|could|may|will)\b/iu;

/**
 * Reads a results report's headline once for the quarter it names ("BASIX CORP <BAS> 4TH QTR LOSS", "1ST QTR NET"),
 * a report of results, not a forecast: the report is of that quarter, and its "year-ago" figures are of the one a year
 * before. The headline gives no event.
 */
export function readHeadline(title: string, published: string | null, article: ArticleContext): void {
  if (article.headlineQuarter !== undefined) return;
  const q = findDates(title, published).find(
    (d) => d.precision === 'quarter' && !d.fiscal && !/year-|\b(?:ago|earlier|prior|previous)\b/iu.test(d.text),
  );
  // Not a forecast's. (A quarter of the calendar not yet over is a fiscal one: its ordinal and year stand.)
  article.headlineQuarter = q && !FORECAST_HEADLINE.test(title) ? q.date : null;
}

/** A month before a length told as a compound: "the January 10-year bond" (the month's issue of a ten-year bond). */
const MONTH_THEN_LENGTH = new RegExp(`(\\b(?:${MONTH_PATTERN})\\.?) (?=\\d{1,2}-(?:year|month|week|day)s?\\b)`, 'giu');

export function findDates(raw: string, published: string | null, article?: ArticleContext): DateMention[] {
  // Dates inside links (".../2025/08/01/...") belong to the link, not the story.
  let sentence = raw.replace(/\b(?:https?:\/\/|www\.)\S+/giu, (u) => ' '.repeat(u.length));
  // "in the year to December", "the three months to March 31": a period named by the month it ends in, which is
  // the date told (chrono reads "in the year" as a year from now, our rules "the year" as the current one).
  if (sentence.includes(' to ')) sentence = sentence.replace(PERIOD_TO, (t) => ' '.repeat(t.length));
  // "on May 31, 10 months after", "on March 3, 12 pct of": a count after the day is no year of it (chrono reads
  // "May 31, 10" as 2010, or only "10 months after"); the comma becomes a semicolon, of the same length.
  if (/\d, \d/u.test(sentence)) sentence = sentence.replace(DAY_THEN_COUNT, '$1;');
  // So is a figure after a month and a comma ("in February, 1,837.2 in January" is no February 1).
  if (/\p{L}\.?, ?\d{1,3}[,.]\d/u.test(sentence)) sentence = sentence.replace(MONTH_THEN_FIGURE, '$1;');
  // And a length after a month ("the January 10-year bond" is no January 10).
  if (/\d-(?:year|month|week|day)/u.test(sentence)) sentence = sentence.replace(MONTH_THEN_LENGTH, '$1;');
  const ref = refOf(storyDay(sentence, published, article));
  const c: Context = { sentence, written: raw, ref, found: [], ...(article ? { article } : {}) };
  if (!MAYBE_DATE.test(sentence)) {
    carryArticle(c);
    return [];
  }
  const taken: [number, number][] = [];
  applyRules(RULES, c, taken);
  // A season, quarter or half a habit names ("the second quarter is traditionally slower") is no date: its span
  // stays taken.
  c.found = c.found.filter(
    (f) => !/^(?:season|quarter|half)$/.test(f.precision) || !habitual(c.sentence, f.at, f.text),
  );
  chronoDates(c, taken);
  plainYears(c, taken);
  // With no publication date, a date counted from another the text writes in full ("a record profit in 2004, up
  // 31.8% on the previous year") is still known: it is kept. (Rules that count from publication read none then.)
  const before = c.found.length;
  applyRules(ANCHORED, c, taken);
  if (!ref) for (const f of c.found.slice(before)) f.anchored = true;
  joinAppositions(c);
  shiftFromDates(c);
  joinedMay(c);
  yearOfNextMonth(c);
  joinBetween(c);
  comparedMonths(c);
  listedMonths(c);
  monthYearAgo(c);
  orderRanges(c);
  orderAfter(c);
  weekOfDay(c);
  periodEndYears(c);
  quarterEnds(c);
  fiscalYearQuarters(c);
  fiscalOrdinals(c);
  fiscalYearBefore(c);
  carryArticle(c);
  return c.found
    .filter((f) => ref || !f.relative || f.anchored)
    .flatMap((f) => [
      {
        date: f.date,
        ...(f.end ? { end: f.end } : {}),
        precision: f.precision,
        index: f.at,
        text: f.text,
        relative: f.relative,
        ...(f.dateline ? { dateline: true as const } : {}),
        ...(f.contract ? { contract: true as const } : {}),
        ...(f.within ? { within: true as const } : {}),
        ...(f.fiscal || f.months ? { fiscal: f.months ? { months: f.months } : {} } : {}),
      },
      ...(f.end ? endOf(f) : []),
    ])
    .sort((a, b) => a.index - b.index);
}

/** The end of a range as a mention of its own, where the text names it after "to", "through", "and" or a dash. */
function endOf(f: Found): DateMention[] {
  const m = /^(.*?)(\s+(?:to|through|until|till|and)\s+|\s*[-–]\s*)(?=\S)(.+)$/su.exec(f.text);
  if (!m || /^\d{1,2}$/.test(m[3]!) || (/^\d{2}$/.test(m[3]!) && f.precision === 'year')) return [];
  return [
    {
      date: f.end!,
      precision: f.precision,
      index: f.at + m[1]!.length + m[2]!.length,
      text: m[3]!,
      relative: f.relative,
      within: true,
    },
  ];
}

/** A period before "to" and the month it ends in: "in the year to", "for the 12 months to", "in the month to". */
const PERIOD_TO = new RegExp(
  `\\b(?:(?:in|for|over|during)\\s+)?(?:the|a)\\s+(?:(?:\\d{1,2}|three|six|nine|twelve|first|last|past|latest)\\s+)?(?:years?|months?|weeks?|quarters?|half|period|fortnight)\\s+to(?=\\s+(?:the\\s+end\\s+of\\s+|end-)?(?:${MONTH_PATTERN}))`,
  'giu',
);

/** A wire dateline's place and day opening a story: "HONG KONG, March 7 -", "BEIJING, Feb. 10 (Xinhua) --". */
const DATELINE_DAY = new RegExp(
  `^\\s*\\p{Lu}[\\p{L}\\p{N} .'&-]{1,40},(?:\\s*[\\p{L}. ]+,)?\\s*(${MONTH_PATTERN})\\s+(\\d{1,2})\\s*(?:[-–—]|\\()`,
  'iu',
);

/**
 * The day a story's relative dates are read from: its dateline's day when that differs from publication by a few days
 * ("HONG KONG, March 7 - ... at today's meeting" published March 6 is March 7), kept for the article's later
 * sentences; else publication.
 */
function storyDay(sentence: string, published: string | null, article?: ArticleContext): string | null {
  if (article?.storyDay) return article.storyDay;
  const ref = refOf(published);
  const m = ref && published && published.length === 10 ? DATELINE_DAY.exec(sentence) : null;
  if (!m || !ref) return published;
  const month = monthNumber(m[1]!);
  const day = month
    ? [ref.getUTCFullYear() - 1, ref.getUTCFullYear(), ref.getUTCFullYear() + 1]
        .map((y) => isoDay(y, month, +m[2]!))
        .find((d) => d && Math.abs(Date.parse(`${d}T12:00:00Z`) - ref.getTime()) <= 7 * 86400_000)
    : null;
  if (!day) return published;
  if (article) article.storyDay = day;
  return day;
}

/** A price against another contract month: "24 OVER MAY", "5 under Dec". */
const BASIS = new RegExp(`^\\s*(?:over|under)\\s+${MONTH_PATTERN}`, 'i');

/** What stands before a dateline's date: "WASHINGTON, ", "IRVINE, Calif., ", "VANCOUVER, British Columbia, ", and
 *  in a story the wire set in lower case, "sioux falls, " (the place alone, then the date and its dash). */
const DATELINE_PLACE = new RegExp(
  `^[\\s*]*(?:${DATELINE_TOWN}(?:\\s*${DATELINE_REGION})?|\\p{Ll}[\\p{Ll} .'&-]{1,30},)\\s*$`,
  'u',
);
/** A dateline's date, its closing dash and another date right after it ("Sept 30 end", "February volume"). */
const DATELINE_THEN_DATE = new RegExp(
  `^(\\s*\\p{Lu}[\\p{L}\\p{N} .'&-]{1,40},(?:\\s*[\\p{L}. ]+,)?\\s*${MONTH_PATTERN}\\s+\\d{1,2}\\s+)[-–—](?=\\s+${MONTH_PATTERN}(?!\\p{L}))`,
  'iu',
);
/** "to" before a month's possessive: "to December's figures". */
const TO_MONTHS_FIGURES = new RegExp(`\\b(?:to|through)(?=\\s+${MONTH_PATTERN}['’]s\\b)`, 'giu');
/** A span counted from the date after it: "a week before May 3", "two days after Tuesday's vote". */
const SPAN_BEFORE_DATE = new RegExp(
  `\\b(?:the|a|an|one|\\d{1,2}|${WORD_NUMBER})\\s+(?:day|week|month|year)s?\\s+(?:before|after)(?=\\s+(?:(?:last|next|this)\\s+)?(?:${MONTH_PATTERN}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b))`,
  'giu',
);
/**
 * A count of days before "until" a date: "extend the lines for 60 days until May 31" (chrono reads the 60 days from
 * publication, and the date as the end of that span, a year on). The date alone is read.
 */
const COUNT = `\\b(\\d{1,3}|${WORD_NUMBER})\\s+(day|week|month)s?`;
const COUNT_UNTIL_DATE = new RegExp(
  `${COUNT}(?=\\s+(?:until|till)\\s+(?:${MONTH_PATTERN}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b))`,
  'giu',
);
/** The same count, right before the date "until" opens. */
const COUNT_UNTIL = new RegExp(`${COUNT}\\s+(?:until|till)\\s+$`, 'iu');
/** A weekday in the name of a day of its own: "Good Friday", "Super Tuesday", "Bloody Sunday". */
const NAMED_WEEKDAY =
  /\b(?:Black|Cyber|Good|Holy|Maundy|Ash|Palm|Easter|Super|Bloody|Giving|Whit|Shrove|Mad)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/gu;
/** A weekday between "the" and a capitalised word is in a name: "The Sunday Mail", "the Sunday Times". */
const WEEKDAY_IN_NAME = new RegExp(
  `(?<=\\b[Tt]he\\s+)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=\\s+(?!(?:${MONTH_PATTERN}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b)\\p{Lu}\\p{Ll})`,
  'gu',
);
/** A month's bare abbreviation right after a capitalised word is part of a name: "Costume Design_Lee Ho Jun". */
const ABBREVIATED_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/** The slash between a day and a month's name after it: "May 20/Jun 20". */
const SLASHED_DATES = new RegExp(`(?<=\\b\\d{1,2})\\/(?=(?:${MONTH_PATTERN})\\.?\\s*\\d)`, 'giu');
/** The slash of a span of days after a month: "June 1/10", "Sept 11/20" (no third part: "6/1/10" is a date). */
const SLASHED_DAYS = new RegExp(`(?<=\\b(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2})\\/(?=\\d{1,2}\\b(?!\\/))`, 'giu');
/** A number "of" a month that a day follows: "1 of April 8" (item 1 of the April 8 report) is no April 1. */
const DAY_OF_DATED = new RegExp(
  `\\b\\d{1,2}\\s+of\\s+(?=${MONTH_PATTERN}\\.?\\s+\\d{1,2}\\b(?!\\s*(?:%|percent)))`,
  'giu',
);
/**
 * A figure after a month (and its day) in a wire table: "Feb 48.7, March 13.2", "February 28 47.4 mln dlrs", "Feb
 * 48,000 tonnes", "up 1.50 Aug 126.50". A number with a decimal point or a thousands comma is no day or year; the
 * month (and day) stay.
 */
const FIGURE_AFTER_MONTH = new RegExp(
  `(?<=\\b${MONTH_PATTERN}\\s+(?:\\d{1,2}\\s+)?)\\d+[.,]\\d+(?:\\/\\d+(?:[.,]\\d+)?)?|(?<=\\b${MONTH_PATTERN}\\s+)[-–]\\s+\\d+\\b|\\b\\d+[.,]\\d+(?=\\s+${MONTH_PATTERN}\\b)`,
  'giu',
);
/** A futures contract month in a price table: "JUL7 877A", "OCT7 -- 926" (July, October of 1987), no day. */
const CONTRACT_CODE = /\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d\b/gu;
/** A day and the dash that closes a dateline, read by chrono as a range into the next word ("April 7 - May"). */
const DATELINE_DASH = /^(.*\d)\s+[-–—]\s+\p{Lu}\p{L}*$/u;

function chronoDates(c: Context, taken: [number, number][]): void {
  const { sentence, ref } = c;
  // What our rules read is blanked out, so that chrono reads the rest of an expression they cut into ("this year
  // through August": the rules read "this year", chrono "August").
  let masked = sentence;
  for (const [a, b] of taken) masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
  // chrono reads "the night of Oct. 23" as a clock time with no day: the part of the day is left out of its reading.
  masked = masked.replace(/\b(?:night|morning|afternoon|evening)\s+of\b/giu, (t) => ' '.repeat(t.length));
  // "a revision Friday to December's figures": a month's figures, no range's end, unless "from" opens one.
  masked = masked.replace(TO_MONTHS_FIGURES, (t, at: number) =>
    /\b(?:from|between)\b[^,;]*$/i.test(masked.slice(Math.max(0, at - 40), at)) ? t : ' '.repeat(t.length),
  );
  // "Good Friday", "Super Tuesday", "Palm Sunday" name a day of their own, not the weekday nearest publication.
  masked = masked.replace(NAMED_WEEKDAY, (t) => ' '.repeat(t.length));
  masked = masked.replace(WEEKDAY_IN_NAME, (t) => ' '.repeat(t.length));
  // "Grain Freights 1 of April 8": the day is the one after the month, the number before it an item's.
  masked = masked.replace(DAY_OF_DATED, (t) => ' '.repeat(t.length));
  // "May 20/Jun 20 shipment", "Apr 25/May 25": a slash between a day and the next date parts two dates (chrono reads
  // "20/Jun 20" as the day 20 of June 2020).
  masked = masked.replace(SLASHED_DATES, ';');
  // "June 1/10 shipment": days 1 to 10 of June, not the year 2010.
  masked = masked.replace(SLASHED_DAYS, '-');
  // "a week before May 3": chrono reads the date alone; the span counted from it is read after (compose.ts).
  masked = masked.replace(SPAN_BEFORE_DATE, (t) => ' '.repeat(t.length));
  masked = masked.replace(COUNT_UNTIL_DATE, (t) => ' '.repeat(t.length));
  // "AUSTIN, Texas, Oct 20 - Sept 30 end": the dash closes the dateline; no range runs over it into the next date.
  masked = masked.replace(DATELINE_THEN_DATE, (_t, head: string) => `${head};`);
  masked = masked.replace(FIGURE_AFTER_MONTH, (t) => ' '.repeat(t.length));
  masked = masked.replace(CONTRACT_CODE, (t) => ' '.repeat(t.length));
  if (!MAYBE_DATEY.test(masked)) return;
  const results = parser.parse(masked, ref ? { instant: ref, timezone: 0 } : new Date(Date.UTC(2000, 0, 1)), {
    forwardDate: false,
  });
  for (const r of results) {
    // The words as the sentence writes them: "June 1/10", not the "June 1-10" read (the one mask that leaves words).
    const written = sentence.slice(r.index, r.index + r.text.length);
    const read = written !== r.text && written.replaceAll('/', '-') === r.text ? written : r.text;
    let text = read.replace(/[\s,.;:]+$/u, (t) =>
      /^\.$/.test(t) && /\b\p{L}{1,4}$/u.test(read.slice(0, -1)) ? t : '',
    );
    // "on June 11 at 6.875 dlrs a share": a price is no clock time.
    const price = /\s+at\s+\d{1,2}$/u.exec(text);
    if (price && /^[.,]\d/.test(sentence.slice(r.index + text.length))) text = text.slice(0, price.index);
    // "fell to 7 percent by December from 9 percent": a figure after "from" is the figure's start, not a day.
    const figure = /\s+from\s+\d{1,2}$/u.exec(text);
    if (
      figure &&
      /^\s*(?:[.,]\d|%|percent|pct|per\s+cent|dlrs?|dollars?|cents?|points?|[a-z]+\s+(?:a|per)\s)/iu.test(
        sentence.slice(r.index + text.length),
      )
    )
      text = text.slice(0, figure.index);
    // "(4 a.m. EDT Thursday)": chrono takes the closing bracket along.
    if (/\)$/.test(text) && !text.includes('(')) text = text.slice(0, -1).replace(/[\s,.;:]+$/u, '');
    let index = r.index;
    const lead = LEAD.exec(text);
    if (lead) [text, index] = [text.slice(lead[0].length), index + lead[0].length];
    // "closed at 20 on Oct. 27", "rose 12 on Friday", "fell 1.4%, or 6.43, on Friday": chrono reads the figure as a
    // clock time; the date starts after it.
    const hour = /^\d{1,2}(?:[.:]\d{2})?,?\s+on\s+/u.exec(text);
    if (hour) [text, index] = [text.slice(hour[0].length), index + hour[0].length];
    if (!text || REJECT.test(text) || !DATEY.test(text)) continue;
    // "the previous Friday" is read from the date the sentence is about, after this; "following Wednesday's cut"
    // (no "the", a possessive after) is "after Wednesday's cut", a day chrono reads.
    const possessiveAfter = /^(?:following\s+)?\p{L}+day['’]s\b/iu.test(sentence.slice(index));
    if (
      // ("following July 1, 1986", with a day or a year, is "after July 1, 1986".)
      !/\d/u.test(text) &&
      (/^(?:the\s+)?(?:previous|following|preceding)\b/i.test(text) ||
        /\b(?:previous|following|preceding|prior|corresponding)\s+(?:annual\s+)?$/i.test(
          sentence.slice(Math.max(0, index - 24), index),
        )) &&
      !(possessiveAfter && !/\bthe\s+(?:following\s+)?$/i.test(sentence.slice(Math.max(0, index - 16), index)))
    )
      continue;
    if (taken.some(([a, b]) => index < b && index + text.length > a)) continue;
    if (!ref && DEICTIC.test(text)) continue;
    const month = MONTH_WORD.exec(text);
    if (
      month &&
      r.start.isCertain('month') &&
      !/^\p{Lu}/u.test(month[0]) &&
      !/^\d/.test(text) &&
      !lowerMonthDated(sentence, index, text, month)
    )
      continue;
    // (A day right after it is a date's: "succeed Mr. Davison Feb. 1".)
    if (
      month &&
      month.index === 0 &&
      !/^\.?\s+\d/u.test(sentence.slice(index + month[0].length)) &&
      surnameMonth(sentence.slice(Math.max(0, index - 24), index))
    )
      continue;
    // (A month that opens a person's name: "with June Carter Cash", "April Ashley said".)
    if (month && month.index === 0 && month[0].length === text.length && monthOpensName(sentence, index)) continue;
    // "2005 may not be the year": the verb after a year, no month ("2005 March", a month, is written capitalised).
    if (month && /^(?:may|march)$/.test(month[0]) && /^\d{4}\s/.test(text)) continue;
    if (/^(?:today|tomorrow)/i.test(text) && GENERIC_AFTER.test(sentence.slice(index + text.length))) continue;
    if (habitual(sentence, index, text)) continue;

    // A month alone after an article and before a name is a name: "the annual March for Life", "a March of Mothers";
    // not before an event's name it dates: "before the June Economic Summit", "the March Budget", nor before a
    // figure's label ("a February M3 growth rate").
    if (
      month &&
      month[0].length === text.length &&
      /\b(?:the|a|an|annual)\s+$/i.test(sentence.slice(Math.max(0, index - 8), index)) &&
      /^\s+(?:\p{Lu}(?!\p{L}*\d)|of\b|for\b)/u.test(sentence.slice(index + text.length)) &&
      !MONTH_EVENT.test(sentence.slice(index + text.length))
    )
      continue;
    // A month before "of" and a name is a name: "the March of Dimes", "the ``March of the Combatant Mothers''".
    if (month && /^March\b/.test(text) && /^\s*of\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(index + month[0].length)))
      continue;
    // A basis quote ("APRIL, 24 OVER MAY", "March 5 under May"): a contract month and a price against another.
    if (
      month &&
      (BASIS.test(sentence.slice(index + text.length)) || /\d\s+(?:over|under)\s+$/i.test(sentence.slice(0, index)))
    )
      continue;
    if (ABBREVIATED_MONTH.test(text) && /\p{Lu}[\p{L}.]*\s+$/u.test(sentence.slice(Math.max(0, index - 20), index)))
      continue;
    // "May" opening a sentence is a modal unless a day or year follows: "May I...", "May be".
    // (A contract month before what is traded on it is the month: "May soymeal settled at".)
    if (
      index === 0 &&
      /^May$/.test(text) &&
      !/^\s*(?:\d|,\s*\d)/.test(sentence.slice(text.length)) &&
      !contractMonth(sentence, 0)
    )
      continue;
    // A wire dateline ("June 7 (UPI) --", "WASHINGTON, March 5 -") is the article's own date: a date, marked so
    // that the timeline does not make an event of it.
    const dateline =
      /^\s*\(\p{Lu}[\p{L}. ]{1,30}\)\s*(?:--|—|–|-)/u.test(sentence.slice(r.index + r.text.length)) ||
      (/^\s*[-–—]/u.test(sentence.slice(index + text.length)) && DATELINE_PLACE.test(sentence.slice(0, index)));
    // "ST. LOUIS, April 7 - May Department Stores said": the dash closes the dateline, no range runs over it.
    const cut = r.end && DATELINE_PLACE.test(sentence.slice(0, index)) ? DATELINE_DASH.exec(text) : null;
    if (cut) text = cut[1]!;
    const m = resolve(r, text, index, c, !!cut);
    if (!m) continue;
    // "extend the lines for 60 days until May 31", told in March: a count of days up to a date may run from the
    // telling ("suggested an extension" tells it in the past): of the date's two years, the one nearer that span's end.
    const counted = m.relative && ref ? COUNT_UNTIL.exec(sentence.slice(Math.max(0, index - 30), index)) : null;
    if (counted && m.precision === 'day') {
      const unit = { day: 1, week: 7, month: 30 }[counted[2]!.toLowerCase() as 'day' | 'week' | 'month'];
      const days = (wordValue(counted[1]!) ?? +counted[1]!) * unit;
      const reach = ref!.getTime() + days * 86400_000;
      const later = shiftValue(m.date, 'year', 1);
      const gap = (d: string) => Math.abs(Date.parse(`${d}T00:00:00Z`) - reach);
      if (later && gap(later) < gap(m.date)) m.date = later;
    }
    if (dateline || cut) m.dateline = true;
    c.found.push(m);
    taken.push([index, index + text.length]);
    const second = m.dateline ? null : secondDay(m, sentence);
    if (second) {
      // One thing on two days next to each other ("April 24 and 25", "March 3 or 4"), or the days a span runs
      // between: the range of them, its second day a mention of its own as a range's end is. Days apart ("elections
      // will be held on April 12 and 26") are two dates.
      const apart = +second.date.slice(8, 10) - +m.date.slice(8, 10);
      if (apart <= 2 || /\bbetween\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, m.at - 12), m.at))) {
        m.end = second.date;
        c.found.push(second);
      } else
        c.found.push({ at: second.at, text: second.text, date: second.date, precision: 'day', relative: m.relative });
      taken.push([second.at, second.at + second.text.length]);
    }
  }
}

/** Words of the given-name list that open a time before a month: "Early May", "Spring March rains". */
const TIME_OPENERS = /^(?:early|late|mid|same|spring|summer|autumn|fall|winter|end|start)$/;

/**
 * A month that is the subject of a verb in the present, alone or in a list or range of months: "August and September
 * are the critical months", "supply for July/September is uncertain": the nearest one, ahead or past.
 */
/** An event a month before it dates: " Economic Summit", " Budget", " Party Conference". */
const MONTH_EVENT =
  /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:Summit|Conference|Meeting|Budget|Elections?|Congress|Session|Talks|Council)\b/u;

const MONTH_IS = /^(?:\s*(?:,|\/|-|and\s|or\s|to\s)\s*\p{Lu}\p{Ll}+\.?)*\s+(?:is|are)\b/u;

/** A month alone, as written: "February", "Sept.". */
const MONTH_ONLY = new RegExp(`^${MONTH_PATTERN}$`, 'iu');

/** A thing a month names that is held or scheduled, which may lie ahead: "OPEC's June meeting". */
const EVENT_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${SCHEDULED}\\b`, 'u');

/**
 * Whether a month names a thing it is of, as a modifier ("the cartel's December pricing agreement", "its April
 * market report", "February's anemic growth"): such a thing is told of as existing, so a clause ahead does not
 * send it to next year when the month is just past (yearFor's "held"). Not a meeting or a vote it schedules.
 */
function attributive(sentence: string, index: number, text: string): boolean {
  if (!MONTH_ONLY.test(text)) return false;
  const after = sentence.slice(index + text.length);
  // "awaiting U.S. February trade data", "awaiting the trade figures for March": the month figures cover.
  if (STATISTIC_AFTER.test(after) || STATISTIC_BEFORE.test(sentence.slice(Math.max(0, index - 40), index))) return true;
  const owned =
    /^['’]s\s+\p{Ll}/u.test(after) ||
    (/(?:\b(?:the|its|their|his|her|this|that)|['’]s?)\s+$/iu.test(sentence.slice(Math.max(0, index - 12), index)) &&
      /^\s+\p{Ll}[\p{Ll}-]+\b(?!\s+(?:of|to)\b)/u.test(after));
  return owned && !EVENT_AFTER.test(after);
}

/** Figures a month names the period of, after it: "February trade data", "March retail sales figures". */
const STATISTIC_AFTER = new RegExp(
  `^(?:\\s*/\\s*(?:${MONTH_PATTERN})\\.?)?\\s+(?:[\\p{L}.-]+\\s+){0,2}(?:data|figures|statistics|numbers|indicators)\\b`,
  'iu',
);
/** ...or before it: "the trade figures for March", "data for the month of June". */
const STATISTIC_BEFORE = /\b(?:data|figures|statistics|numbers|indicators)\s+for\s+(?:the\s+month\s+of\s+)?$/iu;

/**
 * Whether the text before a month ends in a given name, whose surname the month is: "Bill May, chairman",
 * "Chairman Bill May, 54", "John March said".
 */
function surnameMonth(before: string): boolean {
  const w = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1];
  if (!w) return false;
  const lower = w.toLowerCase();
  return given().has(lower) && !TIME_OPENERS.test(lower) && !MONTH_WORD.test(w) && !lexiconTags(w).date;
}

/** A futures month named by its exchange in a price: "2.27 times New York May", "45 dlrs under New York july". */
const EXCHANGE_MONTH =
  /\b(?:times|under|over|above|below|premium\s+to|discount\s+to)\s+(?:New\s+York|London|Chicago|Paris|Winnipeg|Minneapolis|Kansas\s+City)\s+$/i;
/** The second month of a pair: "June/July", "Oct/Dec". */
const PAIR_AFTER = new RegExp(`^\\.?\\s*/\\s*${MONTH_PATTERN}`, 'iu');
/** A price after a period: "June/July going at 1,850 dlrs", "Aug/Sept at 4,351", "March/April sold at 4,340". */
const PRICE_AFTER = /^\s+(?:[\p{L}]+\s+){0,3}at\s+\d/u;
/** A period a price is for: "785 to 995 dlrs for March/April". */
const PRICE_FOR = /\b(?:dlrs|stg|marks|francs|yen|times\s+[\p{L} ]+)\s+for\s+$/iu;

/**
 * A pair of months a trade's price is for, in a market report: a shipping period ahead of the trade, whatever the
 * tense of the report ("March/April sold at 4,340 dlrs" in March is this March and April).
 */
function pricedPeriod(sentence: string, index: number, text: string): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  const after = sentence.slice(index + text.length);
  const pair = PAIR_AFTER.exec(after);
  if (!pair && !SPREAD_BEFORE.test(before)) return false;
  const rest = pair ? after.slice(pair[0].length) : after;
  const first = pair ? before : before.replace(SPREAD_BEFORE, '');
  // (A total is no price: "a trade surplus of 17.6 billion marks for January/February".)
  return PRICE_AFTER.test(rest) || (PRICE_FOR.test(first) && !/\b(?:mln|million|billion|bln)\b/i.test(first));
}

/** What names a month as a futures contract: "near July", "nearby March", "spot May", "new crop July" before it. */
const CONTRACT_BEFORE = /\b(?:near|nearby|spot|deferred|front-month|(?:new|old)[\s-]crop)\s+$/i;
/**
 * A contract month opening a futures report's sentence, then its move to a price: "July was up 13.1 at 6.785 dlrs",
 * "March closed 2.5 cents lower at 3.01" (not a month's figures: "March was up 2.3 pct at 410 mln dlrs").
 */
const CONTRACT_MOVE =
  /^\s+(?:was|were|closed|settled|ended|finished|opened|traded|stood)\s+(?:\d[\d.,/-]*\s+(?:cents?|points?|dlrs?)\s+)?(?:up|down|off|unchanged|higher|lower|steady|firmer|easier)\b(?![^,;]{0,40}?(?:pct|percent|%|mln|million|bln|billion))[^,;]{0,30}?\bat\s+\d/iu;
/**
 * A price move, then "in" the contract it was in, in a futures report: "gains of 1-1/4 cents per bushel in May", "up
 * 3/4 cent in July", "down 12 points in March" (not a month's figure: "rose 2 pct in May").
 */
const PRICE_MOVE_IN =
  /\b(?:up|down|off|gains?|loss(?:es)?|higher|lower)\b[^,;]{0,25}?\d[\d/ -]*?(?:\s*(?:cents?|points?|dlrs?|yen|stg))?(?:\s+(?:a|per)\s+(?:bushel|tonne|ton|lb|pound|barrel|ounce|gallon|cwt|kilo))?\s+in\s+$/iu;
/** "near March levels", "near February's highs": a month's figures, not a contract month. */
const LEVELS = /^(?:['’]s|\s+(?:levels?|highs?|lows?|peaks?|records?|figures?|prices?)\b)/i;
/** A trade's shipping period after a month ahead: "May/July shipment", "March delivery", "June arrival". */
const SHIPPING_AFTER = new RegExp(
  `^(?:\\s*[/-]\\s*${MONTH_PATTERN}\\.?)?\\s+(?:shipments?|delivery|deliveries|loading|arrivals?|position)\\b`,
  'iu',
);
/**
 * ... or after it: "March futures", "the July contract", "December options", a spread of two ("the May/July
 * backwardation", "the July/September spread").
 */
const CONTRACT_AFTER = new RegExp(
  `^(?:\\s*/\\s*${MONTH_PATTERN}\\.?)?\\s+(?:futures|contracts?|options|spreads?|backwardation|contango|switch|straddle)\\b`,
  'iu',
);
/**
 * A cargo's forward period after a month: "December loading rose to 19.65 dlrs", "March shipment", and in a
 * sentence about cargoes "the May position": a month still traded, whatever the tense of the report (not a month's
 * statistics, "March shipments", "the January position was reported as flat").
 */
const CARGO_AFTER = new RegExp(
  `^(?:\\s*[/-]\\s*${MONTH_PATTERN}\\.?)?\\s+(?:loading|shipment|delivery|(position))\\b(?!\\s+(?:figures|data|statistics))`,
  'iu',
);
const CARGO = /\b(?:cargo|cargoes|tankers?)\b/iu;
/** Whether a month is a cargo's forward period, by the word after it (CARGO_AFTER). */
function cargoMonth(sentence: string, after: string): boolean {
  const m = CARGO_AFTER.exec(after);
  return !!m && (!m[1] || CARGO.test(sentence));
}
/**
 * A month before a traded commodity is its contract ("down 0.60 dlr in May wheat", "new December barley", "May and
 * July oats set contract lows"), unless a month's figure of it follows ("May wheat exports", "its April-June sugar
 * consumption estimate").
 */
const COMMODITY_AFTER =
  /^\s+(?:wheat|barley|oats|corn|maize|rye|soybeans?|soyoil|soymeal|canola|rapeseed|cotton|cocoa|coffee|sugar|cattle|hogs|pork\s+bellies|crude|gasoline|heating\s+oil|gold|silver|copper|platinum|palladium|aluminium|aluminum|zinc|nickel|tin|lead|lumber|yen|marks|francs|sterling|pounds|eurodollars|T-bonds?|T-bills?|T-notes?|bonds|bills|notes)\b(?!\s+(?:exports?|imports?|shipments?|sales|output|production|consumption|demand|use|stocks|estimates?|forecasts?|quotas?|crop|harvest|plantings|figures|deliveries|arrivals|purchases|bank|lending|deposits|money|supply|reserves|liquidity|balances|M[0-5])\b)/i;
/**
 * The contracts that led a market's move, in a report on futures: "Live hog futures ran up … paced by April and
 * June", "Futures posted gains … led by July".
 */
const PACED_BY = new RegExp(
  `\\b(?:paced|led)\\s+by\\s+(?:the\\s+)?(?:${MONTH_PATTERN}(?:\\s*,\\s*|\\s+and\\s+))*$`,
  'iu',
);
const FUTURES_TALK = /\b(?:futures|contracts?|deliver(?:y|ies))\b/i;
/** The first month of a spread before it: "May/" of "the May/July backwardation". */
const SPREAD_BEFORE = new RegExp(`${MONTH_PATTERN}\\.?\\s*/\\s*$`, 'iu');

/** A second day of the same month after a day, closing its phrase: "April 24 and 25.", "March 3 or 4 in Geneva". */
const AND_DAY =
  /^\s*(?:and|or|&)\s+(\d{1,2}(?:st|nd|rd|th)?)(?=\s*(?:[,.;:)'"”’]|$|(?:at|in|on|to|when|while|for|and|but|with|as|after|before|of)\b))/i;

/** The second day of "April 24 and 25", a mention of its own in the first one's month and year, ending its range. */
function secondDay(m: Found, sentence: string): Found | null {
  if (m.precision !== 'day' || m.end || !/(?<![\d,]\s?)\b\d{1,2}(?:st|nd|rd|th)?$/.test(m.text)) return null;
  const tail = AND_DAY.exec(sentence.slice(m.at + m.text.length));
  if (!tail || parseInt(tail[1]!, 10) <= +m.date.slice(8, 10)) return null;
  const date = isoDay(+m.date.slice(0, 4), +m.date.slice(5, 7), parseInt(tail[1]!, 10));
  if (!date) return null;
  const at = m.at + m.text.length + tail[0].lastIndexOf(tail[1]!);
  return { at, text: tail[1]!, date, precision: 'day', relative: m.relative, within: true };
}

/**
 * A weekday's possessive naming a thing that is done once told ("Wednesday's ruling", "Monday's U.S. attack",
 * "Tuesday's sharp fall"): that weekday is past, whatever the clause does with the thing ("will appeal Wednesday's
 * decision", "would look for ways to get around Wednesday's ruling"). A scheduled thing ("Tuesday's meeting",
 * "Friday's close") is left to the clause.
 */
const DONE_THING =
  /^['’]s\s+(?:[\p{L}.-]+\s+){0,2}?(?:rulings?|decisions?|verdicts?|judge?ments?|attacks?|bombings?|shootings?|killings?|slayings?|murders?|assassination|blasts?|explosions?|crash|collapse|raids?|arrests?|announcements?|statements?|remarks|comments|resignation|earthquake|quake|fire|accident|incident|clash(?:es)?|coup|invasion|massacre|plunge|slide|drop|declines?|fall|sell-?off|rally|surge|gains?|losses)\b/iu;

/** "last" right before a month and day: the one before publication, however near ("Announced last February 28" in a
 *  story of February 26 is a year back). */
const LAST_BEFORE = /(?<![\p{L}-])last\s+$/iu;

/** How many years after publication a date may lie. */
const FARTHEST_YEARS = 80;

function resolve(r: chrono.ParsedResult, text: string, index: number, c: Context, noEnd = false): Found | null {
  const { ref, sentence } = c;
  const known = (x: chrono.ParsedComponents, k: chrono.Component) => x.isCertain(k);
  const s = r.start;
  const relative = !known(s, 'year');
  if (relative && !ref) return null;
  const lean = () => directionAt(sentence, index, index + text.length);
  if (/^(?:today|tonight)$/i.test(text) || /\b(?:yesterday|tomorrow)\b/i.test(text)) {
    if (!known(s, 'day')) return null;
    return {
      at: index,
      text,
      date: isoDay(s.get('year')!, s.get('month')!, s.get('day')!)!,
      precision: 'day',
      relative: true,
    };
  }
  if (known(s, 'weekday') && !known(s, 'day')) {
    const name = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i.exec(text)?.[0];
    if (!name || !ref) return null;
    const mode = /\blast\b/i.test(text)
      ? 'last'
      : /\bnext\b/i.test(text)
        ? 'next'
        : DONE_THING.test(sentence.slice(index + text.length)) || doneBefore(sentence, index)
          ? 'past'
          : lean() === 'future'
            ? 'future'
            : 'past';
    return { at: index, text, date: weekdayFrom(name, ref, mode), precision: 'day', relative: true };
  }
  if (!known(s, 'month')) {
    if (known(s, 'year')) return { at: index, text, date: String(s.get('year')), precision: 'year', relative: false };
    return null;
  }
  const month = s.get('month')!;
  // "end of March", "early June": the text gives the month, not a day.
  const dayKnown = known(s, 'day') && !/\b(?:end|beginning|start|middle) of\b|\b(?:early|mid|late)\b/i.test(text);
  const day = dayKnown ? s.get('day')! : null;
  // "Saturday, April 25": the weekday tells the year.
  const byWeekday =
    !known(s, 'year') && dayKnown && known(s, 'weekday')
      ? yearOfWeekday(month, s.get('day')!, s.get('weekday')!, ref!)
      : null;
  // A futures contract month ("near July trading at 1,319", "March futures fell") is one still traded: this month
  // or one ahead, whatever the tense of the report. It names what is traded, not when anything happens: no event.
  // (A cargo's or a price's forward period, below, is when the goods load or ship: an event's time.)
  const futures =
    !dayKnown &&
    ((CONTRACT_BEFORE.test(sentence.slice(Math.max(0, index - 12), index)) &&
      !LEVELS.test(sentence.slice(index + text.length))) ||
      CONTRACT_AFTER.test(sentence.slice(index + text.length)) ||
      COMMODITY_AFTER.test(sentence.slice(index + text.length)) ||
      (SPREAD_BEFORE.test(sentence.slice(Math.max(0, index - 12), index)) &&
        CONTRACT_AFTER.test(sentence.slice(index + text.length))) ||
      (PACED_BY.test(sentence.slice(Math.max(0, index - 60), index)) &&
        !LEVELS.test(sentence.slice(index + text.length)) &&
        FUTURES_TALK.test(sentence)) ||
      EXCHANGE_MONTH.test(sentence.slice(Math.max(0, index - 30), index)) ||
      (PRICE_MOVE_IN.test(sentence.slice(Math.max(0, index - 40), index)) && FUTURES_TALK.test(sentence)) ||
      (index === 0 && CONTRACT_MOVE.test(sentence.slice(text.length))));
  const contract =
    futures ||
    (!dayKnown && (cargoMonth(sentence, sentence.slice(index + text.length)) || pricedPeriod(sentence, index, text)));
  const e = noEnd ? null : r.end;
  // "from March to October 2004": a start without its year has the end's (the year before, past December).
  const endYear =
    e && known(e, 'year') && known(e, 'month') ? e.get('year')! - (month > e.get('month')! ? 1 : 0) : null;
  // "delivered in March and April next year": the year told after the months of a list.
  // (So does "last year" or "this year": "it peaked in April and May last year".)
  const told = ref ? YEAR_WORD_AFTER.exec(sentence.slice(index + text.length))?.[1]?.toLowerCase() : undefined;
  const listYear = told ? ref!.getUTCFullYear() + (told === 'next' ? 1 : told === 'last' ? -1 : 0) : null;
  const year = known(s, 'year')
    ? s.get('year')!
    : (endYear ??
      listYear ??
      byWeekday ??
      (ref && LAST_BEFORE.test(sentence.slice(Math.max(0, index - 8), index))
        ? yearFor(month, day, ref, 'last')
        : null) ??
      quarterEnd(month, day, index, c) ??
      (dayKnown && !contract && lean() !== 'future' ? narrativeYear(c, month, s.get('day')!, index) : null) ??
      yearFor(
        month,
        day,
        ref!,
        contract
          ? 'contract'
          : doneBefore(sentence, index)
            ? 'done'
            : (attributive(sentence, index, text) || plannedBefore(sentence, index)) && lean() === 'future'
              ? 'held'
              : !dayKnown && lean() === 'future' && SHIPPING_AFTER.test(sentence.slice(index + text.length))
                ? 'contract'
                : !dayKnown && lean() === null && MONTH_IS.test(sentence.slice(index + text.length))
                  ? 'present'
                  : lean(),
      ));
  // A year more than a lifetime after publication is a misreading: a clock time ("from 2400 March 17"), a futures
  // contract's price ("MAR8 2130"), a count.
  if (year > (ref ? ref.getUTCFullYear() : 2000) + FARTHEST_YEARS) return null;
  let date: string | null;
  let precision: Precision;
  if (dayKnown) {
    date = isoDay(year, month, s.get('day')!);
    precision = 'day';
  } else {
    date = `${year}-${pad(month)}`;
    precision = 'month';
  }
  if (!date) return null;
  let end: string | undefined;
  if (e && known(e, 'month')) {
    const em = e.get('month')!;
    const ey = known(e, 'year') ? e.get('year')! : em < month ? year + 1 : year;
    end = precision === 'day' && known(e, 'day') ? (isoDay(ey, em, e.get('day')!) ?? undefined) : `${ey}-${pad(em)}`;
  } else if (e && precision === 'day' && known(e, 'weekday') && ref) {
    // "bought from Sept. 14 to Thursday": the weekday that ends the range, read as a weekday alone is.
    const name =
      /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b(?![^]*\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b)/i.exec(
        text,
      )?.[0];
    // One ending before its start is the first such weekday after it ("from Nov. 2 through Saturday").
    if (name) end = weekdayFrom(name, ref, lean() === 'future' ? 'future' : 'past');
    if (name && end && date && end <= date) end = weekdayFrom(name, new Date(`${date}T12:00:00Z`), 'next');
  } else if (precision === 'day') {
    // "October 25–30": chrono reads the first day only.
    const tail = /^\s*[–—-]\s*(\d{1,2})\b(?!\s*(?:%|percent))/u.exec(sentence.slice(r.index + r.text.length));
    if (tail && +tail[1]! > s.get('day')!) end = isoDay(year, month, +tail[1]!) ?? undefined;
  }
  // "fell to 66.7 pct in the April through February period", told in March: a range over a year's turn told in the
  // past ended by publication, not a year ahead. (Not the months in brackets that spell out a split year, "1986/87
  // (November-October)", whose years that year gives.)
  if (
    end &&
    !/\(\s*$/u.test(sentence.slice(0, index)) &&
    ref &&
    !known(s, 'year') &&
    e &&
    !known(e, 'year') &&
    end.slice(0, 4) > date.slice(0, 4) &&
    end.slice(0, 7) > ref.toISOString().slice(0, 7) &&
    lean() === 'past'
  ) {
    date = shiftValue(date, 'year', -1) ?? date;
    end = shiftValue(end, 'year', -1) ?? end;
  }
  if (end && end <= date) end = undefined;
  return {
    at: index,
    text,
    date,
    ...(end ? { end } : {}),
    precision,
    relative,
    ...(futures ? { contract: true } : {}),
  };
}

/**
 * The end of a range read on its own ("runs from April one through July one") comes after its start: a relative end
 * resolved before the start is the one a year on.
 */
function orderRanges(c: Context): void {
  const days = c.found
    .filter((f) => /^(?:day|month)$/.test(f.precision) && !f.end && !f.dateline)
    .sort((a, b) => a.at - b.at);
  for (let i = 1; i < days.length; i++) {
    const [a, b] = [days[i - 1]!, days[i]!];
    const between = c.sentence.slice(a.at + a.text.length, b.at);
    if (
      !b.relative ||
      !/^\s*(?:through|to|until|till|[-–])\s*$/i.test(between) ||
      // "a revision Friday to December's figures" names December's figures, not a range's end.
      /^['’]s\b/.test(c.sentence.slice(b.at + b.text.length)) ||
      b.date >= a.date.slice(0, b.date.length)
    )
      continue;
    const later = shiftValue(b.date, 'year', 1);
    if (later && later >= a.date.slice(0, later.length)) b.date = later;
  }
}

/** Words of a futures spread after two contract months: "May/July backwardation", "the March/May spread". */
const SPREAD_AFTER = /^\s+(?:backwardation|contango|spread|straddle|switch|inversion|premium|discount)\b/i;

/** "between" just before a date, a comma or "the" apart at most. */
const BETWEEN_BEFORE = /\bbetween\s+$/iu;

/**
 * "between November 2003 and August 2004", "between January 21 and March 10", "January/May": one span from the first
 * to the second, as "from ... to ..." is, when both are of one precision and the second comes after the first.
 */
function joinBetween(c: Context): void {
  const dates = c.found.filter((f) => !f.end && !f.dateline).sort((a, b) => a.at - b.at);
  for (let i = 1; i < dates.length; i++) {
    const [a, b] = [dates[i - 1]!, dates[i]!];
    const between = c.sentence.slice(a.at + a.text.length, b.at);
    // "during January/May": two months' names with a slash between them are the months from one to the other.
    // (Not a futures spread: "the May/July backwardation" is two contracts.)
    const slashed =
      between === '/' &&
      a.precision === 'month' &&
      MONTH_ONLY.test(a.text) &&
      MONTH_ONLY.test(b.text) &&
      !SPREAD_AFTER.test(c.sentence.slice(b.at + b.text.length));
    // "between September 1986 and end 1987": a year's end after a month is that year's December.
    const yearEnd =
      a.precision === 'month' &&
      b.precision === 'year' &&
      /^\s+and\s+(?:the\s+)?end(?:\s+of|-|\s+)?\s*$/iu.test(between) &&
      BETWEEN_BEFORE.test(c.sentence.slice(Math.max(0, a.at - 10), a.at));
    if (yearEnd) {
      b.date = `${b.date}-12`;
      b.precision = 'month';
    }
    if (
      a.precision !== b.precision ||
      !/^(?:day|month|year)$/.test(a.precision) ||
      (!slashed &&
        !yearEnd &&
        (!/^\s+and\s+$/i.test(between) || !BETWEEN_BEFORE.test(c.sentence.slice(Math.max(0, a.at - 10), a.at))))
    )
      continue;
    // "between March and October 2004": the first has the second's year (the year before, past December).
    if (a.precision !== 'year' && /^\p{L}+\.?(?:\s+\d{1,2})?$/u.test(a.text) && /\d{4}/.test(b.text)) takeYearOf(a, b);
    if (b.date <= a.date) continue;
    a.end = b.date;
    a.text = c.sentence.slice(a.at, b.at + b.text.length);
    c.found.splice(c.found.indexOf(b), 1);
    i++;
  }
}

/** Gives a date without its year the year of the dated one after it: the year before, when it falls later in it. */
function takeYearOf(a: Found, b: Found): void {
  const year = +b.date.slice(0, 4) - (a.date.slice(4) > b.date.slice(4) ? 1 : 0);
  a.date = `${year}${a.date.slice(4)}`;
}

/**
 * What may part a month from the next one it shares a year with: "and", "or", "to" alone, or "or" and a few
 * lower-case words ("either August or after the first shipment in September 1985"). Not "and" with more words: "0.2
 * pct in January and no change in February 1986" compares this January with the February of a year before.
 */
const MONTH_TO_MONTH = /^(?:\s*[-–/]\s*|,?\s+(?:and|or|to|through|until|till)\s+|\s+or\s+[\p{Ll}\s]{0,40}\s)$/u;

/**
 * "in August and September 1985", "in either August or after the first shipment in September 1985": a month named
 * alone before another with its year, joined by "and", "or", "to", is of that year (the year before, when it comes
 * later in the calendar: "December or January 1986"), not the last such month before publication.
 */
function yearOfNextMonth(c: Context): void {
  const dates = c.found.filter((f) => !f.dateline).sort((a, b) => a.at - b.at);
  for (let i = 1; i < dates.length; i++) {
    const [a, b] = [dates[i - 1]!, dates[i]!];
    if (a.precision !== 'month' || b.precision !== 'month' || a.end || !MONTH_ONLY.test(a.text)) continue;
    if (!/\d{4}/u.test(b.text) || !MONTH_TO_MONTH.test(c.sentence.slice(a.at + a.text.length, b.at))) continue;
    takeYearOf(a, b);
    a.relative = false;
  }
}

/** A bare weekday: read from publication, a week either way is a reading, not the text. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * One thing after another on two weekdays ("closes on Friday after opening on Monday", "will vote on Thursday before
 * leaving on Saturday"): the weekday after "after" comes before the first, the one after "before" after it; a bare
 * weekday read the other way round is the one a week off.
 */
function orderAfter(c: Context): void {
  const days = c.found.filter((f) => f.precision === 'day' && !f.end && !f.dateline).sort((a, b) => a.at - b.at);
  for (let i = 1; i < days.length; i++) {
    const [a, b] = [days[i - 1]!, days[i]!];
    if (!b.relative || !BARE_WEEKDAY.test(b.text)) continue;
    const between = c.sentence.slice(a.at + a.text.length, b.at);
    if (/[.;:]/.test(between) || between.length > 40) continue;
    const word = /^\s*(after|before)\b/i.exec(between)?.[1]?.toLowerCase();
    if (!word) continue;
    const week = (word === 'after' ? -7 : 7) * 86400_000;
    const wrong = word === 'after' ? b.date > a.date : b.date < a.date;
    if (wrong) b.date = new Date(Date.parse(`${b.date}T12:00:00Z`) + week).toISOString().slice(0, 10);
  }
}

/** "the week of" before a day: the week is what is told. */
const WEEK_OF = /\b(?:the\s+)?week\s+of\s+$/i;

/** "a court hearing the week of March 6": the ISO week holding that day (TimeML 2000-W10), not the day. */
function weekOfDay(c: Context): void {
  for (const f of c.found) {
    if (f.precision !== 'day' || f.end || f.dateline) continue;
    const lead = WEEK_OF.exec(c.sentence.slice(Math.max(0, f.at - 16), f.at));
    if (!lead) continue;
    const at = f.at - lead[0].length;
    f.text = c.sentence.slice(at, f.at + f.text.length);
    f.at = at;
    f.date = isoWeek(Date.parse(`${f.date}T12:00:00Z`));
    f.precision = 'week';
  }
}

/** A quarter's or a period's end day: "Qtr ends Jan 31", "the quarter ending March 31", "period ended Sept 26". */
const QUARTER_END = /\b(?:qtr|quarter|period)\s+(?:ends?|ending|ended)\s+(?:on\s+)?$/i;

/**
 * The year of the day a quarter ends on, when the text gives none: one at most a quarter back is the quarter just
 * told of (results come after it: "Qtr ends Jan 31" in a March report), never the one three quarters ahead.
 */
function quarterEnd(month: number, day: number | null, index: number, c: Context): number | null {
  if (!day || !QUARTER_END.test(c.sentence.slice(Math.max(0, index - 30), index))) return null;
  // "1985 period ended December 28": the period's own year (not for one ending in January or February, which may
  // close a fiscal year named by either of its two calendar years).
  const own =
    /\b((?:19|20)\d{2})\s+(?:\p{L}+\s+)?(?:qtr|quarter|period|year)\s+(?:ends?|ending|ended)\s+(?:on\s+)?$/iu.exec(
      c.sentence.slice(Math.max(0, index - 40), index),
    );
  if (own && month > 2) return +own[1]!;
  if (!c.ref) return null;
  const back = yearFor(month, day, c.ref, 'past');
  return c.ref.getTime() - Date.UTC(back, month - 1, day, 12) <= 92 * 86400_000 ? back : null;
}

/**
 * The year of a story told in an earlier year, for a day with none: "On March 12, 1985, Seemala sold ... On March 20,
 * Jefferies sold them back" is March 20, 1985. The last day the article told, written with its year in the last
 * three sentences, a year before publication's, and the new day a little after it (within 92 days).
 */
function narrativeYear(c: Context, month: number, day: number, index: number): number | null {
  if (!c.ref) return null;
  // The sentence's own day written with its year, before this one: "bought shares between February 18 and February
  // 21, 1986, selling them on February 21" (the same day, or one after it).
  const own = c.found
    .filter((f) => f.at < index && f.precision === 'day' && !f.relative && !f.dateline)
    .sort((a, b) => b.at - a.at)[0];
  const told = own ? { found: own, sentencesAgo: 0 } : c.article?.day;
  if (!told || told.sentencesAgo > 3) return null;
  const last = (own?.end ?? told.found.date).slice(0, 10);
  const y = +last.slice(0, 4);
  if (y >= c.ref.getUTCFullYear()) return null;
  const gap = Date.UTC(y, month - 1, day) - Date.parse(`${last}T00:00:00Z`);
  return (own ? gap >= 0 : gap > 0) && gap <= 92 * 86400_000 ? y : null;
}

/** Nouns a count stands before ("1,990 troops" written "1990 troops"): the number is no year. */
const COUNTED =
  /^(?:people|persons|troops|soldiers|men|women|children|workers|employees|jobs|shares|units|cars|vehicles|homes|houses|tons|tonnes|barrels|miles|kilometers|kilometres|feet|meters|metres|acres|points|votes|members|students|refugees|cases|deaths|attacks|dollars|pounds|marks|yen|francs|rupees|sq|square|km|kg|lb|bpd|mw|kw|mhz|cc)\b/i;

/** Capitalised words a year follows as a time, not a name: months, seasons, feasts, fiscal years, "Class of". */
const BEFORE_YEAR_AS_TIME = new RegExp(
  `^(?:${MONTH_PATTERN}|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Fiscal|FY|Year|Calendar|Q[1-4]|H[12]|Qtr|Quarter|Half|A\\.?D|B\\.?C)$`,
  'iu',
);
/** A people's adjective before a year that qualifies a noun: "the French 1987 growth", "Iraqi 1990 output". */
const DEMONYM_LIKE = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i|ic)|Thai|Swiss|Greek|Welsh|Scots?|Czech|Basque)$/u;

/**
 * Whether the text before a year ends in a capitalised word that is not the sentence's first (nor a quotation's),
 * and no word of time: the year is part of that name ("Windows 2000", "Euro 2004").
 */
function yearInName(before: string): boolean {
  // (A possessive owns the year's thing, "Disney's 1964 film": the year is a time.)
  const m = /(\S+)\s+(\p{Lu}[\p{L}'’-]*)\s$/u.exec(before);
  if (!m || /['’]s?$/u.test(m[2]!) || BEFORE_YEAR_AS_TIME.test(m[2]!) || DEMONYM_LIKE.test(m[2]!)) return false;
  // A place and a year name what was held there then: "Athens 2004", "reaching Germany 2006" keep their year.
  if (lexiconTags(m[2]!).place) return false;
  // The word before it must be a word of the same sentence, not a quotation's or a clause's opening mark.
  return /[\p{L}\p{N}]$/u.test(m[1]!) && !/^(?:The|A|An)$/u.test(m[2]!);
}

/** A capitalised name and its versions' numbers before a list's comma or "and": "Windows 95, 98, " of "Windows 95, 98, 2000". */
const VERSION_LIST = /\p{Lu}[\p{L}'’-]*\s+\d{1,3}(?:(?:,|\s+(?:and|or))\s*\d{1,3})*(?:,|\s+(?:and|or))\s*$/u;

/**
 * Whether the text before a year ends in a list of a name's versions; not a day and its comma, whatever the month's
 * spelling ("Dec 23 and 31, 1986", a wire's "Marcxh 31, 1991").
 */
function versionList(before: string): boolean {
  const m = VERSION_LIST.exec(before);
  if (!m || MONTH_WORD.exec(m[0])?.index === 0) return false;
  return !(/,\s*$/u.test(m[0]) && +(/(\d{1,3})\s*,\s*$/u.exec(m[0])?.[1] ?? 99) <= 31);
}

/**
 * Years standing alone: "in 2017", "the 1996 Olympic bombing", "post-1959 politics", "the company's 1989 results", "between 1985 and
 * 1987", "from 1996 through 2021". Not amounts ("$1990", "1990 troops", "1990.5", "1,990").
 */
function plainYears(c: Context, taken: [number, number][]): void {
  const { sentence } = c;
  const re =
    /(?:(?<=\b(?:pre|post)-)|(?<![\d$£€¥#.,:/\-–]|\bNo\.?\s?|\bNr\.?\s?))((?:1[6-9]|20)\d{2})(?:\s*(to|through|until|and|-|–)\s*((?:1[6-9]|20)\d{2}))?(?![\d%]|[.,:/]\d|\s*(?:percent|per cent))/gu;
  for (const m of sentence.matchAll(re)) {
    const at = m.index!;
    if (taken.some(([a, b]) => at < b && at + m[0].length > a)) continue;
    const first = +m[1]!;
    const before = sentence.slice(Math.max(0, at - 12), at);
    const after = sentence.slice(at + m[0].length);
    // Before 1900 only after a preposition: "in 1848", not "1850 people".
    if (first < 1900 && !/\b(?:in|since|of|from|until|by|before|after|around|circa)\s+$/i.test(before)) continue;
    // Far years only as a time a preposition gives: "by 2050", "in the year 2060" (a figure otherwise: "2045 cars").
    if (
      first > 2039 &&
      (first > 2099 || !/\b(?:in|by|until|till|before|after|from|to|through|between|year)\s+$/i.test(before))
    )
      continue;
    // A 24-hour clock time: "at 2000 EST", "1430 GMT", "by 1800 hrs", "between 2000 and 2100 GMT".
    if (/^(?:\s*(?:and|to|-|–)\s*\d{4})?\s*(?:[A-Z]{1,3}[SD]?T|GMT|UTC|hrs|hours|local\s+time)\b/.test(after)) continue;
    // A model year before a product names the product, not a time: "1988-model Cavaliers" (not "the 1990-model year").
    if (/^-model\s+(?!years?\b)/i.test(after)) continue;
    // A year inside a name, after a capitalised word within the sentence: "Windows 2000", "Euro 2004", "Orion
    // 1980", "the Aero India 2005 air show" name a product, an event or a firm, not a time.
    if (yearInName(before.length < 12 ? before : sentence.slice(Math.max(0, at - 40), at))) continue;
    // So is one in a list of the name's versions: "Windows 95, 98, 2000 and XP".
    if (versionList(sentence.slice(Math.max(0, at - 60), at))) continue;
    // An index base ("base 1980 = 100") is no date of anything.
    if (/\bbase(?:\s+year)?\s+$/i.test(before) || /^\s*(?:=|equals?\b|equall?ing\b)\s*100\b/i.test(after)) continue;
    const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
    if (COUNTED.test(next) && !/\b(?:the|a|an|its|his|her|their|our|this|that|'s|’s)\s+$/i.test(before)) continue;
    const [link, second] = [m[2]?.toLowerCase(), m[3]];
    const lead = /\b(between|from)\s+$/i.exec(before)?.[1]?.toLowerCase();
    // "from 1996 through 2021", "between 2001 and 2021" are ranges; "in 2021 and 2023" is two years.
    const range = second && +second > first && (link !== 'and' || lead === 'between');
    if (range) {
      c.found.push({ at, text: m[0], date: m[1]!, end: second, precision: 'year', relative: false });
      taken.push([at, at + m[0].length]);
      continue;
    }
    c.found.push({ at, text: m[1]!, date: m[1]!, precision: 'year', relative: false });
    taken.push([at, at + 4]);
    if (second) {
      const at2 = at + m[0].lastIndexOf(second);
      c.found.push({ at: at2, text: second, date: second, precision: 'year', relative: false });
      taken.push([at2, at2 + 4]);
    }
  }
}
