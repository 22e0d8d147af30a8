// SIGTERM and SIGINT, handled from the first moment the process runs: whatever it is doing (the first build
// included), it stops what is under way and exits 0. Imported first by main.ts, so no other module loads before.
import { log } from './log.js';

type Stop = () => Promise<void>;

let stop: Stop | null = null;
let stopping = false;

/** Longest a shutdown waits for what it stops (a snapshot save, the gateway) before exiting anyway. */
const GRACE_MS = 10_000;

/** What to stop on a signal: the bot once it runs, the engine while it builds. */
export function onShutdown(fn: Stop): void {
  stop = fn;
}

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const grace = new Promise<void>((r) => setTimeout(r, GRACE_MS).unref());
  await Promise.race([
    (stop?.() ?? Promise.resolve()).catch((err) => log.error({ err }, 'error while shutting down')),
    grace,
  ]);
  log.flush?.();
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
