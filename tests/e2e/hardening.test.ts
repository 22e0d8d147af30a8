// Throttling that throttles, pages kept for their lifetime, and a placeholder that always resolves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, IDS, type RestCall } from './fake-discord.js';
import type { Bot } from '../../src/bot.js';
import { startFakeAndBot, stopFakeAndBot } from './harness.js';
import { tempCorpus } from '../helpers.js';

let fake: FakeDiscord;
let bot: Bot;
const LIMIT = 5;

beforeAll(async () => {
  // The rate limits' clock stands still: a budget is spent by requests, never refilled by a slow machine.
  ({ fake, bot } = await startFakeAndBot(
    { CORPUS_DIR: tempCorpus({}, true), RATE_USER_PER_MIN: String(LIMIT), RATE_CHANNEL_PER_MIN: '0' },
    { clock: () => 0 },
  ));
});

afterAll(() => stopFakeAndBot(fake, bot));

const author = (id: string) => FakeDiscord.user(id, 'reader') as never;
const callback = (id: string, token: string) =>
  fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`, 0, 20_000);
const edit = (token: string) =>
  fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/webhooks/${IDS.app}/${token}/messages/`), 0, 20_000);
const repliesTo = (ids: string[]) =>
  fake.calls.filter(
    (c) =>
      c.method === 'POST' &&
      /^\/channels\/\d+\/messages$/.test(c.path) &&
      ids.includes(c.body?.message_reference?.message_id),
  );

describe('throttling', () => {
  it('answers a mention flood within the budget, tells the flooder once, then stays silent', async () => {
    const flood = Array.from({ length: 20 }, () =>
      fake.say(`<@${IDS.bot}> cpec`, IDS.channel, author('940000000000000001')),
    );
    // Answers are worked out in order: once a later asker is answered, the flood has been dealt with.
    const marker = fake.say(`<@${IDS.bot}> torkham`, IDS.channel, author('940000000000000002'));
    await fake.waitFor((c) => c.method === 'POST' && c.body?.message_reference?.message_id === marker, 0, 20_000);
    const replies = repliesTo(flood);
    const notices = replies.filter((r) => /Slow down/.test(r.body.content ?? ''));
    const answers = replies.filter((r) => (r.body.embeds ?? []).length > 0);
    expect(answers).toHaveLength(LIMIT);
    expect(notices).toHaveLength(1);
    expect(replies).toHaveLength(LIMIT + 1);
    expect(notices[0]!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('puts Previous/Next under the same budget: one notice, then presses change nothing', async () => {
    const user = '940000000000000003';
    const first = fake.command('timeline', {}, 'user', 2, undefined, user);
    const answer = await edit(first.token);
    const next = answer.body.components[0].components[1].custom_id as string;
    const presses = Array.from({ length: 10 }, () => fake.button(next, 'user', user));
    const cbs = await Promise.all(presses.map((p) => callback(p.id, p.token)));
    // The command took one token: four presses are served, in the order they came.
    await Promise.all(presses.slice(0, LIMIT - 1).map((p) => edit(p.token)));
    const told = cbs.filter((c) => c.body.type === 4);
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]!.body)).toMatch(/Slow down/);
    expect(told[0]!.body.data.flags & 64).toBe(64);
    expect(cbs.filter((c) => c.body.type === 6)).toHaveLength(presses.length - 1);
    const edited = new Set(fake.calls.filter((c) => c.method === 'PATCH').map((c) => c.path));
    const servedPresses = presses.filter((p) => [...edited].some((path) => path.includes(p.token)));
    expect(servedPresses).toEqual(presses.slice(0, LIMIT - 1));
  });

  it('shows the next page of the answer it made, without working the query out again', async () => {
    const user = '940000000000000004';
    const first = fake.command('timeline', {}, 'user', 2, undefined, user);
    const answer = await edit(first.token);
    const footer = answer.body.embeds[0].footer.text as string;
    expect(footer).toMatch(/^Page 1 of \d+$/);
    const next = answer.body.components[0].components[1].custom_id as string;
    // From here on the engine cannot answer anything: a page can only come from what was kept.
    Object.defineProperty(bot.engine, 'corpus', {
      configurable: true,
      get: () => {
        throw new Error('the index is gone');
      },
    });
    try {
      const press = fake.button(next, 'user', user);
      const page = await edit(press.token);
      expect(page.body.embeds[0].footer.text).toMatch(/^Page 2 of \d+$/);
      expect(page.body.embeds[0].title).toBe(answer.body.embeds[0].title);
    } finally {
      delete (bot.engine as unknown as Record<string, unknown>).corpus;
    }
  });
});

describe('Discord faults', () => {
  it('replaces the public placeholder with an error when every answer edit fails', async () => {
    const user = '940000000000000005';
    let token = '';
    fake.override = (call: RestCall) =>
      call.method === 'PATCH' && token && call.path.includes(token)
        ? { status: 500, body: { message: 'Internal Server Error', code: 0 } }
        : undefined;
    try {
      const c = fake.command('search', { query: 'Paktika' }, 'user', 2, undefined, user);
      token = c.token;
      const removed = await fake.waitFor(
        (x) =>
          x.method === 'DELETE' &&
          /^\/webhooks\/\d+\/[^/]+\/messages\/(?:@|%40)original$/.test(x.path) &&
          x.path.includes(c.token),
        0,
        20_000,
      );
      const told = await fake.waitFor(
        (x) => x.method === 'POST' && x.path === `/webhooks/${IDS.app}/${c.token}`,
        0,
        20_000,
      );
      // In the order Discord received them, not by their time stamps.
      expect(fake.calls.indexOf(told)).toBeGreaterThan(fake.calls.indexOf(removed));
      expect(told.body.flags & 64).toBe(64);
      expect(JSON.stringify(told.body.embeds)).toMatch(/could not be delivered/);
      // discord.js retried the edit before giving up on it.
      expect(fake.calls.filter((x) => x.method === 'PATCH' && x.path.includes(c.token)).length).toBeGreaterThan(1);
    } finally {
      fake.override = null;
    }
  });
});
