// Our own date patterns, read before chrono-node: what it misses or reads wrong in news ("a year ago", "last May",
// "the third quarter", "mid-1996", "1989-90", "fiscal 1989", "nineteen ninety-six", "this summer", "last week").
import { CAPITALISED_MONTH, MONTH_PATTERN, SHORT_MONTHS, isoDay, monthNumber, pad } from './months.js';
import { WORD_NUMBER, WORD_ORDINAL, WORD_YEAR, wordValue, wordYear } from './numbers.js';
import { directionAt } from './tense.js';
import {
  nthWeekday,
  quarterOfMonth,
  seasonAt,
  seasonIndex,
  seasonOf,
  shiftValue,
  weekOf,
  weekdayFrom,
  weekdayNumber,
  yearFor,
  ymd,
  DAY_MS,
  type Lean,
} from './calendar.js';
import { daysOf, isoWeek, precisionOf, type Precision, type Season } from './values.js';

/** A month the sentence names, capitalised ("by mid-April", "in early May"). */
const NAMED_MONTH = new RegExp(`\\b(${CAPITALISED_MONTH})(?![\\p{L}])`, 'gu');

export interface Found {
  at: number;
  text: string;
  date: string;
  end?: string;
  precision: Precision;
  relative: boolean;
  /** A wire dateline's date: the article's own, not an event's. */
  dateline?: true;
  /** A futures contract's month: what is traded, no event's date. */
  contract?: true;
  /** The second day of "April 24 and 25": the end of the range the first one opens. */
  within?: true;
  /** A fiscal period ("fiscal 1989", "its fiscal first quarter"), written as the calendar one of its name. */
  fiscal?: true;
  /** The calendar months a quarter or fiscal year covers, first and last (YYYY-MM), when the text gives its end. */
  months?: [string, string];
  /** Read, with no publication date, from a date the text writes in full: known though relative. */
  anchored?: true;
}

/**
 * What an article has told so far, carried from one sentence to the next by whoever reads the article in order:
 * the date the last dated sentence was about ("The following month" is read from it), and the quarter the article
 * last spoke of with how many sentences ago ("A year earlier, it earned..." after a quarter's results).
 */
export interface ArticleContext {
  anchor?: { found: Found; sentencesAgo: number; founding?: boolean };
  /** The last day the article told: "the previous Friday" is read from the day the story is at. */
  day?: { found: Found; sentencesAgo: number };
  quarter?: { date: string; sentencesAgo: number };
  /**
   * The company's fiscal quarters, when the article named one by its ordinal and end ("its second fiscal quarter
   * ending March 31"): that ordinal and the quarter's value and calendar months.
   */
  fiscalQuarter?: { ordinal: number; date: string; months: [string, string]; sentencesAgo: number };
  /**
   * The year whose results the article last reported ("fiscal 1989 results", "its 1988 net income", "sales for
   * 1989"): "the third quarter" told after it, naming no year, is that year's.
   */
  resultsYear?: { year: number; sentencesAgo: number };
  /** The day the story is dated by its dateline, when that is not the publication day. */
  storyDay?: string;
  /**
   * The quarter a results report's headline names ("BASIX CORP 4TH QTR LOSS"), which the whole report is of; null
   * when the headline names none (read once, by readHeadline).
   */
  headlineQuarter?: string | null;
}

export interface Context {
  sentence: string;
  /** The sentence as written, before the blanks findDates puts over what no rule may read ("in the year to"). */
  written?: string;
  ref: Date | null;
  /** What is already found, for the expressions read against another date ("the following year"). */
  found: Found[];
  article?: ArticleContext;
}

/**
 * A period named by its months, days or weeks: "the first two months", "the March 11-20 period", "in January" (a
 * quarter's end month, "the quarter ended March 31", names none).
 */
const OTHER_PERIOD = new RegExp(
  `(?<!\\b(?:ended|ending|ends|to|through)\\s+)${MONTH_PATTERN}(?!\\p{L})|\\b(?:months|weeks|days|[\\p{L}\\d]+-(?:week|month|day))\\b`,
  'iu',
);

/** A quarter told this many sentences back still sets what "a year ago" compares. */
const QUARTER_REACH = 2;

/** A quarter that is a fraction, no period: "one-quarter of the rigs", "a quarter of them", "a quarter point". */
const FRACTION_QUARTER =
  /\bone-quarter\b|\ba\s+quarter\s+(?:of\b|(?:percentage\s+)?point)|\bquarter[\s-](?:point|percentage)/giu;

/**
 * Whether the sentence speaks of a quarter, itself or right after a sentence that did; or reports a company's results
 * naming no longer period, unless the article just told a year ("1986 net rose..."): companies report by quarter, and
 * "net rose to $9 million from $7 million a year ago" compares a quarter with the same one a year before.
 */
function aboutQuarter(c: Context): boolean {
  if (
    /\bquarter\b|\bqtr\b|\bthree months\b/i.test(c.sentence.replace(FRACTION_QUARTER, '')) ||
    (c.article?.quarter?.sentencesAgo ?? Infinity) <= QUARTER_REACH
  )
    return true;
  return (
    RESULTS.test(c.sentence) &&
    !LONGER_PERIOD.test(c.sentence) &&
    !OTHER_PERIOD.test(c.sentence) &&
    !NAMED_YEAR.test(c.sentence) &&
    !FORECAST.test(c.sentence) &&
    reportedYear(c) === null
  );
}

/**
 * The year whose results a sentence reports, when the article just told one ("Harlow said its 2023 net income rose 8
 * pct. Net rose to $51 million from $47 million a year ago."): a year of publication or the one before it.
 */
function reportedYear(c: Context): number | null {
  const anchor = c.article?.anchor;
  if (!anchor || !c.ref || anchor.sentencesAgo > QUARTER_REACH || anchor.found.precision !== 'year' || anchor.found.end)
    return null;
  const y = +anchor.found.date;
  const now = c.ref.getUTCFullYear();
  return (y === now || y === now - 1) && RESULTS.test(c.sentence) ? y : null;
}

/** A forecast, or a year's figure: "expects sales to grow to 25% from 20% last year", "for this year". */
const FORECAST =
  /\b(?:expects?|expected|will|would|likely|forecasts?|predicted|projected|estimates?|this\s+year|next\s+year)\b/i;

/**
 * A quarter's figures and the year they are of, right after the quarter: "earnings last year", "net profit in 1986",
 * "sales a year ago" (group 1: last/this/next; 2: a year; neither: a year back).
 */
const FIGURES =
  "(?:['’]s)?(?:\\s+(?:net|pretax|pre-tax|operating|profits?|earnings|results|sales|revenues?|loss(?:es)?|income|output|production|figures|dividends?|shipments|deliveries|growth|per-share)){1,3}\\s+";
const QUARTER_FIGURES_THEN_YEAR = new RegExp(
  `^${FIGURES}(?:(?:(?:in|of|for)\\s+)?(?:(last|this|next)\\s+year\\b(?!['’])|((?:19|20)\\d{2})\\b(?!\\d|[,.]\\d|%|\\s*(?:pct|percent)))|a\\s+year\\s+(?:ago|earlier)\\b)`,
  'i',
);
/** Only a quarter's figures between it and what follows: "third-quarter earnings " of "... earnings a year ago". */
const QUARTER_FIGURES = new RegExp(`^${FIGURES}$`, 'i');

/** What a sentence reporting a company's results says: its net, profit, earnings or sales, a figure a share. */
const RESULTS =
  /\b(?:net(?:\s+income|\s+loss|\s+profit)?\s+(?:rose|fell|climbed|jumped|dropped|declined|increased|decreased|was|were|totaled|of)|profits?|earnings|earned|revenues?|sales|operating\s+(?:income|profit|loss)|net\s+(?:income|loss))\b|\b(?:cents|\d)\s+a\s+share\b/i;
/** A year named as the period reported: "1988 net", "in 1988". */
const NAMED_YEAR =
  /\b(?:19|20)\d{2}(?:['’]s)?\s+(?:net|profits?|earnings|results|sales|revenues?)\b|\b(?:in|for)\s+(?:19|20)\d{2}\b/i;

/** The year a sentence reports results of, named before `at`: "its 1986 net profit", "1986 results". */
function yearReported(c: Context, at: number): number | null {
  const named = [
    ...c.sentence
      .slice(0, at)
      .matchAll(
        /(?<![$\d.,])\b((?:19|20)\d{2})(?:['’]s)?\s+(?:net|profits?|earnings|results|sales|revenues?|operating|loss(?:es)?)\b/g,
      ),
  ].pop();
  return named ? +named[1]! : null;
}

/** Words that make a sentence about more than one quarter: a year's, a half's or nine months' figures. */
const LONGER_PERIOD =
  /\b(?:full[- ]year|for\s+the\s+(?:full\s+)?year|annual|(?:six|nine)\s+months|first\s+half|year[- ]to[- ]date|(?:fiscal|calendar)\s+year)\b/i;

/**
 * "compared with a loss of $3 million last year", "up from last year's $1.55 billion", "Last year's results": in a
 * report of a quarter, figures set against last year's are the same quarter's a year before.
 */
function comparesQuarter(c: Context, m: RegExpExecArray): boolean {
  if (!aboutQuarter(c) || LONGER_PERIOD.test(c.sentence)) return false;
  // The comparison stands in the clause of "last year", with only the figure between: "than the 16 cents a share
  // it reported last year" dates the report, not a quarter.
  const clause = c.sentence.slice(0, m.index).split(/[,;]/).pop()!;
  const compared =
    /\b(?:compared\s+(?:with|to)|from|(?<!\b(?:more|less|fewer)\s+)than|versus|vs\.?|against)\b(?![^]*\b(?:compared|from|than|versus|vs|against)\b)([^]*)$/i.exec(
      clause,
    );
  return (
    (!!compared &&
      !/\b(?:it|they|he|she|we|which|that|who)\s+\p{L}+(?:ed|ted)\b|\b(?:reported|posted|earned|had|said|was|were)\b/iu.test(
        compared[1]!,
      )) ||
    /^['’]s\s+(?:results|quarter|period|figures?|level)\b/i.test(c.sentence.slice(m.index + m[0].length))
  );
}

/**
 * A year written across two ("1986/87", "1989-90"): a fiscal or crop year, read as a whole when a year before or
 * after it is counted ("in 1986/87 from 600 billion a year earlier" is 1985/86).
 */
function splitYear(f: Found): boolean {
  return f.precision === 'year' && !!f.end && /^\d{4}$/.test(f.date) && f.end === String(+f.date + 1);
}

/** Whether a day or month closes the split year right before it: "1986/87 ending March", "1986/87 ended June 30". */
function closesSplitYear(c: Context, f: Found): boolean {
  if (f.precision !== 'day' && f.precision !== 'month') return false;
  return c.found.some(
    (g) =>
      splitYear(g) &&
      g.at < f.at &&
      /^\s*,?\s*(?:ending|ended|ends|to)\s+$/i.test(c.sentence.slice(g.at + g.text.length, f.at)),
  );
}

/** A year or split year shifted by whole years, its end and its months with it. */
function shiftedYear(a: Found, years: number): Omit<Found, 'at' | 'text'> | null {
  const v = shiftValue(a.date.slice(0, 4), 'year', years);
  if (!v) return null;
  return {
    ...rel(v, 'year'),
    ...(splitYear(a) ? { end: String(+a.end! + years) } : {}),
    ...(a.fiscal ? { fiscal: true as const } : {}),
    ...(a.months ? { months: a.months.map((m) => shiftValue(m, 'year', years)!) as [string, string] } : {}),
  };
}

/** An expression telling a period to compare with: "a year ago", "the year-earlier quarter", "the year before". */
const COMPARED = /\b(?:ago|earlier|before|previous|preceding)\b|\byear-/i;

/** After a sentence is read: its last day, month, year or quarter is what the next sentences are read from. */
export function carryArticle(c: Context): void {
  const a = c.article;
  if (!a) return;
  if (a.quarter) a.quarter.sentencesAgo++;
  if (a.fiscalQuarter) a.fiscalQuarter.sentencesAgo++;
  if (a.anchor) a.anchor.sentencesAgo++;
  if (a.day) a.day.sentencesAgo++;
  if (a.resultsYear) a.resultsYear.sentencesAgo++;
  const dated = c.found
    .filter(
      (f) => /^(?:day|month|year|quarter)$/.test(f.precision) && (!f.end || splitYear(f)) && !f.dateline && !f.within,
    )
    .sort((x, y) => y.at - x.at);
  // What a figure is compared with ("from 3.45 billion a year ago") is not what the story is about.
  // Nor is the period of such a figure: "... in January from 196,610 tonnes in December and 167,747 tonnes in
  // January last year" is about January.
  const told = dated.find((f) => !COMPARED.test(f.text) && !figureComparedIn(c, f));
  if (told) a.anchor = { found: told, sentencesAgo: 0, founding: FOUNDED_IN.test(c.sentence.slice(0, told.at)) };
  const day = dated.find((f) => f.precision === 'day');
  if (day) a.day = { found: day, sentencesAgo: 0 };
  // The quarter reported on, not the one it is compared with ("the year-ago quarter", "the 1988 period"), nor one
  // not yet begun ("losses through the third quarter of 1990", told in 1989), nor one told as what came before.
  const q = dated.find(
    (f) =>
      f.precision === 'quarter' &&
      !/\b(?:ago|earlier|before|last|previous)\b|year-|\d{4}\s+(?:quarter|period)/i.test(f.text) &&
      !(c.ref && (daysOf(f.date)?.[0] ?? '') > c.ref.toISOString().slice(0, 10)) &&
      // Nor one the report sets its news after: "After a flat second quarter, the company's gain came from...".
      !/\b(?:after|since|following)\s+$/i.test(c.sentence.slice(Math.max(0, f.at - 12), f.at)) &&
      // Nor one its figures set a year back: "a second quarter loss last year".
      !QUARTER_FIGURES_THEN_YEAR.test(c.sentence.slice(f.at + f.text.length)),
  );
  if (q) a.quarter = { date: q.date, sentencesAgo: 0 };
  for (const f of dated) {
    const n = ordinalOf(f.text);
    if (
      f.precision === 'quarter' &&
      f.fiscal &&
      f.months &&
      n &&
      !/\b(?:ago|earlier|last|previous)\b|year-/i.test(f.text)
    )
      a.fiscalQuarter = { ordinal: n, date: f.date, months: f.months, sentencesAgo: 0 };
  }
  const reported = dated.find((f) => f.precision === 'year' && !f.relative && reportsYear(c, f));
  if (reported) a.resultsYear = { year: +reported.date, sentencesAgo: 0 };
}

/** Results named after a year: "1989 results", "fiscal 1988 net income", "the 1990 earnings". */
const RESULTS_AFTER_YEAR =
  /^(?:['’]s)?\s+(?:(?:full[- ]year|annual|net|pretax|pre-tax|operating)\s+)?(?:net|profits?|earnings|results|sales|revenues?|loss(?:es)?|income|figures|accounts)\b/i;

/** Whether a year found in a sentence is the period whose results it reports ("fiscal 1989 results", "sales for 1989"). */
function reportsYear(c: Context, f: Found): boolean {
  const after = c.sentence.slice(f.at + f.text.length);
  if (RESULTS_AFTER_YEAR.test(after)) return true;
  const before = c.sentence.slice(Math.max(0, f.at - 24), f.at);
  return (
    (!!f.fiscal || /\b(?:for|in)\s+(?:(?:the\s+)?(?:fiscal|calendar)\s+(?:year\s+)?)?$/i.test(before)) &&
    RESULTS.test(c.sentence) &&
    !FORECAST.test(c.sentence.slice(0, f.at))
  );
}

/** How many sentences back a year whose results were reported still names the year of "the third quarter". */
const RESULTS_YEAR_REACH = 3;

/** The year of results the article reported a few sentences back, when the sentence names no year of its own. */
function reportedResultsYear(c: Context): number | null {
  const told = c.article?.resultsYear;
  if (!told || told.sentencesAgo >= RESULTS_YEAR_REACH) return null;
  return /\b(?:1[6-9]|20)\d{2}\b|\b(?:this|last|next)\s+year\b/i.test(c.sentence) ? null : told.year;
}

/** A find, null for no date here (others may read it), or 'none': no date, and nobody else reads one there. */
type Make = (m: RegExpExecArray, c: Context) => Omit<Found, 'at' | 'text'> | null | 'none';
interface Rule {
  re: RegExp;
  make: Make;
}

const YEAR4 = '(?:1[6-9]|20)\\d{2}';
const DAY_SHIFT = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

/** A level a change starts from, right before "today": "from about 4.5% today (to ...)", "from 2,000 today". */
const LEVEL_BEFORE =
  /\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+|just\s+|nearly\s+)?\S*\d\S*(?:\s+(?:pct|per\s?cent|percent|mln|million|bn|billion))?\s+$/u;

/** Whether "today" at `index` is the level a change starts from ("from about 4.5% today to 25%"): the present. */
export function levelToday(sentence: string, index: number, length: number): boolean {
  const after = sentence.slice(index + length);
  return (
    LEVEL_BEFORE.test(sentence.slice(0, index)) &&
    /^\s+to\b/u.test(after) &&
    !/^\s+to\s+[^,.;]*\b(?:tomorrow|tonight|yesterday)\b/iu.test(after)
  );
}

/** Nouns that make "today's" mean the present age, not the day: "today's world", "today's youth". */
export const GENERIC_AFTER =
  /^(?:['’]s)?\s+(?:world|youth|young|generation|society|children|kids|standards|technology|computers|market|markets|economy|families|women|men|people|parents|students|global|modern|era|age|climate|environment|culture)\b/i;

/** The end a quarter is named by, right after it: " ended December 31", " ending March 31, 1988", " to June". */
const QUARTER_END = new RegExp(
  `^\\s+(?:ended|ending|to)\\s+(?<month>${MONTH_PATTERN})(?:\\s+\\d{1,2})?(?:,?\\s+(?<year>(?:1[6-9]|20)\\d{2}))?`,
  'iu',
);
const YEARX = `(?:${YEAR4}|${WORD_YEAR})`;
const WEEKDAY = '(?:sun|mon|tues|wednes|thurs|fri|satur)day';
const SEASON_WORD = '(?:spring|summer|fall|autumn|winter)';
const ORD_Q = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const QUANT = `(?:a|an|one|\\d{1,3}|${WORD_NUMBER})`;

/**
 * Words before "in N units" that make it the span of a record, a count or a first ("the first time in five years"),
 * or a loan's term ("repayable in 10 years").
 */
const RECORD_SPAN =
  /\b(?:first|time|times|once|twice|\p{L}+est|worst|most|least|record|only|ever|since|repayable|repaid|maturing|maturity|amorti[sz]ed|term)\b[^,;:]*$/iu;

const yearOf = (s: string): number | null => (/^\d{4}$/.test(s) ? +s : wordYear(s));
const ordinal = (s: string) =>
  ({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 })[s.toLowerCase()] ?? 0;
const ORDINAL_QUARTER = new RegExp(ORD_Q, 'i');
/** The ordinal a quarter's text names ("its second fiscal quarter" is 2), else 0. */
const ordinalOf = (text: string) => ordinal(ORDINAL_QUARTER.exec(text)?.[1] ?? '');
const quantity = (s: string) => (/^(?:a|an)$/i.test(s) ? 1 : /^\d+$/.test(s) ? +s : wordValue(s));
const capitalised = (s: string) => /^\p{Lu}/u.test(s);
const lean = (m: RegExpExecArray, c: Context): Lean => directionAt(c.sentence, m.index, m.index + m[0].length);
/** An event a season before it dates: "an autumn general election", "the spring offensive", "a summer tour". */
const SEASON_EVENT =
  /^\s+(?:general\s+|snap\s+|state\s+|final\s+|peace\s+)?(?:elections?|poll|vote|referendum|meeting|summit|conference|session|visit|tour|offensive|recess|congress|launch)\b/iu;
const SEASON_CODE: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** How many undated sentences a date told before reaches over to "The following month" opening a sentence. */
const OPENING_REACH = 3;

/**
 * How many sentences back the day a story is at still anchors "the previous Friday", "the following week": a report
 * of a week's figures lists its comparisons several short sentences after the week it tells ("the previous week"
 * seven sentences down a weekly money supply report). Another day told in between becomes the anchor.
 */
const DAY_REACH = 8;

/**
 * The date the sentence is about before `at`: the nearest day, month, year or quarter already read. `carried`: else
 * the one the sentence before was about (a few sentences back for an expression opening its sentence); 'day': else
 * the day the story is at, told up to a few sentences back (a weekday or week is read from a day only); 'recent':
 * the sentence before's only when it lies within the year and a quarter before publication ("In 1988 it earned $5
 * million. A year earlier..." reads a reported period; a founding date told before is no period reported).
 */
function anchorBefore(c: Context, at: number, carried: boolean | 'day' | 'recent' = false): Found | undefined {
  // A date a span runs from ("the first rise since October 1985", "rose 0.2 pct from December") is not the one the
  // sentence tells of.
  // Nor is a wire dateline's date, or a period compared with ("a year ago").
  const own = c.found
    .filter(
      (f) =>
        f.at < at &&
        /^(?:day|month|year|quarter|half)$/.test(f.precision) &&
        // (A split year is no anchor for a week or a weekday: "the previous week" after "1986/87" is the day's.)
        (!f.end || (splitYear(f) && carried !== 'day')) &&
        !f.dateline &&
        !COMPARED.test(f.text) &&
        // The closing month of a split year ("1986/87 ending March") is not what a year before is counted from:
        // the split year is.
        !closesSplitYear(c, f) &&
        !/\b(?:since|from)\s+(?:the\s+)?$/i.test(c.sentence.slice(Math.max(0, f.at - 10), f.at)) &&
        // Nor the period of a figure compared with: "rose to 4.6 billion in January after 2.5 billion in December
        // and a year earlier 3.6 billion" counts the year back from January.
        !figureComparedIn(c, f),
    )
    .sort((a, b) => b.at - a.at)[0];
  // Only the sentence right before: a date told further back is no longer what the text is about. An expression
  // that opens its sentence ("The following month, ...") goes on a story told in order: the last date it told
  // reaches over a few undated sentences.
  if (own || !carried) return own;
  const opens = !/[\p{L}\d]/u.test(c.sentence.slice(0, at));
  const reach = opens ? OPENING_REACH : 0;
  const told = c.article?.anchor;
  if (carried === 'day') {
    const day = c.article?.day;
    if (day && day.sentencesAgo <= Math.max(reach, DAY_REACH)) return day.found;
    return told && told.sentencesAgo <= reach ? told.found : undefined;
  }
  if (!told || told.sentencesAgo > reach) return undefined;
  if (carried === 'recent' && !recentPeriod(told.found, c.ref)) return undefined;
  return told.found;
}

/**
 * Whether a date is the period of a figure compared with: "rose to 4.6 billion in January after 2.5 billion in
 * December" (December), unless a clause of its own tells of that period ("from 93,554 in January, when they fell").
 */
function figureComparedIn(c: Context, f: Found): boolean {
  return (
    COMPARED_FIGURE.test(c.sentence.slice(Math.max(0, f.at - 50), f.at)) &&
    !/^[\s,]+(?:when|where|while)\b/i.test(c.sentence.slice(f.at + f.text.length))
  );
}

/**
 * A figure compared with, just before its period: "from eight ships in", "after 2.54 billion in", "against 4 pct in".
 */
const COMPARED_FIGURE = new RegExp(
  `\\b(?:from|after|against|versus|vs\\.?|compared\\s+(?:with|to))\\s+(?:(?!to\\b)[\\p{L}-]+\\s+){0,2}(?:\\d[\\d.,]*|${WORD_NUMBER})(?:\\s+[\\p{L}.-]+){0,3}\\s+(?:in|at|for)\\s+(?:the\\s+)?(?:end[\\s-]+)?$`,
  'iu',
);

/**
 * The day a statement was made ("the company said Friday that it lost $5 million, against a profit a year earlier"):
 * no period of the figures it gives.
 */
function dayOfTelling(c: Context, f: Found): boolean {
  return (
    f.precision === 'day' &&
    /\b(?:said|says|reported|announced|disclosed|added|told\s+[\p{L}.]+(?:\s+[\p{L}.]+)?)\s+(?:on\s+)?$/iu.test(
      c.sentence.slice(Math.max(0, f.at - 40), f.at),
    )
  );
}

/** A period begun before publication that ended no more than fifteen months before it (a year: the last one or this). */
function recentPeriod(f: Found, ref: Date | null): boolean {
  const days = ref ? daysOf(f.date) : null;
  if (!ref || !days) return false;
  const [start, end] = days.map((d) => Date.parse(`${d}T12:00:00Z`)) as [number, number];
  return start <= ref.getTime() && ref.getTime() - end <= 456 * DAY_MS;
}

/**
 * The year a story told in order was at, for a count of years that opens a sentence: "Chrysler bought Gulfstream in
 * 1985. A year earlier it bought EDS" is 1984, "In 1984 he started his film career. Two years later he played..."
 * 1986, however long ago the year was. Not a count further into its sentence ("up from 2.8 pct a year earlier"
 * compares a figure with a year before publication, whatever the sentence before told), nor from the year something
 * was founded or born ("The cannery was founded in 1950. A year earlier, it lost $2 million" reports a period).
 */
function storyYearBefore(c: Context, at: number): Found | undefined {
  if (!/^\W*(?:(?:but|and|then|yet)\s+)?$/iu.test(c.sentence.slice(0, at))) return undefined;
  const a = anchorBefore(c, at, true);
  if (a && a === c.article?.anchor?.found && c.article.anchor.founding) return undefined;
  return a && a.precision === 'year' && !a.end ? a : undefined;
}

/** A year something began in ("was founded in 1950", "born in 1932"): what it is, not where a story is at. */
const FOUNDED_IN = /\b(?:founded|established|incorporated|formed|born|set\s+up)\s+(?:in\s+)?$/iu;

/** A period compared with, a year back: "the same period last year", not the quarter the sentence reports. */
const SAME_PERIOD =
  /^(?:(?:the|its)\s+(?:same|corresponding|comparable|like)\s|(?:a|one)\s+year\s+(?:ago|earlier|before)$|year-(?:ago|earlier)$|last\s+year$)/i;

/** Words that open a cause between a compared period and a quarter after it. */
const CAUSE_BETWEEN = /\b(?:due to|because of|owing to|reflecting|resulting from|including|includes|included)\b/i;

/** The quarter a sentence speaks of: one already read in it, else the last quarter completed at publication. */
function sentenceQuarter(c: Context, at: number, fallback = true): string | null {
  // (Not a quarter a cause after it names: "from 66.2 mln dlrs a year earlier due to a second quarter charge".)
  const q = c.found
    .filter(
      (f) =>
        f.precision === 'quarter' &&
        f.at !== at &&
        !SAME_PERIOD.test(f.text) &&
        !(f.at > at && CAUSE_BETWEEN.test(c.sentence.slice(at, f.at))),
    )
    .sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0];
  if (q) return q.date;
  const told = c.article?.quarter;
  if (told && told.sentencesAgo <= QUARTER_REACH) return told.date;
  // (A fiscal quarter the article just named by its end: "the third quarter ended February 22".)
  const fiscal = c.article?.fiscalQuarter;
  if (fiscal && fiscal.sentencesAgo <= QUARTER_REACH) return fiscal.date;
  if (c.article?.headlineQuarter) return c.article.headlineQuarter;
  if (!c.ref || !fallback) return null;
  const [y, m] = [c.ref.getUTCFullYear(), c.ref.getUTCMonth() + 1];
  const current = quarterOfMonth(m);
  return current === 1 ? `${y - 1}-Q4` : `${y}-Q${current - 1}`;
}

/**
 * A quarter of the publication year, moved a year back or on when the clause's tense says so. A sentence reporting
 * results with no tense pointing ahead ("The fiscal third quarter results include a gain", told in February) reports
 * the latest such quarter begun before publication: results come after their quarter.
 */
function quarterFor(q: number, c: Context, l: Lean): string {
  const y = c.ref!.getUTCFullYear();
  const current = quarterOfMonth(c.ref!.getUTCMonth() + 1);
  if (
    q > current &&
    (l === 'past' ||
      (l === null &&
        // The quarter just ended (the fourth, told in the first) with no tense ahead (a fiscal one may be any
        // year's), or results told of one.
        ((q === current + 3 && !/\bfiscal\b/i.test(c.sentence)) ||
          RESULTS.test(c.sentence) ||
          /\bresults\b/i.test(c.sentence)) &&
        !FORECAST.test(c.sentence)))
  )
    return `${y - 1}-Q${q}`;
  if (q < current - 1 && l === 'future') return `${y + 1}-Q${q}`;
  return `${y}-Q${q}`;
}

const rel = (date: string, precision: Precision): Omit<Found, 'at' | 'text'> => ({ date, precision, relative: true });
const abs = (date: string, precision: Precision, end?: string): Omit<Found, 'at' | 'text'> => ({
  date,
  ...(end ? { end } : {}),
  precision,
  relative: false,
});

/** A year opening a sentence, which its quarters are of: "Last year ...", "In 1986, ...", "A year ago, ...". */
const SENTENCE_YEAR = new RegExp(
  `^\\s*((?:last|this|next)\\s+year|in\\s+(${YEAR4})|a\\s+year\\s+(?:ago|earlier))\\b(?![-'’])`,
  'i',
);

/** Nouns for a month's figures or a trade's period, after the month: "May orders", "May shipment". */
const MONTH_FIGURES =
  '(?:orders|sales|figures|output|exports|imports|production|shipments?|deliveries|delivery|loading|arrivals?|data|' +
  'trade|index|inflation|auction|payments?|quota|average|total|level|issue)';

/** Another month written as a month is, capitalised: what "May" is joined to when it is one too. */
const CAPITAL_MONTH = `(?!May\\b)${CAPITALISED_MONTH}`;
/** A year a figure is compared with, later in the clause: "against one cent in 1985", "after a contraction in 1985". */
const YEAR_COMPARED =
  /^[^;]*?\b(?:against|compared\s+with|compared\s+to|versus|from|after)\b[^;]*?\bin\s+((?:19|20)\d{2})\b(?![-/]\d)/u;

/** Read first, in this order: each takes its span, so later rules and chrono only see what is left. */
export const RULES: Rule[] = [
  // "over the next month", "within the next year", "throughout the coming year": a length of time running from now
  // (TimeML's DURATION), not the calendar month or year of its name. (Not one running back to now: TimeBank writes
  // "over the past year" as the year before.)
  {
    re: new RegExp(
      `\\b(?:over|within|throughout)\\s+the\\s+(?:next|coming)\\s+(?:(?:${QUANT}|few|several|couple\\s+of)\\s+)?(?:years?|months?|weeks?|days?|nights|decades?)\\b(?![-'’])`,
      'giu',
    ),
    // (A count of days or nights is read below as the days it covers: "over the next two nights".)
    make: (m) => (new RegExp(`\\s(?:${QUANT})\\s+(?:days|nights)$`, 'iu').test(m[0]) ? null : 'none'),
  },
  // "May" where chrono reads none, for its being a modal too: after "end-" ("at end-May"), before a month's figures
  // or a trade's period ("depressed May orders", "first half May shipment"), and joined to another month where
  // chrono reads it as none ("April and May", "May/June", "between May and July"; not "April and May Department
  // Stores", but "between January and May Ecuador sold"; chrono reads "May or June", "in May and June", "May to
  // July" itself). A capital inside a sentence
  // and a noun or month beside it make it the month.
  {
    re: new RegExp(
      `(?:(?<=\\bend-)May|(?<=\\b\\p{Ll}[\\p{L}-]*\\s|^\\p{Lu}\\p{Ll}+(?:ed|ing)\\s)May(?=\\s+${MONTH_FIGURES}\\b)|(?<=\\bbetween\\s)May(?=\\s+and\\s+${CAPITAL_MONTH}(?!\\p{L}))|May(?=\\/${CAPITAL_MONTH}(?!\\p{L}))|(?<=(?<!\\p{L})${CAPITAL_MONTH}\\s*(?:\\/|\\s(?:and|or)\\s)\\s*)May(?!\\s+\\p{Lu})|(?<=\\bbetween\\s+${CAPITAL_MONTH}\\s+and\\s+)May)(?![\\s-]*\\d)`,
      'gu',
    ),
    make: (m, c) => (c.ref ? rel(`${yearFor(5, null, c.ref, lean(m, c))}-05`, 'month') : null),
  },
  // A weekday by its place in a month: "the last Sunday in October", "the first Monday of March 1988".
  {
    re: new RegExp(
      `\\b(?:the\\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(${WEEKDAY})\\s+(?:in|of)\\s+(${MONTH_PATTERN})\\.?(?:,?\\s+(${YEAR4}))?\\b`,
      'giu',
    ),
    make: (m, c) => {
      const month = monthNumber(m[3]!);
      if (!month || !capitalised(m[3]!)) return null;
      const year = m[4] ? +m[4] : c.ref ? yearFor(month, 15, c.ref, lean(m, c)) : null;
      if (!year) return null;
      // ("last" is 0: nthWeekday counts it from the month's end.)
      return { date: nthWeekday(year, month, weekdayNumber(m[2]!), ordinal(m[1]!)), precision: 'day', relative: !m[4] };
    },
  },
  // A week by its place in a month: "the second week of March", "the first March week", "the last week of May 1987".
  {
    re: new RegExp(
      `\\b(?:the\\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+(?:week\\s+(?:of|in)\\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\\s+week)(?:,?\\s+(${YEAR4}))?\\b`,
      'giu',
    ),
    make: (m, c) => {
      const word = (m[2] ?? m[3])!;
      const month = monthNumber(word);
      if (!month || !capitalised(word)) return null;
      const year = m[4] ? +m[4] : c.ref ? yearFor(month, 15, c.ref, lean(m, c)) : null;
      if (!year) return null;
      const nth = ordinal(m[1]!);
      // The week holding the middle day of that week of the month (the 4th, 11th, ...; the last: 3 days before the end).
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const day = nth ? 4 + 7 * (nth - 1) : last - 3;
      return { date: isoWeek(Date.UTC(year, month - 1, day, 12)), precision: 'week', relative: !m[4] };
    },
  },
  // A month with a day or year in words: "March one, 1988", "March eighth", "January nineteen ninety-seven".
  {
    re: new RegExp(
      `\\b(${MONTH_PATTERN})\\s+(${WORD_ORDINAL}|${WORD_NUMBER})(?:,?\\s+(${YEAR4}|${WORD_YEAR}))?\\b`,
      'giu',
    ),
    make: (m, c) => {
      const month = monthNumber(m[1]!);
      if (!month || !capitalised(m[1]!)) return null;
      const asYear = m[3] ? null : wordYear(m[2]!);
      if (asYear) return abs(`${asYear}-${pad(month)}`, 'month');
      const day = wordValue(m[2]!);
      const ordinalWord = new RegExp(`^${WORD_ORDINAL}$`, 'i').test(m[2]!);
      // A cardinal day stands at the end of its phrase ("for July Eight.", "On March Three, it said", "signed on
      // March nine set April nine as the target"), never before a noun ("March one year later").
      const ends =
        /^\s*(?:[,.;:)]|$|(?:to|and|or|but|through|until|for|as|when|with|from|after|before|by|at|it|he|she|they|we|was|were|is|are|will|would|had|has|set|said)\b)/.test(
          c.sentence.slice(m.index + m[0].length),
        );
      if (!day || day > 31 || (!m[3] && !ordinalWord && !ends)) return null;
      const year = m[3] ? yearOf(m[3]) : c.ref ? yearFor(month, day, c.ref, lean(m, c)) : null;
      const date = year ? isoDay(year, month, day) : null;
      return date ? { date, precision: 'day', relative: !m[3] } : null;
    },
  },
  {
    re: new RegExp(`\\b(${MONTH_PATTERN})\\s+(${WORD_YEAR})\\b`, 'giu'),
    make: (m) => {
      const month = monthNumber(m[1]!);
      const year = wordYear(m[2]!);
      return month && year && capitalised(m[1]!) ? abs(`${year}-${pad(month)}`, 'month') : null;
    },
  },
  // Seasons: "last fall", "this summer", "the winter of 1994", "summer 1998", "early summer". (Not a crop's kind:
  // "the winter wheat areas", "part of the winter crops"; nor one "of" names: "the summer of love", but "a peak last
  // summer of 11.6 pct".)
  {
    re: new RegExp(
      `\\b(?:(last|this|next|this past|this coming|past|coming|early|late|the|the early|the late)\\s+)?(${SEASON_WORD})(?:\\s+(?:of\\s+)?(${YEARX}))?\\b(?!\\s+of\\s+(?!${YEARX}|\\d))(?![\\s-]+(?:wheat|barley|crops?|grains?|rye|oats|rapeseed|cereals?|durum|corn|rice|sowings?|plantings?|seedings?)\\b)`,
      'giu',
    ),
    make: (m, c) => {
      const mod = m[1]?.toLowerCase();
      const code = SEASON_CODE[m[2]!.toLowerCase()]!;
      if (m[3]) {
        const y = yearOf(m[3]);
        return y ? abs(`${y}-${code}`, 'season') : null;
      }
      // "an autumn general election", "a summer offensive": a season before an event's noun dates the event; else a
      // season with no word of time is no date ("winter wheat", "summer clothes").
      const event = !mod && SEASON_EVENT.test(c.sentence.slice(m.index + m[0].length));
      if ((!mod && !event) || !c.ref) return null;
      // (An event's season has no word of time: its tense tells, below.)
      const word = mod ?? '';
      // "the fall" alone is as often a fall as an autumn; not as a time a preposition opens and nothing goes on
      // from ("in the fall.", "by the spring, when"; "the fall in the dollar" goes on).
      if (
        /^(?:the|past|coming)$/.test(word) &&
        /^(?:fall|spring)$/i.test(m[2]!) &&
        !(
          word === 'the' &&
          /\b(?:in|by|during|until|till|over|through)\s+$/i.test(
            c.sentence.slice(Math.max(0, m.index - 10), m.index),
          ) &&
          /^(?:\s*[,.;:)]|\s*$|\s+(?:and|or|when|if|as|but)\b)/u.test(c.sentence.slice(m.index + m[0].length))
        )
      )
        return null;
      const now = seasonOf(c.ref.getUTCFullYear(), c.ref.getUTCMonth() + 1);
      const here = seasonIndex(now.year, now.season);
      const same =
        seasonIndex(now.year, code) + (code === 'WI' && now.season !== 'WI' && c.ref.getUTCMonth() + 1 <= 2 ? -4 : 0);
      let i: number;
      if (/last|past/.test(word)) i = same < here ? same : same - 4;
      else if (/next|coming/.test(word)) i = same > here ? same : same + 4;
      // "this spring" said in February is the coming one: the nearest.
      else if (word === 'this')
        i = [same - 4, same, same + 4].sort((a, b) => Math.abs(a - here) - Math.abs(b - here) || b - a)[0]!;
      else {
        const l = lean(m, c);
        i = l === 'future' ? (same >= here ? same : same + 4) : same <= here ? same : same - 4;
      }
      return rel(seasonAt(i), 'season');
    },
  },
  // Decades: "the 1990s", "the late 1970s", "the '80s", "the eighties".
  {
    re: /\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:((?:1[6-9]|20)\d)0'?s|'(\d)0'?s|(?<=\bthe\s+(?:(?:early|mid|late)[- ]?)?)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/giu,
    make: (m) => {
      if (m[1]) return abs(m[1], 'decade');
      if (m[2]) return abs(`19${m[2]}`, 'decade');
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      return abs(`19${words.indexOf(m[3]!.toLowerCase()) + 2}`, 'decade');
    },
  },
  // A year by its last two digits after an apostrophe: "the Crash of '29", "the '87 crash" (not a decade, "the '80s",
  // nor a quoted figure, "'29 pct'"): the year of publication's century, unless more than ten years ahead of it.
  {
    re: /(?<![\p{L}\p{N}'’])['’](\d{2})(?![\p{N}\p{L}'’]|[.,]\d|\s*(?:%|pct|percent|per\b|points?\b|mln|billion|million|dlrs|-)|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times|people|men|women|of)\b)/gu,
    make: (m, c) => {
      if (!c.ref) return null;
      const now = c.ref.getUTCFullYear();
      const yy = +m[1]!;
      const century = Math.floor(now / 100) * 100;
      const year = century + yy > now + 10 ? century - 100 + yy : century + yy;
      return rel(String(year), 'year');
    },
  },
  // "this decade", "the next decade": the decade of publication, or the one after. ("The past decade" is a span of
  // ten years up to now, no decade of the calendar.)
  {
    re: /\b(?:this|the\s+current|(next|the\s+coming|the\s+next))\s+decade\b(?![-'’])/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      const decade = Math.floor(c.ref.getUTCFullYear() / 10) + (m[1] ? 1 : 0);
      return rel(String(decade), 'decade');
    },
  },
  // Centuries (TimeML YY): "the 20th century" is 19, "the nineteenth century" 18, "21st-century" 20.
  {
    re: new RegExp(
      `\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b|\\b(?:the\\s+)?(${WORD_ORDINAL})[- ]century\\b`,
      'giu',
    ),
    make: (m) => {
      // "20th Century Fox", "21st Century Insurance" are names; British style capitalises the century alone ("built
      // in the 19th Century").
      if (/Century/.test(m[0]) && /^[\s-]+\p{Lu}/u.test(m.input!.slice(m.index! + m[0].length))) return null;
      const n = m[1] ? +m[1] : wordValue(m[2]!.toLowerCase());
      return n && n >= 1 && n <= 21 ? abs(String(n - 1).padStart(2, '0'), 'century') : null;
    },
  },
  // Fiscal years: "fiscal 1989", "fiscal 1989-90", "FY89", "the current fiscal year".
  {
    // "the first quarter of fiscal 1990" is the quarter's, read below.
    re: /(?<!\b(?:quarter|half)\s+of\s+)\b(?:[Ff]iscal(?:\s+year)?\s+|FY\s?)('?\d{2}|(?:19|20)\d{2})(?:\s*[-–/]\s*(\d{2}|(?:19|20)\d{2}))?\b(?![-/.,]\d)(?!\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?:quarter|half))/gu,
    make: (m, c) => {
      const first = fullYear(m[1]!.replace("'", ''), c.ref);
      const second = m[2] ? fullYear(m[2], c.ref, first) : null;
      return abs(String(first), 'year', second && second > first && second - first <= 2 ? String(second) : undefined);
    },
  },
  {
    re: /(?<!\b(?:quarter|half)\s+of\s+(?:the\s+)?)\b(?:the\s+)?(?:current|present)\s+(?:fiscal\s+|financial\s+)?year\b|(?<!\b(?:quarter|half)\s+of\s+)\bthis\s+(?:fiscal|financial)\s+year\b|\b(?:earlier|later)\s+in\s+the\s+year\b/giu,
    make: (_m, c) => (c.ref ? rel(String(c.ref.getUTCFullYear()), 'year') : null),
  },
  // "next financial year", "the coming fiscal year", "last fiscal year": the fiscal year after or before the one
  // running, named by the calendar year of its name (marked fiscal). ("the previous fiscal year" is read from the
  // year the sentence is about, below.)
  {
    re: /(?<!\b(?:quarter|half)\s+of\s+(?:the\s+)?)\b(?:the\s+)?(next|coming|last|past)\s+(?:fiscal|financial)\s+year\b(?!['’])/giu,
    make: (m, c) =>
      c.ref ? rel(String(c.ref.getUTCFullYear() + (/^(?:next|coming)$/i.test(m[1]!) ? 1 : -1)), 'year') : null,
  },
  // "the same period last year", "the corresponding quarter a year earlier", "the comparable period of 1988": the
  // quarter the sentence reports, a year back or in the year named; set against nine months' or a year's figures, the
  // year.
  {
    re: new RegExp(
      `\\b(?:the|its)\\s+(?:same|corresponding|comparable|like)\\s+(?:(?:three-month|fiscal)\\s+)?(quarter|period)\\s+(?:(?:of\\s+|in\\s+)?last\\s+year\\b(?!['’])|a\\s+year\\s+(?:ago|earlier|before)\\b|(?:of|in)\\s+(${YEAR4})\\b(?!\\d|[,.]\\d))`,
      'giu',
    ),
    make: (m, c) => {
      const named = m[2] ? +m[2] : null;
      if (named === null && !c.ref) return null;
      const year = named ?? c.ref!.getUTCFullYear() - 1;
      // (A year the text names is known with no publication date: "the same period in 2003".)
      if (m[1]!.toLowerCase() === 'period' && LONGER_PERIOD.test(c.sentence))
        return named !== null ? abs(String(year), 'year') : rel(String(year), 'year');
      // "the same period" is the one the sentence named before it: "the March 11-20 period", "the first two months",
      // "January/December 1986" are no quarter.
      if (OTHER_PERIOD.test(c.sentence.slice(0, m.index))) return null;
      if (!aboutQuarter(c)) return null;
      const q = sentenceQuarter(c, m.index);
      if (!q) return null;
      const date = named !== null ? `${named}-${q.slice(5)}` : shiftValue(q, 'year', -1)!;
      return { date, precision: 'quarter', relative: named === null };
    },
  },
  // A quarter named by the month it ends in, as Australian and New Zealand news write it: "the September quarter",
  // "the December 1986 quarter", "in the March quarter" (Q3, Q4 and Q1), or by its months: "the April-June quarter",
  // "the Oct/Dec quarter", "the October-to-December quarter".
  {
    re: new RegExp(
      `\\b(?:(?:the|this|its|current)\\s+)*(?:(?<first>${MONTH_PATTERN})\\.?(?:\\s*[-/–]\\s*|(?:-|\\s+)(?:to|through)(?:-|\\s+)))?(?<end>March|Mar\\.?|June|Jun\\.?|September|Sept?\\.?|December|Dec\\.?)(?:\\s+(?<year>${YEAR4}))?\\s+quarter(?![s-])\\b`,
      'giu',
    ),
    make: (m, c) => {
      const { first, year } = m.groups!;
      const end = monthNumber(m.groups!.end!)!;
      // "the May-June quarter" is no quarter.
      if (first && (monthNumber(first) ?? 0) !== end - 2) return null;
      const q = quarterOfMonth(end);
      if (year) return abs(`${year}-Q${q}`, 'quarter');
      return c.ref ? rel(quarterFor(q, c, lean(m, c)), 'quarter') : null;
    },
  },
  // A year's opening or closing quarter or half told by its months or as its last: "the last three months of 2004",
  // "the first six months of this year", "the final quarter of 2004" (not a year's first two or nine months, which
  // have no such period: the year alone is read from them). "The last quarter of the year" is of the year the
  // sentence is about, else the last such quarter or half the tense allows ("margins collapsed in the last quarter
  // of the year", told in March, is last year's).
  {
    re: new RegExp(
      `\\b(?:the\\s+)?(first|last|final|closing|opening)\\s+(?:(three|3|six|6)\\s+months|(quarter|half))\\s+of\\s+(?:(${YEAR4})\\b(?![-/.,]\\d)|(this|last|next|the)\\s+year\\b(?!['’]|\\s+(?:before|after|earlier|later|ago|of|to)\\b))`,
      'giu',
    ),
    make: (m, c) => {
      const opening = /^(?:first|opening)$/i.test(m[1]!);
      const months = m[2] ? (/^(?:three|3)$/i.test(m[2]) ? 3 : 6) : m[3]!.toLowerCase() === 'quarter' ? 3 : 6;
      // "the first quarter of 1988" is the quarters' rule's; here only what names a period by its months or its end.
      if (opening && m[3]) return null;
      const part = months === 3 ? `Q${opening ? 1 : 4}` : `H${opening ? 1 : 2}`;
      const precision = months === 3 ? 'quarter' : 'half';
      if (m[4]) return abs(`${m[4]}-${part}`, precision);
      if (!c.ref) return null;
      if (m[5]!.toLowerCase() === 'the') {
        // (Only the closing quarter: a year's first half of "the year" is read as before, by the halves' rule.)
        if (opening || months !== 3) return null;
        const own = anchorBefore(c, m.index);
        return own ? rel(`${own.date.slice(0, 4)}-Q4`, 'quarter') : rel(quarterFor(4, c, lean(m, c)), 'quarter');
      }
      const y = c.ref.getUTCFullYear() + { this: 0, last: -1, next: 1 }[m[5]!.toLowerCase() as 'this'];
      return rel(`${y}-${part}`, precision);
    },
  },
  // A span of abbreviated months chrono reads no start of: "the Jan-Sept period", "exports in Jan-Aug".
  {
    re: new RegExp(
      `(?<![\\d/-])\\b(${SHORT_MONTHS})\\.?\\s?[-–]\\s?(${SHORT_MONTHS})\\b\\.?(?![-/]?\\d|,?\\s*(?:1[6-9]|20)\\d{2})`,
      'gu',
    ),
    make: (m, c) => {
      const [a, b] = [monthNumber(m[1]!)!, monthNumber(m[2]!)!];
      // (A year's twelve months, "Oct-Sept", name a crop or marketing year's span, no dates; a year written
      // after the months is chrono's to read with them: "Jan-Sept 1987".)
      if ((b - a + 12) % 12 === 11) return 'none';
      if (!c.ref || a === b) return null;
      const yb = yearFor(b, null, c.ref, lean(m, c));
      const ya = a < b ? yb : yb - 1;
      return { date: `${ya}-${pad(a)}`, end: `${yb}-${pad(b)}`, precision: 'month', relative: true };
    },
  },
  // Two quarters told together: "the third and fourth quarters", "the first and second quarter of 1988": the span.
  {
    re: new RegExp(
      `\\b(?:the\\s+)?${ORD_Q}\\s+and\\s+${ORD_Q}[- ](?:fiscal[- ])?quarters?\\b(?:\\s+of\\s+(${YEAR4}))?`,
      'giu',
    ),
    make: (m, c) => {
      const [a, b] = [ordinal(m[1]!), ordinal(m[2]!)];
      if (!a || !b || b <= a) return null;
      if (m[3]) return abs(`${m[3]}-Q${a}`, 'quarter', `${m[3]}-Q${b}`);
      if (!c.ref) return null;
      const first = quarterFor(a, c, lean(m, c));
      return { ...rel(first, 'quarter'), end: `${first.slice(0, 4)}-Q${b}` };
    },
  },
  // Quarters: "the third quarter", "third-quarter", "the 1988 second quarter", "the third quarter of 1990",
  // "next year's first quarter", "the year-ago third quarter".
  {
    re: new RegExp(
      `\\b(?:(?:the|this|that|its|last|next)\\s+)?(?:(this|last|next|prior|previous|preceding)\\s+year['’]s\\s+)?(?:(?:fiscal\\s+)?(${YEAR4})(?:'s)?\\s+)?((?:(?:fiscal|year-earlier|year-ago|prior|previous|preceding|comparable|same|latest|flat|current)[- ]|(?:a\\s+)?)*)${ORD_Q}[- ](?:fiscal[- ])?(?:quarter|qtr)(?![s]|-(?:century|point))(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(${YEAR4})(?![\\d,.]*\\s*(?:pct|percent|%))|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b(?!['’]))?\\b`,
      'giu',
    ),
    make: (m, c) => {
      const q = ordinal(m[4]!);
      const explicit = m[2] ?? m[5];
      if (explicit) return abs(`${explicit}-Q${q}`, 'quarter');
      if (!c.ref) return null;
      const y = c.ref.getUTCFullYear();
      // "next year's first quarter", "the second quarter last year"; "the prior year's 4th qtr", in a report of a
      // quarter its headline names, the year before that quarter's.
      const which = m[1] ?? m[6];
      const head = c.article?.headlineQuarter;
      if (head && which && /^(?:prior|previous|preceding)$/iu.test(which))
        return rel(`${+head.slice(0, 4) - 1}-Q${q}`, 'quarter');
      const shift = which
        ? (({ this: 0, last: -1, next: 1 } as Record<string, number>)[which.toLowerCase()] ?? -1)
        : /year-(?:earlier|ago)|prior|previous|preceding/i.test(m[3] ?? '')
          ? -1
          : null;
      if (shift !== null) return rel(`${y + shift}-Q${q}`, 'quarter');
      // "Last year it posted second quarter net income", "In 1986, fourth-quarter sales rose": the year the sentence
      // opens with is its quarters'.
      const opens = SENTENCE_YEAR.exec(c.sentence.slice(0, m.index));
      if (opens?.[2]) return abs(`${opens[2]}-Q${q}`, 'quarter');
      if (opens)
        return rel(`${y + (/^last|^a\s/i.test(opens[1]!) ? -1 : /^next/i.test(opens[1]!) ? 1 : 0)}-Q${q}`, 'quarter');
      // "its fourth-quarter earnings last year", "third-quarter net a year ago": the year told after its figures.
      const told = QUARTER_FIGURES_THEN_YEAR.exec(c.sentence.slice(m.index + m[0].length));
      if (told?.[2]) return abs(`${told[2]}-Q${q}`, 'quarter');
      if (told?.[1])
        return rel(`${y + { this: 0, last: -1, next: 1 }[told[1].toLowerCase() as 'this']}-Q${q}`, 'quarter');
      // "Acme reported fiscal 1989 results. In the third quarter, ...": the year reported a sentence or two before.
      const reported = told ? null : reportedResultsYear(c);
      if (reported !== null) return rel(`${reported}-Q${q}`, 'quarter');
      // "a ceiling of 16.6 mln bpd for the third quarter", told in June: what a thing is set for is the coming
      // quarter, whatever the tense of the setting (not a company's results, told after their quarter).
      const current = quarterOfMonth(c.ref.getUTCMonth() + 1);
      if (
        /\bfor\s+$/i.test(c.sentence.slice(0, m.index)) &&
        q === (current % 4) + 1 &&
        !RESULTS.test(c.sentence) &&
        !/\b(?:results|profits?|earnings|net|loss|sales|revenues?)\b/i.test(c.sentence)
      )
        return rel(`${current === 4 ? y + 1 : y}-Q${q}`, 'quarter');
      const value = quarterFor(q, c, lean(m, c));
      return rel(told ? shiftValue(value, 'year', -1)! : value, 'quarter');
    },
  },
  // "the quarter", "the latest quarter", "this quarter", "the year-ago quarter", "the year-earlier period" (or "the
  // year earlier period", the wire's hyphen left out); "the
  // quarter ended December 31" is the quarter its end names.
  {
    re: /\b(?:(the|this|that|its|last|next)\s+)(?:(comparable\s+|corresponding\s+|same\s+)?(year[- ]earlier|year[- ]ago|latest|current|recent|most recent)\s+)?(quarter|period)(?![s-])\b(?!\s+of\s+(?:the|its|a|an|all|their|his|her)\b)(?:\s+a\s+year\s+(?:ago|earlier))?/giu,
    make: (m, c) => {
      const [det, which, noun] = [m[1]!.toLowerCase(), m[3]?.toLowerCase(), m[4]!.toLowerCase()];
      if (!c.ref) return null;
      const ago = /year[- ](?:earlier|ago)/.test(which ?? '') || /a\s+year/i.test(m[0]);
      // "the period" alone is no quarter; the latest, the year-ago one are.
      if (noun === 'period' && !which) return null;
      const y = c.ref.getUTCFullYear();
      const current = `${y}-Q${quarterOfMonth(c.ref.getUTCMonth() + 1)}`;
      if (det === 'this' || which === 'current') return rel(current, 'quarter');
      if (det === 'next') return rel(shiftQuarter(current, 1), 'quarter');
      if (det === 'last' && !which) return rel(shiftQuarter(current, -1), 'quarter');
      const ended = shiftQuarter(current, -1);
      // "a 1986 operating profit ... in the year-earlier period": a period a year back where no quarter is told is
      // the sentence's own year a year back, as "a year earlier" is. (Without its hyphen, "the year earlier" is read
      // from the date the sentence is about, by ANCHORED: "the nine months ended September 30, 1986 ... the year
      // earlier period", 1985.)
      if (noun === 'period' && ago && sentenceQuarter(c, m.index, false) === null)
        return /\s/u.test(which!) ? null : agoFound(agoValue(c, m.index, 'year', 1, c.ref));
      // "the quarter ended December 31", "the quarter ending March 1988": the quarter its end names.
      const end = QUARTER_END.exec(c.sentence.slice(m.index + m[0].length));
      if (end && noun === 'quarter' && !ago) {
        const q = quarterOfMonth(monthNumber(end.groups!.month!)!);
        if (end.groups!.year) return abs(`${end.groups!.year}-Q${q}`, 'quarter');
        return rel(quarterFor(q, c, /^\s+ended/i.test(end[0]) ? 'past' : lean(m, c)), 'quarter');
      }
      let base = sentenceQuarter(c, m.index) ?? ended;
      // "the quarter" right after the article named a fiscal one by its end ("its second fiscal quarter ending
      // March 31"), and no other quarter since: that quarter, months and all.
      const fiscal = c.article?.fiscalQuarter;
      const other = c.article?.quarter;
      if (
        !ago &&
        !which &&
        det === 'the' &&
        fiscal &&
        fiscal.sentencesAgo <= QUARTER_REACH &&
        (!other || other.sentencesAgo > fiscal.sentencesAgo) &&
        !c.found.some((f) => f.precision === 'quarter' && f.at !== m.index)
      )
        return { ...rel(fiscal.date, 'quarter'), fiscal: true, months: fiscal.months };
      // "1985 earnings exclude a gain of 8 cts a share in the quarter": the quarter of the year reported.
      const named = det === 'the' && !which ? yearReported(c, m.index) : null;
      if (named !== null) base = `${named}${base.slice(4)}`;
      // "the latest quarter" has ended: never the quarter under way at publication, nor one after it.
      if (/latest|recent/.test(which ?? '') && base > ended) base = ended;
      return rel(ago ? shiftValue(base, 'year', -1)! : base, 'quarter');
    },
  },
  // "the 1988 quarter", "in the 1989 period" in a report of a quarter: that quarter in the year named.
  {
    re: new RegExp(`\\bthe\\s+(${YEAR4})\\s+(quarter|period)\\b(?![s-])`, 'giu'),
    make: (m, c) => {
      if (m[2]!.toLowerCase() === 'period' && (!aboutQuarter(c) || LONGER_PERIOD.test(c.sentence))) return null;
      const q = sentenceQuarter(c, m.index);
      return q ? abs(`${m[1]}-${q.slice(5)}`, 'quarter') : null;
    },
  },
  // Halves: "the first half", "the second half of 1989", "first-half".
  {
    re: new RegExp(
      `\\b(?:the\\s+)?(first|second|last|1st|2nd)[- ]half(?:\\s+(?:fiscal\\s+)?(${YEAR4})\\b(?![-/.,]\\d)|\\s+of\\s+(?:(?:fiscal\\s+)?(${YEAR4})|(?:the|this|its)\\s+(?:current\\s+)?fiscal\\s+year|(?:the|this)\\s+year))?\\b(?!\\s*(?:of\\s+)?(?:${MONTH_PATTERN}|(?:next|this|last|the\\s+(?:following|previous|same))\\s+month\\b))`,
      'giu',
    ),
    make: (m, c) => {
      const h = /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
      const written = m[2] ?? m[3];
      if (written) return abs(`${written}-H${h}`, 'half');
      if (!c.ref) return null;
      // "the second half of this year": the publication year's, whatever the tense.
      if (/\bof\s+this\s+year$/i.test(m[0])) return rel(`${c.ref.getUTCFullYear()}-H${h}`, 'half');
      // "the first half" of a sentence that speaks of a half: only with "of" or as a modifier of results.
      if (
        !/\bof\b/.test(m[0]) &&
        !/^\s*(?:of|results|profit|earnings|sales|net|loss|revenue|growth)\b|^-/i.test(
          c.sentence.slice(m.index + m[0].length),
        ) &&
        !/-half/i.test(m[0])
      )
        return null;
      const reported = reportedResultsYear(c);
      if (reported !== null) return rel(`${reported}-H${h}`, 'half');
      const y = c.ref.getUTCFullYear();
      const current = c.ref.getUTCMonth() < 6 ? 1 : 2;
      const l = lean(m, c);
      const year = h > current && l === 'past' ? y - 1 : h < current && l === 'future' ? y + 1 : y;
      return rel(`${year}-H${h}`, 'half');
    },
  },
  // Weeks: "last week", "this week", "early next week", "the end of this week".
  {
    re: /\b(?:(?:early|late|earlier|later)\s+|the\s+end\s+of\s+)?(last|this|next|the past|the coming|the previous|the following)\s+week\b(?!s|end|-)/giu,
    make: (m, c) => {
      // "This Week" mid-sentence is the name of a programme.
      if (/Week/.test(m[0]) && /[\p{L}\d,"“]\s*$/u.test(c.sentence.slice(0, m.index))) return 'none';
      if (!c.ref) return null;
      const w = m[1]!.toLowerCase();
      if (/previous|following/.test(w)) return null;
      // "the last week of March" is a week of that month, not one from publication.
      if (/^\s+of\b/.test(c.sentence.slice(m.index + m[0].length))) return null;
      // "the past week", "the last week" are the seven days up to publication: the week that holds most of them.
      if (w === 'the past' || (w === 'last' && /\bthe\s+$/i.test(c.sentence.slice(0, m.index))))
        return rel(isoWeek(c.ref.getTime() - 3 * DAY_MS), 'week');
      // Told on a Sunday, the week ahead starts tomorrow: "will visit this week". ("Last week" stays the week before
      // the one closing today, as TimeBank mostly writes it.)
      if (c.ref.getUTCDay() === 0 && w === 'this' && lean(m, c) === 'future') return rel(weekOf(c.ref, 1), 'week');
      return rel(weekOf(c.ref, /last/.test(w) ? -1 : /next|coming/.test(w) ? 1 : 0), 'week');
    },
  },
  // Weekends (TimeML YYYY-Www-WE): "over the weekend", "last weekend", "this weekend", "ahead of the weekend",
  // "this weekend's meeting".
  {
    re: /\b(?:(this|last|next|this past|this coming|the past|the coming)|the)\s+weekend\b(?![s-]|['’](?!s\b)|(?:['’]s)?\s+(?:edition|editions|paper|papers|trading|session|sessions|shift|shifts|news|show|shows|programme|program|traffic|break|getaway|decision|service|services|hours|sale|sales|visit|trip|retreat|box)\b)/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      const mod = m[1]?.toLowerCase() ?? '';
      const d = c.ref.getUTCDay(); // 0 Sunday … 6 Saturday
      // The Saturday of this week's weekend (Sunday closes the ISO week), then one a week before or after.
      const saturday = c.ref.getTime() + (d === 0 ? -1 : 6 - d) * DAY_MS;
      const inWeekend = d === 0 || d === 6;
      // "the weekend breakdown of talks": a weekend naming a thing is the nearest one.
      const modifier =
        /^\s+(?!(?:in|at|on|of|and|but|or|when|as|to|for|with|by|after|before|that|the|a|an|he|she|it|they|we|is|was|were|will|would)\b)\p{Ll}/u.test(
          c.sentence.slice(m.index + m[0].length),
        );
      const governed = /\b(?:over|during|at|on|ahead\s+of|before|after|until|through)\s+$/i.test(
        c.sentence.slice(0, m.index),
      );
      if (!m[1] && !governed && !modifier) return null;
      if (!m[1] && modifier) return rel(`${isoWeek(saturday - (d >= 1 && d <= 3 ? 7 : 0) * DAY_MS)}-WE`, 'week');
      const shift = /last|past/.test(mod)
        ? -1
        : /next|coming/.test(mod)
          ? 1
          : /^this/.test(mod)
            ? // "OPEC agreed this weekend" told on a Monday: the weekend just gone.
              d >= 1 && d <= 3 && lean(m, c) === 'past'
              ? -1
              : 0
            : inWeekend ||
                /\b(?:ahead\s+of|before|until)\s+$/i.test(c.sentence.slice(0, m.index)) ||
                lean(m, c) === 'future'
              ? 0
              : -1;
      return rel(`${isoWeek(saturday + shift * 7 * DAY_MS)}-WE`, 'week');
    },
  },
  // "N units ago": "a year ago", "two months ago", "10 days ago", "nearly four years ago", "a week or so ago".
  {
    re: new RegExp(
      `\\b(?:(?:nearly|almost|about|some|roughly|more than|less than|over|just|only)\\s+)?(${QUANT})\\s+(year|month|week|day)s?(?:\\s+or\\s+so)?\\s+ago\\b`,
      'giu',
    ),
    make: (m, c) => {
      const n = quantity(m[1]!);
      if (!n || !c.ref) return null;
      const unit = m[2]!.toLowerCase() as 'year' | 'month' | 'week' | 'day';
      return agoFound(agoValue(c, m.index, unit, n, c.ref));
    },
  },
  // "will close in two months", "redeemed in five years", "in three weeks' time": N units on from publication, in a
  // clause of the future only ("rose in two months" is a span, no date). Not the span of a record or a count ("the
  // first time in five years", "its worst drought in 26 years", "twice in three months"), nor what "can" be done in
  // it ("can destroy a field in a day"), nor "in the next two years".
  {
    re: new RegExp(
      `\\bin\\s+(?:(?:about|another|nearly|some|roughly|just|only)\\s+)?(${QUANT})\\s+(year|month|week|day)s?(?:['’]\\s*time)?(?![\\p{L}'’-]|\\s+(?:of|to|from|before|after|earlier|later|ago|when|that|which|in\\s+which)\\b)`,
      'giu',
    ),
    make: (m, c) => {
      const n = quantity(m[1]!);
      // (A count of more than one names its unit in the plural: "in 15 year convertible notes" is no date.)
      if (!n || !c.ref || (n > 1 && !/s(?:['’]\s*time)?$/iu.test(m[0])) || lean(m, c) !== 'future') return null;
      const lead = c.sentence.slice(Math.max(0, m.index - 60), m.index);
      if (RECORD_SPAN.test(lead) || /\bcan(?:not)?\s[^,;]*$/iu.test(lead)) return null;
      // (A figure "in a year" is a rate: "losses of three billion dlrs in a year".)
      if (n === 1 && /\b(?:dlrs|dollars|pct|percent|tonnes|tons|barrels|bpd|mln|billion|million)\s+$/iu.test(lead))
        return null;
      const unit = m[2]!.toLowerCase() as 'year' | 'month' | 'week' | 'day';
      const [y, mo] = [c.ref.getUTCFullYear(), c.ref.getUTCMonth() + 1];
      if (unit === 'year') return rel(String(y + n), 'year');
      if (unit === 'month') return rel(shiftValue(`${y}-${pad(mo)}`, 'month', n)!, 'month');
      if (unit === 'week') return agoFound(weekOf(c.ref, n));
      return rel(ymd(c.ref.getTime() + n * DAY_MS), 'day');
    },
  },
  // "over the next two nights", "in the coming three days": the days from publication on, tonight the first night and
  // tomorrow the first day; not in a past narrative ("over the next two days, prices fell" is the story's own days).
  {
    re: new RegExp(
      `\\bthe\\s+(?:next|coming)\\s+(${QUANT})\\s+(days|nights)\\b(?!\\s+(?:of|to|from|before|after)\\b)`,
      'giu',
    ),
    make: (m, c) => {
      const n = quantity(m[1]!);
      if (!n || n < 2 || n > 14 || !c.ref) return null;
      // (A modal before it looks ahead, whatever verb reports it: "may suffer winterkill over the next two nights, a
      // forecaster said".)
      const clause = c.sentence.slice(0, m.index).split(/[;,]/u).at(-1)!;
      if (
        lean(m, c) === 'past' &&
        !/\b(?:will|would|may|might|could|can|should|expected|likely|possible)\b/iu.test(clause)
      )
        return null;
      const first = c.ref.getTime() + (m[2]!.toLowerCase() === 'days' ? DAY_MS : 0);
      return { ...rel(ymd(first), 'day'), end: ymd(first + (n - 1) * DAY_MS) };
    },
  },
  // "July 1 this year", "March 5 of last year": the day in the year told after it.
  {
    re: new RegExp(
      `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b(?!['’])`,
      'giu',
    ),
    make: (m, c) => {
      const month = monthNumber(m[1]!);
      if (!month || !capitalised(m[1]!) || !c.ref) return null;
      const y = c.ref.getUTCFullYear() + { this: 0, last: -1, next: 1 }[m[3]!.toLowerCase() as 'this'];
      const date = isoDay(y, month, +m[2]!);
      return date ? rel(date, 'day') : null;
    },
  },
  // "last May", "this September", "next March", "January this year", "July last year", "April, last year" (not
  // "In April, last year's winner").
  {
    re: new RegExp(
      `\\b(?:(last|this|next|this past|this coming)\\s+(${MONTH_PATTERN})(?![.\\s]*\\d)|(${MONTH_PATTERN})(?:\\s+(?:of\\s+)?|,\\s*)(this|last|next)\\s+year(?!['’]))\\b`,
      'giu',
    ),
    make: (m, c) => {
      const word = m[2] ?? m[3]!;
      const month = monthNumber(word);
      if (!month || !capitalised(word) || !c.ref) return null;
      const y = c.ref.getUTCFullYear();
      const now = c.ref.getUTCMonth() + 1;
      const mod = (m[1] ?? '').toLowerCase();
      if (m[4])
        return rel(`${y + { this: 0, last: -1, next: 1 }[m[4].toLowerCase() as 'this']}-${pad(month)}`, 'month');
      // "last February" said in March is a year back: the month just gone would be "last month".
      const year = /last|past/.test(mod)
        ? month < now - 1
          ? y
          : y - 1
        : /next|coming/.test(mod)
          ? month > now
            ? y
            : y + 1
          : y;
      return rel(`${year}-${pad(month)}`, 'month');
    },
  },
  // "last Friday", "this Monday", "next Tuesday", "this coming Sunday".
  {
    re: new RegExp(`\\b(last|this|next|this past|this coming)\\s+(${WEEKDAY})\\b`, 'giu'),
    make: (m, c) => {
      if (!c.ref) return null;
      const mod = m[1]!.toLowerCase();
      const mode = /last|past/.test(mod)
        ? 'last'
        : /next/.test(mod)
          ? 'next'
          : mod === 'this coming'
            ? 'future'
            : lean(m, c) === 'future'
              ? 'future'
              : 'past';
      return rel(weekdayFrom(m[2]!, c.ref, mode), 'day');
    },
  },
  // "last year", "this month", "earlier this year", "early next year", "the past year", "the coming year".
  {
    re: /\b(?:(?:early|earlier|late|later|mid)(?:\s+in)?\s+)?(?:the\s+)?(last|this|next|past|coming)\s+(year|month)\b(?!s|-|\s+(?:or|and)\s+(?:two|so|more))/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      // "by the last year of the seventh five-year plan", "the last month of its term": a span's own year or month.
      if (
        /(?:^|\s)the\s/i.test(m[0]) &&
        /^\s+of\s+(?:the|its|their|his|her|a|an|this|that)\b/i.test(c.sentence.slice(m.index + m[0].length))
      )
        return null;
      // "The next year, the Taliban released two videos": the year after the one told, read from it (ANCHORED);
      // "over the next year", "within the next month" count from now.
      if (
        /^the\s+next\b/i.test(m[0]) &&
        !/\b(?:over|within|in|during|for|through|throughout|into)\s+$/i.test(
          c.sentence.slice(Math.max(0, m.index - 12), m.index),
        )
      )
        return null;
      const shift = { last: -1, past: -1, this: 0, next: 1, coming: 1 }[m[1]!.toLowerCase() as 'last'];
      const y = c.ref.getUTCFullYear();
      if (
        m[2]!.toLowerCase() === 'year' &&
        m[1]!.toLowerCase() === 'last' &&
        !/^(?:early|late|mid)/i.test(m[0]) &&
        comparesQuarter(c, m)
      ) {
        const q = sentenceQuarter(c, m.index);
        if (q) return rel(shiftValue(q, 'year', -1)!, 'quarter');
      }
      if (m[2]!.toLowerCase() === 'year') return rel(String(y + shift), 'year');
      return rel(shiftValue(`${y}-${pad(c.ref.getUTCMonth() + 1)}`, 'month', shift)!, 'month');
    },
  },
  // The end of a year written with it: "year-end 1986", "1987 year-end".
  {
    re: new RegExp(`\\b(?:(${YEAR4})\\s+year[- ]end|year[- ]end\\s+(${YEAR4}))\\b`, 'giu'),
    make: (m) => abs((m[1] ?? m[2])!, 'year'),
  },
  // The end of the year ("by end-year"), the full year.
  {
    re: /\b(?:(?:the\s+)?year[- ]end|end-year|end-of-year|year's\s+end|the\s+end\s+of\s+the\s+year|the\s+full\s+year(?!\s+(?:of\s+)?(?:19|20)\d{2}\b)|the\s+year\s+end)\b/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      const y = c.ref.getUTCFullYear();
      // "1986 results include a station for the full year": the year whose results the sentence reports.
      const named = yearReported(c, m.index);
      if (named !== null && /full/i.test(m[0])) return abs(String(named), 'year');
      // "since year-end", "rose to 453 billion at year-end" (told in the past): the end of the year gone.
      const gone =
        /^since\s+$/i.test(c.sentence.slice(Math.max(0, m.index - 6), m.index)) ||
        (!/full/i.test(m[0]) && lean(m, c) === 'past');
      return rel(String(gone ? y - 1 : y), 'year');
    },
  },
  // "at the start of the year", "since the beginning of the year": the year of publication, whose start is gone by.
  {
    re: /\bthe\s+(?:start|beginning)\s+of\s+the\s+year\b/giu,
    make: (_m, c) => (c.ref ? rel(String(c.ref.getUTCFullYear()), 'year') : null),
  },
  // "the end of the month", "month-end": the month of publication, or a later month the sentence has just named
  // ("the books would be closed by mid-April and the money should arrive by the end of the month"). A month gone by
  // is no such month ("sales rose in February and will rise again by the end of the month").
  {
    re: /\b(?:the\s+end\s+of\s+(?:the|this)\s+month|month[- ]end)\b/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      const own = `${c.ref.getUTCFullYear()}-${pad(c.ref.getUTCMonth() + 1)}`;
      // (Told as gone by, "approved in May", it is last year's May, and no month ahead.)
      const named = /\bthe\s+month$/iu.test(m[0])
        ? [...c.sentence.slice(0, m.index).matchAll(NAMED_MONTH)].at(-1)
        : null;
      const month = named ? (monthNumber(named[1]!) ?? 0) : 0;
      const later =
        month > c.ref.getUTCMonth() + 1 &&
        directionAt(c.sentence, named!.index, named!.index + named![0].length) !== 'past';
      return rel(later ? `${c.ref.getUTCFullYear()}-${pad(month)}` : own, 'month');
    },
  },
  // "for the year", "the fiscal year", "so far this year" is read above: the year of publication, or the year of the
  // quarter the sentence reports ("a loss in the quarter and a gain for the year", told in March: the year gone).
  {
    re: /\b(?:(?<=\bfor\s+)the\s+(?:full\s+|fiscal\s+)?year|the\s+fiscal\s+year|the\s+year(?=\s+end(?:ed|ing)\s))\b(?!-|\s+(?:before|after|earlier|ago|prior|\d))/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      const named = yearReported(c, m.index);
      if (named !== null) return abs(String(named), 'year');
      // "five cents for the year against one cent in 1985": the year after the one it is compared with.
      const against = YEAR_COMPARED.exec(c.sentence.slice(m.index + m[0].length));
      if (against && +against[1]! < c.ref.getUTCFullYear()) return rel(String(+against[1]! + 1), 'year');
      const q = c.found.find((f) => f.precision === 'quarter' && !COMPARED.test(f.text) && f.at < m.index);
      return rel(q ? q.date.slice(0, 4) : String(c.ref.getUTCFullYear()), 'year');
    },
  },
  // "year-earlier net income", "the year-ago results": a year before publication, or the quarter a year before in a
  // sentence about a quarter. In a report whose headline names its quarter, a year before the reported one: "year-ago
  // qtr" is that quarter a year back; "year-ago 12 mths", and "Year-ago shr data" in a sentence naming no quarter,
  // that quarter's year.
  {
    re: /\byear-(?:earlier|ago)\b(?!\s+(?:quarter|period|third|fourth|first|second))/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      const head = c.article?.headlineQuarter;
      if (
        head &&
        (/^\s+(?:(?:\d+|six|nine|twelve)\s+(?:mths|months)|(?:fiscal\s+)?year)\b/iu.test(
          c.sentence.slice(m.index + m[0].length),
        ) ||
          !/\b(?:qtrs?|quarters?)\b/iu.test(c.sentence))
      )
        return rel(String(+head.slice(0, 4) - 1), 'year');
      return agoFound(agoValue(c, m.index, 'year', 1, c.ref));
    },
  },
  // Holidays fixed in the calendar or by a weekday rule: "Christmas", "Thanksgiving Day", "New Year's Day", "Black
  // Friday".
  {
    re: /\b(?:(last|this|next)\s+)?(Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|Thanksgiving(?: Day)?|Independence Day|Fourth of July|Labor Day|Memorial Day|Election Day|Black Friday|Cyber Monday|Good Friday|Easter Sunday|Easter Monday|Palm Sunday)\b(?:,?\s+(?:of\s+)?((?:19|20)\d{2})\b)?/gu,
    make: (m, c) => {
      if (!c.ref) return null;
      // "Christmas trees", "Christmas cards": a thing, not the day; "the Christmas selling season", "the Christmas
      // holidays": a time of weeks, no day.
      if (
        /^\s+(?:trees?|cards?|shopping|sales|presents|gifts|decorations|lights|party|parties|bonus(?:es)?|turkeys?|dinners?|carols|markets?|rush|trade|specials?|selling|seasons?|periods?|holidays)\b/u.test(
          c.sentence.slice(m.index + m[0].length),
        )
      )
        return 'none';
      const name = m[2]!.toLowerCase();
      const day = (y: number) => holiday(name, y);
      const y = c.ref.getUTCFullYear();
      const r = ymd(c.ref);
      const mod = m[1]?.toLowerCase();
      const l = mod === 'last' ? 'past' : mod === 'next' ? 'future' : mod === 'this' ? null : lean(m, c);
      // "Christmas 1986", "Election Day of 2022": the year written with it.
      if (m[3]) return abs(day(+m[3]), 'day');
      const options = [day(y - 1), day(y), day(y + 1)];
      const next = options.find((d) => d >= r)!;
      // With no tense to go by, one coming within two weeks is the one meant ("from now to Election Day").
      const soon = l === null && !mod && Date.parse(`${next}T12:00:00Z`) - c.ref.getTime() <= 14 * DAY_MS;
      const pick =
        l === 'future' || soon ? next : mod === 'this' ? day(y) : [...options].reverse().find((d) => d <= r)!;
      return rel(pick, 'day');
    },
  },
  // "early May", "mid-November", "the end of March", "last-half May": the month, its year by the clause's tense,
  // or the year written after a comma ("since mid-November, 1979").
  {
    re: new RegExp(
      `\\b(?:the\\s+)?(?:early|mid|late|beginning\\s+of|start\\s+of|middle\\s+of|end\\s+of|end(?=-)|(?:first|second|last)-half)[\\s-]+(${MONTH_PATTERN})(?:,\\s*(${YEAR4})\\b(?![-/.,]\\d))?(?![.\\s]*\\d)(?!\\p{L})`,
      'giu',
    ),
    make: (m, c) => {
      const month = monthNumber(m[1]!);
      if (!month || !capitalised(m[1]!)) return null;
      if (m[2]) return abs(`${m[2]}-${pad(month)}`, 'month');
      if (!c.ref) return null;
      return rel(`${yearFor(month, null, c.ref, lean(m, c))}-${pad(month)}`, 'month');
    },
  },
  // "May" alone after a preposition that governs a date, which chrono reads only after "in": "until May", "since
  // May", "set for May" ("a speech by May", "votes for May" name a person: neither is read).
  {
    re: /(?<=\b(?:since|until|till|through|before|during|(?:set|scheduled|slated|planned|due|expected|postponed|delayed|moved|rescheduled|pushed\s+back)\s+(?:for|to|until))\s+)May\b(?![.\s]*\d)(?!\s+(?:\p{Lu}|have|be|not|also|well|still)\b)/gu,
    make: (m, c) => (c.ref ? rel(`${yearFor(5, null, c.ref, lean(m, c))}-05`, 'month') : null),
  },
  // "yesterday", "today's vote", "tomorrow": a day from publication ("today's world" is no day). The possessive's
  // "'s" is not part of the date (TimeML's extent: "today" in "today's vote"). "last night" and "this morning" are
  // the day before and the day of publication (TimeML writes them as times of those days; "the last night of the
  // tour" is none).
  {
    re: /\b(yesterday|today|tonight|tomorrow|(?<!\b(?:the|a|an|his|her|its|their|our|my|every|each|one)\s+)last\s+night|this\s+(?:morning|afternoon|evening))\b/giu,
    make: (m, c) => {
      const after = c.sentence.slice(m.index + m[0].length);
      const possessive = /^['’]s\b/.test(after);
      // "VOA Today" is a name; "the people of tomorrow" no day ("ahead of today's meeting", "as of this morning" are:
      // "of" there is part of a preposition, not a noun's).
      if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\d]\s*$/u.test(c.sentence.slice(0, m.index))) return 'none';
      const of = /(?:\b(\p{L}+)\s+)?\bof\s+$/iu.exec(c.sentence.slice(Math.max(0, m.index - 24), m.index));
      if (of && !/^(?:ahead|as|because|instead|front|out|outside|inside|regardless)$/i.test(of[1] ?? '')) return 'none';
      // "The poll, published in "Today," showed": a capitalised day word in quotation marks after a preposition is
      // a title.
      if (
        /^\p{Lu}/u.test(m[0]) &&
        /\b(?:in|by|of|from|on)\s+["“‘]$/u.test(c.sentence.slice(Math.max(0, m.index - 6), m.index)) &&
        /^[,.]?["”’]/u.test(after)
      )
        return 'none';
      // "from about 4.5% today to about 25% within 10 years": a level as it stands today is the present, no day.
      if (m[1]!.toLowerCase() === 'today' && levelToday(c.sentence, m.index, m[0].length))
        return { date: 'PRESENT_REF', precision: 'ref', relative: true };
      if (!c.ref || GENERIC_AFTER.test(after)) return null;
      // "tomorrow's energy future", "today's young leaders": the age, not the day; so is a thing compared with
      // today's kind, in the plural ("smaller than today's chips"; "lower than today's offer" is the day's).
      if (
        possessive &&
        (/^(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:future|world|generation|leaders|needs|challenges)\b/u.test(after.slice(2)) ||
          (/\bthan\s+$/iu.test(c.sentence.slice(Math.max(0, m.index - 6), m.index)) &&
            /^\s+(?:\p{Ll}+\s+)?\p{Ll}+[^s\W]s\b/u.test(after.slice(2))))
      )
        return 'none';
      const word = m[1]!.toLowerCase();
      const shift = /^last/u.test(word) ? -1 : /^this/u.test(word) ? 0 : DAY_SHIFT[word as 'today'];
      return rel(ymd(c.ref.getTime() + shift * DAY_MS), 'day');
    },
  },
  // "now", "currently": the time of writing, not a date of an event.
  {
    // "until now", "for now", "now that" are the present too; "two years from now" is read from it.
    re: /\b(?:right\s+now|now|currently|at\s+present|nowadays|these\s+days)\b/giu,
    make: (m, c) =>
      /(?:from|than|just)\s+$/i.test(c.sentence.slice(Math.max(0, m.index - 7), m.index))
        ? null
        : { date: 'PRESENT_REF', precision: 'ref', relative: true },
  },
  // The past and the future as such (TimeML PAST_REF, FUTURE_REF): "recently", "in recent years", "in the past",
  // "the near future", "in coming months". "The past two years" is a span, "the future of X" a thing: neither is read.
  {
    re: /\b(?:(?<!\b(?:the|a|an|its|their|his|her)\s+)(?:more\s+)?recently|recent\s+(?:years|months|weeks|days|times)|(?<=\b(?:in|from|than)\s+)the\s+past(?![\s-]+(?:\d|\p{L}+[\s-]+(?:years?|months?|weeks?|days?|decades?)|years?|months?|weeks?|days?|decades?|centur|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))|(?<=\b(?:in|into|for)\s+)the\s+(?:near\s+|distant\s+)?future|the\s+near\s+future|coming\s+(?:years|months|weeks|quarters))\b(?!\s+of\b)/giu,
    make: (m) => ({ date: /recent|past/i.test(m[0]) ? 'PAST_REF' : 'FUTURE_REF', precision: 'ref', relative: true }),
  },
  // Spelled-out years: "in nineteen ninety-one", "the year two thousand".
  {
    re: new RegExp(`\\b(?:the\\s+year\\s+)?(${WORD_YEAR})\\b`, 'giu'),
    make: (m, c) => {
      const y = wordYear(m[1]!);
      if (!y) return null;
      // "two thousand" is a count unless a year is meant.
      if (
        /^two thousand/i.test(m[1]!) &&
        !/^the\s+year/i.test(m[0]) &&
        !/\b(?:in|by|since|until|of)\s+$/i.test(c.sentence.slice(0, m.index))
      )
        return null;
      return abs(String(y), 'year');
    },
  },
  // Year ranges: "1989-90", "2022–23", "1996-1998", and a financial year's one-digit end: "2003-4".
  {
    re: new RegExp(
      `(?<![\\d$£€.,/-]|\\b(?:No|Nos|Number)\\.?\\s)(${YEAR4})\\s*[-–/]\\s*(\\d{1,2}|${YEAR4})\\b(?![-/.,]\\d|\\s*(?:%|percent))`,
      'gu',
    ),
    make: (m, c) => {
      const first = +m[1]!;
      const second =
        m[2]!.length === 1
          ? first - (first % 10) + +m[2]! + (+m[2]! <= first % 10 ? 10 : 0)
          : fullYear(m[2]!, c.ref, first);
      // (A reign or an era may be long: "his 1973-90 rule", "the 1939-45 war".)
      if (second <= first || second - first > 40) return null;
      return abs(String(first), 'year', String(second));
    },
  },
  // "mid-1996", "early 1997", "late 1990", "end-1987".
  {
    re: new RegExp(`\\b(?:(?:mid|early|late)[- ]|end-)(${YEAR4})\\b(?![-/.,]\\d)`, 'giu'),
    make: (m) => abs(m[1]!, 'year'),
  },
];

/** The working day `dir` days from a time, past Saturdays and Sundays. */
function businessDay(time: number, dir: number): string {
  let t = time;
  do t += dir * DAY_MS;
  while ([0, 6].includes(new Date(t).getUTCDay()));
  return ymd(t);
}

/** What may follow "the year before" standing alone: a stop, or a conjunction or preposition opening what is next. */
const ALONE = /^(?:\s*[,.;:)'"”]|\s*$|\s+(?:and|or|but|in|on|at|when|while|as|to|from|with|for|by|than)\b)/i;

/** Read after chrono and plain years: expressions dated from another date of the sentence. */
export const ANCHORED: Rule[] = [
  // "the following year", "the previous month", "the previous Friday", "the following week", "that year", "the year
  // before" ("the year prior"), "the week after", "the same day", "that same month": from the date the sentence is about (the story's
  // day for a weekday or a week). "the same day as the vote", "the same month last year" are anchored elsewhere.
  {
    re: new RegExp(
      `\\b(?:(?:the\\s+)?(previous|following|preceding|prior|next)\\s+(?:(fiscal|financial)\\s+(?=year))?(?:(?:business|trading|working)\\s+(?=day\\b))?(year|month|week|day|${WEEKDAY})|that\\s+(year|month|week|day)|the\\s+(year|month|week|day)\\s+(before|after|earlier|later|prior)(?![\\s-]+(?:the|a|an|his|her|its|their|this|that|these|those|last|next)\\b)|(?:that|the)\\s+(?:very\\s+)?same\\s+(year|month|week|day)(?!\\s+(?:as|that|when|last|next|a\\s+year|of|in|one\\s+year)\\b))\\b`,
      'giu',
    ),
    make: (m, c) => {
      // "the day before authorities issued a warrant", "the day before returning": before a thing, not a date.
      if (m[5] && /before|after/i.test(m[6]!) && !ALONE.test(c.sentence.slice(m.index + m[0].length))) return null;
      const unit = (m[3] ?? m[4] ?? m[5] ?? m[7])!.toLowerCase();
      const word = (m[1] ?? m[6] ?? '').toLowerCase();
      // "following Wednesday's cut": without "the", "following" is "after", and the day is the possessive's own.
      if (m[1] && !/^the\s/iu.test(m[0]) && /^['’]s\b/u.test(c.sentence.slice(m.index + m[0].length))) return null;
      // "that day", "the same month": the date anchored on itself.
      const dir = /previous|preceding|before|earlier|prior/.test(word) ? -1 : m[4] || m[7] ? 0 : 1;
      if (word === 'next' && !/^(?:year|month|week|day)$/.test(unit)) return null;
      // "next year" without "the" counts from the day of writing, not from a date told ("in 2006 ... early next
      // year"): the rules read it when there is a publication date, and nothing can when there is none.
      if (word === 'next' && !/^the\s/iu.test(m[0])) return null;
      const weekday = /day$/.test(unit) && unit !== 'day';
      // "from 2.7 billion dlrs the previous business day": a day markets work, past a weekend.
      const business = /\b(?:business|trading|working)\s+day\b/iu.test(m[0]);
      // With no date before it in its sentence, the one the sentence before was about: "The following month, ...".
      const a = anchorBefore(c, m.index, weekday || unit === 'week' ? 'day' : true);
      // ("effective through the next business day", with no day told: counted from publication.)
      if (business && (a ? a.precision === 'day' && !a.end : !!c.ref))
        return rel(businessDay(a ? Date.parse(`${a.date}T12:00:00Z`) : c.ref!.getTime(), dir), 'day');
      // "up from 4.1 mln dlrs in the previous fiscal year", with no year told: the fiscal year before the running one.
      // (Not one named by its end, "switching from its previous fiscal year ending June 30": the day says it.)
      if (!a)
        return m[2] && c.ref && !/^\s+(?:ending|ended|ends)\b/i.test(c.sentence.slice(m.index + m[0].length))
          ? rel(String(c.ref.getUTCFullYear() + dir), 'year')
          : null;
      if (weekday) {
        if (a.precision !== 'day') return null;
        return rel(weekdayFrom(unit, new Date(`${a.date}T12:00:00Z`), dir < 0 ? 'last' : 'next'), 'day');
      }
      if (unit === 'week') {
        // (A week before is not counted from a day still to come that a sentence before told: "the marketing year,
        // which begins September 1".)
        const ahead = dir < 0 && !!c.ref && a.date > c.ref.toISOString().slice(0, 10) && !c.found.includes(a);
        if (a.precision === 'day' && !ahead)
          return rel(isoWeek(Date.parse(`${a.date}T12:00:00Z`) + dir * 7 * DAY_MS), 'week');
        return null;
      }
      const precision = unit as 'year' | 'month' | 'day';
      // "up from 27.51 the previous year" after "1986/87": the split year before, 1985/86; a fiscal year's months
      // move with it.
      if (precision === 'year' && (splitYear(a) || a.months) && dir) return shiftedYear(a, dir);
      // "invest 7.7% more in the year to March 2005 than the previous year": the twelve months ending a year before.
      if (
        precision === 'year' &&
        dir &&
        a.precision === 'month' &&
        !a.end &&
        c.found.includes(a) &&
        /\byear\s+(?:to|ending|ended)\s+$/iu.test((c.written ?? c.sentence).slice(Math.max(0, a.at - 14), a.at))
      ) {
        const last = shiftValue(a.date.slice(0, 7), 'month', dir * 12)!;
        return { ...rel(last.slice(0, 4), 'year'), fiscal: true, months: [shiftValue(last, 'month', -11)!, last] };
      }
      if (a.end) return null;
      const cut = { year: 4, month: 7, day: 10 }[precision];
      if (a.date.length < cut || !/^\d{4}(?:-\d{2}){0,2}$/.test(a.date)) return null;
      const v = shiftValue(a.date.slice(0, cut), precision, dir);
      return v ? rel(v, precision) : null;
    },
  },
  // "the previous February", "the corresponding February growth rate", "the following March": the nearest such
  // month before (after) the month the sentence is about, a year back when it is that month; with no month told,
  // counted from publication. (A year told, "in 1985 ... the previous February", says too little.)
  {
    re: new RegExp(
      `\\b(?:the|a|an|its)\\s+(previous|preceding|prior|corresponding|following)\\s+(?:annual\\s+)?(${CAPITALISED_MONTH})(?!\\p{L})(?!\\.?\\s*\\d)`,
      'gu',
    ),
    make: (m, c) => {
      const month = monthNumber(m[2]!.replace(/\.$/u, ''));
      if (!month) return null;
      const dir = /following/u.test(m[1]!) ? 1 : -1;
      // The month the sentence is about (a period told only as "the same" says none).
      const own = anchorBefore(c, m.index);
      const a = own && !/\b(?:same|that)\b/iu.test(own.text) ? own : undefined;
      if (a && !a.end && /^(?:day|month)$/u.test(a.precision)) {
        const [y, n] = [+a.date.slice(0, 4), +a.date.slice(5, 7)];
        const year = dir < 0 ? (month < n ? y : y - 1) : month > n ? y : y + 1;
        return rel(`${year}-${pad(month)}`, 'month');
      }
      if (a || dir > 0 || !c.ref) return null;
      // Else counted from publication: the nearest such month before it, but a year further back when that one is
      // just gone by, as a month a report of last month's figures compares with ("This compares with the previous
      // January's 13.9 pct", told in March: the January before the one reported).
      const [y, n] = [c.ref.getUTCFullYear(), c.ref.getUTCMonth() + 1];
      const nearest = month < n ? y : y - 1;
      const gone = (n - month + 12) % 12 || 12;
      return rel(`${gone <= 2 ? nearest - 1 : nearest}-${pad(month)}`, 'month');
    },
  },
  // "the first nine months of the year", "the rest of the year", "by midyear": the year the sentence is about, else
  // publication's. What is left of a year ("the rest of the year") is of a past one only when told in the past:
  // "there may be no distribution the rest of the year" after "estimates of Oct 31, 1986" is the current year's rest.
  {
    re: /(?<=\b(?:months|weeks|days|half|quarter|rest|remainder|balance|course|part|middle)\s+of\s+)the\s+year\b(?!['’]|\s+(?:before|after|earlier|later|ago|of|when|that|which|to)\b)|\bmid-?year\b(?!-)/giu,
    make: (m, c) => {
      if (!c.ref) return null;
      const year = c.ref.getUTCFullYear();
      const own = anchorBefore(c, m.index);
      const rest = /\b(?:rest|remainder|balance)\s+of\s+$/i.test(c.sentence.slice(Math.max(0, m.index - 14), m.index));
      const past = own && +own.date.slice(0, 4) < year;
      if (own && (!rest || !past || directionAt(c.sentence, m.index, m.index + m[0].length) === 'past'))
        return rel(own.date.slice(0, 4), 'year');
      return rel(String(year), 'year');
    },
  },
  // "a year earlier", "two days later", "a month before": from the date the sentence is about, else publication.
  {
    re: new RegExp(
      // (Not a comparison with a plan: "lifted the tax 28 months earlier than planned", the wire's "then" too.)
      `\\b(${QUANT})\\s+(year|month|week|day)s?\\s+(earlier|later|before|after)\\b(?!\\s+(?:the|a|an|his|her|its|their|this|that|than|then)\\b)`,
      'giu',
    ),
    make: (m, c) => {
      const n = quantity(m[1]!);
      if (!n) return null;
      // "one day before U.S. officials meet", "a year after negotiations began" are before or after a thing, not a
      // date; "a year after" standing alone is ("a year earlier UniFirst earned" is one too).
      if (/before|after/i.test(m[3]!) && !ALONE.test(c.sentence.slice(m.index + m[0].length))) return null;
      const unit = m[2]!.toLowerCase() as 'year' | 'month' | 'week' | 'day';
      const sign = /earlier|before/i.test(m[3]!) ? -1 : 1;
      // Else the period the sentence before reported: "In 1988 it earned $5 million. A year earlier, ..."; or the year
      // a story told in order was at.
      const a = anchorBefore(c, m.index, 'recent') ?? storyYearBefore(c, m.index);
      if (a && (splitYear(a) || a.months) && a.precision === 'year')
        return unit === 'year' ? shiftedYear(a, sign * n) : null;
      if (a && !a.end && a.precision !== 'quarter' && !dayOfTelling(c, a)) {
        const v = shiftValue(a.date, unit, sign * n);
        if (v) return rel(v, a.precision);
      }
      if (sign > 0 || !c.ref) return null;
      return agoFound(agoValue(c, m.index, unit, n, c.ref));
    },
  },
];

/**
 * "Its load factor for February dropped to 60.2 pct from 64.0 pct a year ago", "revenue for the month rose from a
 * year ago" after a sentence about February: a figure of a month compared with a year before is that month's, a year
 * back (read after chrono, which finds the month).
 */
export function comparedMonths(c: Context): void {
  for (const f of c.found) {
    if (!f.relative || !/^(?:(?:a|one)\s+year\s+(?:ago|earlier)|year-(?:ago|earlier))$/i.test(f.text)) continue;
    // "exported 7,715 tonnes during January/May compared with 8,462 tonnes a year ago": the same months a year back,
    // when no other date stands between.
    const span = c.found
      .filter((g) => g.at < f.at && g.end && g.precision === 'month' && !g.dateline)
      .sort((a, b) => b.at - a.at)[0];
    if (span && !c.found.some((g) => g.at > span.at && g.at < f.at)) {
      f.date = shiftValue(span.date, 'year', -1)!;
      f.end = shiftValue(span.end!, 'year', -1)!;
      f.precision = 'month';
      continue;
    }
    if (f.precision === 'month') continue;
    const own = anchorBefore(c, f.at);
    const told = c.article?.anchor;
    const month =
      own?.precision === 'month'
        ? own
        : !own && /\b(?:the|that|this)\s+month\b/i.test(c.sentence) && told && told.sentencesAgo === 0
          ? told.found
          : undefined;
    if (month?.precision !== 'month' || !/^\d{4}-\d{2}$/.test(month.date)) continue;
    f.date = shiftValue(month.date, 'year', -1)!;
    f.precision = 'month';
  }
}

/**
 * Months listed together without a year ("onto the market in May and June", "in May or June"): one run of the
 * calendar. Resolved one by one, a month just ahead may come out ahead and the next one a year back; the later month
 * takes the earlier one's year then. (A list over a year's turn, "in January and December" told in March, is both
 * behind publication: left as read.)
 */
export function listedMonths(c: Context): void {
  const months = c.found.filter((f) => f.relative && f.precision === 'month' && !f.end && !f.dateline && !f.contract);
  for (let i = 1; i < months.length; i++) {
    const [prev, f] = [months[i - 1]!, months[i]!];
    const between = c.sentence.slice(prev.at + prev.text.length, f.at);
    if (!/^\s*(?:,\s*)?(?:and|or|,)\s*$/u.test(between) || !/^[A-Z][a-z]+\.?$/u.test(f.text)) continue;
    // (Only where the earlier one lies ahead of publication and the later one behind it. A year closing the list,
    // "in April, August and December last year", already gave each month its year: YEAR_WORD_AFTER in expressions.)
    const now = c.ref ? c.ref.toISOString().slice(0, 7) : null;
    if (!now || prev.date <= now || f.date >= now) continue;
    f.date = `${prev.date.slice(0, 4)}-${f.date.slice(5, 7)}`;
  }
}

/** The day or month the sentence writes right after a period and the word `link` reads: "the quarter ended July 31". */
function boundAfter(c: Context, q: Found, link: RegExp): Found | undefined {
  const m = link.exec(c.sentence.slice(q.at + q.text.length));
  if (!m) return undefined;
  const at = q.at + q.text.length + m[0].length;
  return c.found.find((f) => f.at === at && (f.precision === 'day' || f.precision === 'month'));
}

const ENDED = /^,?\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?/i;
const STARTING =
  /^,?\s+(?:(?:that|which)\s+)?(?:starting|beginning|begins|starts|began|started|from)\s+(?:on\s+|in\s+)?/i;

/** The day or month a period is said to end on, read in the sentence: "the quarter ended July 31". */
const endOfPeriod = (c: Context, q: Found) => boundAfter(c, q, ENDED);

/**
 * The last month of a quarter told by its first day or month: "the quarter starting April 1", "the quarter beginning
 * in July" end in June and September.
 */
function startOfQuarter(c: Context, q: Found): { date: string; relative: boolean } | undefined {
  const start = boundAfter(c, q, STARTING);
  return start && { date: shiftValue(start.date.slice(0, 7), 'month', 2)!, relative: start.relative };
}

/** What joins a year to the day or month it ends on: "1986/87 season ending March 31", "fiscal 1988 ended June 30". */
const ENDS_ON =
  /^,?\s+(?:(?:fiscal|financial|crop|marketing|business|trading)\s+)?(?:(?:year|season|period)\s+)?(?:(?:that|which)\s+)?(?:ending|ended|ends|closed|to|through)\s+(?:on\s+)?$/i;

/**
 * A split or fiscal year with the day or month it ends on ("the 1987/88 season ending March", "fiscal 1988 ended June
 * 30", "in 1985/86 to September 30"): that day or month, written without its year, falls in the year the period ends.
 */
export function periodEndYears(c: Context): void {
  for (const p of c.found) {
    // ("the previous fiscal year ending January 31", after fiscal 1987: the year read gives its end day's too.)
    const before = p.relative && p.fiscal && /\b(?:previous|prior|preceding)\b/i.test(p.text);
    if (p.precision !== 'year' || (p.relative && !before) || !(p.end || p.fiscal)) continue;
    const after = p.at + p.text.length;
    const end = c.found.find(
      (f) =>
        f.relative &&
        (f.precision === 'day' || f.precision === 'month') &&
        f.at > after &&
        ENDS_ON.test(c.sentence.slice(after, f.at)),
    );
    // ("fiscal 1986, ended last March", told in June 1987: "last" anchors the month itself, and the year is named by
    // its start, as Japan's are.)
    if (!end || /^(?:last|next|this)\b/iu.test(end.text)) continue;
    const year = (p.end ?? p.date).slice(0, 4);
    const date = `${year}${end.date.slice(4)}`;
    if (end.precision === 'month' || isoDay(+year, +date.slice(5, 7), +date.slice(8, 10))) end.date = date;
  }
}

/** A year before, as a comparison names it: "a year earlier", "a year ago", "the previous year", "the year before". */
const YEAR_BEFORE =
  /^(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year|the\s+year\s+(?:before|earlier))$/i;

/**
 * "Profit for the year ending March 31, 1988 will rise 11.2 pct from a year earlier": the year before a fiscal year
 * the sentence named by its closing day is the fiscal year before it, months and all (read once the closing day has
 * given the fiscal year its months, after quarterEnds).
 */
export function fiscalYearBefore(c: Context): void {
  for (const f of c.found) {
    if (!f.relative || !YEAR_BEFORE.test(f.text)) continue;
    const period = c.found
      .filter((p) => p.at < f.at && p.precision === 'year' && p.months && !p.end)
      .sort((a, b) => b.at - a.at)[0];
    // Only when nothing else was told between them: "the year ending March 31, 1988 ... in 1986 ... a year earlier"
    // is counted from 1986.
    if (
      !period ||
      c.found.some((g) => g.at > period.at && g.at < f.at && g.precision !== 'day' && g.precision !== 'month')
    )
      continue;
    const shifted = shiftedYear(period, -1);
    if (shifted) Object.assign(f, shifted);
  }
}

/**
 * A quarter with the day it ended ("the quarter ended July 31", "its fourth quarter ended June 30", "the fiscal first
 * quarter ending Sept. 30"): the end day gives the year; a quarter named by its ordinal keeps it (a fiscal quarter,
 * as TimeML writes it), an unnamed one is the quarter the article just named, else the calendar quarter holding most
 * of its three months. Its calendar months are then known: when they are not those of the calendar quarter its
 * value names, it is a fiscal quarter, and they are kept beside the value; a fiscal year's end day gives its twelve.
 */
export function quarterEnds(c: Context): void {
  for (const q of c.found) {
    // "the fiscal year ended June 30", "for the year ending June 30, 1988": the year its end day closes.
    const fiscalYear = q.precision === 'year' && !q.end && (q.fiscal || (q.relative && /\byear$/i.test(q.text)));
    if (q.precision !== 'quarter' && !fiscalYear) continue;
    const end = endOfPeriod(c, q) ?? (fiscalYear ? undefined : startOfQuarter(c, q));
    if (!end) continue;
    const last = end.date.slice(0, 7);
    if (fiscalYear) {
      // "the first four months of the fiscal year, ending Sept 30": the day ends those months, not the year.
      const part = /\b(?:first|opening)\s+(\w+)\s+months\s+of\s+$/iu.exec(
        c.sentence.slice(Math.max(0, q.at - 32), q.at),
      );
      const n = part ? quantity(part[1]!) : 0;
      if (part) {
        if (n && n < 12) q.months = [shiftValue(last, 'month', -(n - 1))!, last];
        continue;
      }
      q.months = [shiftValue(last, 'month', -11)!, last];
      // "the fiscal year ended June 30", told in April: the one named for the year it ended in.
      if (q.relative) q.date = last.slice(0, 4);
      continue;
    }
    const [y, m] = [+end.date.slice(0, 4), +end.date.slice(5, 7)];
    const named = ordinalOf(q.text);
    // "the quarter" after the article named one ("the fiscal second quarter") is that one.
    const told =
      c.found.some((f) => f !== q && f.precision === 'quarter') ||
      (c.article?.quarter?.sentencesAgo ?? Infinity) <= QUARTER_REACH;
    if (named || !told) {
      // The middle month of the three that end in the end day's month.
      const middle = m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 };
      q.date = named ? `${y}-Q${named}` : `${middle.y}-Q${quarterOfMonth(middle.m)}`;
      q.relative = end.relative;
    }
    if (q.fiscal || last !== `${q.date.slice(0, 4)}-${pad(+q.date.slice(6) * 3)}`) {
      q.fiscal = true;
      q.months = [shiftValue(last, 'month', -2)!, last];
    }
  }
  // "the year-ago quarter" of a quarter whose end the sentence gives is that quarter a year before, months and all.
  const told = c.found.find((f) => f.precision === 'quarter' && f.months);
  if (!told) return;
  for (const f of c.found) {
    if (f === told || f.precision !== 'quarter' || !/year-(?:ago|earlier)|\ba\s+year\s+(?:ago|earlier)/i.test(f.text))
      continue;
    f.date = shiftValue(told.date, 'year', -1)!;
    f.fiscal = true;
    f.months = [shiftValue(told.months![0], 'year', -1)!, shiftValue(told.months![1], 'year', -1)!];
  }
}

/**
 * A quarter by its ordinal alone in a sentence that gives the fiscal year's end ("a good fourth quarter and record
 * earnings for the fiscal year ending April 30"): a quarter of that fiscal year, its months counted from the year's
 * first, its label the fiscal year's (TimeML's).
 */
export function fiscalYearQuarters(c: Context): void {
  const year = c.found.find(
    (f) => f.precision === 'year' && f.months && !f.end && shiftValue(f.months[0], 'month', 11) === f.months[1],
  );
  if (!year?.months || year.months[1].endsWith('-12')) return;
  // (Not when the sentence tells a year of its own: "a fourth quarter loss in 1986".)
  if (c.found.some((f) => f !== year && f.precision === 'year' && !f.relative)) return;
  for (const f of c.found) {
    const n = f.precision === 'quarter' && !f.months && !NOT_FISCAL_ORDINAL.test(f.text) ? ordinalOf(f.text) : 0;
    if (!n) continue;
    const first = shiftValue(year.months[0], 'month', (n - 1) * 3)!;
    f.date = `${year.months[1].slice(0, 4)}-Q${n}`;
    f.fiscal = true;
    f.months = [first, shiftValue(first, 'month', 2)!];
  }
}

/**
 * A quarter of the company's, by its ordinal alone ("Tandem's second quarter", "its third quarter"), or the one told
 * again by its ordinal ("the third quarter"), in an article that named one of its fiscal quarters by its end ("its
 * second fiscal quarter ending March 31"): a fiscal quarter too, its months counted from that one's. No year, no
 * "calendar" and no comparison in it; and "a year ago" of it is the same months a year before.
 */
export function fiscalOrdinals(c: Context): void {
  const known = c.article?.fiscalQuarter;
  const knownYear = known ? +(/\d{4}/.exec(known.date)?.[0] ?? 0) : 0;
  if (!known || !knownYear) return;
  for (const f of c.found) {
    if (f.precision !== 'quarter' || f.months || NOT_FISCAL_ORDINAL.test(f.text)) continue;
    const n = ordinalOf(f.text);
    // (Or the very quarter told, by its ordinal again: "the third quarter ended February 22 ... the end of the third
    // quarter".)
    if (!n || (n !== known.ordinal && !OWNED_ORDINAL.test(c.sentence.slice(Math.max(0, f.at - 30), f.at) + f.text)))
      continue;
    // (Not one its figures or the sentence's opening set in another year: "a second quarter loss last year", "In
    // 1986, it reported a third quarter loss".)
    if (
      QUARTER_FIGURES_THEN_YEAR.test(c.sentence.slice(f.at + f.text.length)) ||
      SENTENCE_YEAR.test(c.sentence.slice(0, f.at))
    )
      continue;
    const steps = n - known.ordinal;
    const last = shiftValue(known.months[1], 'month', steps * 3)!;
    // (Its label is the fiscal year's, as the one named: "Tandem's fourth quarter" of fiscal 1987 is 1987-Q4.)
    f.date = `${knownYear}-Q${n}`;
    f.fiscal = true;
    f.months = [shiftValue(last, 'month', -2)!, last];
  }
  // "up from 46.4 mln dlrs a year ago", of that fiscal quarter: the same months a year before.
  const before = shiftValue(known.date, 'year', -1);
  for (const f of c.found)
    if (f.precision === 'quarter' && !f.months && f.date === before && COMPARED.test(f.text)) {
      f.fiscal = true;
      f.months = [shiftValue(known.months[0], 'year', -1)!, shiftValue(known.months[1], 'year', -1)!];
    }
}

/** A quarter told with a year, as the calendar's or fiscal already, or as one compared with. */
const NOT_FISCAL_ORDINAL =
  /\d{4}|calendar|fiscal|\b(?:ago|earlier|last|previous|prior|preceding|comparable|corresponding|same|next)\b|year-/i;
/** A quarter a possessive owns: "Tandem's second quarter", "its third quarter". */
const OWNED_ORDINAL = /(?:['’]s|\bits|\btheir)\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter$/iu;

/** The day of a holiday in a year. */
function holiday(name: string, y: number): string {
  if (name.startsWith('christmas eve')) return `${y}-12-24`;
  if (name.startsWith('christmas')) return `${y}-12-25`;
  if (name === "new year's eve") return `${y}-12-31`;
  if (name === "new year's day") return `${y}-01-01`;
  if (name.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
  // The days of Easter week, from Easter Sunday (the Gregorian computus).
  const easter = /^(?:good friday|easter sunday|easter monday|palm sunday)$/.exec(name);
  if (easter) {
    const a = y % 19,
      b = Math.floor(y / 100),
      c = y % 100,
      d = Math.floor(b / 4),
      e = b % 4;
    const g = Math.floor((8 * b + 13) / 25),
      h = (19 * a + b - d - g + 15) % 30,
      i = Math.floor(c / 4),
      k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7,
      m = Math.floor((a + 11 * h + 19 * l) / 433);
    const sunday = Date.UTC(
      y,
      Math.floor((h + l - 7 * m + 90) / 25) - 1,
      (h + l - 7 * m + 33 * Math.floor((h + l - 7 * m + 90) / 25) + 19) % 32,
      12,
    );
    const shift = { 'good friday': -2, 'easter sunday': 0, 'easter monday': 1, 'palm sunday': -7 }[
      name as 'good friday'
    ];
    return ymd(sunday + shift * DAY_MS);
  }
  // The shopping days after Thanksgiving: the Friday after it, the Monday after that.
  if (name === 'black friday') return ymd(Date.parse(`${nthWeekday(y, 11, 4, 4)}T12:00:00Z`) + DAY_MS);
  if (name === 'cyber monday') return ymd(Date.parse(`${nthWeekday(y, 11, 4, 4)}T12:00:00Z`) + 4 * DAY_MS);
  if (name === 'labor day') return nthWeekday(y, 9, 1, 1);
  // The Tuesday after the first Monday of November.
  if (name === 'election day') return ymd(Date.parse(`${nthWeekday(y, 11, 1, 1)}T12:00:00Z`) + DAY_MS);
  // The last Monday of May.
  if (name === 'memorial day') return nthWeekday(y, 5, 1, 0);
  return `${y}-07-04`;
}

/** A year written in two digits, in the century that puts it nearest the reference (or after `after`). */
function fullYear(s: string, ref: Date | null, after?: number): number {
  if (s.length === 4) return +s;
  const yy = +s;
  if (after !== undefined) {
    const century = Math.floor(after / 100) * 100;
    return century + yy >= after ? century + yy : century + 100 + yy;
  }
  const base = ref ? ref.getUTCFullYear() : 2000;
  const candidates = [1900 + yy, 2000 + yy];
  return candidates.sort((a, b) => Math.abs(a - base) - Math.abs(b - base))[0]!;
}

function shiftQuarter(q: string, n: number): string {
  const i = +q.slice(0, 4) * 4 + (+q.slice(6) - 1) + n;
  return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
}

/** A value counted back, at the precision it is written in ("a year ago" about a quarter is that quarter). */
const agoFound = (value: string) => rel(value, precisionOf(value));

/**
 * "N units ago" from publication, at the unit's precision. "A year ago" in a sentence about a quarter's results is
 * that quarter a year before (earnings reports compare a quarter with the one a year earlier).
 */
function agoValue(c: Context, at: number, unit: 'year' | 'month' | 'week' | 'day', n: number, ref: Date): string {
  // "a 1986 net profit against a year-ago loss": the year before the one the sentence reports.
  const named = unit === 'year' && n === 1 ? yearReported(c, at) : null;
  if (named !== null) return String(named - 1);
  if (unit === 'year' && n === 1 && aboutQuarter(c)) {
    // "third-quarter earnings a year ago": the quarter it dates, already read a year back.
    const dated = c.found.find(
      (f) => f.precision === 'quarter' && f.at < at && QUARTER_FIGURES.test(c.sentence.slice(f.at + f.text.length, at)),
    );
    if (dated) return dated.date;
    const q = sentenceQuarter(c, at);
    if (q) return shiftValue(q, 'year', -1)!;
  }
  // Results of a year compared "a year ago": the year before the one reported.
  const reported = unit === 'year' && n === 1 ? reportedYear(c) : null;
  if (reported !== null) return String(reported - 1);
  const [y, m] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
  if (unit === 'year') return String(y - n);
  if (unit === 'month') return shiftValue(`${y}-${pad(m)}`, 'month', -n)!;
  if (unit === 'week') return weekOf(ref, -n);
  return ymd(ref.getTime() - n * DAY_MS);
}

/** The index after `i`, a surrogate pair stepped over whole in a Unicode pattern (AdvanceStringIndex). */
export function nextIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

const FISCAL = /\bfiscal\b|\bfinancial\s+year\b|\bFY\s?'?\d/i;

/** Every rule's finds in a sentence, each on characters no earlier find took. */
export function applyRules(rules: Rule[], c: Context, taken: [number, number][]): void {
  const s = c.sentence;
  for (const rule of rules) {
    // What matchAll would give, without the copy of the pattern it makes for each sentence and rule.
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0] === '') re.lastIndex = nextIndex(s, re.lastIndex, re.unicode);
      // A full month name's full stop ends the sentence: "at the end of June." is "the end of June".
      const text = m[0].replace(
        /(?<=\b(?:january|february|march|april|may|june|july|august|september|october|november|december))\.$/i,
        '',
      );
      const [from, to] = [m.index!, m.index! + text.length];
      if (text.trim() === '' || taken.some(([a, b]) => from < b && to > a)) continue;
      const r = rule.make(m as RegExpExecArray, c);
      if (!r) continue;
      taken.push([from, to]);
      if (r === 'none') continue;
      // A period said to be fiscal need not be the calendar one of its name: it is marked so.
      const fiscal = FISCAL.test(text) && /^(?:year|quarter|half)$/.test(r.precision);
      c.found.push({ at: from, text, ...r, ...(fiscal ? { fiscal: true as const } : {}) });
    }
  }
}
