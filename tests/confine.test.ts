// Nothing outside the corpus folder is ever read; nothing in it that is not a regular file can stall a reload.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { json, tempCorpus } from './helpers.js';

const ARTICLE = (title: string, body: string) => `${title}\nPublished: March 4, 2026\n${body}\n`;
const SECRET =
  'Confidential ledger shows quarterly payments to the harbour contractor were doubled without any approval.';

function outsideFile(): string {
  const elsewhere = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
  const path = join(elsewhere, 'secret.txt');
  writeFileSync(path, ARTICLE('Internal ledger memo', SECRET));
  return path;
}

const reasonOf = (engine: Engine, file: string) => engine.corpus.skipped.find((s) => s.file === file)?.reason;

describe('corpus confinement', () => {
  it('never reads a file outside the folder through a symbolic link, absolute or ../, and lists why', async () => {
    const secret = outsideFile();
    const dir = tempCorpus({
      'ok.txt': ARTICLE(
        'Harbour board meets on cargo',
        'The harbour board met on Monday to discuss how cargo volumes had grown through the year.',
      ),
    });
    symlinkSync(secret, join(dir, 'link.txt'));
    symlinkSync(join('..', secret.split('/').slice(-2).join('/')), join(dir, 'relative.txt'));
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    expect(engine.corpus.docs.map((d) => d.file)).toEqual(['ok.txt']);
    expect(reasonOf(engine, 'link.txt')).toMatch(/symbolic link to a file outside the corpus folder/);
    expect(reasonOf(engine, 'relative.txt')).toMatch(/symbolic link to a file outside the corpus folder/);
    const found = await json(engine, '/search ledger contractor payments');
    expect(JSON.stringify(found.results ?? [])).not.toMatch(/ledger/i);
    const stats = await json(engine, '/stats');
    expect(JSON.stringify(stats)).toContain('link.txt');
    engine.close();
  });

  it('does not follow a link to a file inside the folder either, nor one to a folder', async () => {
    const dir = tempCorpus({
      'ok.txt': ARTICLE(
        'Harbour board meets on cargo',
        'The harbour board met on Monday to discuss how cargo volumes had grown through the year.',
      ),
    });
    symlinkSync(join(dir, 'ok.txt'), join(dir, 'alias.txt'));
    mkdirSync(join(dir, 'archive'));
    symlinkSync(join(dir, 'archive'), join(dir, 'folder-link'));
    symlinkSync('/etc', join(dir, 'etc-link'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    expect(engine.corpus.docs.map((d) => d.file)).toEqual(['ok.txt']);
    expect(reasonOf(engine, 'alias.txt')).toMatch(/^a symbolic link \(not followed/);
    expect(reasonOf(engine, 'folder-link')).toBe('a symbolic link to a folder (not followed)');
    expect(reasonOf(engine, 'etc-link')).toMatch(/outside the corpus folder/);
    expect(reasonOf(engine, 'archive')).toMatch(/^a folder/);
    expect(reasonOf(engine, 'dangling.txt')).toBe('a symbolic link to nothing readable (not followed)');
  });

  it('lists a named pipe with its reason and never blocks on it', async () => {
    const dir = tempCorpus({
      'ok.txt': ARTICLE(
        'Harbour board meets on cargo',
        'The harbour board met on Monday to discuss how cargo volumes had grown through the year.',
      ),
    });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    expect(reasonOf(engine, 'pipe.txt')).toBe('not a regular file (a named pipe)');
    const stats = await json(engine, '/stats');
    expect(JSON.stringify(stats)).toContain('pipe.txt');
  });

  it('lists a device, in the folder or linked to, with its reason', async () => {
    const dir = tempCorpus({});
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    let device = true;
    try {
      // A character device made in place needs privileges; where they are missing the link alone is checked.
      execFileSync('mknod', [join(dir, 'null.txt'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      device = false;
    }
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    expect(reasonOf(engine, 'zero.txt')).toMatch(/outside the corpus folder/);
    if (device) expect(reasonOf(engine, 'null.txt')).toBe('not a regular file (a device)');
  });

  it('refuses a path swapped for a named pipe between the look and the read, without hanging', async () => {
    const dir = tempCorpus({
      'swap.txt': ARTICLE(
        'Harbour board meets on cargo',
        'The harbour board met on Monday to discuss how cargo volumes had grown through the year.',
      ),
    });
    let swapped = false;
    const io = {
      readdir,
      stat: (async (path: string) => {
        const info = await lstat(path);
        if (String(path).endsWith('swap.txt') && !swapped) {
          swapped = true;
          unlinkSync(path);
          execFileSync('mkfifo', [path]);
        }
        return info;
      }) as never,
    };
    const engine = new Engine({ dir, maxFileBytes: 1e6, io });
    const report = await engine.reload();
    expect(swapped).toBe(true);
    expect(report.ok).toBe(true);
    expect(reasonOf(engine, 'swap.txt')).toBe('not a regular file (a named pipe)');
    // A later reload is not folded into a stuck one.
    const again = await engine.reload();
    expect(again.ok).toBe(true);
    engine.close();
  });

  it('refuses a path swapped for a link between the look and the read', async () => {
    const secret = outsideFile();
    const dir = tempCorpus({
      'swap.txt': ARTICLE(
        'Harbour board meets on cargo',
        'The harbour board met on Monday to discuss how cargo volumes had grown through the year.',
      ),
    });
    let swapped = false;
    const io = {
      readdir,
      stat: (async (path: string) => {
        const info = await lstat(path);
        if (String(path).endsWith('swap.txt') && !swapped) {
          swapped = true;
          unlinkSync(path);
          symlinkSync(secret, path);
        }
        return info;
      }) as never,
    };
    const engine = new Engine({ dir, maxFileBytes: 1e6, io });
    await engine.reload();
    expect(reasonOf(engine, 'swap.txt')).toBe('a symbolic link (not followed)');
    expect(engine.corpus.docs).toHaveLength(0);
  });

  it('refuses a file replaced by another between the look and the read, then reads the new one', async () => {
    const dir = tempCorpus({
      'swap.txt': ARTICLE(
        'Harbour board meets on cargo',
        'The harbour board met on Monday to discuss how cargo volumes had grown through the year.',
      ),
    });
    const first = ARTICLE(
      'Harbour board meets on cargo',
      'The harbour board met on Monday to discuss how cargo volumes had grown through the year.',
    );
    // The same size and the same times: only the file's identity (its inode) tells them apart.
    const second = ARTICLE(
      'Ferry timetable changes',
      'The ferry company said its winter timetable would start two weeks earlier than before.',
    ).padEnd(first.length, ' ');
    writeFileSync(join(dir, '.next'), second);
    const when = new Date('2026-03-04T10:00:00Z');
    utimesSync(join(dir, 'swap.txt'), when, when);
    utimesSync(join(dir, '.next'), when, when);
    let swapped = false;
    const io = {
      readdir,
      stat: (async (path: string) => {
        const info = await lstat(path);
        if (String(path).endsWith('swap.txt') && !swapped) {
          swapped = true;
          renameSync(join(dir, '.next'), path);
        }
        return info;
      }) as never,
    };
    const engine = new Engine({ dir, maxFileBytes: 1e6, io, retryMs: 20 });
    await engine.reload();
    expect(reasonOf(engine, 'swap.txt')).toBe('changed while being read (will retry)');
    const again = await engine.reload();
    expect(again.ok).toBe(true);
    expect(engine.corpus.docs.map((d) => d.title)).toEqual(['Ferry timetable changes']);
    engine.close();
  });
});
