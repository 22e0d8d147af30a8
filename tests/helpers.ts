import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { answerConsoleLine } from '../src/console.js';

export const SEED_DIR = join(import.meta.dirname, '..', 'corpus');

export async function seedEngine(): Promise<Engine> {
  const engine = new Engine({ dir: SEED_DIR, maxFileBytes: 2 * 1024 * 1024 });
  await engine.reload();
  return engine;
}

/** A fresh corpus folder with the given files (and, if asked, the seed articles). */
export function tempCorpus(files: Record<string, string | Buffer>, withSeeds = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  if (withSeeds) cpSync(SEED_DIR, dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

/** Runs one console line through the JSON renderer, as scripts see it. */
export async function json(engine: Engine, line: string): Promise<any> {
  const { renderJson } = await import('../src/adapters/json.js');
  return JSON.parse(renderJson(await answerConsoleLine(engine, line)));
}
