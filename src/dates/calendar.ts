// Calendar arithmetic on UTC days for resolving relative dates: the year of a month, the day of a weekday, the
// quarter or season holding a day.
import { isoDay, pad } from './months.js';
import { SEASONS, isoWeek, type Season } from './values.js';

export type Lean = 'future' | 'past' | null;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const DAY_MS = 86400_000;

/** The number of a weekday (0 Sunday … 6 Saturday) from its name or the first three letters of it; -1 for none. */
export function weekdayNumber(name: string): number {
  const start = name.slice(0, 3).toLowerCase();
  return start.length === 3 ? WEEKDAYS.findIndex((w) => w.startsWith(start)) : -1;
}

/** The day of a month's nth weekday (n from 1), or of its last one (n 0): "the last Sunday in October". */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = 1 + ((weekday - new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 7) % 7);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = n > 0 ? first + 7 * (n - 1) : first + 7 * Math.floor((days - first) / 7);
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function ymd(d: Date | number): string {
  const x = typeof d === 'number' ? new Date(d) : d;
  return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}`;
}

/** Noon UTC of a publication date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function refOf(published: string | null): Date | null {
  if (!published) return null;
  const full =
    published.length === 4 ? `${published}-07-01` : published.length === 7 ? `${published}-15` : published.slice(0, 10);
  const d = new Date(`${full}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * The year of a month (and day) written without one. Past: the latest such date on or before publication; future:
 * the first on or after it; no lean: the past, unless the day falls within two weeks after publication ("the summit
 * from June 15-17" in a June 7 article).
 */
export function yearFor(
  month: number,
  day: number | null,
  ref: Date,
  lean: Lean | 'held' | 'done' | 'contract' | 'present' | 'last',
): number {
  const y = ref.getUTCFullYear();
  const r = ref.getTime();
  const candidates = [y - 1, y, y + 1].map((year) => ({
    year,
    t: Date.UTC(year, month - 1, day ?? 1, 12),
    last: Date.UTC(year, month, 0, 12),
  }));
  const ahead = candidates.filter((c) => (day ? c.t : c.last) >= r - DAY_MS / 2)[0]!;
  const before = candidates.filter((c) => c.t <= r + DAY_MS / 2);
  const back = before[before.length - 1]!;
  // "last" before it: the one past, however near ("last February 28" told on February 26 is a year back).
  if (lean === 'last') return candidates.filter((c) => c.t < r - DAY_MS / 2).at(-1)!.year;
  // A thing a month names, told in a clause ahead ("if all stick by the cartel's December agreement, it would"):
  // the month just past (within a quarter), else the coming one.
  if (lean === 'held') return r - back.t <= 92 * DAY_MS ? back.year : ahead.year;
  // Told as done by the verb right before it ("was announced April 26", "who resigned on April 4"): the one past,
  // however near the coming one is (a few days' slack for a dateline behind the news).
  if (lean === 'done') return ahead.t - r <= 3 * DAY_MS ? ahead.year : back.year;
  // A futures contract's month is the coming one, however near the last ("March delivery" told in April).
  if (lean === 'contract') return ahead.year;
  // Told in the present ("September is the month"): the nearer of the one ahead and the one past, the one ahead
  // when they are about as near ("May sales are up" told in June is May past).
  if (lean === 'present') return ahead.t - r <= 1.5 * (r - back.last) ? ahead.year : back.year;
  if (lean === 'future') {
    // A deadline just passed ("must be returned by Jan. 14", a day after it; a record date a notice reports late) is
    // that one, not next year's: news gives the year of a date so far ahead.
    if (day && ahead.t - r > 300 * DAY_MS && r - back.t <= 31 * DAY_MS) return back.year;
    // So is a month just ended, whose figures news reports in the next weeks ("sales for March will be up 11 pct"
    // on April 8, "expected to show an improvement in February" on March 2, "a rise in income in January which may
    // be linked to" on March 12): a month ten months ahead is named with "next" or its year.
    if (!day && ahead.t - r > 270 * DAY_MS && r - back.last <= 46 * DAY_MS) return back.year;
    return ahead.year;
  }
  if (lean === null) {
    const soon = day ? candidates.find((c) => c.t > r && c.t - r <= 14 * DAY_MS) : undefined;
    if (soon) return soon.year;
  }
  // News gives the year of a date far back (with no tense to go by, up to two months ahead; in a past clause, a
  // day or month starting within a month: "a cutback in its oil supply in September" told in August) ("last Nov. 16", "Nov. 16, 1988"): a bare date nearly a year back is
  // more likely the coming one, when that is close ("the offer was extended to Nov. 16" in late October).
  // A day (not a month) two months ahead is the coming one in a past clause too ("voted to recommend at the annual
  // meeting April 23", told in late February): a day told without its year is rarely nearly a year back.
  if (r - back.t > 300 * DAY_MS && ahead.t - r <= (lean === null || day ? 62 : 31) * DAY_MS) return ahead.year;
  return back.year;
}

/** The year of a day named with its weekday ("Saturday, April 25"): the one nearest publication where they agree. */
export function yearOfWeekday(month: number, day: number, weekday: number, ref: Date): number | null {
  const y = ref.getUTCFullYear();
  const fits = [y, y - 1, y + 1].filter((year) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday);
  return (
    fits.sort(
      (a, b) =>
        Math.abs(Date.UTC(a, month - 1, day) - ref.getTime()) - Math.abs(Date.UTC(b, month - 1, day) - ref.getTime()),
    )[0] ?? null
  );
}

/** A weekday from the publication day: "last" strictly before, "next" strictly after, past/future allow the day. */
export function weekdayFrom(name: string, ref: Date, mode: 'last' | 'next' | 'past' | 'future'): string {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = ref.getUTCDay();
  let delta: number;
  if (mode === 'last') delta = -((today - target + 7) % 7 || 7);
  else if (mode === 'past') delta = -((today - target + 7) % 7);
  else if (mode === 'next') delta = (target - today + 7) % 7 || 7;
  else delta = (target - today + 7) % 7;
  return ymd(ref.getTime() + delta * DAY_MS);
}

export const quarterOfMonth = (m: number) => Math.ceil(m / 3);

/** The season holding a month, and the year TimeML gives it (a winter is dated by the year it starts). */
export function seasonOf(year: number, month: number): { year: number; season: Season } {
  if (month === 12) return { year, season: 'WI' };
  if (month <= 2) return { year: year - 1, season: 'WI' };
  return { year, season: month <= 5 ? 'SP' : month <= 8 ? 'SU' : 'FA' };
}

/** Seasons in order, as a number that counts up by one a season. */
export const seasonIndex = (year: number, s: Season) => year * 4 + (SEASONS[s] / 3 - 1);
export const seasonAt = (i: number): string =>
  `${Math.floor(i / 4)}-${(['SP', 'SU', 'FA', 'WI'] as const)[((i % 4) + 4) % 4]}`;

export function weekOf(ref: Date, shift: number): string {
  return isoWeek(ref.getTime() + shift * 7 * DAY_MS);
}

/** A day, month or year moved by whole years (and months, days): "a year earlier" than 1989-09-30 is 1988-09-30. */
export function shiftValue(value: string, unit: 'year' | 'month' | 'day' | 'week', n: number): string | null {
  const y = +value.slice(0, 4);
  if (/^\d{4}-(?:Q\d|H[12])$/.test(value) && unit === 'year') return `${y + n}${value.slice(4)}`;
  if (/^\d{4}$/.test(value)) return unit === 'year' ? String(y + n) : null;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const m = +value.slice(5, 7) - 1 + (unit === 'year' ? 12 * n : unit === 'month' ? n : NaN);
    if (Number.isNaN(m)) return null;
    return `${y + Math.floor(m / 12)}-${pad((((m % 12) + 12) % 12) + 1)}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [mo, d] = [+value.slice(5, 7), +value.slice(8, 10)];
    if (unit === 'year') return isoDay(y + n, mo, d) ?? isoDay(y + n, mo, d - 1);
    if (unit === 'month') return shiftValue(value.slice(0, 7), 'month', n) + value.slice(7);
    return ymd(Date.UTC(y, mo - 1, d) + n * (unit === 'week' ? 7 : 1) * DAY_MS);
  }
  return null;
}
