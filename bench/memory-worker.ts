// bench/memory.ts's worker entry: the production worker (src/corpus/worker.ts), and every few ms the highest of its
// heap's statistics so far written to a file (workerData.data: { statsFile, every }), as the main thread cannot read them.
import { workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import '../src/corpus/worker.js';

const { statsFile, every } = (workerData as { data: { statsFile: string; every: number } }).data;
const most: Record<string, number> = {};
const keep = (k: string, v: number) => (most[k] = Math.max(most[k] ?? 0, Math.round(v / 1048576)));
setInterval(() => {
  const h = getHeapStatistics();
  keep('used_mb', h.used_heap_size);
  keep('total_mb', h.total_heap_size);
  keep('physical_mb', h.total_physical_size);
  keep('malloced_mb', h.malloced_memory);
  keep('external_mb', h.external_memory);
  for (const s of getHeapSpaceStatistics()) keep(`${s.space_name}_mb`, s.physical_space_size);
  keep('rss_mb', process.memoryUsage.rss());
  writeFileSync(statsFile, JSON.stringify(most));
}, every).unref();
