// npm start: the Discord bot when DISCORD_TOKEN is set, the offline console otherwise.
// Signals first: a SIGTERM while the corpus is first built must end the process cleanly too.
import { onShutdown } from './signals.js';
import 'dotenv/config';
import { loadConfig, ConfigError } from './config.js';
import { log } from './log.js';
import { installProcessHandlers } from './process.js';
import { corpusDirProblem, quietOnClosedOutput, readFlags } from './cli.js';

const USAGE = `
Usage: npm start [-- --json]

Runs Dossier: the Discord bot when DISCORD_TOKEN is set (in the environment or .env), otherwise the offline
console on CORPUS_DIR, one command or question a line on standard input.

  --json     console only: one JSON object per input line on standard output (logs on standard error)
  -h, --help this text

Settings: see .env.example and the README (Configuration).
`;
const flags = readFlags('npm start', USAGE, { json: { type: 'boolean' } });
quietOnClosedOutput();

// A stray rejection is a bug to log, not a reason to stop answering everyone else.
installProcessHandlers(log);

try {
  const config = loadConfig();
  const problem = corpusDirProblem(config.CORPUS_DIR);
  if (problem) throw new Error(problem);
  if (config.DISCORD_TOKEN) {
    const { startBot, engineFor } = await import('./bot.js');
    const engine = engineFor(config);
    const { progressOnStderr } = await import('./progress.js');
    progressOnStderr(engine, log);
    // While the first build runs there is no gateway to close yet: the engine is stopped (a save under way ends).
    onShutdown(() => engine.stop());
    const bot = await startBot(config, { engine });
    onShutdown(() => bot.stop());
  } else {
    process.stderr.write('No DISCORD_TOKEN set: starting the offline console on the local corpus.\n');
    const { runConsole } = await import('./console.js');
    await runConsole(config, !!flags.json);
  }
} catch (err) {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `Dossier could not start: ${(err as Error).message}\n`,
  );
  process.exitCode = 1;
}
