import { describe, expect, it, vi } from 'vitest';
import { log } from '../src/log.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { json, tempCorpus } from './helpers.js';
import { answerLine } from '../src/commands/dispatch.js';
import { trashDir } from '../src/corpus/trash.js';

const body = (n: number) =>
  `Harbour story ${n}\n date 2025-03-0${n}\nThe harbour authority said on Tuesday that the ferry berth number ${n} would reopen after repairs to its ramp.`;

describe('/remove', () => {
  it('moves the file of a document to the trash beside the corpus, reloads, and never overwrites the trash', async () => {
    const dir = tempCorpus({ 'a.txt': body(1), 'b.txt': body(2) });
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    const a = await json(engine, '/remove doc:a.txt');
    expect(a).toMatchObject({ command: 'remove', removed: ['a.txt'], file: 'a.txt', moderator: 'console' });
    expect(existsSync(join(dir, 'a.txt'))).toBe(false);
    expect(readFileSync(join(trashDir(dir), 'a.txt'), 'utf8')).toBe(body(1));
    expect(engine.corpus.docs.map((d) => d.doc)).toEqual(['b.txt']);
    // A file of the same name removed again is kept beside the first, not over it.
    writeFileSync(join(dir, 'a.txt'), body(3));
    await engine.reload();
    await json(engine, '/remove doc:a.txt');
    const trashed = readdirSync(trashDir(dir));
    expect(trashed).toHaveLength(2);
    expect(trashed.map((f) => readFileSync(join(trashDir(dir), f), 'utf8')).sort()).toEqual([body(1), body(3)].sort());
  });

  it('refuses an unknown id, a path, and anyone who is not a moderator', async () => {
    const dir = tempCorpus({ 'a.txt': body(1) });
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    expect((await json(engine, '/remove doc:zzz.txt')).error).toMatch(/No document or file/);
    expect((await json(engine, '/remove doc:../a.txt')).error).toMatch(/No document or file/);
    const refused = await answerLine(engine, '/remove doc:a.txt', { id: 'u1', moderator: false });
    expect(refused.error).toMatch(/Only moderators/);
    expect(existsSync(join(dir, 'a.txt'))).toBe(true);
  });
  it("logs every removal with the moderator's id, and a refused one not as a removal", async () => {
    const dir = tempCorpus({ 'a.txt': body(1), 'b.txt': body(2) });
    const engine = new Engine({ dir, maxFileBytes: 1e6 });
    await engine.reload();
    const info = vi.spyOn(log, 'info');
    try {
      await answerLine(engine, '/remove doc:b.txt', { id: 'u1', moderator: false });
      await answerLine(engine, '/remove doc:a.txt', { id: '123456789012345678', moderator: true });
      const removals = info.mock.calls.filter((c) => c[1] === 'file removed from the corpus');
      expect(removals.map((c) => c[0])).toEqual([
        expect.objectContaining({ moderator: '123456789012345678', file: 'a.txt' }),
      ]);
    } finally {
      info.mockRestore();
    }
  });
});
