// A date as /timeline, /search and /source take it for from and to, read into the first or last day it covers.
import { boundOf } from '../dates/values.js';

/**
 * A date filter as typed: YYYY, YYYY-MM or YYYY-MM-DD (a real date, years 0001 to 9999, as ISO dates sort), or a
 * week, weekend, quarter, half, season or decade as TimeML writes them (2025-W21, 2025-W21-WE, 2025-Q2, 2025-H1,
 * 2025-SU, 202), or a decade as the timeline's headings do (1970s): its first day for from, its last for to.
 */
export function parseDateFilter(value: string, edge: 'from' | 'to'): { date: string } | { error: string } {
  // "1970s", as a timeline heading writes a decade: TimeML's "197".
  const decade = /^(\d{3})0s$/.exec(value.trim());
  if (decade) return { date: boundOf(decade[1]!, edge)! };
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
  if (!m) {
    const other = /^\d{4}-(?:W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)$|^\d{3}$/i.test(value.trim())
      ? boundOf(value, edge)
      : null;
    if (other) return { date: other };
    return {
      error: `“${value}” is not a date I can read for ${edge}: write it as 2025-05-21, 2025-05, 2025, or 2025-Q2, 2025-W21, 2025-SU.`,
    };
  }
  const [y, mo, d] = [+m[1]!, m[2] ? +m[2] : null, m[3] ? +m[3] : null];
  if (y < 1) return { error: `There is no year 0000: write ${edge} as a year from 0001 to 9999, such as 2025.` };
  // Four digits always: dates are compared as text, and "999-01-01" would sort after "2025-01-01".
  const year = m[1]!;
  if (mo !== null && (mo < 1 || mo > 12)) return { error: `“${value}” has no month ${mo}.` };
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d !== null) {
    // setUTCFullYear, not Date.UTC, which reads years below 100 as 1900 and after.
    const day = new Date(0);
    day.setUTCFullYear(y, mo! - 1, d);
    const real = day.getUTCFullYear() === y && day.getUTCMonth() === mo! - 1 && day.getUTCDate() === d;
    return real ? { date: `${year}-${pad(mo!)}-${pad(d)}` } : { error: `“${value}” is not a real date.` };
  }
  if (mo !== null) return { date: edge === 'from' ? `${year}-${pad(mo)}-01` : `${year}-${pad(mo)}-31` };
  return { date: edge === 'from' ? `${year}-01-01` : `${year}-12-31` };
}
