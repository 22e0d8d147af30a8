// Reads the files of a corpus folder, decoding text and refusing what is not text.
import { readdir, readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
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

export interface ReadOptions {
  maxFileBytes: number;
}

/** The file system calls reading needs; tests pass their own to stage files that change or fail mid-read. */
export interface FileIo {
  readdir: typeof readdir;
  stat: typeof stat;
  readFile: typeof readFile;
}

const nodeIo: FileIo = { readdir, stat, readFile };

export interface ReadResult {
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

export async function readCorpusDir(dir: string, opts: ReadOptions, io: FileIo = nodeIo, known?: Map<string, FileInfo>): Promise<ReadResult> {
  const names = (await io.readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const outcome: (RawFile | SkippedFile | null)[] = new Array(names.length).fill(null);
  // Files read before are mostly unchanged: a synchronous stat tells so for a tenth of the cost of an
  // asynchronous one, which matters when a reload looks at ten thousand files to find fifteen new ones.
  const todo: number[] = [];
  for (const [k, name] of names.entries()) {
    if (k % 1024 === 1023) await new Promise((resolve) => setImmediate(resolve));
    const before = io === nodeIo ? known?.get(name) : undefined;
    const info = before && statSync(join(dir, name), { throwIfNoEntry: false });
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
    if (!info.isFile()) return null;
    if (info.size > opts.maxFileBytes) return { file, reason: `over the size limit (${mb(info.size)} > ${mb(opts.maxFileBytes)})` };
    if (before && before.size === info.size && before.mtimeMs === info.mtimeMs) {
      return { file, text: '', hash: before.hash, size: info.size, mtimeMs: info.mtimeMs, unchanged: true };
    }
    const buf = (await io.readFile(path)) as Buffer;
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

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
