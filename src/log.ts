// Structured logs on standard error, so standard output stays clean for the console's answers.
import { pino } from 'pino';

export const logOptions = {
  level: process.env.LOG_LEVEL ?? 'info',
  // The token must never reach a log line, whatever object carries it.
  redact: {
    paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization', 'err.requestBody', 'err.rawError.token'],
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
