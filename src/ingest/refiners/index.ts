// The refiners, in the order they run on a file's drafts after its reader (see ../pipeline.ts).
// Adding a refiner is one file exporting a Refiner (see ../types.ts) and one line here.
import type { Refiner } from '../types.js';
import { unwrapRefiner } from './unwrap.js';
import { linesRefiner } from './lines.js';
import { labelsRefiner } from './labels.js';
import { splitRefiner } from './split.js';
import { metadataRefiner } from './metadata.js';
import { passagesRefiner } from './passages.js';
import { languageRefiner } from './language.js';

export const REFINERS: Refiner[] = [
  unwrapRefiner,
  linesRefiner,
  labelsRefiner,
  splitRefiner,
  metadataRefiner,
  passagesRefiner,
  languageRefiner,
];
