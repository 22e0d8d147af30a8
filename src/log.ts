// Structured logs on standard error, so standard output stays clean for the console's answers.
import { pino } from 'pino';

/**
 * Interaction tokens ride in URLs (`/webhooks/<app>/<token>/…`, `/interactions/<id>/<token>/callback`) that
 * discord.js puts in error messages, stacks and `err.url`: each lets anyone post as the bot for 15 minutes.
 */
const INTERACTION_TOKEN = /(\/(?:webhooks|interactions)\/\d+\/)[^/\s"'?#\\]+/g;

/** A log line with every interaction token in it replaced, wherever in the line it is. */
export function redactTokens(line: string): string {
  return line.replace(INTERACTION_TOKEN, '$1[redacted]');
}

export const logOptions = {
  level: process.env.LOG_LEVEL ?? 'info',
  // The whole written line is redacted, whatever field (url, message, stack, a nested cause) carries the token.
  hooks: { streamWrite: redactTokens },
  // The token must never reach a log line, whatever object carries it.
  redact: {
    paths: [
      'token',
      '*.token',
      'DISCORD_TOKEN',
      '*.DISCORD_TOKEN',
      'config.DISCORD_TOKEN',
      'headers.authorization',
      '*.headers.authorization',
      'err.requestBody',
      'err.rawError.token',
    ],
    censor: '[redacted]',
  },
};

export const log = pino(logOptions, pino.destination(2));

let counter = 0;
/** A short id that ties a user's report to the log lines of one request. */
export function requestId(): string {
  counter = (counter + 1) % 1e6;
  return `${Date.now().toString(36)}-${counter.toString(36)}`;
}
