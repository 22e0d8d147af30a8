import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeDiscord, IDS, type RestCall } from './fake-discord.js';
import type { Bot } from '../../src/bot.js';
import { startFakeAndBot, stopFakeAndBot } from './harness.js';
import { tempCorpus } from '../helpers.js';
import { LIMITS } from '../../src/discord/render.js';

const EPHEMERAL = 64;
let fake: FakeDiscord;
let bot: Bot;
let corpus: string;

function checkEmbeds(body: any) {
  const embeds = body.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      total += f.name.length + f.value.length;
    }
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.total);
  expect((body.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
}

const text = (body: any) => JSON.stringify(body.embeds ?? []);

/** The report that ends a /reload's reply (its progress edits come before it). */
const reloadReport = (token: string) =>
  fake.waitFor(
    (c) =>
      c.method === 'PATCH' &&
      c.path.includes(`/webhooks/${IDS.app}/${token}`) &&
      JSON.stringify(c.body).includes('Corpus reloaded'),
  );

/** The reply the bot makes for one interaction: the callback, then the edit of the original message. */
async function answerTo(token: string, id: string): Promise<{ callback: RestCall; reply: RestCall }> {
  const callback = await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
  const reply = await fake.waitFor(
    (c) => c.path.includes(`/webhooks/${IDS.app}/${token}`) && (c.method === 'PATCH' || c.method === 'POST'),
  );
  return { callback, reply };
}

beforeAll(async () => {
  corpus = tempCorpus({}, true);
  ({ fake, bot } = await startFakeAndBot({ CORPUS_DIR: corpus, MOD_ROLE_IDS: IDS.modRole }));
});

afterAll(() => stopFakeAndBot(fake, bot));

describe('the bot against a fake Discord', () => {
  it('connects through the gateway with the intents it needs and no more', () => {
    expect(fake.identified).toBe(1);
    expect(bot.client.options.intents.bitfield).toBe(1 | 512);
    expect(bot.client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('answers /who with a deferred reply, an embed within limits, citations and no allowed mentions', async () => {
    const { id, token } = fake.command('who', { name: 'muttaqi' });
    const { callback, reply } = await answerTo(token, id);
    expect(callback.body.type).toBe(5); // deferred channel message
    expect(callback.body.data?.flags ?? 0).toBe(0);
    checkEmbeds(reply.body);
    expect(text(reply.body)).toContain('Amir Khan Muttaqi');
    expect(text(reply.body)).toMatch(/Yahoo|Arab News/);
    expect(text(reply.body)).toContain('003_5b70376f1ebe71c1.txt#1');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers every command', async () => {
    const cases: [string, Record<string, string | boolean>, RegExp][] = [
      ['source', { topic: 'cpec' }, /documents? and \d+ passages? match/],
      ['search', { query: 'Paktika bombardment' }, /Paktika/],
      ['timeline', { from: '2025-05-01', to: '2025-05-31', topic: 'beijing' }, /2025-05-21/],
      ['stats', {}, /9 documents from 5 files/],
      ['help', {}, /\/who/],
    ];
    for (const [name, options, expected] of cases) {
      const { id, token } = fake.command(name, options);
      const { reply } = await answerTo(token, id);
      checkEmbeds(reply.body);
      expect(text(reply.body), name).toMatch(expected);
    }
  });

  it('shows an answer only to the asker when asked to', async () => {
    const { id, token } = fake.command('source', { topic: 'ttp', ephemeral: true });
    const { callback } = await answerTo(token, id);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('answers a bad option ephemerally, without a stack trace', async () => {
    const { id, token } = fake.command('timeline', { from: '2025-02-30' });
    const call = await fake.waitFor(
      (c) =>
        c.path.includes(token) &&
        (c.path.endsWith('/callback') || c.method === 'POST') &&
        JSON.stringify(c.body).includes('real date'),
    );
    expect(JSON.stringify(call.body)).not.toMatch(/at .*\.(?:ts|js):\d+/);
    const flags = call.body.data?.flags ?? call.body.flags;
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
    void id;
  });

  it('offers autocomplete for /who, at most 25 names', async () => {
    const { id, token } = fake.autocomplete('who', 'name', 'mu');
    const cb = await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(cb.body.type).toBe(8);
    const names = cb.body.data.choices.map((c: any) => c.name);
    expect(names.length).toBeLessThanOrEqual(25);
    expect(names).toEqual(expect.arrayContaining(['Amir Khan Muttaqi', 'Asim Munir']));
  });

  it('pages a long answer within limits, with working Previous/Next buttons', async () => {
    const { id, token } = fake.command('timeline', {});
    const { reply } = await answerTo(token, id);
    checkEmbeds(reply.body);
    expect(reply.body.embeds[0].footer.text).toMatch(/Page 1 of (\d+)/);
    const row = reply.body.components[0].components;
    expect(row.map((b: any) => b.label)).toEqual(['Previous', 'Next']);
    for (const b of row) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const next = fake.button(row[1].custom_id);
    const update = await answerTo(next.token, next.id);
    expect(update.callback.body.type).toBe(6); // deferred update
    checkEmbeds(update.reply.body);
    expect(update.reply.body.embeds[0].footer.text).toMatch(/Page 2 of/);
    expect(text(update.reply.body)).not.toEqual(text(reply.body));
  });

  it('answers an expired page politely', async () => {
    const old = `pg:1:${Math.floor(Date.now() / 1000 - 86_400).toString(36)}:=/timeline`;
    const { id, token } = fake.button(old);
    const cb = await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(cb.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(cb.body)).toMatch(/expired/);
  });

  it('refuses /reload to a member without Manage Server, ephemerally', async () => {
    const { id, token } = fake.command('reload', {}, 'user');
    const cb = await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(cb.body)).toMatch(/Only moderators/);
  });

  it('accepts /reload from a moderator role, and a new article is searchable after it', async () => {
    writeFileSync(
      join(corpus, '010_new.txt'),
      'Torkham crossing reopens to trucks\nUpdated 10 March 2026\nThe Torkham border crossing reopened to cargo trucks on Monday after a two-week closure, customs officials said, with hundreds of trucks queuing on both sides.',
    );
    const { token } = fake.command('reload', {}, 'editor');
    const reply = await reloadReport(token);
    expect(text(reply.body)).toMatch(/Added \(1\)/);
    expect(text(reply.body)).toMatch(/010\\\\_new\.txt/);
    const s = fake.command('search', { query: 'torkham trucks' });
    const found = await answerTo(s.token, s.id);
    expect(text(found.reply.body)).toContain('010_new.txt');
  });

  it('accepts /reload from a member with Manage Server', async () => {
    const { token } = fake.command('reload', {}, 'mod');
    const reply = await reloadReport(token);
    expect(text(reply.body)).toMatch(/nothing changed/);
  });

  it('answers a mention in a thread as a reply, with cited excerpts', async () => {
    const before = Date.now();
    fake.say(`<@${IDS.bot}> what did Pakistan say about the TTP?`, IDS.thread);
    const call = await fake.waitFor(
      (c) => c.method === 'POST' && c.path === `/channels/${IDS.thread}/messages`,
      before,
    );
    expect(call.body.message_reference).toBeTruthy();
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    checkEmbeds(call.body);
    expect(text(call.body)).toMatch(/TTP/);
    expect(text(call.body)).toMatch(/\.txt/);
  });

  it('joins a new thread where it is mentioned', async () => {
    fake.createThread();
    await new Promise((r) => setTimeout(r, 100));
    const before = Date.now();
    fake.say(`<@${IDS.bot}> cpec`, IDS.newThread);
    await fake.waitFor(
      (c) =>
        c.method === 'PUT' &&
        /^\/channels\/\d+\/thread-members\/(?:@me|%40me)$/.test(c.path) &&
        c.path.includes(IDS.newThread),
      before,
    );
    await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.newThread}/messages`, before);
  });

  it('says plainly when the corpus has nothing, answers a bare mention with help, and ignores bots', async () => {
    const before = Date.now();
    fake.say(`<@${IDS.bot}> what is the price of tea in Reykjavik`, IDS.channel);
    const none = await fake.waitFor(
      (c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`,
      before,
    );
    expect(text(none.body)).toMatch(/nothing on that/);
    fake.say(`<@${IDS.bot}>`, IDS.channel);
    const help = await fake.waitFor(
      (c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages` && text(c.body).includes('/who'),
      before,
    );
    expect(text(help.body)).toMatch(/Dossier/);
    const posts = () =>
      fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`).length;
    const count = posts();
    fake.say(`<@${IDS.bot}> cpec`, IDS.channel, FakeDiscord.user('900000000000000999', 'otherbot', true) as any);
    fake.say('cpec without a mention', IDS.channel);
    await new Promise((r) => setTimeout(r, 300));
    expect(posts()).toBe(count);
  });

  it('splits an over-long answer into pages that each stay within limits', async () => {
    const { id, token } = fake.command('search', { query: 'pakistan afghanistan' });
    const { reply } = await answerTo(token, id);
    checkEmbeds(reply.body);
    const { renderPages, withinLimits } = await import('../../src/discord/render.js');
    const { timeline } = await import('../../src/queries/timeline.js');
    const pages = renderPages(timeline(bot.engine.corpus, {}));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(withinLimits(p)).toBe(true);
  });
});
