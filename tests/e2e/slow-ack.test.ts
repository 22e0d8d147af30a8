// An acknowledgement Discord answers late (after discord.js's 15 s timeout) is never sent twice, and the answer
// still comes. In a file of its own: it waits out the real timeout, while other files run.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord, IDS } from './fake-discord.js';
import type { Bot } from '../../src/bot.js';
import { startFakeAndBot, stopFakeAndBot } from './harness.js';
import { tempCorpus } from '../helpers.js';

let fake: FakeDiscord;
let bot: Bot;

beforeAll(async () => {
  ({ fake, bot } = await startFakeAndBot({ CORPUS_DIR: tempCorpus({}, true) }));
});

afterAll(() => stopFakeAndBot(fake, bot));

it('does not acknowledge again when the acknowledgement was answered after 16 s, and still answers', async () => {
  let slow = '';
  fake.override = (call) =>
    slow && call.path === `/interactions/${slow}/tok-${slow}/callback` ? { status: 0, delayMs: 16_000 } : undefined;
  try {
    const c = fake.command('who', { name: 'muttaqi' }, 'user', 2, undefined, '960000000000000001');
    slow = c.id;
    const answer = await fake.waitFor(
      (x) => x.method === 'PATCH' && x.path.includes(`/webhooks/${IDS.app}/${c.token}/`),
      0,
      40_000,
    );
    expect(JSON.stringify(answer.body.embeds)).toContain('Amir Khan Muttaqi');
    expect(fake.calls.filter((x) => x.path === `/interactions/${c.id}/${c.token}/callback`)).toHaveLength(1);
  } finally {
    fake.override = null;
  }
}, 60_000);
