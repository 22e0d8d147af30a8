// A restart, measured on its own: a fresh process loads the corpus from the snapshot. Prints one JSON line.
import { Engine } from '../src/engine.js';

const [dir, snapshotPath] = process.argv.slice(2) as [string, string];
const t = performance.now();
const engine = new Engine({ dir, maxFileBytes: 4 * 1024 * 1024, snapshotPath });
const report = await engine.start();
const ms = performance.now() - t;
process.stdout.write(
  JSON.stringify({
    ms: Math.round(ms),
    snapshot: report.snapshot,
    docs: engine.corpus.docs.length,
    rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
// Measured: the catch-up and the background preparation that follow a start are not waited for.
process.exit(0);
