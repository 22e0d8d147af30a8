// Filters /search and /source share: a publication date window (as /timeline takes it), a publisher, a language.
import type { Document } from '../types.js';
import { parseDateFilter } from './date-filter.js';

export interface FilterArgs {
  from?: string;
  to?: string;
  publisher?: string;
  language?: string;
}

interface DocFilter {
  keep: (d: Document) => boolean;
  /** The filters in words, for the answer's summary: "from 2025-05 · publisher reuters". */
  scope: string;
  /** The filters as given, for machine readers. */
  given: FilterArgs;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The filter the arguments ask for, null when none, or what is wrong with them in words. */
export function documentFilter(args: FilterArgs): DocFilter | null | { error: string } {
  const given: FilterArgs = {};
  for (const k of ['from', 'to', 'publisher', 'language'] as const) if (args[k]) given[k] = args[k];
  if (Object.keys(given).length === 0) return null;
  let from: string | null = null;
  let to: string | null = null;
  for (const edge of ['from', 'to'] as const) {
    const v = given[edge];
    if (!v) continue;
    const r = parseDateFilter(v, edge);
    if ('error' in r) return r;
    if (edge === 'from') from = r.date;
    else to = r.date;
  }
  if (from && to && from > to) return { error: `from (${given.from}) is after to (${given.to}); swap them?` };
  const language = given.language?.trim().toLowerCase();
  if (language !== undefined && !/^[a-z]{2,3}$/.test(language))
    return { error: `“${given.language}” is not a language code: use two letters, such as en, fr or ar.` };
  const publisher = given.publisher ? fold(given.publisher.trim()) : null;
  const keep = (d: Document) => {
    if (from || to) {
      // An undated article is outside every window; a date known to the month is compared at that precision.
      if (!d.date) return false;
      if (from && d.date < from.slice(0, d.date.length)) return false;
      if (to && d.date > to.slice(0, d.date.length)) return false;
    }
    // A publisher matches its outlet or the wire it carries: "reuters" finds "Dawn (via Reuters)".
    if (publisher && !(d.source && fold(d.source).includes(publisher))) return false;
    if (language && d.lang !== language) return false;
    return true;
  };
  const scope = Object.entries(given)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
  return { keep, scope, given };
}
