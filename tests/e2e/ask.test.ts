// Mentions against the fake Discord: a mention of the bot's role, follow-ups read from the thread, "Ask Dossier".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, IDS } from './fake-discord.js';
import type { Bot } from '../../src/bot.js';
import { startFakeAndBot, stopFakeAndBot } from './harness.js';
import { tempCorpus } from '../helpers.js';

let fake: FakeDiscord;
let bot: Bot;

/** The bot's next message in a channel after the first `seen` calls (calls counted, not timed: two may share a millisecond). */
const posted = (channel: string, seen: number) =>
  fake.waitFor(
    (c) => c.method === 'POST' && c.path === `/channels/${channel}/messages` && fake.calls.indexOf(c) >= seen,
  );
const embed = (body: any) => body.embeds?.[0] ?? {};

beforeAll(async () => {
  const corpus = tempCorpus({}, true);
  ({ fake, bot } = await startFakeAndBot({ CORPUS_DIR: corpus }));
});

afterAll(() => stopFakeAndBot(fake, bot));

describe('questions put to the bot in Discord', () => {
  it('answers a mention of its managed role as a mention of the bot, the answer first', async () => {
    const seen = fake.calls.length;
    fake.say(`<@&${IDS.botRole}> who is Pakistan's foreign minister?`, IDS.channel);
    const reply = await posted(IDS.channel, seen);
    expect(embed(reply.body).title).toBe('Ishaq Dar');
    expect(embed(reply.body).description).toMatch(/\*\*Ishaq Dar\*\*/);
    // Another role's mention is not a question to the bot.
    const other = fake.say(`<@&${IDS.modRole}> who is Pakistan's foreign minister?`, IDS.channel);
    // Messages are handled in order and a channel's replies sent in order: once a later question is answered,
    // a reply to the other role's mention would be there.
    const later = fake.say(`<@${IDS.bot}> who is Pakistan's foreign minister?`, IDS.channel);
    await fake.waitFor((c) => c.method === 'POST' && c.body?.message_reference?.message_id === later, 0, 30_000);
    expect(fake.calls.filter((c) => c.method === 'POST' && c.body?.message_reference?.message_id === other)).toEqual(
      [],
    );
  });

  it('reads the thread before answering a follow-up: "he" is the person answered before', async () => {
    fake.say(`<@${IDS.bot}> who is the FBI director?`, IDS.thread);
    const first = await posted(IDS.thread, fake.calls.length);
    expect(embed(first.body).title).toBe('Kash Patel');
    const reads = fake.calls.length;
    fake.say(`<@${IDS.bot}> what did he say about India?`, IDS.thread);
    const second = await posted(IDS.thread, reads);
    // The thread was read (its earlier messages fetched) and the answer is about Patel and India.
    expect(
      fake.calls.slice(reads).some((c) => c.method === 'GET' && c.path === `/channels/${IDS.thread}/messages`),
    ).toBe(true);
    expect(embed(second.body).description).toContain('Taken as: “what did Kash Patel say about India?”');
    expect(JSON.stringify(second.body.embeds)).toMatch(/Indian/);
  });

  it('answers "Ask Dossier" on any message, from the message content Discord hands the command', async () => {
    const { id, token } = fake.askAbout('How much is CPEC worth?');
    const callback = await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(callback.body.type).toBe(5);
    const reply = await fake.waitFor((c) => c.path.includes(`/webhooks/${IDS.app}/${token}`) && c.method === 'PATCH');
    expect(embed(reply.body).title).toMatch(/\$62bn|62 billion|\$60 billion/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('tells the asker when the message has no text to ask about', async () => {
    const { id, token } = fake.askAbout('   ');
    const callback = await fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(callback.body.data.flags).toBe(64);
    expect(JSON.stringify(callback.body.data.embeds)).toMatch(/no text/);
  });
});
