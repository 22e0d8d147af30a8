// npm start: the Discord bot when DISCORD_TOKEN is set, the offline console otherwise.
import 'dotenv/config';
import { loadConfig, ConfigError } from './config.js';
import { runConsole } from './console.js';
import { log } from './log.js';

import { installProcessHandlers } from './process.js';

// A stray rejection is a bug to log, not a reason to stop answering everyone else.
installProcessHandlers(log);

try {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    const { startBot } = await import('./bot.js');
    const bot = await startBot(config);
    const shutdown = async (signal: string) => {
      log.info({ signal }, 'shutting down');
      await bot.stop().catch((err) => log.error({ err }, 'error while shutting down'));
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
  } else {
    process.stderr.write('No DISCORD_TOKEN set: starting the offline console on the local corpus.\n');
    await runConsole(config, process.argv.includes('--json'));
  }
} catch (err) {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `Dossier could not start: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
