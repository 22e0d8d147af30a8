// The process: signals handled from the first line, interaction tokens kept out of every log line.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { logOptions, redactTokens } from '../src/log.js';
import { tempCorpus } from './helpers.js';
import { oneLinePage } from './fixtures/one-line-page.js';

const ROOT = join(import.meta.dirname, '..');

describe('interaction tokens in logs', () => {
  it('redacts a token from err.url, the message, the stack and a nested cause', () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _e, cb) => ((out += chunk), cb()) });
    const logger = pino({ ...logOptions, level: 'info' }, sink);
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQtaW50ZXJhY3Rpb24tdG9rZW4';
    const url = `https://discord.com/api/v10/webhooks/900000000000000001/${token}/messages/@original`;
    const err = Object.assign(new Error(`Unknown Webhook (PATCH ${url})`), { url, method: 'PATCH', status: 404 });
    logger.error({ err, cause: { path: `/interactions/950000000000000123/${token}/callback` } }, 'request failed');
    logger.warn(`retrying ${url}?wait=true`);
    expect(out).not.toContain(token);
    expect(out).toContain('/webhooks/900000000000000001/[redacted]/messages/@original');
    expect(out).toContain('/interactions/950000000000000123/[redacted]/callback');
    expect(
      out
        .split('\n')
        .filter(Boolean)
        .every((l) => JSON.parse(l)),
    ).toBe(true);
  });

  it('leaves other paths alone', () => {
    expect(redactTokens('/channels/123/messages')).toBe('/channels/123/messages');
    expect(redactTokens('GET /webhooks/1/abc-DEF_12')).toBe('GET /webhooks/1/[redacted]');
  });
});

describe('signals', () => {
  it('exits 0 on SIGTERM while the corpus is first built', async () => {
    const dir = tempCorpus({}, true);
    writeFileSync(join(dir, 'wire.txt'), oneLinePage(800_000));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      // Nothing listens on the API base: the bot must never get as far as connecting.
      env: {
        ...process.env,
        DISCORD_TOKEN: 'fake-token-for-tests',
        DISCORD_API_BASE: 'http://127.0.0.1:9/api',
        LOG_LEVEL: 'info',
        SNAPSHOT_PATH: '',
        CORPUS_DIR: dir,
      },
    });
    let err = '';
    const loading = new Promise<void>((resolve) =>
      child.stderr.on('data', (d) => {
        err += d;
        if (err.includes('loading the corpus')) resolve();
      }),
    );
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    await loading;
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(err).toMatch(/shutting down/);
    expect(err).not.toMatch(/corpus loaded/);
  });
});
