// Which gateway shards the one client runs: every shard of SHARD_COUNT, in this process, over the one engine.

/** discord.js's own default for `shardCount`: left at it, the client reads SHARD_COUNT from the environment. */
const DISCORD_JS_DEFAULT_COUNT = 1;

interface ShardOptions {
  shards: 'auto' | number[];
  shardCount: number;
}

/**
 * The client's `shards`/`shardCount` options for SHARD_COUNT. A number runs shards 0..n-1 here. "auto" lets
 * discord.js ask Discord (GET /gateway/bot) how many it recommends; discord.js then ignores `shardCount`, but
 * a client built with its default count reads `SHARD_COUNT` from the environment as a number, and our
 * SHARD_COUNT=auto would read as NaN and stop the client. Any other valid count keeps it from looking.
 */
export function shardOptions(count: number | 'auto'): ShardOptions {
  if (count === 'auto') return { shards: 'auto', shardCount: DISCORD_JS_DEFAULT_COUNT + 1 };
  return { shards: Array.from({ length: count }, (_, i) => i), shardCount: count };
}
