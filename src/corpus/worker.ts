// The reload worker thread's entry (started by off-thread.ts): reads articles out of files away from the thread
// that answers, so a large reload or a cold build never holds an answer up.
import { serveFiles } from './ingest-worker.js';
import { ingestFileAsync } from './ingest.js';
import { pace } from '../pace.js';

// Nothing else runs on this thread: a pace whose slices only serve the per-file time budget's checks.
void serveFiles((f, budgetMs) => ingestFileAsync(f, pace(50), budgetMs));
