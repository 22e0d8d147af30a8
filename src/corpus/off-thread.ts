// Ingests many files in a worker thread (worker.ts), so that the thread that answers only unpacks each file's
// result (one JSON string) as the build takes it. Used for builds of many files, the first one included (load.ts).
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './ingest.js';
import type { RawFile } from './read.js';
import type { WorkerFeed, WorkerInput, WorkerReply } from './ingest-worker.js';
import { NEVER, type Pace } from '../pace.js';
import { unpackFile } from './file-pack.js';

export interface OffThreadOptions {
  /** The worker's entry module (worker.ts by default; a seam for tests). */
  entry?: URL;
  /** Handed to the entry as `workerData.data`. */
  data?: unknown;
  budgetMs?: number;
  /** How the main thread gives way while it posts the files to the worker (a batch at a time). */
  pace?: Pace;
  /** The worker's heap limits (Node's Worker resourceLimits); its old generation WORKER_OLD_SPACE_MB by default. */
  resourceLimits?: ResourceLimits;
}

/**
 * The worker's old generation, in MB. Its live heap is the modules, the people model and the one file under way (the
 * results leave as strings), yet left to Node's default limit its collector let garbage pile up to hundreds of MB
 * (in the process's RSS) before collecting: capped, it collects early. A 4 MB file (the most MAX_FILE_MB allows),
 * plain text or HTML, is read within 192 MB.
 */
export const WORKER_OLD_SPACE_MB = 256;

/**
 * The worker's young generation, in MB: half of what V8 gives a thread by default. What survives a file is little
 * (its result leaves as a string), so a smaller nursery costs nothing measurable; at 10,000 articles the process's
 * RSS while reading was 546 MB against 578, reading as fast (bench/memory.ts --worker-stats).
 */
const WORKER_YOUNG_SPACE_MB = 16;

/** Files posted to the worker in one message. */
const FEED_STEP = 16;

/**
 * Most files posted to the worker and not yet done: the rest wait on this thread (their texts already here) rather
 * than in the worker's capped heap, where every text posted at once (about 70 MB at 10,000 articles) left its
 * collector less room for the garbage of the file under way, and in the channel between the threads.
 */
export const FEED_AHEAD = 64;

/** The worker stopped or failed before every file was done: the build cannot go on. */
export class WorkerFailure extends Error {}

const DEFAULT_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

/**
 * A worker runs the entry with TypeScript compiled by tsx's require hook: Node 20 does not apply `--import tsx`'s
 * module hooks to workers, and `module.register` cannot be called from one.
 */
const BOOT = `const { workerData } = require('node:worker_threads');
if (workerData.tsx) require(workerData.tsx).register();
require(workerData.entry);`;

export class OffThreadIngest {
  private readonly worker: Worker;
  private readonly arrived = new Map<string, WorkerReply>();
  private readonly waiting = new Map<string, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private failure: WorkerFailure | null = null;
  private done = false;
  /** Files the worker has answered for, and a wake-up for the feed waiting for it to catch up. */
  private answered = 0;
  /** Files posted to the worker so far. */
  posted = 0;
  private caughtUp: (() => void) | null = null;

  /** Starts ingesting `files` (each hash once) at once, in their order. */
  constructor(files: RawFile[], opts: OffThreadOptions = {}) {
    const entry = opts.entry ?? DEFAULT_ENTRY;
    const resourceLimits = opts.resourceLimits ?? { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB };
    const input: WorkerInput & { entry: string; tsx: string | null } = {
      budgetMs: opts.budgetMs,
      heapCapMb: resourceLimits.maxOldGenerationSizeMb,
      data: opts.data,
      entry: fileURLToPath(entry),
      tsx: entry.pathname.endsWith('.ts') ? createRequire(import.meta.url).resolve('tsx/cjs/api') : null,
    };
    this.worker = new Worker(BOOT, {
      eval: true,
      workerData: input,
      resourceLimits,
    });
    this.worker.on('message', (reply: WorkerReply) => {
      if ('done' in reply) {
        this.done = true;
        this.wake();
        return;
      }
      this.answered++;
      this.wake();
      const w = this.waiting.get(reply.hash);
      if (w) {
        this.waiting.delete(reply.hash);
        w.resolve(reply);
      } else this.arrived.set(reply.hash, reply);
    });
    this.worker.on('error', (err: Error) => this.fail(`the reload worker failed: ${err.message}`));
    this.worker.on('exit', (code) => {
      if (!this.done) this.fail(`the reload worker stopped (exit code ${code}) before every file was read`);
    });
    // The texts as they are now (the caller may let its own go), posted a batch at a time.
    void this.feed(
      files.map((f) => ({ file: f.file, text: f.text, hash: f.hash })),
      opts.pace ?? NEVER,
    );
  }

  /** Posts the files to the worker a batch at a time, giving way between batches when `p` says so. */
  private async feed(files: { file: string; text: string; hash: string }[], p: Pace): Promise<void> {
    for (let i = 0; i < files.length; i += FEED_STEP) {
      if (i > 0 && p.due()) await p.pause();
      while (i - this.answered >= FEED_AHEAD && !this.done && !this.failure) await new Promise<void>((resolve) => (this.caughtUp = resolve));
      if (this.done || this.failure) return;
      this.worker.postMessage({ files: files.slice(i, i + FEED_STEP) } satisfies WorkerFeed);
      this.posted = Math.min(files.length, i + FEED_STEP);
      files.fill({ file: '', text: '', hash: '' }, i, i + FEED_STEP);
    }
    if (!this.done && !this.failure) this.worker.postMessage({ end: true } satisfies WorkerFeed);
  }

  private wake(): void {
    this.caughtUp?.();
    this.caughtUp = null;
  }

  private fail(reason: string): void {
    if (this.failure) return;
    this.failure = new WorkerFailure(reason);
    this.wake();
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  /** The result of the file with this hash, once the worker has done it (its error thrown as the file's). */
  async result(hash: string): Promise<FileResult> {
    let reply = this.arrived.get(hash);
    if (reply) this.arrived.delete(hash);
    else {
      if (this.failure) throw this.failure;
      reply = await new Promise<WorkerReply>((resolve, reject) => this.waiting.set(hash, { resolve, reject }));
    }
    if ('error' in reply) throw new Error(reply.error);
    return unpackFile((reply as { packed: string }).packed);
  }

  /** Ends the worker (at once, whatever it was doing). */
  async stop(): Promise<void> {
    this.done = true;
    this.wake();
    await this.worker.terminate();
  }
}
