// SHARD_COUNT: read and checked at start, and turned into the discord.js client's shard options.
import { afterEach, describe, expect, it } from 'vitest';
import { Client, GatewayIntentBits } from 'discord.js';
import { loadConfig } from '../src/config.js';
import { shardOptions } from '../src/discord/shards.js';

const saved = process.env.SHARD_COUNT;
afterEach(() => {
  if (saved === undefined) delete process.env.SHARD_COUNT;
  else process.env.SHARD_COUNT = saved;
});

describe('SHARD_COUNT', () => {
  it('defaults to auto, takes a number of shards, and refuses anything else with one clear line', () => {
    expect(loadConfig({}).SHARD_COUNT).toBe('auto');
    expect(loadConfig({ SHARD_COUNT: '' }).SHARD_COUNT).toBe('auto');
    expect(loadConfig({ SHARD_COUNT: ' Auto ' }).SHARD_COUNT).toBe('auto');
    expect(loadConfig({ SHARD_COUNT: '4' }).SHARD_COUNT).toBe(4);
    for (const bad of ['0', '-1', '2.5', 'two', '65', '10000'])
      expect(() => loadConfig({ SHARD_COUNT: bad }), bad).toThrow(
        /SHARD_COUNT: must be auto or a number of shards from 1 to 64/,
      );
  });

  it('runs every shard of a fixed count in this process', () => {
    expect(shardOptions(1)).toEqual({ shards: [0], shardCount: 1 });
    expect(shardOptions(3)).toEqual({ shards: [0, 1, 2], shardCount: 3 });
  });

  it('builds a client whatever SHARD_COUNT the environment holds (discord.js reads it too)', () => {
    for (const [env, count] of [
      ['auto', 'auto'],
      ['3', 3],
      ['1', 1],
    ] as const) {
      process.env.SHARD_COUNT = env;
      const client = new Client({ intents: [GatewayIntentBits.Guilds], ...shardOptions(count) });
      expect(client.options.shards, env).toEqual(
        count === 'auto' ? 'auto' : Array.from({ length: count }, (_, i) => i),
      );
      void client.destroy();
    }
  });
});
