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

/** Counts an answer in until `done` settles: paced builds give way to it meanwhile. */
export function answerFirst<T>(done: Promise<T>): Promise<T> {
  answering++;
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

export function pace(sliceMs = 8): Pace {
  let last = performance.now();
  return {
    due: () => performance.now() - last >= sliceMs,
    pause: () =>
      new Promise<void>((resolve) => setImmediate(resolve)).then(noAnswerWaiting).then(() => {
        last = performance.now();
      }),
  };
}

/** For work that must finish in one synchronous step: never gives way. */
export const NEVER: Pace = { due: () => false, pause: () => Promise.resolve() };
