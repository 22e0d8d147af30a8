// The day an article's URL prints, a fallback for a page that prints none itself: news sites file articles under
// their day ("/2025/05/21/", "/2019/nov/18/", "/2025-05-21/", "…-20250521/"). Never read over a date the page gives.
import { isoDay, monthNumber } from '../dates/months.js';

/** A plausible year of a news article: a year-like ID ("/1999/" as a count) outside it is not a date. */
const YEAR = '(?:19[89]\\d|20\\d\\d)';
/** Year, month and day as path segments: "/2025/05/21/", "/2025/5/21", "/2019/nov/18/". */
const SEGMENTS = new RegExp(`/(${YEAR})/(\\d{1,2}|[a-z]{3,9})/(\\d{1,2})(?=/|[-_.]|$)`, 'i');
/** An ISO day inside a segment: "/2025-05-21/", "/news-2025-05-21-gaza". */
const DASHED = new RegExp(`(?:^|[/_-])(${YEAR})-(\\d{2})-(\\d{2})(?=$|[/_.-])`);
/** Eight figures standing alone in a segment: "/20250521/", "…-immune-responses-20191115/". */
const PACKED = new RegExp(`(?:^|[/_-])(${YEAR})(\\d{2})(\\d{2})(?=$|[/_.-])`);

/** The day the URL files its article under, as YYYY-MM-DD; null for a URL without one (or a day that does not exist). */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const seg = SEGMENTS.exec(path);
  if (seg) {
    const month = /^\d+$/.test(seg[2]!) ? Number(seg[2]) : monthNumber(seg[2]!);
    return month ? isoDay(Number(seg[1]), month, Number(seg[3])) : null;
  }
  const m = DASHED.exec(path) ?? PACKED.exec(path);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
