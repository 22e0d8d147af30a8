// Reading loosely typed metadata fields (JSON exports, JSON-LD, feeds): names, dates, the first usable value.
import { leadingDate } from '../../dates/pubdate.js';
import { isoDay } from '../../dates/months.js';

/** A display string from a field that may be a string, a number, {name}, {@value} or a list of them. */
export function fieldText(value: unknown, depth = 0): string | null {
  if (depth > 3 || value === null || value === undefined) return null;
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value
      .slice(0, 10)
      .map((v) => fieldText(v, depth + 1))
      .filter((v): v is string => !!v);
    return parts.length ? [...new Set(parts)].join(', ') : null;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return fieldText(o.name ?? o['@value'] ?? o.title ?? o['#text'], depth + 1);
  }
  return null;
}

/** The first field of `names` that the object holds with a usable value. */
export function pick(o: Record<string, unknown>, names: string[]): unknown {
  for (const n of names) {
    const v = o[n];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i;

/**
 * A publication date as YYYY-MM-DD from what exports and feeds write: ISO 8601 (the date as written, whatever
 * the zone), RFC 822 ("Tue, 03 Jun 2025 10:00:00 GMT"), "June 3, 2025", or epoch seconds or milliseconds.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const d = new Date(value > 1e11 ? value : value * 1000);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  const text = fieldText(value);
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return isoDay(+iso[1]!, +iso[2]!, +iso[3]!);
  const hit = leadingDate(text.replace(WEEKDAY, ''));
  if (hit && /^\d{4}-\d{2}-\d{2}$/.test(hit.date)) return hit.date;
  return null;
}
