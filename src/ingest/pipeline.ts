// Ingestion of one decoded file, as chrono-node composes its parsers and refiners: the reader its content calls
// for (readers/) gives raw articles, then each refiner (refiners/) in turn improves the drafts, and the drafts
// left become documents. A generator: each `yield` is a point where a long file may give way to other events.
import type { Document } from '../types.js';
import type { Draft, RefineContext } from './types.js';
import { readerFor } from './readers/index.js';
import { REFINERS } from './refiners/index.js';

type Ingested = { docs: Document[] } | { reason: string };

export function* readDocuments(file: string, text: string): Generator<void, Ingested> {
  const reader = readerFor(file, text);
  const read = reader.read(file, text);
  if ('reason' in read) return { reason: read.reason };
  yield;
  const ctx: RefineContext = { file, reader };
  let drafts: Draft[] = read.articles;
  const page = drafts.some((d) => d.page);
  for (const refiner of REFINERS) {
    const out = refiner.refine(drafts, ctx);
    drafts = Array.isArray(out) ? out : yield* out;
    if (drafts.length === 0) break;
    yield;
  }
  if (drafts.length === 0) {
    return {
      reason:
        ctx.reason ??
        (page
          ? 'no article text (only site chrome or boilerplate)'
          : `${reader.name} with no article text left after cleaning`),
    };
  }
  const docs = drafts.map((d) => toDocument(file, d));
  if (docs.length > 1) docs.forEach((d, n) => (d.doc = `${file}#${n + 1}`));
  return { docs };
}

/** readDocuments worked to its end at once: what a file gives, or why it gives nothing. */
export function readDocumentsNow(file: string, text: string): Ingested {
  const steps = readDocuments(file, text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function toDocument(file: string, d: Draft): Document {
  return {
    doc: file,
    file,
    // Copies: the headline and publisher are read from the page as it was scraped, and a slice of it would keep
    // the whole page (site chrome and all) in memory for as long as the document is served.
    title: detach(d.title ?? ''),
    date: d.date ?? null,
    source: d.source ? detach(d.source) : null,
    url: d.url ?? null,
    lang: d.lang ?? 'und',
    text: d.body,
    passages: d.passages ?? [],
  };
}

/** A string that holds no larger one: V8 keeps a slice of a long string as a view into it. */
function detach(s: string): string {
  return structuredClone(s);
}
