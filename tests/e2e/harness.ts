// Starts a fake Discord on 127.0.0.1 and the real bot connected to it, with the given settings.
import { FakeDiscord, type FakeOptions } from './fake-discord.js';
import { startBot, type Bot, type BotOptions } from '../../src/bot.js';
import { loadConfig } from '../../src/config.js';

export async function startFakeAndBot(
  env: Record<string, string>,
  options: BotOptions = {},
  discord: FakeOptions = {},
): Promise<{ fake: FakeDiscord; bot: Bot }> {
  const fake = new FakeDiscord(discord);
  await fake.start();
  // No snapshot: a test must not leave one in the working tree.
  const config = loadConfig({
    DISCORD_TOKEN: 'fake-token-for-tests',
    DISCORD_API_BASE: fake.api,
    LOG_LEVEL: 'silent',
    SNAPSHOT_PATH: '',
    ...env,
  } as NodeJS.ProcessEnv);
  const ready = fake.whenReady();
  const bot = await startBot(config, options);
  await ready;
  // The bot is online before its corpus serves; these tests start from a served corpus.
  await bot.loaded;
  return { fake, bot };
}

export async function stopFakeAndBot(fake?: FakeDiscord, bot?: Bot): Promise<void> {
  await bot?.stop();
  await fake?.stop();
}
