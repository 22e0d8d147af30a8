// npm run deploy [-- --dry-run]: registers the slash commands, in one server with GUILD_ID (instant), else globally.
import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import { commands } from '../src/commands/index.js';
import { ASK_MESSAGE, askMessageJson, commandJson } from '../src/discord/definitions.js';
import { loadConfig } from '../src/config.js';

import { quietOnClosedOutput, readFlags } from '../src/cli.js';

const USAGE = `
Usage: npm run deploy [-- --dry-run]

Registers Dossier's slash commands and its "Ask Dossier" message command with Discord: in the server GUILD_ID
when set (at once), otherwise globally (up to an hour). Needs DISCORD_TOKEN and DISCORD_APP_ID.

  --dry-run  print the JSON that would be sent, and send nothing
  -h, --help this text
`;
const dryRun = !!readFlags('npm run deploy', USAGE, { 'dry-run': { type: 'boolean' } })['dry-run'];
quietOnClosedOutput();
try {
  const config = loadConfig();
  const body = [...commands.map((c) => commandJson(c.data)), askMessageJson(ASK_MESSAGE)];
  const target = config.GUILD_ID
    ? `server ${config.GUILD_ID}`
    : 'every server (global; may take up to an hour to appear)';
  if (dryRun) {
    process.stdout.write(JSON.stringify(body, null, 2) + '\n');
    process.stderr.write(`Dry run: ${body.length} commands would be registered for ${target}.\n`);
  } else {
    if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID)
      throw new Error('Set DISCORD_TOKEN and DISCORD_APP_ID (see .env.example) to register commands.');
    const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(config.DISCORD_TOKEN);
    const route = config.GUILD_ID
      ? Routes.applicationGuildCommands(config.DISCORD_APP_ID, config.GUILD_ID)
      : Routes.applicationCommands(config.DISCORD_APP_ID);
    const result = (await rest.put(route, { body })) as unknown[];
    process.stdout.write(`Registered ${result.length} commands for ${target}.\n`);
  }
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
}
