// Long builds hand the event loop back every few milliseconds, so that queries and Discord's acknowledgements
// are not held up while a reload works: the previous corpus keeps serving until the new one is swapped in.
// Answers go first: while one is waiting or being worked out, a paced build does not take its next slice.

export interface Pace {
  /** Whether this slice of work has run long enough to give way. Cheap: call it once per document. */
  due(): boolean;
  /** Lets pending events run, then starts a new slice. */
  pause(): Promise<void>;
}

/** Answers waiting or being worked out (see discord/queue.ts), and the builds waiting for them to be done. */
let answering = 0;
let waiters: (() => void)[] = [];
/** When the last answer was asked for (performance.now()). */
let lastAsked = -Infinity;

/**
 * The longest slice while answers are coming in: a query that arrives mid-slice waits for the rest of it, and this
 * keeps that wait below the time a search itself takes. Giving way costs a turn of the event loop (tens of
 * microseconds), a few per cent of a millisecond's work.
 */
export const ANSWERING_SLICE_MS = 1;
/** How long after an answer was asked builds keep to short slices: questions come in runs. */
export const ANSWERING_FOR_MS = 2000;

/** Counts an answer in until `done` settles: paced builds give way to it meanwhile, and keep to short slices. */
export function answerFirst<T>(done: Promise<T>): Promise<T> {
  answering++;
  lastAsked = performance.now();
  const finish = () => {
    answering--;
    if (answering > 0) return;
    const ready = waiters;
    waiters = [];
    for (const w of ready) w();
  };
  done.then(finish, finish);
  return done;
}

/** How many answers are waiting or being worked out. */
export function answersWaiting(): number {
  return answering;
}

/** Resolves once no answer is waiting (at once when none is). */
function noAnswerWaiting(): Promise<void> {
  return answering === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
}

/**
 * How often paced builds gave way since the process started, and for how long: `turnMs` until the event loop came
 * back to them (other events' work included), `awayMs` until they went on (answers waited for included). For
 * benches: what giving way costs a build.
 */
export const giveWays = { pauses: 0, turnMs: 0, awayMs: 0 };

/**
 * Slices of `sliceMs` while no answer was asked for lately, of ANSWERING_SLICE_MS (when shorter) while answers
 * come in, so that one arriving mid-slice is hardly held up.
 */
export function pace(sliceMs = 8): Pace {
  let last = performance.now();
  const busySlice = Math.min(sliceMs, ANSWERING_SLICE_MS);
  return {
    due: () => {
      const now = performance.now();
      return now - last >= (now - lastAsked < ANSWERING_FOR_MS ? busySlice : sliceMs);
    },
    pause: () => {
      const gave = performance.now();
      giveWays.pauses++;
      return new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => {
          giveWays.turnMs += performance.now() - gave;
          return noAnswerWaiting();
        })
        .then(() => {
          last = performance.now();
          giveWays.awayMs += last - gave;
        });
    },
  };
}

/** For work that must finish in one synchronous step: never gives way. */
export const NEVER: Pace = { due: () => false, pause: () => Promise.resolve() };

/** Entries copied between two chances to give way. */
const COPY_STEP = 1024;

/**
 * A copy of a map, in insertion order, each value through `copy` (shared when none), made in slices that give way
 * when `p` says so. The map must not change meanwhile (it is one a serving value holds).
 */
export async function copyMap<K, V>(map: ReadonlyMap<K, V>, p: Pace, copy?: (v: V) => V): Promise<Map<K, V>> {
  if (!copy && map.size <= COPY_STEP) return new Map(map);
  const out = new Map<K, V>();
  let n = 0;
  for (const [k, v] of map) {
    if (++n % COPY_STEP === 0 && p.due()) await p.pause();
    out.set(k, copy ? copy(v) : v);
  }
  return out;
}

/** Items sorted at once, and merged, between two chances to give way. */
const SORT_STEP = 1024;

/**
 * `items.sort(cmp)` as a new array (the same order: both are stable), made in slices that give way when `p` says
 * so: runs of SORT_STEP sorted at once, then merged pairwise, a pass at a time.
 */
export async function sortPaced<T>(items: readonly T[], cmp: (a: T, b: T) => number, p: Pace): Promise<T[]> {
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += SORT_STEP) {
    if (i > 0 && p.due()) await p.pause();
    runs.push(items.slice(i, i + SORT_STEP).sort(cmp));
  }
  if (runs.length === 0) return [];
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let r = 0; r < runs.length; r += 2)
      next.push(r + 1 < runs.length ? await mergeRuns(runs[r]!, runs[r + 1]!, cmp, p) : runs[r]!);
    runs = next;
  }
  return runs[0]!;
}

/** Two sorted runs as one, the first's items before the second's equal ones (as a stable sort keeps them). */
async function mergeRuns<T>(a: T[], b: T[], cmp: (a: T, b: T) => number, p: Pace): Promise<T[]> {
  const out: T[] = new Array(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (k % SORT_STEP === SORT_STEP - 1 && p.due()) await p.pause();
    out[k++] = cmp(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
  }
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
