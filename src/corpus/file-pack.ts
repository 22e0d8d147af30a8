// One file's result (its documents and each corpus part's extracts of them) packed as plain JSON values and back:
// the snapshot's per-file lines, and what the reload worker hands the main thread for each file it read.
import type { Document, SkippedFile } from '../types.js';
import type { FileResult } from './ingest.js';
import { PARTS, type AnyPart } from './parts.js';

const parts = PARTS as readonly AnyPart[];

// Section one, per file: its documents (passages as offsets), and why it was skipped.
export function packDocs(r: FileResult): unknown {
  return [r.docs.map((d) => ({ ...d, passages: d.passages.map((p) => [p.n, p.start, p.end, p.sentences ?? null, ...(p.aside ? [1] : [])]) })), r.skipped ?? null];
}

/**
 * The documents of a file; each passage's text a slice of its document's, so the article is held once (JSON.parse
 * already makes a text one byte per character when it can be, and a slice shares its article's characters).
 */
export function unpackDocs(raw: unknown): FileResult {
  const [docs, skipped] = raw as [(Omit<Document, 'passages'> & { passages: [number, number, number, number[] | null, 1?][] })[], SkippedFile | null];
  return {
    docs: docs.map((d) => ({ ...d, url: d.url ?? null, passages: d.passages.map(([n, start, end, sentences, aside]) => ({ n, text: d.text.slice(start, end), start, end, ...(aside ? { aside: true as const } : {}), ...(sentences ? { sentences } : {}) })) })),
    ...(skipped ? { skipped } : {}),
    extracts: {},
  };
}

// Section three, per file: each part's extracts of its documents, packed by the part.
export function packExtracts(r: FileResult): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const part of parts) {
    const list = r.extracts[part.name];
    if (list) out[part.name] = part.packExtract ? list.map((e, i) => part.packExtract!(e, r.docs[i]!)) : list;
  }
  return out;
}

export function unpackExtracts(r: FileResult, packed: Record<string, unknown[]>): void {
  for (const part of parts) {
    const list = packed[part.name];
    if (list) r.extracts[part.name] = part.unpackExtract ? list.map((e, i) => part.unpackExtract!(e, r.docs[i]!)) : list;
  }
}

/** A file's whole result as one JSON string (documents, then extracts), as the reload worker sends it. */
export function packFile(r: FileResult): string {
  return JSON.stringify([packDocs(r), packExtracts(r)]);
}

export function unpackFile(packed: string): FileResult {
  const [docs, extracts] = JSON.parse(packed) as [unknown, Record<string, unknown[]>];
  const r = unpackDocs(docs);
  unpackExtracts(r, extracts);
  return r;
}
