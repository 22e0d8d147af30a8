// The Node and V8 flags `npm start` runs the bot with, read from package.json's start script (their one place), so
// that a bench measuring the bot's reloads runs with them too: it measures what production runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The flags of a `node …` command line before its `--import` (the loader): what the process runs with. */
export function flagsOf(command: string): string[] {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const out: string[] = [];
  for (const w of words.slice(1)) {
    if (w === '--import' || !w.startsWith('--')) break;
    out.push(w);
  }
  return out;
}

/** The flags of package.json's start script. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return flagsOf(pkg.scripts.start ?? '');
}

/**
 * Runs this script again with the start script's flags when it was started without them (its output passed on,
 * its exit code taken), and returns only when they are in force.
 */
export function runWithStartFlags(): void {
  const missing = startFlags().filter((f) => !process.execArgv.includes(f));
  if (missing.length === 0) return;
  const run = spawnSync(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
