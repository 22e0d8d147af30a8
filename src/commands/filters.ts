// The filter options /search and /source share (publication dates, publisher, language), read into typed
// filters and checked before the query runs.
import type { CommandOption, OptionValues } from './command.js';
import { documentFilter, type FilterArgs } from '../queries/filters.js';

/** The options that give these filters, as /search and /source declare them. */
export const FILTER_OPTIONS: CommandOption[] = [
  { name: 'from', description: 'Published on or after: 2025-05-21, 2025-05 or 2025', type: 'string', maxLength: 10 },
  { name: 'to', description: 'Published on or before: 2025-06-30, 2025-06 or 2025', type: 'string', maxLength: 10 },
  { name: 'publisher', description: 'Only this publisher or wire, e.g. reuters', type: 'string', maxLength: 100 },
  { name: 'language', description: 'Only articles in this language: en, fr, ar…', type: 'string', maxLength: 20 },
];

/** The filters the option values give, or what is wrong with them in words (a date not read, from after to). */
export function parseFilters(values: OptionValues): { filters: FilterArgs } | { error: string } {
  const filters: FilterArgs = {};
  for (const k of ['from', 'to', 'publisher', 'language'] as const)
    if (typeof values[k] === 'string') filters[k] = values[k];
  const checked = documentFilter(filters);
  return checked && 'error' in checked ? checked : { filters };
}
