// How far a long build has gone, for people: a bar redrawn on a terminal, a log line every few seconds elsewhere,
// and the line a /reload's reply shows. Files done of all, articles found, time elapsed and an estimate of what is left.
import type { Engine, Progress } from './engine.js';

/** Seconds as "1 min 05 s" or "12 s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** Elapsed and estimated remaining seconds; the estimate is null until a file is done (nothing to go by). */
function timing(p: Progress, now = performance.now()): { elapsed: number; left: number | null } {
  const elapsed = (now - p.startedAt) / 1000;
  if (p.phase === 'assembling') return { elapsed, left: null };
  return { elapsed, left: p.files > 0 ? (elapsed / p.files) * (p.total - p.files) : null };
}

/** "1,234 of 5,000 files, 3,456 articles, 12 s elapsed, about 36 s left". */
export function progressLine(p: Progress, now = performance.now()): string {
  const { elapsed, left } = timing(p, now);
  const n = (x: number) => x.toLocaleString('en-US');
  const files = p.phase === 'assembling' ? `all ${n(p.total)} files read` : `${n(p.files)} of ${n(p.total)} files`;
  const rest =
    p.phase === 'assembling'
      ? 'building the index'
      : left === null
        ? 'estimating the time left'
        : `about ${duration(left)} left`;
  return `${files}, ${n(p.articles)} articles, ${duration(elapsed)} elapsed, ${rest}`;
}

/** A bar of `width` cells, filled in proportion. */
export function bar(done: number, total: number, width = 24): string {
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

interface ProgressOutput {
  /** A terminal: the bar is redrawn in place. Otherwise `log` is called every `everyMs`. */
  tty: boolean;
  write(text: string): void;
  log(fields: Record<string, unknown>, message: string): void;
  /** Shortest time between two redraws (terminal) or log lines (otherwise). */
  everyMs?: number;
  /** A build shorter than this shows nothing (default: half a second on a terminal, `everyMs` otherwise). */
  delayMs?: number;
}

/** Shows every build of `engine` as it goes; returns the function that stops. */
export function reportProgress(engine: Engine, out: ProgressOutput): () => void {
  const every = out.everyMs ?? (out.tty ? 100 : 5000);
  let last = -Infinity;
  const delay = out.delayMs ?? (out.tty ? 500 : every);
  let drawn = false;
  const stopWatching = engine.watchProgress((p) => {
    const now = performance.now();
    const finished = p.phase === 'assembling';
    if (now - p.startedAt < delay && !drawn) return;
    if (now - last < every && !(finished && out.tty && drawn)) return;
    last = now;
    if (out.tty) {
      out.write(`\r\x1b[2K${bar(p.files, p.total)} ${progressLine(p, now)}${finished ? '\n' : ''}`);
      drawn = !finished;
      return;
    }
    const { elapsed, left } = timing(p, now);
    out.log(
      {
        files: p.files,
        total: p.total,
        articles: p.articles,
        elapsed_s: Math.round(elapsed),
        left_s: left === null ? null : Math.round(left),
        phase: p.phase,
      },
      `building the corpus: ${progressLine(p, now)}`,
    );
  });
  return () => {
    stopWatching();
    if (drawn && out.tty) out.write('\n');
  };
}

/** Progress of `engine`'s builds on standard error: a bar on a terminal, a log line every few seconds otherwise. */
export function progressOnStderr(
  engine: Engine,
  log: { info(fields: Record<string, unknown>, message: string): void },
): () => void {
  return reportProgress(engine, {
    tty: !!process.stderr.isTTY,
    write: (t) => process.stderr.write(t),
    log: (f, m) => log.info(f, m),
  });
}
