// Inside the reload worker thread: ingests the files it was handed, one after another, and posts each file's
// result to the main thread as one JSON string (file-pack.ts), never as an object graph to clone.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileResult } from './ingest.js';
import type { RawFile } from './read.js';
import { packFile } from './file-pack.js';
import { heapKeeper } from './heap-keeper.js';

/** What the main thread hands the worker as it starts (off-thread.ts). */
export interface WorkerInput {
  budgetMs?: number;
  /** The old generation the worker was started with (MB), kept by hand if a process-wide flag overrode it. */
  heapCapMb?: number;
  /** Anything a test's own worker entry needs (a gate to hold it, say). */
  data?: unknown;
}

/**
 * The files, posted to the worker a batch at a time after it starts (handing them all over with the start held the
 * main thread while it copied them), then `end` once every file was posted.
 */
export type WorkerFeed = { files: { file: string; text: string; hash: string }[] } | { end: true };

/** One file's result, or why it could not be processed; then `done` once every file was. */
export type WorkerReply = { hash: string; packed: string } | { hash: string; error: string } | { done: true };

/** Ingests every file posted to this worker with `ingest`, in the order they came, posting each result as it is done. */
export async function serveFiles(ingest: (f: RawFile, budgetMs?: number) => FileResult | Promise<FileResult>) {
  const port = parentPort;
  if (!port) throw new Error('serveFiles runs in a worker thread');
  const { budgetMs, heapCapMb } = workerData as WorkerInput;
  const keepHeap = heapKeeper(heapCapMb);
  const queue: RawFile[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  port.on('message', (feed: WorkerFeed) => {
    if ('files' in feed) queue.push(...feed.files);
    else ended = true;
    wake?.();
    wake = null;
  });
  for (let next = 0; ; next++) {
    while (next >= queue.length && !ended) await new Promise<void>((resolve) => (wake = resolve));
    if (next >= queue.length) break;
    const f = queue[next]!;
    // Its text is not needed once read.
    queue[next] = { file: '', text: '', hash: '' };
    let reply: WorkerReply;
    try {
      reply = { hash: f.hash, packed: packFile(await ingest(f, budgetMs)) };
    } catch (err) {
      reply = { hash: f.hash, error: (err as Error).message };
    }
    port.postMessage(reply);
    keepHeap();
  }
  port.postMessage({ done: true } satisfies WorkerReply);
  port.removeAllListeners('message');
}
