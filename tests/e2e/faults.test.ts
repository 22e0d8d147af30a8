import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FakeDiscord, IDS, nextId } from './fake-discord.js';
import type { Bot } from '../../src/bot.js';
import { startFakeAndBot, stopFakeAndBot } from './harness.js';

let fake: FakeDiscord;
let bot: Bot;
export const CONCURRENT = 500;
/**
 * What happened, in order: each interaction acknowledged (as the bot says, and as Discord received it), each
 * answer's work started.
 */
const trace: string[] = [];

const reply = (token: string, after = 0) =>
  fake.waitFor(
    (c) => c.path.includes(`/webhooks/${IDS.app}/${token}`) && (c.method === 'PATCH' || c.method === 'POST'),
    after,
    55_000,
  );
const callback = (id: string, token: string) =>
  fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`, 0, 55_000);

beforeAll(async () => {
  ({ fake, bot } = await startFakeAndBot(
    { CORPUS_DIR: join(import.meta.dirname, '..', '..', 'corpus'), RATE_USER_PER_MIN: '10', RATE_CHANNEL_PER_MIN: '0' },
    // The rate limits' clock stands still: a budget is spent by requests, never refilled by a slow machine.
    { context: { trace: (event, id) => void trace.push(`${event}:${id}`) }, clock: () => 0 },
  ));
});

afterAll(() => stopFakeAndBot(fake, bot));

describe('load and abuse', () => {
  it(`answers ${CONCURRENT} interactions fired at once: each acknowledged once, before its answer's work starts, none lost`, async () => {
    const sent: { id: string; token: string }[] = [];
    // Discord's side of the acknowledgement: an ack the bot only started sending may still be unsent when the work
    // starts, and a busy thread then holds it up past Discord's 3 seconds.
    fake.onCall = (c) => {
      const m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(c.path);
      if (m) trace.push(`received:${m[1]}`);
    };
    const queries = ['cpec', 'ttp', 'muttaqi', 'beijing talks', 'fentanyl'];
    for (let k = 0; k < CONCURRENT; k++) {
      const userId = (910000000000000000n + BigInt(k)).toString();
      sent.push(
        k % 3 === 0
          ? fake.command('who', { name: 'dar' }, 'user', 2, undefined, userId)
          : fake.command('source', { topic: queries[k % queries.length]! }, 'user', 2, undefined, userId),
      );
    }
    const acks = await Promise.all(sent.map((s) => callback(s.id, s.token)));
    const answers = await Promise.all(sent.map((s) => reply(s.token)));
    // Causality, not the wall clock (CI machines are noisy): every acknowledgement is sent before its answer's
    // work starts, so no answer's work can hold one up.
    for (const s of sent) {
      const acked = trace.indexOf(`ack:${s.id}`);
      expect(acked).toBeGreaterThanOrEqual(0);
      expect(acked).toBeLessThan(trace.indexOf(`work:${s.id}`));
      expect(trace.indexOf(`received:${s.id}`)).toBeGreaterThanOrEqual(0);
      expect(trace.indexOf(`received:${s.id}`)).toBeLessThan(trace.indexOf(`work:${s.id}`));
      expect(fake.calls.filter((c) => c.path === `/interactions/${s.id}/${s.token}/callback`)).toHaveLength(1);
    }
    // None lost: one acknowledgement and one work step each, and an answer with sources for every interaction
    // (an edit Discord was slow to take may be sent again by discord.js: at least one each, not exactly one).
    const mine = new Set(sent.map((s) => s.id));
    expect(trace.filter((t) => t.startsWith('ack:') && mine.has(t.slice(4)))).toHaveLength(CONCURRENT);
    expect(trace.filter((t) => t.startsWith('work:') && mine.has(t.slice(5)))).toHaveLength(CONCURRENT);
    expect(new Set(answers.map((r) => r.path.split('/')[3]))).toEqual(new Set(sent.map((s) => s.token)));
    for (const a of acks) expect(a.body.type).toBe(5);
    for (const r of answers) expect(JSON.stringify(r.body.embeds)).toMatch(/\.txt/);
    fake.onCall = null;
  });

  it('tells a user who asks too often to slow down, politely and only to them', async () => {
    const userId = '920000000000000001';
    const sent = Array.from({ length: 14 }, () => fake.command('stats', {}, 'user', 2, undefined, userId));
    const cbs = await Promise.all(sent.map((s) => callback(s.id, s.token)));
    const slowed = cbs.filter((c) => JSON.stringify(c.body).includes('Slow down'));
    // RATE_USER_PER_MIN is 10 and the clock stands still: the four past the budget are told.
    expect(slowed).toHaveLength(4);
    for (const c of slowed) expect(c.body.data.flags & 64).toBe(64);
  });
});

describe('faults', () => {
  it('resumes after the gateway drops, and keeps serving', async () => {
    const resumed = fake.resumed;
    const back = fake.whenReady();
    fake.dropConnection();
    await back;
    expect(fake.resumed + fake.identified).toBeGreaterThan(resumed + 1);
    const c = fake.command('who', { name: 'munir' }, 'user', 2, undefined, '930000000000000001');
    expect(JSON.stringify((await reply(c.token)).body)).toContain('Asim Munir');
  });

  it('waits out a 429 with retry-after and then answers', async () => {
    let limited = 0;
    fake.override = (call) => {
      if (call.path.endsWith('/callback') && limited === 0) {
        limited++;
        return {
          status: 429,
          body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
          headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' },
        };
      }
      return undefined;
    };
    const c = fake.command('source', { topic: 'cpec' }, 'user', 2, undefined, '930000000000000002');
    const r = await reply(c.token);
    fake.override = null;
    expect(limited).toBe(1);
    expect(JSON.stringify(r.body)).toMatch(/Sources on/);
  });

  it('retries a REST 500 and then answers', async () => {
    let failed = 0;
    fake.override = (call) =>
      call.method === 'PATCH' && failed++ === 0
        ? { status: 500, body: { message: 'Internal Server Error', code: 0 } }
        : undefined;
    const c = fake.command('search', { query: 'Paktika' }, 'user', 2, undefined, '930000000000000003');
    const r = await reply(c.token);
    fake.override = null;
    expect(failed).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(r.body)).toMatch(/Paktika/);
  });

  it('survives an interaction token that expired before a slow answer, and keeps serving', async () => {
    fake.override = (call) =>
      call.method === 'PATCH' ? { status: 404, body: { message: 'Unknown Webhook', code: 10015 } } : undefined;
    const c = fake.command('timeline', {}, 'user', 2, undefined, '930000000000000004');
    // The edit fails: the asker is told instead (a follow-up on the same token), and then the bot serves on.
    const told = await fake.waitFor(
      (call) => call.method === 'POST' && call.path.includes(`/webhooks/${IDS.app}/${c.token}`),
      0,
      55_000,
    );
    expect(JSON.stringify(told.body)).toMatch(/could not be delivered/);
    expect(fake.calls.some((call) => call.method === 'PATCH' && call.path.includes(c.token))).toBe(true);
    fake.override = null;
    const d = fake.command('who', { name: 'tipu' }, 'user', 2, undefined, '930000000000000005');
    expect(JSON.stringify((await reply(d.token)).body)).toContain('Ihsanullah Tipu');
  });
});

describe('process', () => {
  it('shuts down cleanly on SIGTERM', async () => {
    const identified = fake.identified;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: join(import.meta.dirname, '..', '..'),
      // No snapshot: a test must not leave one in the working tree.
      env: {
        ...process.env,
        DISCORD_TOKEN: 'fake-token-for-tests',
        DISCORD_API_BASE: fake.api,
        LOG_LEVEL: 'info',
        SNAPSHOT_PATH: '',
      },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await fake.whenReady();
    expect(fake.identified).toBe(identified + 1);
    await new Promise((r) => setTimeout(r, 300));
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(err).toMatch(/shutting down/);
    expect(err).not.toContain('fake-token-for-tests');
    void nextId;
  });
});
