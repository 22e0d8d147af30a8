import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Engine } from '../src/engine.js';
import { answered, tempCorpus } from './helpers.js';
import { SNAPSHOT_VERSION } from '../src/corpus/snapshot.js';

const FIX = join(import.meta.dirname, 'fixtures', 'formats');

describe('snapshots keep article links', () => {
  it('a restart from the snapshot cites the same URL a fresh build does', async () => {
    expect(SNAPSHOT_VERSION).toBeGreaterThanOrEqual(13);
    const dir = tempCorpus({
      'ferry.html': readFileSync(join(FIX, 'page.html')),
      'export.jsonl': readFileSync(join(FIX, 'export.jsonl')),
    });
    const path = join(tmpdir(), `dossier-url-${process.pid}-${Date.now()}.snap`);
    const first = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    await (
      await first.start()
    ).caughtUp;
    await first.saveSnapshot();
    const again = new Engine({ dir, maxFileBytes: 1e6, snapshotPath: path });
    const started = await again.start();
    expect(started.snapshot).toMatch(/^loaded/);
    const a = await answered(again, '/article doc:export.jsonl#2');
    expect(a.document.url).toBe('https://transit-news.example/tram-airport');
    expect((await answered(again, '/search ferry terminal linkspans')).results[0]!.url).toBe(
      'https://www.coastline-herald.example/news/2025/04/ferry-terminal',
    );
  });
});
