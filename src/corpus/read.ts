// Reads the files of a corpus folder, decoding text and refusing what is not text. Nothing outside the folder is
// ever read: only regular files directly in it, opened without following a symbolic link and without blocking on
// a pipe or a device, and checked again once open (see docs/reliability.md).
import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { constants, lstatSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { SkippedFile } from '../types.js';

export const CHANGING = 'changed while being read';

export interface RawFile {
  file: string;
  text: string;
  hash: string;
  size?: number;
  mtimeMs?: number;
  /** Same size and time as last read: not read again, its earlier results stand. */
  unchanged?: boolean;
}

export interface FileInfo {
  hash: string;
  size: number;
  mtimeMs: number;
}

interface ReadOptions {
  maxFileBytes: number;
}

/**
 * The file system calls reading needs; tests pass their own to stage files that change or fail mid-read. `stat`
 * must not follow a final symbolic link (the default is lstat); `open` is the one files are read through.
 */
export interface FileIo {
  readdir: typeof readdir;
  stat: typeof stat;
  /** Unused: files are read through `open`. Kept so that older seams still type-check. */
  readFile?: typeof readFile;
  open?: typeof open;
}

const nodeIo: FileIo = { readdir, stat: lstat as typeof stat, open };

/** Opened for reading only, never through a final symbolic link, never waiting on a pipe or device. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** What a directory entry that is not a regular file is, in words for /stats. */
function notAFile(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'a folder (only files directly in the corpus folder are read)';
  if (info.isFIFO()) return 'not a regular file (a named pipe)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'not a regular file (a device)';
  if (info.isSocket()) return 'not a regular file (a socket)';
  if (info.isSymbolicLink()) return 'a symbolic link (not followed)';
  return 'not a regular file';
}

interface ReadResult {
  files: RawFile[];
  skipped: SkippedFile[];
}

/** Why a buffer is not usable text, or null when it is; otherwise the decoded text is returned. */
export function decode(buf: Buffer): { text: string } | { reason: string } {
  if (buf.length === 0) return { reason: 'empty file' };
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  else {
    if (buf.includes(0)) return { reason: 'binary file (contains NUL bytes)' };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
      return { reason: 'not valid UTF-8 text' };
    }
  }
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g) ?? []).length;
  if (controls > Math.max(8, text.length * 0.01)) return { reason: 'binary file (control characters)' };
  if (!text.trim()) return { reason: 'empty file (only white space)' };
  return { text };
}

/** Files looked at together: enough to keep the disk busy, few enough to keep memory flat. */
const CONCURRENCY = 32;

export async function readCorpusDir(folder: string, opts: ReadOptions, io: FileIo = nodeIo, known?: Map<string, FileInfo>): Promise<ReadResult> {
  // The folder's own path may go through links (a mounted volume): it is resolved once, and every file is read
  // as a name directly in it.
  const dir = await realpath(folder);
  const names = (await io.readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const outcome: (RawFile | SkippedFile | null)[] = new Array(names.length).fill(null);
  // Files read before are mostly unchanged: a synchronous stat tells so for a tenth of the cost of an
  // asynchronous one, which matters when a reload looks at ten thousand files to find fifteen new ones.
  const todo: number[] = [];
  for (const [k, name] of names.entries()) {
    if (k % 128 === 127) await new Promise((resolve) => setImmediate(resolve));
    const before = io === nodeIo ? known?.get(name) : undefined;
    const info = before && lstatSync(join(dir, name), { throwIfNoEntry: false });
    if (before && info?.isFile() && info.size === before.size && info.mtimeMs === before.mtimeMs && info.size <= opts.maxFileBytes) {
      outcome[k] = { file: name, text: '', hash: before.hash, size: info.size, mtimeMs: info.mtimeMs, unchanged: true };
    } else todo.push(k);
  }
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const k = todo[next++]!;
      outcome[k] = await readOne(dir, names[k]!, opts, io, known?.get(names[k]!));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, worker));
  // Results keep the folder's sorted order, whatever order the reads finished in.
  const files: RawFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const o of outcome) {
    if (!o) continue;
    if ('reason' in o) skipped.push(o);
    else files.push(o);
  }
  return { files, skipped };
}

async function readOne(dir: string, file: string, opts: ReadOptions, io: FileIo, before?: FileInfo): Promise<RawFile | SkippedFile | null> {
  const path = join(dir, file);
  try {
    const info = await io.stat(path);
    if (info.isSymbolicLink()) return { file, reason: await linkReason(dir, path) };
    const odd = notAFile(info);
    if (odd) return { file, reason: odd };
    if (info.size > opts.maxFileBytes) return { file, reason: `over the size limit (${mb(info.size)} > ${mb(opts.maxFileBytes)})` };
    if (before && before.size === info.size && before.mtimeMs === info.mtimeMs) {
      return { file, text: '', hash: before.hash, size: info.size, mtimeMs: info.mtimeMs, unchanged: true };
    }
    const read = await readRegular(path, file, opts, io, info);
    if ('reason' in read) return read;
    const buf = read.buf;
    // A file still being written is skipped this time and read again on the next pass, never indexed cut short.
    const after = await io.stat(path);
    if (after.size !== info.size || after.mtimeMs !== info.mtimeMs || buf.length !== after.size) return { file, reason: `${CHANGING} (will retry)` };
    const decoded = decode(buf);
    if ('reason' in decoded) return { file, reason: decoded.reason };
    return { file, text: decoded.text, hash: createHash('sha1').update(buf).digest('hex'), size: after.size, mtimeMs: after.mtimeMs };
  } catch (err) {
    return { file, reason: `could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/**
 * The bytes of a regular file. Opened without following a link and without blocking, then checked through the
 * open handle: a path swapped for a link, a pipe or a device after it was looked at is refused, never read.
 */
async function readRegular(path: string, file: string, opts: ReadOptions, io: FileIo, seen: Stats): Promise<{ buf: Buffer } | SkippedFile> {
  let fh;
  try {
    fh = await (io.open ?? open)(path, OPEN_FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { file, reason: 'a symbolic link (not followed)' };
    throw err;
  }
  try {
    const info = await fh.stat();
    const odd = notAFile(info);
    if (odd) return { file, reason: odd };
    if (info.size > opts.maxFileBytes) return { file, reason: `over the size limit (${mb(info.size)} > ${mb(opts.maxFileBytes)})` };
    if (info.ino !== seen.ino || info.dev !== seen.dev) return { file, reason: `${CHANGING} (will retry)` };
    // Never more than the limit, even from a file that grows while it is read.
    const buf = Buffer.alloc(info.size);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { buf: got === buf.length ? buf : buf.subarray(0, got) };
  } finally {
    await fh.close();
  }
}

/** Why a symbolic link in the folder is not read: where it points, in words (links are never followed). */
async function linkReason(dir: string, path: string): Promise<string> {
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return 'a symbolic link to nothing readable (not followed)';
  }
  const rel = relative(dir, target);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return 'a symbolic link to a file outside the corpus folder (not read)';
  try {
    if ((await stat(target)).isDirectory()) return 'a symbolic link to a folder (not followed)';
  } catch {
    // Gone meanwhile: the plain reason below.
  }
  return 'a symbolic link (not followed; put the file itself in the corpus folder)';
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
