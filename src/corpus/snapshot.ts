// The corpus state on disk, with a checksum, so that a restart loads it instead of rebuilding.
// A snapshot that is corrupt, of another version or of another folder is refused and rebuilt, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import type { SkippedFile } from '../types.js';
import type { FileInfo } from './read.js';
import type { FileResult } from './ingest.js';
import { assemble, type CorpusState, type FileCache } from './load.js';
import { PassageIndex, miniOptions } from '../search/index.js';
import { PeopleDirectory } from '../people/directory.js';
import type { TimelineEvent } from '../timeline/timeline.js';

const MAGIC = 'DOSSIER-SNAPSHOT';
/** Bump when the shape of what is saved, or how it is made, changes. */
export const SNAPSHOT_VERSION = 1;

interface Body {
  version: number;
  dir: string;
  builtAt: string;
  files: [string, FileInfo][];
  results: [string, FileResult][];
  skipped: SkippedFile[];
  index: unknown;
  stories: number[];
  people: unknown[];
  events: TimelineEvent[];
}

export async function saveSnapshot(path: string, dir: string, state: CorpusState, cache: FileCache): Promise<number> {
  const body: Body = {
    version: SNAPSHOT_VERSION,
    dir: resolve(dir),
    builtAt: state.builtAt.toISOString(),
    files: [...state.files],
    results: [...cache],
    skipped: state.skipped,
    index: state.index.mini.toJSON(),
    stories: state.stories,
    people: state.people.toJSON(),
    events: state.events,
  };
  const text = JSON.stringify(body);
  const checksum = createHash('sha256').update(text).digest('hex');
  const bytes = Buffer.byteLength(text);
  await mkdir(dirname(path), { recursive: true });
  // Written aside and renamed: a crash mid-write never leaves a half snapshot under the real name.
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${MAGIC} ${SNAPSHOT_VERSION} ${checksum} ${bytes}\n${text}`);
  await rename(tmp, path);
  return bytes;
}

export type Loaded = { ok: true; state: CorpusState; cache: FileCache } | { ok: false; reason: string };

export async function loadSnapshot(path: string, dir: string): Promise<Loaded> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { ok: false, reason: 'no snapshot' };
  }
  const nl = raw.indexOf('\n');
  const [magic, version, checksum, length] = raw.slice(0, Math.max(0, nl)).split(' ');
  if (magic !== MAGIC || nl < 0) return { ok: false, reason: 'not a snapshot' };
  if (Number(version) !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${version}, expected ${SNAPSHOT_VERSION}` };
  const text = raw.slice(nl + 1);
  if (Buffer.byteLength(text) !== Number(length) || createHash('sha256').update(text).digest('hex') !== checksum) {
    return { ok: false, reason: 'checksum mismatch (corrupt or truncated snapshot)' };
  }
  let body: Body;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    return { ok: false, reason: 'unreadable snapshot' };
  }
  if (body.dir !== resolve(dir)) return { ok: false, reason: `snapshot of another folder (${body.dir})` };
  try {
    const cache: FileCache = new Map(body.results);
    const files = new Map(body.files);
    const results = [...files.values()].map((info) => cache.get(info.hash)).filter((r): r is FileResult => !!r);
    const docs = results.flatMap((r) => r.docs);
    const index = new PassageIndex(docs, MiniSearch.loadJS(body.index as never, miniOptions));
    const state = assemble(results, body.skipped, files, null, index, {
      stories: body.stories,
      people: PeopleDirectory.fromJSON(body.people),
      events: body.events,
    });
    state.builtAt = new Date(body.builtAt);
    return { ok: true, state, cache };
  } catch (err) {
    return { ok: false, reason: `snapshot could not be restored (${(err as Error).message})` };
  }
}
