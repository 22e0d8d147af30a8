// Builds a complete corpus state from a folder: documents, index, stories, people, events. A reload reuses what
// it learned from unchanged files; when it only finds new articles, it extends people, events, stories and the
// index with them rather than working them out again.
import type { Document, SkippedFile } from '../types.js';
import { readCorpusDir, type FileInfo, type FileIo, type RawFile } from './read.js';
import { emptyResult, ingestFileAsync, type FileResult } from './ingest.js';
import { PARTS, type AnyPart, type PartValues } from './parts.js';
import type { CorpusPart } from './part.js';
import { pace, type Pace } from '../pace.js';
import { layeredOver, type GrowingMap } from '../layered-map.js';
import { firstBuildKeeper, keepingHeap } from './heap-keeper.js';
import { OffThreadIngest, WorkerFailure, type OffThreadOptions } from './off-thread.js';

export interface CorpusOptions {
  dir: string;
  maxFileBytes: number;
  /** Seams for tests: the file system, and the function that turns a file into documents. */
  io?: FileIo;
  ingest?: (file: RawFile) => FileResult | Promise<FileResult>;
  /** Most time one file may take to process before it is skipped (ingest.ts FILE_BUDGET_MS by default). */
  fileBudgetMs?: number;
  /** Told as the build goes: files done of all, articles so far (for progress bars and /reload's reply). */
  onProgress?: (progress: BuildProgress) => void;
  /**
   * Builds with at least `minFiles` files to read read them in a worker thread (off-thread.ts); by default
   * WORKER_MIN_FILES, for a first build as for a reload.
   */
  worker?: OffThreadOptions & { minFiles?: number };
}

/**
 * Files to read from which a build reads them in a worker thread: the worker's start (about a second) is worth it
 * past this, and a few files are read sooner on the main thread, in slices that give way to answers.
 */
export const WORKER_MIN_FILES = 100;

/** How far a build has gone: `files` of `total` read, `articles` found in them, then the corpus-wide parts. */
export interface BuildProgress {
  phase: 'reading' | 'assembling';
  files: number;
  total: number;
  articles: number;
}

/** The articles, and each corpus part's value under its name (parts.ts): index, people, timeline, stories, acronyms. */
export interface CorpusState extends PartValues {
  docs: Document[];
  /** Each article's place by its id: a layered map over the previous state's when articles were only added. */
  byId: GrowingMap<string, number>;
  skipped: SkippedFile[];
  /** Content hash, size and time of each file read, to tell what a reload changed. */
  files: Map<string, FileInfo>;
  builtAt: Date;
  buildMs: number;
}

/**
 * What was learned from each file, by content hash, kept between reloads. After a restart from a snapshot the
 * parts only a rebuild needs (people named, dated sentences, story samples) may still be on disk: `complete()`
 * reads them in, the first time a reload finds something changed.
 */
export class FileCache extends Map<string, FileResult> {
  private rest: (() => Promise<void>) | null = null;
  /** The one reading of what is on disk, awaited by whoever asks while it runs (a reload, a preparation). */
  private reading: Promise<boolean> | null = null;

  static pending(entries: Iterable<[string, FileResult]>, rest: () => Promise<void>): FileCache {
    const cache = new FileCache(entries);
    cache.rest = rest;
    return cache;
  }

  /** Reads in what is still on disk. False when it could not be read: the cache is then emptied. */
  complete(): Promise<boolean> {
    const rest = this.rest;
    if (!rest) return this.reading ?? Promise.resolve(true);
    this.rest = null;
    this.reading = rest().then(
      () => true,
      () => {
        this.clear();
        return false;
      },
    );
    return this.reading;
  }
}

export async function loadCorpus(
  opts: CorpusOptions,
  cache: FileCache = new FileCache(),
  previous: CorpusState | null = null,
): Promise<{ state: CorpusState; cache: FileCache }> {
  const started = performance.now();
  // Files whose size and time have not moved are not read again, when what they gave is still at hand.
  const known = new Map<string, FileInfo>();
  for (const [file, info] of previous?.files ?? []) if (cache.has(info.hash)) known.set(file, info);
  let { files, skipped } = await readCorpusDir(opts.dir, { maxFileBytes: opts.maxFileBytes }, opts.io, known);
  // Nothing moved: the serving state stands, and nothing more is read.
  if (previous && sameFiles(previous, files, skipped)) return { state: previous, cache };
  if (!(await cache.complete())) ({ files, skipped } = await readCorpusDir(opts.dir, { maxFileBytes: opts.maxFileBytes }, opts.io, new Map()));
  let p = pace();
  // Many files to read are read in a worker thread; a few on this one, their own work giving way to other events
  // too, so one long page never holds up answers. A first build reads in the worker too, for memory: ingestion's
  // garbage then piles up in the worker's capped heap (off-thread.ts) rather than in this one's, which Node lets grow
  // far past what it holds, and what comes back (parsed from each file's JSON) is held in less room. At 10,000
  // articles (bench/memory.ts): a peak RSS of 712 MB against 750, and 330 MB of heap held once built against 426.
  const fresh = [...new Map(files.filter((f) => !cache.has(f.hash)).map((f) => [f.hash, f])).values()];
  const minFiles = opts.worker?.minFiles ?? WORKER_MIN_FILES;
  const offThread =
    !opts.ingest && fresh.length >= minFiles
      ? new OffThreadIngest(fresh, { ...opts.worker, budgetMs: opts.fileBudgetMs, pace: p })
      : null;
  const ingest =
    opts.ingest ??
    (offThread ? (f: RawFile) => offThread.result(f.hash) : (f: RawFile) => ingestFileAsync(f, p, opts.fileBudgetMs));
  // The worker has its own copy of the texts.
  if (offThread) for (const f of fresh) f.text = '';
  // A large first build serves nothing yet: its garbage is collected as it goes rather than left to pile up over
  // what the corpus holds (heap-keeper.ts), after each file and at each pause of the parts' builds. At 10,010
  // articles, with the bench's heap flag, a peak RSS of 610 MB against 660, built as fast (85.7 s against 87.4).
  const keep = offThread && !previous ? firstBuildKeeper() : undefined;
  if (keep) p = keepingHeap(p, keep);
  const next = new FileCache();
  const results: FileResult[] = [];
  const infos = new Map<string, FileInfo>();
  let articles = 0;
  try {
    opts.onProgress?.({ phase: 'reading', files: 0, total: files.length, articles });
    for (const f of files) {
      if (p.due()) await p.pause();
      // The same bytes twice in this build are read once.
      let result = cache.get(f.hash) ?? next.get(f.hash);
      if (!result) {
        try {
          result = await ingest(f);
        } catch (err) {
          if (err instanceof WorkerFailure) throw err;
          result = {
            ...emptyResult(),
            skipped: { file: f.file, reason: `could not be processed (${(err as Error).message})` },
          };
        }
      }
      // The same bytes under another name are re-labelled, not re-read.
      if (result.docs[0] && result.docs[0].file !== f.file) result = relabel(result, f.file);
      if (result.skipped && result.skipped.file !== f.file) result = { ...result, skipped: { ...result.skipped, file: f.file } };
      next.set(f.hash, result);
      infos.set(
        f.file,
        (f.unchanged && previous?.files.get(f.file)) || { hash: f.hash, size: f.size ?? 0, mtimeMs: f.mtimeMs ?? 0 },
      );
      if (result.skipped) skipped.push(result.skipped);
      // The file's text is done with: let it go now rather than hold every file's text through the build.
      f.text = '';
      results.push(result);
      keep?.();
      articles += result.docs.length;
      opts.onProgress?.({ phase: 'reading', files: results.length, total: files.length, articles });
    }
  } finally {
    void offThread?.stop();
  }
  opts.onProgress?.({ phase: 'assembling', files: results.length, total: files.length, articles });
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  if (previous) await keepOrder(previous, results, p);
  const state = await assemble({ results, skipped, files: infos, previous, pace: p });
  state.buildMs = Math.round(performance.now() - started);
  return { state, cache: next };
}

/** What a corpus state is assembled from. */
interface AssembleInput {
  results: FileResult[];
  skipped: SkippedFile[];
  files: Map<string, FileInfo>;
  /** The state being replaced: what was worked out for its articles is extended or reused, never changed. */
  previous?: CorpusState | null;
  /** The parts' values already made (from a snapshot): taken as they are. */
  loaded?: PartValues;
  pace?: Pace;
}

/** Each part's extracts over the articles of these results, in article order (none for a part without). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function extractsOf<E>(part: CorpusPart<any, E, string>, results: FileResult[]): E[] {
  return part.extract ? results.flatMap((r) => (r.extracts[part.name] ?? []) as E[]) : [];
}

/** What extractsOf gives, made in slices that give way when `p` says so (tens of thousands of articles). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function extractsPaced<E>(part: CorpusPart<any, E, string>, results: FileResult[], p: Pace): Promise<E[]> {
  return part.extract ? flatPaced(results, (r) => (r.extracts[part.name] ?? []) as E[], p) : Promise.resolve([]);
}

/** Results looked at between two chances to give way. */
const FLAT_STEP = 256;

/** `items.flatMap(f)`, in slices that give way when `p` says so. */
async function flatPaced<T, U>(items: readonly T[], f: (x: T) => readonly U[], p: Pace): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i % FLAT_STEP === 0 && i > 0 && p.due()) await p.pause();
    for (const x of f(items[i]!)) out.push(x);
  }
  return out;
}

/**
 * Each part's extracts over a state's articles, in article order, kept beside the state (by its articles' array,
 * which the state holds as long as it lives): the next extension takes them as they are and flattens only the new
 * files' extracts, instead of every file's again.
 */
const carriedExtracts = new WeakMap<Document[], Map<string, unknown[]>>();

/**
 * A part's extracts over the articles of `results`: `before` (the extracts of the first results' articles, when
 * carried) followed by those of the results from `next` on, or every file's flattened again when none are carried.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function extractsFrom<E>(part: CorpusPart<any, E, string>, results: FileResult[], before: E[] | undefined, next: number, p: Pace): Promise<E[]> {
  if (!part.extract) return [];
  if (!before) return extractsPaced(part, results, p);
  return before.concat(await extractsPaced(part, results.slice(next), p));
}

/**
 * The corpus state from per-file results: each part built, extended from the previous state's (when the previous
 * articles are still the first ones, in order: only articles were added), or taken as loaded, giving way to other
 * events as it goes.
 */
export async function assemble({ results, skipped, files, previous = null, loaded, pace: p = pace() }: AssembleInput): Promise<CorpusState> {
  const docs = await flatPaced(results, (r) => r.docs, p);
  const from = !loaded && previous && previous.docs.every((d, i) => docs[i] === d) ? previous.docs.length : -1;
  // The previous state's extracts, and the first result past its articles (the results before hold them all).
  const carried = from >= 0 ? carriedExtracts.get(previous!.docs) : undefined;
  let next = 0;
  for (let n = 0; carried && n < from; next++) n += results[next]!.docs.length;
  const lists = new Map<string, unknown[]>();
  const values: Record<string, unknown> = {};
  for (const part of PARTS as readonly AnyPart[]) {
    const mine = (previous as Record<string, unknown> | null)?.[part.name];
    if (loaded) {
      values[part.name] = (loaded as Record<string, unknown>)[part.name];
      continue;
    }
    const extracts = await extractsFrom(part, results, carried?.get(part.name), next, p);
    if (part.extract) lists.set(part.name, extracts);
    if (from >= 0) values[part.name] = await part.extend(mine, docs, extracts, from, p);
    else values[part.name] = await part.build(docs, extracts, p, mine ?? undefined);
  }
  if (!loaded) carriedExtracts.set(docs, lists);
  const byId = from >= 0 ? await layeredOver(previous!.byId, p) : new Map<string, number>();
  for (let i = Math.max(0, from); i < docs.length; i++) {
    if (i % 1024 === 0 && p.due()) await p.pause();
    byId.set(docs[i]!.doc, i);
  }
  return { docs, byId, skipped, files, ...(values as unknown as PartValues), builtAt: new Date(), buildMs: 0 };
}

/**
 * After a start from a snapshot, which holds what serving needs: works out what a reload adding articles carries
 * on from (people's registry, the timeline's groups, story pairs), so that the first one is as quick as the next.
 * Each part's prepared value takes the place of the loaded one in the state.
 */
export async function prepareExtension(state: CorpusState, cache: FileCache, p: Pace = pace()): Promise<void> {
  if (!(await cache.complete())) return;
  const results: FileResult[] = [];
  for (const file of new Set(state.docs.map((d) => d.file))) {
    const r = cache.get(state.files.get(file)?.hash ?? '');
    if (!r) return;
    results.push(r);
  }
  const docs = results.flatMap((r) => r.docs);
  if (docs.length !== state.docs.length || docs.some((d, i) => d !== state.docs[i])) return;
  const values = state as unknown as Record<string, unknown>;
  const lists = new Map<string, unknown[]>();
  for (const part of PARTS as readonly AnyPart[]) {
    const extracts = await extractsPaced(part, results, p);
    if (part.extract) lists.set(part.name, extracts);
    values[part.name] = await part.prepare(values[part.name], docs, extracts, p);
  }
  carriedExtracts.set(state.docs, lists);
}

/** The extracts each part was last given over these articles (a state's), in article order, when still known. */
export function carriedExtractsOf(docs: Document[]): ReadonlyMap<string, readonly unknown[]> | undefined {
  return carriedExtracts.get(docs);
}

/** Files looked at between two chances to give way while the new articles are put after the others. */
const ORDER_STEP = 1024;

/**
 * When the files only brought new articles (every previous one is still there, the same object), puts the
 * previous ones first, in their order, and the new ones after them, in file-name order. Articles are numbered
 * in the order they came, so that what was worked out for the earlier ones (people, events, stories) stands and
 * is extended. A reload that removes or changes an article builds everything again, in file-name order.
 * In linear passes that give way when `p` says so: new files named to sort before the others (at 10,000 articles)
 * had a sort of every file hold the thread for 170 ms.
 */
export async function keepOrder(previous: CorpusState, results: FileResult[], p: Pace): Promise<void> {
  // A document is a previous one if it is the object the previous state holds under its id.
  const at = (d: Document | undefined) => {
    const i = d ? previous.byId.get(d.doc) : undefined;
    return i !== undefined && previous.docs[i] === d ? i : -1;
  };
  const rank = new Int32Array(results.length);
  let kept = 0;
  for (let k = 0; k < results.length; k++) {
    if (k % ORDER_STEP === ORDER_STEP - 1 && p.due()) await p.pause();
    rank[k] = at(results[k]!.docs[0]);
    if (rank[k]! >= 0) kept += results[k]!.docs.length;
  }
  if (kept !== previous.docs.length) return;
  // Already so (the usual case): previous files ascending, and no new file before one of them.
  let ordered = true;
  for (let k = 1; k < results.length && ordered; k++) ordered = rank[k] === -1 || (rank[k - 1] !== -1 && rank[k]! > rank[k - 1]!);
  if (ordered) return;
  // Each previous file at the place of its first article, then the new ones as they came.
  const byRank: (FileResult | undefined)[] = new Array(previous.docs.length);
  const fresh: FileResult[] = [];
  for (let k = 0; k < results.length; k++) {
    if (k % ORDER_STEP === ORDER_STEP - 1 && p.due()) await p.pause();
    if (rank[k]! < 0) fresh.push(results[k]!);
    // Two files starting with the same article cannot both be the previous one's: left as they are (built whole).
    else if (byRank[rank[k]!]) return;
    else byRank[rank[k]!] = results[k]!;
  }
  let n = 0;
  for (let i = 0; i < byRank.length; i++) {
    if (i % ORDER_STEP === ORDER_STEP - 1 && p.due()) await p.pause();
    if (byRank[i]) results[n++] = byRank[i]!;
  }
  for (const r of fresh) results[n++] = r;
}

/** Every file as it was, and the same files refused for the same reasons, before any is processed. */
function sameFiles(previous: CorpusState, files: { file: string; unchanged?: boolean }[], readSkipped: SkippedFile[]): boolean {
  if (files.length !== previous.files.size || !files.every((f) => f.unchanged && previous.files.has(f.file))) return false;
  // Files refused when read are those the previous state skipped without having read them.
  const before = previous.skipped.filter((s) => !previous.files.has(s.file));
  return JSON.stringify([...readSkipped].sort((a, b) => a.file.localeCompare(b.file))) === JSON.stringify(before);
}

function relabel(result: FileResult, file: string): FileResult {
  const many = result.docs.length > 1;
  return { ...result, docs: result.docs.map((d, n) => ({ ...d, file, doc: many ? `${file}#${n + 1}` : file })) };
}
