import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { log } from '../src/log.js';
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { answered, json, tempCorpus } from './helpers.js';
import { addFiles, safeName } from '../src/corpus/add.js';
import { answerLine } from '../src/commands/dispatch.js';
import { findCommand } from '../src/commands/index.js';
import { commandJson } from '../src/discord/definitions.js';

const FIX = join(import.meta.dirname, 'fixtures', 'formats');
const story =
  'Harbour story\n date 2025-03-01\nThe harbour authority said on Tuesday that the ferry berth would reopen after repairs to its ramp.';

describe('storing added files', () => {
  it('makes names safe: no path, no odd characters, an extension a reader takes', () => {
    expect(safeName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(safeName('..\\..\\win\\story.html')).toBe('story.html');
    expect(safeName('Città news (1).json')).toBe('Citta-news-1-.json');
    expect(safeName('.hidden.txt')).toBe('hidden.txt');
    expect(safeName('program.exe')).toBeNull();
    expect(safeName('noextension')).toBeNull();
  });
  it('stores what a reader takes, never over an existing file, and refuses the rest with the reason', async () => {
    const dir = tempCorpus({ 'story.txt': story });
    const r = await addFiles(
      dir,
      [
        { name: 'story.txt', bytes: Buffer.from(story.replace('ramp', 'deck')) },
        { name: 'feed.rss', bytes: readFileSync(join(FIX, 'feed.rss')) },
        { name: 'big.txt', bytes: Buffer.alloc(3000, 'a') },
        { name: 'bin.txt', bytes: Buffer.from([0, 1, 2, 3, 0, 5]) },
        { name: 'data.xml', bytes: Buffer.from('<?xml version="1.0"?><catalog><book>One</book></catalog>') },
        { name: 'tool.exe', bytes: Buffer.from('MZ') },
      ],
      2000,
    );
    expect(r.added).toEqual(['story-2.txt', 'feed.rss']);
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(story);
    expect(readFileSync(join(dir, 'story-2.txt'), 'utf8')).toContain('deck');
    expect(r.refused.map((x) => [x.name, x.reason.split(' (')[0]])).toEqual([
      ['big.txt', 'over the size limit'],
      ['bin.txt', 'binary file'],
      ['data.xml', 'XML but not an RSS or Atom feed'],
      ['tool.exe', 'not a name with an extension Dossier reads'],
    ]);
  });
});

describe('/add', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const bodies: Record<string, Buffer> = {
      '/a/ferry.html': readFileSync(join(FIX, 'page.html')),
      '/a/story.txt': Buffer.from(story),
      '/a/huge.txt': Buffer.alloc(5_000_000, 'x'),
    };
    server = createServer((req, res) => {
      const body = bodies[req.url ?? ''];
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200).end(body);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('downloads the attachments, stores them, reloads, and lists what was refused', async () => {
    const dir = tempCorpus({ 'story.txt': story });
    const engine = new Engine({ dir, maxFileBytes: 1024 * 1024 });
    await engine.reload();
    const info = vi.spyOn(log, 'info');
    const a = await answered(
      engine,
      `/add file1:${base}/a/ferry.html file2:${base}/a/story.txt file3:${base}/a/huge.txt file4:${base}/a/missing.txt`,
    );
    const calls = [...info.mock.calls];
    info.mockRestore();
    expect(a).toMatchObject({ command: 'add', stored: ['ferry.html', 'story-2.txt'], moderator: 'console' });
    // Logged with the moderator's id, what was added and what was refused.
    const logged = calls.filter((c) => c[1] === 'files added to the corpus').map((c) => c[0]);
    expect(logged).toEqual([
      expect.objectContaining({
        moderator: 'console',
        added: ['ferry.html', 'story-2.txt'],
        refused: expect.any(Array),
      }),
    ]);
    expect(a.refused.map((r) => r.name).sort()).toEqual(['huge.txt', 'missing.txt']);
    expect(a.added).toEqual(expect.arrayContaining(['ferry.html', 'story-2.txt']));
    expect(engine.corpus.docs.find((d) => d.doc === 'ferry.html')?.source).toBe('Coastline Herald');
    expect(readdirSync(dir).sort()).toEqual(['ferry.html', 'story-2.txt', 'story.txt']);
  });

  it('is for moderators only, takes attachments in Discord, and refuses what is not one', async () => {
    const dir = tempCorpus({});
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    const refused = await answerLine(engine, `/add file1:${base}/a/story.txt`, { id: 'u1', moderator: false });
    expect(refused.error).toMatch(/Only moderators/);
    expect(existsSync(join(dir, 'story.txt'))).toBe(false);
    expect((await json(engine, '/add file1:story.txt')).error).toMatch(/must be a file attached/);
    const def = commandJson(findCommand('add')!.data);
    expect(def.options).toHaveLength(10);
    expect(def.options[0]).toMatchObject({ type: 11, name: 'file1', required: true });
    expect(def.default_member_permissions).not.toBeNull();
  });
});
