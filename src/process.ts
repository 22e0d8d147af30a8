// Process-wide safety nets: a stray rejection or exception in one request is logged, and the bot keeps serving.
import type { Logger } from 'pino';

export function installProcessHandlers(log: Pick<Logger, 'error'>): () => void {
  const onRejection = (reason: unknown) => log.error({ err: reason }, 'unhandled rejection');
  process.on('unhandledRejection', onRejection);
  return () => process.off('unhandledRejection', onRejection);
}
