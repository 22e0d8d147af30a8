// The word lists shipped in models/ (one word a line), each read once, on first use.
import { readFileSync } from 'node:fs';

/** A list of models/ as a set, read the first time the returned function is called. */
export function wordList(file: string): () => Set<string> {
  let set: Set<string> | null = null;
  return () =>
    (set ??= new Set(
      readFileSync(new URL(`../../models/${file}`, import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean),
    ));
}
