// Long builds hand the event loop back every few milliseconds, so that queries and Discord's acknowledgements
// are not held up while a reload works: the previous corpus keeps serving until the new one is swapped in.

export interface Pace {
  /** Whether this slice of work has run long enough to give way. Cheap: call it once per document. */
  due(): boolean;
  /** Lets pending events run, then starts a new slice. */
  pause(): Promise<void>;
}

export function pace(sliceMs = 8): Pace {
  let last = performance.now();
  return {
    due: () => performance.now() - last >= sliceMs,
    pause: () =>
      new Promise((resolve) =>
        setImmediate(() => {
          last = performance.now();
          resolve();
        }),
      ),
  };
}

/** For work that must finish in one synchronous step: never gives way. */
export const NEVER: Pace = { due: () => false, pause: () => Promise.resolve() };
