// Inside the reload worker thread: ingests the files it was handed, one after another, and posts each file's
// result to the main thread as one JSON string (file-pack.ts), never as an object graph to clone.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileResult } from './ingest.js';
import type { RawFile } from './read.js';
import { packFile } from './file-pack.js';

/** What the main thread hands the worker (off-thread.ts). */
export interface WorkerInput {
  files: { file: string; text: string; hash: string }[];
  budgetMs?: number;
  /** Anything a test's own worker entry needs (a gate to hold it, say). */
  data?: unknown;
}

/** One file's result, or why it could not be processed; then `done` once every file was. */
export type WorkerReply = { hash: string; packed: string } | { hash: string; error: string } | { done: true };

/** Ingests every file of `workerData` with `ingest`, posting each result as it is done. */
export async function serveFiles(ingest: (f: RawFile, budgetMs?: number) => FileResult | Promise<FileResult>) {
  const port = parentPort;
  if (!port) throw new Error('serveFiles runs in a worker thread');
  const { files, budgetMs } = workerData as WorkerInput;
  for (const f of files) {
    let reply: WorkerReply;
    try {
      reply = { hash: f.hash, packed: packFile(await ingest(f, budgetMs)) };
    } catch (err) {
      reply = { hash: f.hash, error: (err as Error).message };
    }
    port.postMessage(reply);
  }
  port.postMessage({ done: true } satisfies WorkerReply);
}
