// TimeML date values the timeline writes (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Www-WE (a weekend), YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI,
// a decade YYY, a century YY; and FY before a year, quarter or half for a fiscal one of unknown months) and the span of days each covers, for date filters and for sorting.
import { pad } from './months.js';

export type Precision =
  'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'ref';

export const SEASONS = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;
export type Season = keyof typeof SEASONS;

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Monday of ISO week `w` of ISO year `y`, as a UTC time. */
function isoWeekMonday(y: number, w: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - dow * 86400_000 + (w - 1) * 7 * 86400_000;
}

/** The ISO week (YYYY-Www) holding a UTC day. */
export function isoWeek(t: number): string {
  const d = new Date(t);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - dow + 3));
  const y = thursday.getUTCFullYear();
  const w = 1 + Math.round((thursday.getTime() - isoWeekMonday(y, 1) - 3 * 86400_000) / (7 * 86400_000));
  return `${y}-W${pad(w)}`;
}

/** First and last day (YYYY-MM-DD) a value covers, or null for a value that is no date ("PRESENT_REF"). */
export function daysOf(value: string): [string, string] | null {
  let m: RegExpExecArray | null;
  // A fiscal period whose calendar months are unknown ("FY1989", "FY1989-Q1"): the year it is named for, as a
  // filter cannot tell which of its months it covers.
  if ((m = /^FY(\d{4})(?:-(?:Q[1-4]|H[12]))?$/.exec(value))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [`${value}-01`, `${value}-${pad(lastDay(+m[1]!, +m[2]!))}`];
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  if (/^\d{3}$/.test(value)) return [`${value}0-01-01`, `${value}9-12-31`];
  if (/^\d{2}$/.test(value)) return [`${value}00-01-01`, `${value}99-12-31`];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const [y, q] = [+m[1]!, +m[2]!];
    return [`${y}-${pad(q * 3 - 2)}-01`, `${y}-${pad(q * 3)}-${pad(lastDay(y, q * 3))}`];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value)))
    return m[2] === '1' ? [`${m[1]}-01-01`, `${m[1]}-06-30`] : [`${m[1]}-07-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1]!;
    const first = SEASONS[m[2] as Season];
    const endMonth = first + 2 > 12 ? first + 2 - 12 : first + 2;
    const endYear = first + 2 > 12 ? y + 1 : y;
    return [`${y}-${pad(first)}-01`, `${endYear}-${pad(endMonth)}-${pad(lastDay(endYear, endMonth))}`];
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekMonday(+m[1]!, +m[2]!);
    return [iso(monday + (m[3] ? 5 : 0) * 86400_000), iso(monday + 6 * 86400_000)];
  }
  return null;
}

/** The precision a value is written in. */
export function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^(?:FY)?\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  if (/-Q\d$/.test(value)) return 'quarter';
  if (/-H\d$/.test(value)) return 'half';
  if (/-W\d{2}(?:-WE)?$/.test(value)) return 'week';
  if (/-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  return 'ref';
}

/** A value read as a filter bound: a day, month, year or any other value above, its first or last day. */
export function boundOf(value: string, edge: 'from' | 'to'): string | null {
  const days = daysOf(value.trim().toUpperCase());
  return days ? days[edge === 'from' ? 0 : 1] : null;
}
