// The reload worker's heap cap, kept by the worker itself when a process-wide heap flag has overridden it.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1048576;

/**
 * What to call after each file so that the worker's garbage stays under its cap. The main thread starts the worker
 * with an old generation of `capMb` (Node's resourceLimits), but a `--max-old-space-size` given to the process (in
 * NODE_OPTIONS, as the README advises for large corpora, or by the bench) is a V8 flag, process-wide, and wins over
 * it: the worker then lets its garbage grow to hundreds of MB before collecting. When its heap limit shows the cap
 * was not applied, the worker collects by hand once its heap passes half the cap, or a quarter of the cap over
 * what the last collection left live; with the cap in force, V8 does it and this does nothing.
 */
export function heapKeeper(capMb: number | undefined, stats = getHeapStatistics): () => boolean {
  if (!capMb) return () => false;
  // A capped heap's limit is the old generation plus the young one and a little: well under twice the cap.
  if (stats().heap_size_limit <= 2 * capMb * MB) return () => false;
  const collect = exposedGc();
  // What a collection leaves is live (the modules, the models, the caches of words met so far, which grow with
  // the files read): the next one waits for a quarter of the cap of new garbage over it. A fixed threshold at half
  // the cap collected after every file once the live heap passed it, at 10,000 articles most of them.
  let threshold = (capMb / 2) * MB;
  return () => {
    if (stats().used_heap_size <= threshold) return false;
    collect();
    threshold = Math.min(0.9 * capMb * MB, Math.max((capMb / 2) * MB, stats().used_heap_size + (capMb / 4) * MB));
    return true;
  };
}

/** V8's collector, exposed to this isolate alone (a new context's `gc`), without --expose-gc on the command line. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
