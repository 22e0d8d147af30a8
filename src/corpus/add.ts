// Storing files a moderator adds: each checked (size, encoding, a format a reader takes), saved under a sanitised
// name inside the corpus folder, never over a file already there.
import { open } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { decode } from './read.js';
import { readDocumentsNow } from '../ingest/pipeline.js';
import { readableExtensions } from '../ingest/readers/index.js';

export interface Incoming {
  name: string;
  bytes: Buffer;
}

interface AddResult {
  added: string[];
  refused: { name: string; reason: string }[];
}

/** A file name safe to create in the corpus folder: letters, digits, dot, dash and underscore; no path; an extension we read. */
export function safeName(name: string): string | null {
  const base = basename(name.replace(/\\/g, '/')).normalize('NFKD').replace(/\p{M}/gu, '');
  const clean = base.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '').replace(/-+/g, '-').slice(-120);
  const m = /^(.+)\.([a-z0-9]+)$/i.exec(clean);
  if (!m || !readableExtensions().includes(m[2]!.toLowerCase())) return null;
  return clean;
}

/** Why these bytes cannot be added, or null when ingestion makes at least one document of them. */
function refusal(name: string, bytes: Buffer, maxBytes: number): string | null {
  if (bytes.length > maxBytes) return `over the size limit (${(bytes.length / 1024 / 1024).toFixed(1)} MB > ${(maxBytes / 1024 / 1024).toFixed(1)} MB)`;
  const decoded = decode(bytes);
  if ('reason' in decoded) return decoded.reason;
  const read = readDocumentsNow(name, decoded.text);
  if ('reason' in read) return read.reason;
  return null;
}

export async function addFiles(dir: string, files: Incoming[], maxBytes: number): Promise<AddResult> {
  const root = resolve(dir);
  const out: AddResult = { added: [], refused: [] };
  for (const f of files) {
    const name = safeName(f.name);
    if (!name) {
      out.refused.push({ name: f.name, reason: `not a name with an extension Dossier reads (${readableExtensions().join(', ')})` });
      continue;
    }
    const why = refusal(name, f.bytes, maxBytes);
    if (why) {
      out.refused.push({ name: f.name, reason: why });
      continue;
    }
    // An existing name is never overwritten: the new file gets the next free "-2", "-3"… before its extension.
    const dot = name.lastIndexOf('.');
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
      const path = join(root, candidate);
      if (!path.startsWith(root + sep)) {
        out.refused.push({ name: f.name, reason: 'a name outside the corpus folder' });
        break;
      }
      try {
        const handle = await open(path, 'wx');
        await handle.writeFile(f.bytes);
        await handle.close();
        out.added.push(candidate);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST' && n < 1000) continue;
        out.refused.push({ name: f.name, reason: `could not be saved (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
        break;
      }
    }
  }
  return out;
}
