// Two finds of a sentence read as one date: a weekday and the day it names side by side ("Sunday, March 8", "Jan. 6,
// a Thursday"), and a span counted from a date ("the day before last Tuesday's hearing", "two weeks after Easter").
import { isoDay } from './months.js';
import { yearOfWeekday, shiftValue, weekdayNumber, DAY_MS } from './calendar.js';
import { isoWeek } from './values.js';
import { wordValue, WORD_NUMBER } from './numbers.js';
import type { Context, Found } from './rules.js';

const WEEKDAY_WORD = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/** A day told by its weekday alone ("Thursday", "this coming Sunday", "a Thursday"): no month, no figure. */
const weekdayOnly = (f: Found) =>
  WEEKDAY_WORD.test(f.text) &&
  !/\d/.test(f.text) &&
  !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(f.text);

/**
 * A weekday and a day of the month in apposition, either first: "this coming Sunday, March eighth", "on Jan. 6, a
 * Thursday". One date, told twice: one mention over both, dated by the day of the month in the year whose calendar
 * puts it on that weekday when the text gives no year.
 */
export function joinAppositions(c: Context): void {
  const days = c.found
    .filter((f) => f.precision === 'day' && !f.end && !f.dateline && !f.within)
    .sort((a, b) => a.at - b.at);
  for (let i = 1; i < days.length; i++) {
    const [a, b] = [days[i - 1]!, days[i]!];
    const between = c.sentence.slice(a.at + a.text.length, b.at);
    if (!/^,\s*(?:a\s+)?$/i.test(between) || weekdayOnly(a) === weekdayOnly(b)) continue;
    if (/^,\s*a\s+$/i.test(between) && weekdayOnly(a)) continue;
    const [weekday, dated] = weekdayOnly(a) ? [a, b] : [b, a];
    const name = WEEKDAY_WORD.exec(weekday.text)![0].toLowerCase();
    let date = dated.date;
    if (dated.relative && c.ref) {
      const [month, day] = [+date.slice(5, 7), +date.slice(8, 10)];
      const year = yearOfWeekday(month, day, weekdayNumber(name), c.ref);
      if (year) date = isoDay(year, month, day) ?? date;
    }
    const joined: Found = {
      at: a.at,
      text: c.sentence.slice(a.at, b.at + b.text.length),
      date,
      precision: 'day',
      relative: dated.relative,
    };
    c.found.splice(c.found.indexOf(a), 1, joined);
    c.found.splice(c.found.indexOf(b), 1);
    days[i] = joined;
  }
}

/** "the day before", "two weeks after", "a month before" right before a date: group 1 count, 2 unit, 3 direction. */
const SPAN_FROM = new RegExp(
  `\\b(the|a|an|one|\\d{1,2}|${WORD_NUMBER})\\s+(day|week|month|year)s?\\s+(before|after)\\s+$`,
  'i',
);

/**
 * A date counted from another: "the day before last Tuesday's hearing" is the Monday, "two weeks after Easter" a day
 * two weeks on, "the year after 1990" 1991, "the week after Christmas" the week after Christmas's. One mention over the
 * whole, at the date's precision ("a week before" a day is seven days before it), or a week or a month named with
 * "the"; a day is never counted from a month or a year.
 */
export function shiftFromDates(c: Context): void {
  for (const f of [...c.found]) {
    if (f.end || f.dateline || f.within || !/^(?:day|month|year)$/.test(f.precision)) continue;
    const m = SPAN_FROM.exec(c.sentence.slice(Math.max(0, f.at - 40), f.at));
    if (!m) continue;
    const n = /^(?:the|a|an|one)$/i.test(m[1]!) ? 1 : /^\d+$/.test(m[1]!) ? +m[1]! : wordValue(m[1]!);
    const unit = m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    if (!n || ((unit === 'day' || unit === 'week') && f.precision !== 'day')) continue;
    if (unit === 'month' && f.precision === 'year') continue;
    const sign = m[3]!.toLowerCase() === 'before' ? -1 : 1;
    // "the week after Christmas", "the month before May 3" name a week, a month: the one next to the date's.
    const whole = /^the$/i.test(m[1]!) && (unit === 'week' || (unit === 'month' && f.precision === 'day'));
    const date = !whole
      ? shiftValue(f.date, unit, sign * n)
      : unit === 'week'
        ? isoWeek(Date.parse(`${f.date}T12:00:00Z`) + sign * 7 * DAY_MS)
        : shiftValue(f.date.slice(0, 7), 'month', sign);
    if (!date) continue;
    const at = f.at - m[0].length;
    c.found.splice(c.found.indexOf(f), 1, {
      at,
      text: c.sentence.slice(at, f.at + f.text.length),
      date,
      precision: whole ? unit : f.precision,
      relative: true,
    });
  }
}

/**
 * A "May" joined to the month before it ("April and May", "April/May shipment"; chrono reads none, a modal too) is
 * in that month's year, or the one after it when it follows a later month: that month was read in full, with what
 * tells a trade's or a report's period. (Not from the month after it: "May/June" is read as the second month of
 * such a pair is, which is less sure.)
 */
export function joinedMay(c: Context): void {
  const months = c.found.filter((f) => f.precision === 'month' && f.relative && !f.end && !f.dateline && !f.within);
  for (const may of months) {
    if (may.text !== 'May') continue;
    const before = months.find(
      (f) => f !== may && /^\s*(?:\/|\s(?:and|or)\s)\s*$/.test(c.sentence.slice(f.at + f.text.length, may.at)),
    );
    if (!before || before.text === 'May') continue;
    const [y, m] = [+before.date.slice(0, 4), +before.date.slice(5)];
    may.date = `${m <= 5 ? y : y + 1}-05`;
  }
}

/**
 * A month and "a year ago" or "a year earlier" right after it, one date: "46.25 billion dlrs in May a year ago" is
 * May of the year before, not this May beside last year. One mention over both.
 */
export function monthYearAgo(c: Context): void {
  for (const ago of [...c.found]) {
    // The month of the year a year ago names ("December a year ago", told in June 1987, is December 1986).
    if (!/^(?:a|one)\s+year\s+(?:ago|earlier)$/i.test(ago.text) || !/^\d{4}/.test(ago.date)) continue;
    const month = c.found.find(
      (g) =>
        g.precision === 'month' &&
        !g.end &&
        /^\d{4}-\d{2}$/.test(g.date) &&
        /^\s+$/.test(c.sentence.slice(g.at + g.text.length, ago.at)),
    );
    if (!month) continue;
    month.date = `${ago.date.slice(0, 4)}${month.date.slice(4)}`;
    month.text = c.sentence.slice(month.at, ago.at + ago.text.length);
    month.relative = true;
    c.found.splice(c.found.indexOf(ago), 1);
  }
}
