// Moving a corpus file to the trash folder beside the corpus ("<corpus>.trash"), never overwriting what is there.
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The trash folder of a corpus folder: beside it, so a reload never reads it. */
export function trashDir(corpusDir: string): string {
  const dir = resolve(corpusDir);
  return join(dirname(dir), `${basename(dir)}.trash`);
}

/** Moves `file` (a name inside the corpus folder) to the trash; returns where it went. */
export async function moveToTrash(corpusDir: string, file: string): Promise<string> {
  // A file name only: nothing outside the corpus folder can be named.
  if (file !== basename(file) || file.startsWith('.') || !file) throw new Error(`“${file}” is not a file of the corpus`);
  const from = join(resolve(corpusDir), file);
  const trash = trashDir(corpusDir);
  await mkdir(trash, { recursive: true });
  let to = join(trash, file);
  // A file of that name trashed before stays; this one gets the time it was removed.
  for (let n = 0; await exists(to); n++) to = join(trash, `${Date.now()}${n ? `-${n}` : ''}-${file}`);
  await rename(from, to);
  return to;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
