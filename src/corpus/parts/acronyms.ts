// Acronyms as a corpus part: those each article defines, found at ingestion, gathered corpus-wide for queries.
import type { CorpusPart } from '../part.js';
import { findAcronyms } from '../acronyms.js';
import { copyMap } from '../../pace.js';

/** Folded acronym -> the folded expansions the corpus gives it. */
type Acronyms = Map<string, Set<string>>;

/** Adds one article's acronyms to a map of one's own (a set it changes is copied, not changed). */
function gather(into: Acronyms, found: [string, string[]][]): void {
  for (const [k, v] of found) into.set(k, new Set([...(into.get(k) ?? []), ...v]));
}

export const acronymsPart: CorpusPart<Acronyms, [string, string[]][], 'acronyms'> = {
  name: 'acronyms',
  version: 1,
  // eslint-disable-next-line require-yield
  *extract(doc) {
    return [...findAcronyms(doc.text)].map(([k, v]): [string, string[]] => [k, [...v]]);
  },
  async build(_docs, found) {
    const acronyms: Acronyms = new Map();
    for (const f of found) gather(acronyms, f);
    return acronyms;
  },
  async extend(previous, _docs, found, from, p) {
    const acronyms: Acronyms = await copyMap(previous, p);
    for (let doc = from; doc < found.length; doc++) {
      if (p.due()) await p.pause();
      gather(acronyms, found[doc]!);
    }
    return acronyms;
  },
  prepare: async (acronyms) => acronyms,
  save(acronyms) {
    const rows = [...acronyms].map(([k, v]) => [k, [...v]]);
    return { count: rows.length, rows: (from, to) => rows.slice(from, to) };
  },
  load: async ({ rows }) => new Map((rows as [string, string[]][]).map(([k, v]) => [k, new Set(v)])),
};
