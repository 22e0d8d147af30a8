// The per-channel budget, as the bot is configured with it (RATE_CHANNEL_PER_MIN), on a clock the test moves:
// many users in one channel share it, the channel is told once, and the budget refills with time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, IDS } from './fake-discord.js';
import type { Bot } from '../../src/bot.js';
import { startFakeAndBot, stopFakeAndBot } from './harness.js';
import { tempCorpus } from '../helpers.js';

let fake: FakeDiscord;
let bot: Bot;
const PER_CHANNEL = 3;
let now = 1_000_000;

beforeAll(async () => {
  ({ fake, bot } = await startFakeAndBot(
    { CORPUS_DIR: tempCorpus({}, true), RATE_USER_PER_MIN: '0', RATE_CHANNEL_PER_MIN: String(PER_CHANNEL) },
    { clock: () => now },
  ));
});

afterAll(() => stopFakeAndBot(fake, bot));

const author = (k: number) => FakeDiscord.user(`95000000000000000${k}`, `reader${k}`) as never;
const replyTo = (id: string) =>
  fake.waitFor((c) => c.method === 'POST' && c.body?.message_reference?.message_id === id, 0, 30_000);

describe('per-channel rate limit', () => {
  it('lets a channel ask so many times a minute whoever asks, tells it once, and refills with time', async () => {
    const kind = (r: { body: { embeds?: unknown[]; content?: string } }) =>
      (r.body.embeds ?? []).length > 0 ? 'answer' : /Slow down/.test(r.body.content ?? '') ? 'slow down' : 'other';
    // Four readers, one question each, in one channel, while the clock stands still.
    const kinds: string[] = [];
    for (let k = 0; k < PER_CHANNEL + 1; k++)
      kinds.push(kind(await replyTo(fake.say(`<@${IDS.bot}> cpec`, IDS.channel, author(k)))));
    expect(kinds).toEqual([...Array(PER_CHANNEL).fill('answer'), 'slow down']);
    // A fifth is not answered, nor told again: the channel already was. Events are handled in order, so once a
    // question in another channel (its own budget) is answered, the fifth has been dealt with.
    const fifth = fake.say(`<@${IDS.bot}> cpec`, IDS.channel, author(5));
    expect(kind(await replyTo(fake.say(`<@${IDS.bot}> cpec`, IDS.thread, author(6))))).toBe('answer');
    // One token comes back after a third of the window: the next reader in the channel is answered.
    now += 60_000 / PER_CHANNEL;
    expect(kind(await replyTo(fake.say(`<@${IDS.bot}> cpec`, IDS.channel, author(7))))).toBe('answer');
    // Replies in one channel are sent in order: had the fifth been answered, it would be there by now.
    expect(fake.calls.filter((c) => c.method === 'POST' && c.body?.message_reference?.message_id === fifth)).toEqual(
      [],
    );
  });
});
