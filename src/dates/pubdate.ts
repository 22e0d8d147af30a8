// Publication dates in the shapes pages print them: "date 2025-06-16", "Updated 21 May 2025",
// "Yahoo23-05-2025", "June 7 (UPI) --", "Published: March 4, 2026 10:02 am".
import { MONTH_PATTERN, isoDay, monthNumber } from './months.js';

export interface DateLine {
  date: string;
  /** Words before the date that are not a label: usually the publisher ("Yahoo"). */
  prefix: string | null;
  /** Text after the date on the same line, when the date opens a paragraph. */
  rest: string;
}

const LABELS =
  /^(?:last\s+)?(?:updated|update|published|posted|date|dated|modified|created|on|at|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado|güncelleme|yayınlanma)\b[\s:|-]*/iu;

const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}|\\p{L}+)\\.?,?\\s+(\\d{4})\\b`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN}|\\p{L}+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;
/** A time after a date: "10:02 am", "at 9:14 AM EDT", "07:45 PM GMT+03:00", "| 14h30 UTC". */
const TIME =
  /^[\s,|–-]*(?:(?:at|à|às|um|a las)\s+)?(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:GMT|UTC|[ECMPA][SD]?T|BST|CEST|CET|EEST|EET|MSK|IST|PKT|AFT|IRST|GST|JST|KST|HKT|SGT|AEST|AEDT|WIB)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?|[ap]\.?m\.?)(?![\p{L}\d])/iu;

/** Reads a date with a year at the very start of text. */
export function leadingDate(text: string): { date: string; length: number } | null {
  let m = YMD.exec(text);
  if (m) return found(isoDay(+m[1]!, +m[2]!, +m[3]!), m[0].length);
  m = DMY.exec(text);
  if (m) {
    const a = +m[1]!,
      b = +m[2]!,
      y = +m[3]!;
    // Day first, as most of the world writes it; month first only when the day-first reading is impossible.
    return found(isoDay(y, b, a) ?? isoDay(y, a, b), m[0].length);
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month) return found(isoDay(+m[3]!, month, +m[1]!), m[0].length);
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month) return found(isoDay(+m[3]!, month, +m[2]!), m[0].length);
  }
  return null;
}

function found(date: string | null, length: number) {
  return date ? { date, length } : null;
}

/**
 * A line that is (or opens with) a publication date: optional label or publisher, the date,
 * an optional time, and either nothing or the first sentence of the article.
 */
export function parseDateLine(line: string): DateLine | null {
  // Split words glued to numbers by scraping ("Yahoo23-05-2025").
  const text = line.trim().replace(/(\p{L})(\d)/gu, '$1 $2');
  const words = text.split(/\s+/);
  for (let skip = 0; skip <= Math.min(4, words.length - 1); skip++) {
    const before = words.slice(0, skip).join(' ');
    const after = words.slice(skip).join(' ');
    const hit = leadingDate(after);
    if (!hit) continue;
    let rest = after.slice(hit.length);
    rest = rest.replace(TIME, '').replace(/^[\s,|–—:-]+/u, '');
    const prefix = before
      .replace(LABELS, '')
      .replace(/[\s:|•·,-]+$/u, '')
      .trim();
    if (prefix && !/^\p{Lu}/u.test(prefix)) return null;
    if (prefix.split(/\s+/).length > 3) return null;
    return { date: hit.date, prefix: prefix || null, rest };
  }
  return null;
}

export interface Dateline {
  /** Month and day; the year is often left out of wire datelines. */
  month: number;
  day: number;
  year: number | null;
  agency: string;
}

const DATELINE = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s+\\(([\\p{Lu}][\\p{L}&. ]{1,30})\\)\\s*(?:--|—|–|-|:)`,
  'iu',
);

/** A wire-service dateline: "June 7 (UPI) --", "WASHINGTON, March 3 (Reuters) -". */
export function findDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 800));
  if (!m) return null;
  const month = monthNumber(m[1]!);
  if (!month) return null;
  return { month, day: +m[2]!, year: m[3] ? +m[3] : null, agency: m[4]!.trim() };
}

/** The year that puts month/day closest to a reference date. */
export function nearestYear(month: number, day: number, reference: string): string | null {
  const ref = Date.parse(reference);
  const y = new Date(ref).getUTCFullYear();
  let best: string | null = null;
  let bestGap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const iso = isoDay(year, month, day);
    if (!iso) continue;
    const gap = Math.abs(Date.parse(iso) - ref);
    if (gap < bestGap) [best, bestGap] = [iso, gap];
  }
  return best;
}
