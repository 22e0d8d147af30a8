// The engine: holds the serving corpus, answers queries from it, and swaps in a new one on reload.
import {
  FileCache,
  loadCorpus,
  prepareExtension,
  type BuildProgress,
  type CorpusOptions,
  type CorpusState,
} from './corpus/load.js';
import type { SkippedFile } from './types.js';
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { CHANGING } from './corpus/read.js';
import { loadSnapshot, saveSnapshot, sweepStaleSaves } from './corpus/snapshot.js';
import { log } from './log.js';

export interface ReloadReport {
  ok: boolean;
  added: string[];
  removed: string[];
  changed: string[];
  skipped: SkippedFile[];
  documents: number;
  ms: number;
  /** Why the reload failed; the previous corpus keeps serving. */
  error?: string;
}

interface StartReport extends ReloadReport {
  /** How the start went: "loaded in N ms", "rebuilt: <why the snapshot was refused>", or "none". */
  snapshot: string;
  /** The reload that reads what changed since the snapshot (the start's own report when there was none). */
  caughtUp: Promise<ReloadReport>;
}

/** A build under way: how far it has gone, and since when (performance.now()). */
export interface Progress extends BuildProgress {
  startedAt: number;
}

export class Engine {
  /** The build under way, or null. */
  progress: Progress | null = null;
  private progressListeners = new Set<(p: Progress) => void>();
  /** The first build failed and nothing serves (a later reload may still succeed). */
  private firstLoadFailed = false;
  private state: CorpusState | null = null;
  private cache = new FileCache();
  private pending: Promise<ReloadReport> | null = null;
  private again = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retries = 0;
  private watcher: FSWatcher | null = null;
  private saving: Promise<number> | null = null;
  /** The save a build asked for, started once the new corpus serves. */
  private saveSoon: Promise<void> | null = null;
  private stopped = false;
  /** How many times the corpus has been built: concurrent reloads fold into few builds. */
  builds = 0;
  /** After a start from a snapshot: settles once what a reload adding articles carries on from is worked out. */
  prepared: Promise<void> = Promise.resolve();
  /** Called after every reload, for metrics and logs. */
  onReload: ((report: ReloadReport) => void) | null = null;

  constructor(readonly options: CorpusOptions & { retryMs?: number; snapshotPath?: string }) {}

  /**
   * First load: from the snapshot when there is a sound one for this folder, else a full build. A snapshot that
   * fails its checks is rebuilt, never trusted. From a snapshot the engine serves at once, and `caughtUp` settles
   * once files changed since it was made have been read (the snapshot's corpus serves meanwhile).
   */
  async start(): Promise<StartReport> {
    const path = this.options.snapshotPath;
    if (path && !this.state) {
      const started = performance.now();
      // Saves a killed process left half written are only taking disk space.
      const swept = await sweepStaleSaves(path);
      if (swept.length) log.info({ files: swept }, 'removed unfinished snapshot saves');
      const loaded = await loadSnapshot(path, this.options.dir);
      if (!loaded.ok && loaded.reason !== 'no snapshot')
        log.warn({ reason: loaded.reason }, 'snapshot refused; rebuilding the corpus');
      if (loaded.ok) {
        this.state = loaded.state;
        this.cache = loaded.cache;
        const ms = Math.round(performance.now() - started);
        const caughtUp = this.reload();
        // Meanwhile serving, in the background: what makes the first reload that adds articles as quick as later ones.
        this.prepared = caughtUp.then(() => this.prepare());
        const { docs, skipped } = loaded.state;
        return {
          ok: true,
          added: [],
          removed: [],
          changed: [],
          skipped,
          documents: docs.length,
          ms,
          snapshot: `loaded in ${ms} ms`,
          caughtUp,
        };
      }
      const report = await this.reload();
      return { ...report, snapshot: `rebuilt: ${loaded.reason}`, caughtUp: Promise.resolve(report) };
    }
    const report = await this.reload();
    return { ...report, snapshot: 'none', caughtUp: Promise.resolve(report) };
  }

  private async prepare(): Promise<void> {
    // Behind any reload asked for meanwhile: a reload leaves a state that needs nothing more.
    while (this.pending) await this.pending;
    try {
      if (this.state) await prepareExtension(this.state, this.cache);
    } catch (err) {
      log.warn({ err }, 'could not prepare for quick reloads; the next one builds whole');
    }
  }

  /** Writes the serving state to the snapshot path, if one is set. */
  saveSnapshot(): Promise<number> {
    const path = this.options.snapshotPath;
    if (!path || !this.state) return Promise.resolve(0);
    // One save at a time, each of the state serving when it starts.
    const run = () => saveSnapshot(path, this.options.dir, this.state!, this.cache);
    this.saving = (this.saving ?? Promise.resolve(0)).then(run, run);
    return this.saving;
  }

  get corpus(): CorpusState {
    if (!this.state) throw new Error('The corpus is not loaded yet.');
    return this.state;
  }

  get ready(): boolean {
    return this.state !== null;
  }

  /** Whether a build (a reload, or the first load) is under way. */
  get reloading(): boolean {
    return this.pending !== null;
  }

  /** Calls `fn` as each build goes (after each file, then once the corpus-wide parts start); returns the unsubscribe. */
  watchProgress(fn: (p: Progress) => void): () => void {
    this.progressListeners.add(fn);
    return () => this.progressListeners.delete(fn);
  }

  /** "n of N files" for the build under way, as far as it is known. */
  progressLine(): string {
    const p = this.progress;
    if (!p) return 'reading the folder';
    if (p.phase === 'assembling') return `all ${p.total} files read, ${p.articles} articles; building the index`;
    return `${p.files} of ${p.total} files`;
  }

  /** What a command is told before the first index serves. */
  loadingLine(): string {
    if (this.firstLoadFailed && !this.reloading && !this.ready)
      return 'The corpus could not be loaded; the operator will find why in the logs. Please try again later.';
    return `The corpus is loading: ${this.progressLine()}. Please try again in a moment.`;
  }

  /**
   * Re-reads the corpus folder and swaps the new state in once it is complete. Queries keep using the old state
   * meanwhile; a failure keeps it serving. A reload asked for while one runs is folded into one more run after it.
   */
  reload(): Promise<ReloadReport> {
    if (this.pending) {
      this.again = true;
      return this.pending;
    }
    this.pending = this.run().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async run(): Promise<ReloadReport> {
    let report: ReloadReport;
    const from = this.state;
    const started = performance.now();
    let builds = 0;
    do {
      this.again = false;
      report = await this.buildOnce();
      builds++;
    } while (this.again);
    // Reloads folded into this one are told what changed since it started, not since the last pass.
    if (builds > 1 && report.ok && this.state)
      report = { ...report, ...diff(from, this.state), ms: Math.round(performance.now() - started) };
    this.onReload?.(report);
    this.scheduleRetry(report);
    return report;
  }

  /** Files caught half-written are read again shortly, a few times at most. */
  private scheduleRetry(report: ReloadReport) {
    const changing = report.skipped.some((s) => s.reason.startsWith(CHANGING));
    if (!changing) {
      this.retries = 0;
      return;
    }
    if (this.retryTimer || this.retries >= 5) return;
    this.retries++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.reload();
    }, this.options.retryMs ?? 1000);
    this.retryTimer.unref();
  }

  /** Reloads when files in the corpus folder change, once they have been quiet for debounceMs. */
  watch(debounceMs = 500): void {
    if (this.watcher) return;
    let timer: NodeJS.Timeout | null = null;
    this.watcher = watch(this.options.dir, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), debounceMs);
      timer.unref();
    });
    this.watcher.unref();
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Stops watching and waits for a snapshot save under way (or about to start) to finish, so none is cut short. */
  async stop(): Promise<void> {
    this.close();
    this.stopped = true;
    await this.saved();
  }

  /** Settles once no snapshot save is under way or about to start (the one a build asks for included). */
  async saved(): Promise<void> {
    while (this.saveSoon || this.saving) {
      const waiting = [this.saveSoon, this.saving];
      await Promise.all(waiting.map((w) => w?.catch(() => undefined)));
      if (this.saveSoon === waiting[0] && this.saving === waiting[1]) break;
    }
  }

  private async buildOnce(): Promise<ReloadReport> {
    this.builds++;
    const started = performance.now();
    const before = this.state;
    const onProgress = (p: BuildProgress) => {
      this.progress = { ...p, startedAt: started };
      this.options.onProgress?.(p);
      for (const fn of this.progressListeners) fn(this.progress);
    };
    try {
      const { state, cache } = await loadCorpus({ ...this.options, onProgress }, this.cache, before);
      const changed = state !== before;
      this.state = state;
      this.cache = cache;
      // Saved after the swap, so the new corpus serves while the snapshot is written.
      if (changed && this.options.snapshotPath && !this.stopped) {
        const soon: Promise<void> = new Promise<void>((r) => setImmediate(r))
          .then(() => this.saveSnapshot())
          .then(
            () => undefined,
            (err) => log.warn({ err }, 'could not save the snapshot'),
          )
          .finally(() => {
            if (this.saveSoon === soon) this.saveSoon = null;
          });
        this.saveSoon = soon;
      }
      return {
        ok: true,
        ...diff(before, state),
        skipped: state.skipped,
        documents: state.docs.length,
        ms: Math.round(performance.now() - started),
      };
    } catch (err) {
      if (!before) this.firstLoadFailed = true;
      return {
        ok: false,
        added: [],
        removed: [],
        changed: [],
        skipped: before?.skipped ?? [],
        documents: before?.docs.length ?? 0,
        ms: Math.round(performance.now() - started),
        error: `the corpus could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})${before ? '; the previous index keeps serving' : ''}`,
      };
    } finally {
      this.progress = null;
    }
  }
}

function fingerprint(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function diff(before: CorpusState | null, after: CorpusState) {
  // Looked up through the states' own id maps: unchanged files keep their document objects, so only a new
  // object under an old id can be a change.
  const was = (id: string) => (before ? before.docs[before.byId.get(id) ?? -1] : undefined);
  const added: string[] = [];
  const changed: string[] = [];
  for (const d of after.docs) {
    const prev = was(d.doc);
    if (!prev) added.push(d.doc);
    else if (prev !== d && fingerprint(prev.title + '\n' + prev.text) !== fingerprint(d.title + '\n' + d.text))
      changed.push(d.doc);
  }
  const removed = (before?.docs ?? []).filter((d) => !after.byId.has(d.doc)).map((d) => d.doc);
  return { added, removed, changed };
}
