// A file of checksummed sections, as snapshots are written: a header line (magic and version), the sections,
// and a trailer line `END` then `<sha1> <bytes>` for each section. Sections hold ASCII JSON lines (other
// characters as \u escapes: Node decodes ASCII bytes many times faster than UTF-8) or raw arrays, padded so
// each starts aligned and can be used where it was read.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { constants } from 'node:fs';
import { asciiJson } from '../text.js';

/** The checksum guards against corruption and truncation, not tampering: SHA-1 is four times faster here. */
const HASH = 'sha1';

export const headerOf = (magic: string, version: number) => `${magic} ${version}\n`;

/** Writes checksummed sections: ASCII JSON lines, and raw bytes. */
export class SectionWriter {
  private hash = createHash(HASH);
  bytes = 0;
  constructor(private readonly out: FileHandle) {}

  async raw(buf: Uint8Array): Promise<void> {
    this.hash.update(buf);
    this.bytes += buf.length;
    await this.out.write(buf);
  }

  line(value: unknown): Promise<void> {
    return this.raw(Buffer.from(asciiJson(value) + '\n', 'latin1'));
  }

  /** Ends the section: its checksum and length, for the trailer. */
  end(): string {
    const sum = `${this.hash.digest('hex')} ${this.bytes}`;
    this.hash = createHash(HASH);
    this.bytes = 0;
    return sum;
  }
}

/** Arrays are padded to this, so that each starts aligned and can be used where it was read. */
const ALIGN = 8;
export const padded = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

interface Section {
  at: number;
  sha: string;
  bytes: number;
}

interface Trailer {
  line: string;
  sections: [Section, Section, Section];
}

/** Opened for reading, never waiting on a pipe or device named where the snapshot should be. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** Header and trailer of a file of sections, or why it is not one of this magic and version. Never throws. */
export async function openSections(path: string, magic: string, version: number): Promise<{ fh: FileHandle; trailer: Trailer } | { reason: string }> {
  let fh: FileHandle;
  try {
    fh = await open(path, OPEN_FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no snapshot' : `snapshot could not be opened (${code ?? 'error'})` };
  }
  try {
    const found = await readTrailer(fh, magic, version);
    if ('reason' in found) await fh.close();
    return 'reason' in found ? found : { fh, trailer: found };
  } catch (err) {
    await fh.close().catch(() => undefined);
    return { reason: `unreadable snapshot (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
}

const SHA = /^[0-9a-f]{40}$/;

async function readTrailer(fh: FileHandle, magic: string, version: number): Promise<Trailer | { reason: string }> {
  const header = headerOf(magic, version);
  const info = await fh.stat();
  // A folder, a pipe or a device under the snapshot's name is refused before anything is read from it.
  if (!info.isFile()) return { reason: `the snapshot path is not a regular file (${info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : 'a device or other'})` };
  const size = info.size;
  const head = Buffer.alloc(Math.min(64, size));
  await fh.read(head, 0, head.length, 0);
  const nl = head.indexOf(10);
  const [seenMagic, seenVersion] = head.subarray(0, Math.max(0, nl)).toString('latin1').split(' ');
  if (seenMagic !== magic || nl < 0) return { reason: 'not a snapshot' };
  if (Number(seenVersion) !== version) return { reason: `snapshot version ${seenVersion}, expected ${version}` };
  const tail = Buffer.alloc(Math.min(512, size));
  await fh.read(tail, 0, tail.length, size - tail.length);
  const line = tail.toString('latin1').trimEnd().split('\n').pop() ?? '';
  const [end, ...sums] = line.split(' ');
  let at = header.length;
  let sane = true;
  const sections = [0, 1, 2].map((i) => {
    const section = { at, sha: sums[2 * i] ?? '', bytes: Number(sums[2 * i + 1]) };
    // Every length a whole number of bytes that lies inside the file: a negative or huge one is damage.
    if (!SHA.test(section.sha) || !Number.isSafeInteger(section.bytes) || section.bytes < 0 || at + section.bytes > size) sane = false;
    at += section.bytes;
    return section;
  }) as Trailer['sections'];
  if (end !== 'END' || sums.length !== 6 || !sane || at + line.length + 1 !== size) return { reason: 'checksum mismatch (corrupt or truncated snapshot)' };
  return { line, sections };
}

/** A section's bytes, in a buffer of their own (so arrays can be used in place), if their checksum holds. */
export async function readSection(fh: FileHandle, section: Section): Promise<Buffer | null> {
  const body = Buffer.allocUnsafeSlow(section.bytes);
  await fh.read(body, 0, body.length, section.at);
  return createHash(HASH).update(body).digest('hex') === section.sha ? body : null;
}

export const CHUNK = 8 << 20;

/**
 * A section of JSON lines, read in chunks through one reused buffer (fresh memory is slow to come by; a whole
 * section at once cost more than parsing it), each line parsed as it completes. The checksum is checked at the
 * end: 'corrupt' if it fails, 'unreadable' if it holds but a line did not parse.
 */
export async function readLines(fh: FileHandle, section: Section, onLine: (value: unknown) => void, chunkBytes = CHUNK): Promise<'ok' | 'corrupt' | 'unreadable'> {
  const hash = createHash(HASH);
  const chunk = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(1, section.bytes)));
  let carry: Buffer[] = [];
  let failed = false;
  const line = (buf: Buffer) => {
    if (failed) return;
    try {
      onLine(JSON.parse(buf.toString('latin1')));
    } catch {
      failed = true;
    }
  };
  for (let read = 0; read < section.bytes; ) {
    const { bytesRead } = await fh.read(chunk, 0, Math.min(chunk.length, section.bytes - read), section.at + read);
    if (bytesRead === 0) return 'corrupt';
    read += bytesRead;
    const piece = chunk.subarray(0, bytesRead);
    hash.update(piece);
    let from = 0;
    for (let nl = piece.indexOf(10); nl >= 0; nl = piece.indexOf(10, from)) {
      line(carry.length ? Buffer.concat([...carry, piece.subarray(from, nl)]) : piece.subarray(from, nl));
      carry = [];
      from = nl + 1;
    }
    // The rest of a line that goes on in the next chunk: copied, as the chunk is reused.
    if (from < piece.length) carry.push(Buffer.from(piece.subarray(from)));
  }
  if (hash.digest('hex') !== section.sha) return 'corrupt';
  return failed || carry.length ? 'unreadable' : 'ok';
}

/** Typed arrays over a section of raw arrays, each where it lies. */
export function arraysIn(body: Buffer, kinds: readonly { new (buffer: ArrayBufferLike, offset: number, length: number): ArrayBufferView; BYTES_PER_ELEMENT: number }[], bytes: number[]): ArrayBufferView[] {
  let at = 0;
  const arrays = bytes.map((n, i) => {
    const Kind = kinds[i]!;
    if (n % Kind.BYTES_PER_ELEMENT !== 0) throw new Error('index arrays do not match');
    const a = new Kind(body.buffer, body.byteOffset + at, n / Kind.BYTES_PER_ELEMENT);
    at += padded(n);
    return a;
  });
  if (at !== body.length) throw new Error('index arrays do not match');
  return arrays;
}
