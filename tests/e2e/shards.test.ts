// Two gateway shards in one process over one engine: guilds on either shard are answered, and a /reload from
// either reloads the one corpus both answer from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebSocket } from 'ws';
import { join } from 'node:path';
import { FakeDiscord, IDS, shardOfGuild, type RestCall } from './fake-discord.js';
import type { Bot } from '../../src/bot.js';
import { startFakeAndBot, stopFakeAndBot } from './harness.js';
import { tempCorpus } from '../helpers.js';

let fake: FakeDiscord;
let bot: Bot;
let corpus: string;
let healthPort: number;

const text = (body: any) => JSON.stringify(body.embeds ?? []);

/** The bot's edit of its deferred reply to one interaction. */
const replyTo = (token: string): Promise<RestCall> =>
  fake.waitFor(
    (c) => c.path.includes(`/webhooks/${IDS.app}/${token}`) && (c.method === 'PATCH' || c.method === 'POST'),
  );
/** The report that ends a /reload's reply (its progress edits come before it). */
const reloadReport = (token: string): Promise<RestCall> =>
  fake.waitFor(
    (c) =>
      c.method === 'PATCH' &&
      c.path.includes(`/webhooks/${IDS.app}/${token}`) &&
      JSON.stringify(c.body).includes('Corpus reloaded'),
  );

/** A port nothing listens on, for the health server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

beforeAll(async () => {
  corpus = tempCorpus({}, true);
  healthPort = await freePort();
  ({ fake, bot } = await startFakeAndBot(
    { CORPUS_DIR: corpus, MOD_ROLE_IDS: IDS.modRole, SHARD_COUNT: 'auto', HEALTH_PORT: String(healthPort) },
    {},
    { shards: 2, guilds: [IDS.guild, IDS.guild2] },
  ));
});

afterAll(() => stopFakeAndBot(fake, bot));

describe('two shards over one engine', () => {
  it('the fake puts the two test servers on different shards of two', () => {
    expect(shardOfGuild(IDS.guild, 2)).not.toBe(shardOfGuild(IDS.guild2, 2));
  });

  it('follows the shard count Discord recommends and identifies each shard once', () => {
    expect(fake.calls.some((c) => c.method === 'GET' && c.path === '/gateway/bot')).toBe(true);
    expect([...fake.identifies].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(bot.client.options.shardCount).toBe(2);
    expect(bot.client.ws.shards.size).toBe(2);
  });

  it('knows each server on the shard Discord sent it on', () => {
    for (const g of [IDS.guild, IDS.guild2])
      expect(bot.client.guilds.cache.get(g)?.shardId, g).toBe(shardOfGuild(g, 2));
  });

  it('answers a command in a server on either shard', async () => {
    const a = fake.commandIn(IDS.channel, 'who', { name: 'muttaqi' });
    const b = fake.commandIn(IDS.channel2, 'who', { name: 'munir' });
    expect(text((await replyTo(a.token)).body)).toContain('Amir Khan Muttaqi');
    expect(text((await replyTo(b.token)).body)).toContain('Asim Munir');
    const shards = new Set(fake.dispatched.filter((d) => d.t === 'INTERACTION_CREATE').map((d) => d.shard));
    expect(shards).toEqual(new Set([0, 1]));
  });

  it('answers a mention in a server on the other shard', async () => {
    const before = fake.calls.length;
    fake.say(`<@${IDS.bot}> cpec`, IDS.channel2);
    const call = await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel2}/messages`);
    expect(fake.calls.indexOf(call)).toBeGreaterThanOrEqual(before);
    expect(text(call.body)).toMatch(/\.txt/);
  });

  it('a /reload from either shard reloads the one engine the other shard answers from', async () => {
    const engine = bot.engine;
    const rounds: [string, string, string, string, string][] = [
      // [file, its text, a word only it has, where /reload is sent, where the search is sent]
      [
        '020_dam.txt',
        'Spillway gates of the Mangla dam opened\nUpdated 4 August 2026\nEngineers opened four spillway gates of the Mangla dam on Sunday as the reservoir neared its upper limit, the water authority said.',
        'spillway',
        IDS.channel2,
        IDS.channel,
      ],
      [
        '021_rail.txt',
        'Freight line to Gwadar resumes\nUpdated 9 August 2026\nA freight train left Quetta for Gwadar on Friday, the first on the line since floods washed out a bridge in July, railway officials said.',
        'freight',
        IDS.channel,
        IDS.channel2,
      ],
    ];
    for (const [file, body, word, reloadIn, searchIn] of rounds) {
      writeFileSync(join(corpus, file), body);
      const reload = fake.commandIn(reloadIn, 'reload', {}, 'editor');
      expect(text((await reloadReport(reload.token)).body)).toMatch(/Added \(1\)/);
      const search = fake.commandIn(searchIn, 'search', { query: word });
      expect(text((await replyTo(search.token)).body), `${word} searched on the other shard`).toContain(file);
    }
    expect(bot.engine).toBe(engine);
  });

  it('refuses, as Discord does, a shard outside its count and a resume of a session it never gave', async () => {
    const closeCode = (payload: unknown) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${fake.port}/gateway`);
        ws.once('message', () => ws.send(JSON.stringify(payload)));
        ws.once('close', (code) => resolve(code));
      });
    const identified = fake.identified;
    expect(await closeCode({ op: 2, d: { token: 'x', intents: 1, properties: {}, shard: [2, 2] } })).toBe(4010);
    expect(await closeCode({ op: 6, d: { token: 'x', session_id: 'session-7-1', seq: 3 } })).toBe(4009);
    expect(fake.identified).toBe(identified);
  });

  it('serves one health endpoint for the whole process', async () => {
    const res = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ documents: 11 });
  });
});
