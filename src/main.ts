// npm start: the Discord bot when DISCORD_TOKEN is set, the offline console otherwise.
import 'dotenv/config';
import { loadConfig, ConfigError } from './config.js';
import { runConsole } from './console.js';

try {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    const { startBot } = await import('./bot.js');
    await startBot(config);
  } else {
    process.stderr.write('No DISCORD_TOKEN set: starting the offline console on the local corpus.\n');
    await runConsole(config, process.argv.includes('--json'));
  }
} catch (err) {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `Dossier could not start: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
