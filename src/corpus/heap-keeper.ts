// Collections by hand where V8 would let garbage pile up: in the reload worker when a process-wide heap flag has
// overridden its cap, and on the main thread through a first build, which serves nothing yet.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Pace } from '../pace.js';

const MB = 1048576;

/** When to collect: past `floorMb`, then past what the last collection left live plus `headroomMb`. */
interface KeeperLimits {
  floorMb: number;
  headroomMb: number;
  /** Never wait past this, however much is live. */
  ceilingMb?: number;
}

/**
 * What to call after each step of a long job so that its garbage stays within bounds: it collects once the used
 * heap passes the threshold, and says whether it did. What a collection leaves is live (the modules, the models,
 * the articles read so far, which grow as the job goes): the next one waits for `headroomMb` of new garbage over
 * it. A fixed threshold collected after every step once the live heap passed it (at 10,000 articles, after most
 * files).
 */
export function garbageKeeper(limits: KeeperLimits, stats = getHeapStatistics): () => boolean {
  const { floorMb, headroomMb, ceilingMb = Infinity } = limits;
  const collect = exposedGc();
  let threshold = floorMb * MB;
  return () => {
    if (stats().used_heap_size <= threshold) return false;
    collect();
    threshold = Math.min(ceilingMb * MB, Math.max(floorMb * MB, stats().used_heap_size + headroomMb * MB));
    return true;
  };
}

/**
 * The reload worker's keeper. The main thread starts the worker with an old generation of `capMb` (Node's
 * resourceLimits), but a `--max-old-space-size` given to the process (in NODE_OPTIONS, as the README advises for
 * large corpora, or by the bench) is a V8 flag, process-wide, and wins over it: the worker then lets its garbage
 * grow to hundreds of MB before collecting. When its heap limit shows the cap was not applied, the worker collects
 * by hand past half the cap, or an eighth of the cap over what the last collection left, never past nine tenths
 * of it; with the cap in force, V8 does it and this does nothing. An eighth rather than a quarter: at 10,000
 * articles the worker's heap peaked at 125 MB rather than 167, reading as fast.
 */
export function heapKeeper(capMb: number | undefined, stats = getHeapStatistics): () => boolean {
  if (!capMb) return () => false;
  // A capped heap's limit is the old generation plus the young one and a little: well under twice the cap.
  if (stats().heap_size_limit <= 2 * capMb * MB) return () => false;
  return garbageKeeper({ floorMb: capMb / 2, headroomMb: capMb / 8, ceilingMb: 0.9 * capMb }, stats);
}

/**
 * The main thread's keeper through a first build read in the worker: nothing is served yet, so a collection
 * holds up no one, and V8 (whose limit is gigabytes on a large machine, more with the heap flag) would otherwise
 * let the garbage of unpacking each file's result and of building the parts pile up over what the corpus holds.
 */
export function firstBuildKeeper(stats = getHeapStatistics): () => boolean {
  return garbageKeeper({ floorMb: FIRST_BUILD_FLOOR_MB, headroomMb: FIRST_BUILD_HEADROOM_MB }, stats);
}

/** A pace that runs `keep` each time it gives way: a build's collections between its slices, where it pauses anyway. */
export function keepingHeap(p: Pace, keep: () => boolean): Pace {
  return {
    due: () => p.due(),
    pause: () => {
      keep();
      return p.pause();
    },
  };
}

const FIRST_BUILD_FLOOR_MB = 128;
const FIRST_BUILD_HEADROOM_MB = 32;

/** V8's collector, exposed to this isolate alone (a new context's `gc`), without --expose-gc on the command line. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
