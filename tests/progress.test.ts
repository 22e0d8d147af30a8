// Progress of long builds: the line people read, a bar redrawn on a terminal, a log line now and then elsewhere.
import { describe, expect, it } from 'vitest';
import { bar, duration, progressLine, reportProgress } from '../src/progress.js';
import { Engine, type Progress } from '../src/engine.js';
import { ingestFile } from '../src/corpus/ingest.js';
import { tempCorpus } from './helpers.js';

const at = (p: Partial<Progress>): Progress => ({
  phase: 'reading',
  files: 0,
  total: 10,
  articles: 0,
  startedAt: 0,
  ...p,
});

describe('the progress line', () => {
  it('gives files of all, articles, elapsed and an estimate from the pace so far', () => {
    expect(progressLine(at({ files: 250, total: 1000, articles: 400 }), 10_000)).toBe(
      '250 of 1,000 files, 400 articles, 10 s elapsed, about 30 s left',
    );
    expect(progressLine(at({ files: 0 }), 2000)).toBe(
      '0 of 10 files, 0 articles, 2 s elapsed, estimating the time left',
    );
    expect(progressLine(at({ phase: 'assembling', files: 10, articles: 12 }), 75_000)).toBe(
      'all 10 files read, 12 articles, 1 min 15 s elapsed, building the index',
    );
  });

  it('draws a bar in proportion', () => {
    expect(bar(0, 4, 8)).toBe('[--------]');
    expect(bar(1, 4, 8)).toBe('[##------]');
    expect(bar(4, 4, 8)).toBe('[########]');
    expect(bar(0, 0, 4)).toBe('[----]');
    expect(duration(59.6)).toBe('1 min 00 s');
  });
});

/** An engine over the seed corpus whose files each wait for the test to let them through. */
function heldEngine() {
  const waiting: (() => void)[] = [];
  const engine = new Engine({
    dir: tempCorpus({}, true),
    maxFileBytes: 1e6,
    ingest: async (f) => {
      await new Promise<void>((r) => waiting.push(r));
      return ingestFile(f);
    },
  });
  /** Lets the next file through, once the build is waiting on it. */
  const next = async () => {
    while (!waiting.length) await new Promise((r) => setImmediate(r));
    waiting.shift()!();
  };
  return { engine, next };
}

describe('progress output', () => {
  it('redraws one bar in place on a terminal, and ends its line when the files are read', async () => {
    const { engine, next } = heldEngine();
    const written: string[] = [];
    const stop = reportProgress(engine, {
      tty: true,
      write: (t) => written.push(t),
      log: () => undefined,
      everyMs: 0,
      delayMs: 0,
    });
    const done = engine.reload();
    for (let k = 0; k < 5; k++) await next();
    await done;
    stop();
    expect(written.length).toBeGreaterThanOrEqual(6);
    expect(written.every((w) => w.startsWith('\r\x1b[2K['))).toBe(true);
    expect(written[0]).toContain('0 of 5 files');
    expect(written.at(-2)).toContain('5 of 5 files');
    expect(written.at(-1)).toMatch(/all 5 files read, 9 articles.*\n$/);
    expect(written.slice(0, -1).some((w) => w.includes('\n'))).toBe(false);
  });

  it('writes log lines, not a bar, when standard error is not a terminal, at most every everyMs', async () => {
    const { engine, next } = heldEngine();
    const logged: Record<string, unknown>[] = [];
    const writes: string[] = [];
    const stop = reportProgress(engine, {
      tty: false,
      write: (t) => writes.push(t),
      log: (f) => logged.push(f),
      everyMs: 0,
      delayMs: 0,
    });
    const done = engine.reload();
    for (let k = 0; k < 5; k++) await next();
    await done;
    stop();
    expect(writes).toEqual([]);
    expect(logged.map((f) => f.files)).toEqual([0, 1, 2, 3, 4, 5, 5]);
    expect(logged[2]).toMatchObject({ total: 5, phase: 'reading' });
    expect(typeof logged[2]!.left_s).toBe('number');

    // A long interval: only the first event of the next build is logged.
    const rare: unknown[] = [];
    const again = heldEngine();
    const stop2 = reportProgress(again.engine, {
      tty: false,
      write: () => undefined,
      log: (f) => rare.push(f),
      everyMs: 3_600_000,
      delayMs: 0,
    });
    const done2 = again.engine.reload();
    for (let k = 0; k < 5; k++) await again.next();
    await done2;
    stop2();
    expect(rare).toHaveLength(1);
  });

  it('shows nothing for a build shorter than its delay', async () => {
    const { engine, next } = heldEngine();
    const out: unknown[] = [];
    const stop = reportProgress(engine, {
      tty: true,
      write: (t) => out.push(t),
      log: (f) => out.push(f),
      everyMs: 0,
      delayMs: 3_600_000,
    });
    const done = engine.reload();
    for (let k = 0; k < 5; k++) await next();
    await done;
    stop();
    expect(out).toEqual([]);
  });
});
