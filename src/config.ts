// Settings from the environment (and .env), checked once at start with one clear message per bad setting.
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const snowflake = /^\d{17,20}$/;
/** Far past what one process holds (see the README, Sharding); a typo such as 10000 is refused. */
const MAX_SHARDS = 64;
const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .default('0')
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const schema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
  DISCORD_APP_ID: z
    .string()
    .trim()
    .regex(snowflake, 'must be the application id, a number of 17 to 20 digits')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  GUILD_ID: z
    .string()
    .trim()
    .regex(snowflake, 'must be a server id, a number of 17 to 20 digits')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MOD_ROLE_IDS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine(
      (ids) => ids.every((id) => snowflake.test(id)),
      'must be a comma-separated list of role ids (numbers of 17 to 20 digits)',
    ),
  CORPUS_DIR: z.string().trim().min(1).default('./corpus'),
  // Capped at what the bot ingests in well under its per-file time budget (see docs/reliability.md).
  MAX_FILE_MB: z.coerce
    .number()
    .positive('must be a positive number of megabytes')
    .max(4, 'must be at most 4 (megabytes): larger files take too long to index; split them')
    .default(2),
  DISCORD_API_BASE: z
    .string()
    .trim()
    .url('must be a URL such as https://discord.com/api')
    .default('https://discord.com/api'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PAGE_TTL_MINUTES: z.coerce.number().int().positive().max(1440).default(15),
  CORPUS_WATCH: flag,
  // Unset: one snapshot per corpus folder under .cache/ (see snapshotPathFor); empty: no snapshot.
  SNAPSHOT_PATH: z.string().trim().optional(),
  HEALTH_PORT: z.coerce
    .number()
    .int()
    .min(1, 'must be a port number from 1 to 65535')
    .max(65535, 'must be a port number from 1 to 65535')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  RATE_USER_PER_MIN: z.coerce.number().int().min(0).max(10_000).default(20),
  RATE_CHANNEL_PER_MIN: z.coerce.number().int().min(0).max(100_000).default(120),
  // The console's history file: unset for the default place (see console/history.ts), empty for none.
  CONSOLE_HISTORY: z.string().optional(),
  // Gateway shards this one process runs over its one engine: "auto" asks Discord how many it recommends.
  SHARD_COUNT: z
    .string()
    .trim()
    .toLowerCase()
    .default('auto')
    .refine(
      (v) => v === '' || v === 'auto' || (/^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SHARDS),
      `must be auto or a number of shards from 1 to ${MAX_SHARDS}`,
    )
    .transform((v): number | 'auto' => (v === '' || v === 'auto' ? 'auto' : Number(v))),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

/**
 * Where the corpus state is saved between runs, or undefined for nowhere. Unless SNAPSHOT_PATH says otherwise, each
 * corpus folder has its own file, named by its full path: switching CORPUS_DIR back and forth rebuilds nothing.
 */
export function snapshotPathFor(config: Pick<Config, 'SNAPSHOT_PATH' | 'CORPUS_DIR'>): string | undefined {
  if (config.SNAPSHOT_PATH !== undefined) return config.SNAPSHOT_PATH || undefined;
  const folder = createHash('sha1').update(resolve(config.CORPUS_DIR)).digest('hex').slice(0, 12);
  return `.cache/snapshot-${folder}.json`;
}
