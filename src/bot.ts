// The Discord bot: a discord.js client wired to the engine. Nothing here knows how answers are made.
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { snapshotPathFor, type Config } from './config.js';
import { Engine } from './engine.js';
import { log } from './log.js';
import { handleInteraction, handleMessage, type BotContext } from './discord/handlers.js';
import { Metrics } from './metrics.js';
import { startHealthServer } from './health.js';
import { userAndChannelLimiter } from './ratelimit.js';
import { acknowledgeOnce } from './discord/rest.js';
import { PageCache } from './discord/pagecache.js';
import { shardOptions } from './discord/shards.js';
import { NO_PINGS } from './discord/replies.js';
import type { Server } from 'node:http';

export interface Bot {
  client: Client;
  engine: Engine;
  metrics: Metrics;
  health: Server | null;
  /** Settles once the first index serves (or failed to load): the bot is online in Discord before. */
  loaded: Promise<void>;
  stop(): Promise<void>;
}

/** The engine the settings describe. */
export function engineFor(config: Config): Engine {
  return new Engine({
    dir: config.CORPUS_DIR,
    maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
    snapshotPath: snapshotPathFor(config),
  });
}

export interface BotOptions {
  engine?: Engine;
  context?: Partial<BotContext>;
  /** The time in ms the rate limits refill by (tests give a clock they move). */
  clock?: () => number;
}

export async function startBot(config: Config, options: BotOptions = {}): Promise<Bot> {
  const engine = options.engine ?? engineFor(config);
  const metrics = new Metrics();
  engine.onReload = (r) => {
    metrics.reload(r.ok, r.ms);
    if (r.ok)
      log.info(
        {
          documents: r.documents,
          added: r.added.length,
          removed: r.removed.length,
          changed: r.changed.length,
          skipped: r.skipped.length,
          ms: r.ms,
        },
        'corpus reloaded',
      );
    else log.error({ error: r.error }, 'reload failed; the previous corpus keeps serving');
  };
  // Health is live at once and ready once the first index serves, so start it first.
  const health = config.HEALTH_PORT ? await startHealthServer(config.HEALTH_PORT, engine, metrics) : null;
  const client = new Client({
    // Guilds for commands and threads, GuildMessages for mentions. Discord delivers the content of a message
    // that mentions the bot without the privileged MessageContent intent, so it is not asked for.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    // Nothing the bot sends may ping: quoted articles can hold @everyone or role mentions.
    allowedMentions: NO_PINGS,
    // An acknowledgement that times out is not sent again (see discord/rest.ts).
    rest: { api: config.DISCORD_API_BASE, makeRequest: acknowledgeOnce() },
    // Every gateway shard runs in this process over the one engine: a /reload on any shard reloads it for all.
    ...shardOptions(config.SHARD_COUNT),
  });
  if (config.CORPUS_WATCH) engine.watch();
  const ctx: BotContext = {
    engine,
    modRoleIds: config.MOD_ROLE_IDS,
    pageTtlMs: config.PAGE_TTL_MINUTES * 60_000,
    limiter: userAndChannelLimiter(config.RATE_USER_PER_MIN, config.RATE_CHANNEL_PER_MIN, 60_000, options.clock),
    pages: new PageCache(config.PAGE_TTL_MINUTES * 60_000),
    metrics,
    ...options.context,
  };
  client.on(Events.InteractionCreate, (i) => void handleInteraction(ctx, i));
  client.on(Events.MessageCreate, (m) => void handleMessage(ctx, client, m));
  client.on(Events.ShardReady, (shard) => log.info({ shard, of: client.options.shardCount }, 'gateway shard ready'));
  client.once(Events.ClientReady, (c) =>
    log.info({ user: c.user.tag, guilds: c.guilds.cache.size, shards: c.options.shardCount }, 'connected to Discord'),
  );
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.ShardDisconnect, (_e, shard) => log.warn({ shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'gateway resumed'));
  // Online in Discord at once, whatever the corpus size: the first load starts beside the login (its work is paced)
  // and, until it serves, commands are told how far it has gone. From a snapshot it serves at once; files changed
  // since are read meanwhile (onReload logs it).
  const loaded = engine.ready ? Promise.resolve() : loadFirst(engine, config.CORPUS_DIR);
  await client.login(config.DISCORD_TOKEN);
  return {
    loaded,
    client,
    engine,
    metrics,
    health,
    async stop() {
      await client.destroy();
      // A snapshot save under way is finished, not cut short (a cut one is swept at the next start anyway).
      await engine.stop();
      await new Promise<void>((r) => (health ? health.close(() => r()) : r()));
    },
  };
}

/** The first load, in the background of a bot that is already online. */
async function loadFirst(engine: Engine, dir: string): Promise<void> {
  log.info({ dir }, 'loading the corpus');
  try {
    const report = await engine.start();
    if (!report.ok) log.error({ error: report.error }, 'corpus failed to load');
    else
      log.info(
        { documents: report.documents, skipped: report.skipped.length, ms: report.ms, snapshot: report.snapshot },
        'corpus loaded',
      );
  } catch (err) {
    log.error({ err }, 'corpus failed to load');
  }
}
