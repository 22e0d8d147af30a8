// The corpus-wide parts, in the order they are built, saved and loaded. Adding a part: one file in parts/, one line here.
import { indexPart } from './parts/index.js';
import { peoplePart } from './parts/people.js';
import { timelinePart } from './parts/timeline.js';
import { storiesPart } from './parts/stories.js';
import { acronymsPart } from './parts/acronyms.js';
import type { CorpusPart } from './part.js';

export const PARTS = [acronymsPart, peoplePart, timelinePart, storiesPart, indexPart] as const;

/** Each part's value by its name: what the corpus state holds. */
export type PartValues = { [P in (typeof PARTS)[number] as P['name']]: P extends CorpusPart<infer V, infer _E, infer _N> ? V : never };

/** Any part, for the loops that know none of their insides. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPart = CorpusPart<any, any>;
