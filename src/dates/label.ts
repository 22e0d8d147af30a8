// A timeline value as a reader reads it: "1970s" for TimeML's decade "197", "summer 2025" for "2025-SU", "week of
// 2025-05-19" for "2025-W21"; days, months, years and quarters as written (2025-05-21, 2025-05, 2025, 2025-Q2).
import { daysOf } from './values.js';

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const HALVES: Record<string, string> = { H1: 'first half', H2: 'second half' };

/** One value's label. */
export function dateLabel(value: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{3})$/.exec(value))) return `${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `${ordinal(+m[1]! + 1)} century`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]!]} ${m[1]}`;
  if ((m = /^(\d{4})-(H[12])$/.exec(value))) return `${HALVES[m[2]!]} of ${m[1]}`;
  if ((m = /^FY(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(value)))
    return m[2] ? `fiscal ${m[1]}, ${m[2].startsWith('H') ? HALVES[m[2]]! : m[2]}` : `fiscal ${m[1]}`;
  if (/^\d{4}-W\d{2}-WE$/.test(value)) {
    const days = daysOf(value);
    return days ? `weekend of ${days[0]}` : value;
  }
  if (/^\d{4}-W\d{2}$/.test(value)) {
    const days = daysOf(value);
    return days ? `week of ${days[0]}` : value;
  }
  return value;
}

/** A heading for a date or a range: "1970s", "2025-05-19 – 2025-06-02". */
export function rangeLabel(date: string, end?: string | null): string {
  return end ? `${dateLabel(date)} – ${dateLabel(end)}` : dateLabel(date);
}

/** 20 -> "20th", 21 -> "21st". */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
