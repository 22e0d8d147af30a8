// npm run bench [-- --docs N]: the benchmark at newsroom sizes, each in its own process.
// A table for people on stdout, and as the last line a JSON object for the largest size.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { quietOnClosedOutput, readFlags } from '../src/cli.js';
import { startFlags } from './start-flags.js';

const flags = readFlags(
  'npm run bench',
  `
Usage: npm run bench [-- --docs 1000,10000] [--queries 500]

Generates a seeded synthetic corpus from the shipped articles at each size (default 1,000, 10,000 and 50,000), and
measures ingest, memory, snapshot, restart, query latencies and reloads, and /search through the answer queue while
a reload of 2,000 new files runs (search_during_reload_p95_ms beside search_p95_ms), each size in a process of its
own. Prints a table, then the largest size as one JSON line.

  --docs N[,N…]  the corpus sizes
  --queries N    queries of each kind (default 500)
  -h, --help     this text
`,
  { docs: { type: 'string' }, queries: { type: 'string' } },
);
quietOnClosedOutput();
const sizes = (flags.docs ?? '1000,10000,50000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  process.stderr.write('npm run bench: --docs takes sizes such as 1000,10000\n');
  process.exit(2);
}
const queries = flags.queries ? ['--queries', flags.queries] : [];

const rows: Record<string, number>[] = [];
for (const n of sizes) {
  process.stderr.write(`bench: ${n} articles…\n`);
  const r = spawnSync(
    process.execPath,
    [
      // The heap settings the bot runs with (package.json's start script): each size measured as production runs.
      ...startFlags(),
      '--max-old-space-size=16384',
      '--expose-gc',
      '--import',
      'tsx',
      join(import.meta.dirname, 'size.ts'),
      '--docs',
      String(n),
      ...queries,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, LOG_LEVEL: 'silent', SNAPSHOT_PATH: '' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0) {
    // Report what was measured; the failed size is named, not hidden.
    process.stderr.write(`bench: ${n} articles failed (exit ${r.status}); the sizes before it are reported\n`);
    process.exitCode = 1;
    break;
  }
  rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
}
if (rows.length === 0) process.exit(1);

const cols: [string, string][] = [
  ['docs', 'articles'],
  ['passages', 'passages'],
  ['build_ms', 'build ms'],
  ['rss_mb', 'peak RSS MB'],
  ['snapshot_mb', 'snapshot MB'],
  ['snapshot_load_ms', 'cold start ms'],
  ['cold_start_rss_mb', 'cold start RSS MB'],
  ['source_p50_ms', '/source p50'],
  ['source_p95_ms', '/source p95'],
  ['source_p99_ms', '/source p99'],
  ['search_p50_ms', '/search p50'],
  ['search_p95_ms', '/search p95'],
  ['search_p99_ms', '/search p99'],
  ['who_p50_ms', '/who p50'],
  ['who_p95_ms', '/who p95'],
  ['who_p99_ms', '/who p99'],
  ['timeline_p50_ms', '/timeline p50'],
  ['timeline_p95_ms', '/timeline p95'],
  ['timeline_window_p95_ms', '/timeline from-to p95'],
  ['timeline_filtered_p95_ms', '/timeline +topic p95'],
  ['timeline_person_p95_ms', '/timeline person p95'],
  ['mention_p50_ms', 'mention p50'],
  ['mention_p95_ms', 'mention p95'],
  ['scan_p50_ms', 'linear scan p50'],
  ['scan_ratio', 'scan/ours (p50)'],
  ['scan_ratio_mean', 'scan/ours (mean)'],
  ['reload15_ms', 'reload +15 files ms'],
  ['reload15_max_stall_ms', 'longest stall in reload'],
  ['full_rebuild_ms', 'full rebuild ms'],
  ['search_queue_idle_p95_ms', '/search p95 via queue'],
  ['search_during_reload_p95_ms', '/search p95 in reload'],
  ['searches_during_reload', 'searches in reload'],
  ['reload2000_ms', 'reload +2000 files ms'],
  ['reload2000_max_stall_ms', 'longest stall (+2000)'],
  ['state_clone_ms', 'state clone ms'],
  ['snapshot_load_max_stall_ms', 'snapshot load stall ms'],
];
const width = 24;
process.stdout.write(`${'measure'.padEnd(width)}${rows.map((r) => String(r.docs).padStart(12)).join('')}\n`);
for (const [k, label] of cols)
  process.stdout.write(`${label.padEnd(width)}${rows.map((r) => String(r[k]).padStart(12)).join('')}\n`);
process.stdout.write(
  '(latencies in ms, over ' + (rows[0]?.queries_per_kind ?? 500) + ' queries of each kind drawn from the corpus)\n',
);
process.stdout.write(JSON.stringify(rows[rows.length - 1]) + '\n');
