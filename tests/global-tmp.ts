// Gives the whole test run one temporary folder, removed at the end: the corpora and snapshots tests make leave nothing in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-tests-'));
  // Workers and the processes the tests spawn are started after this and inherit it; os.tmpdir() reads it.
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
