/**
 * The owner of the process lifecycle: on SIGTERM or SIGINT, drain HTTP (requests in flight answered,
 * keep-alive sockets closed), close the store, exit 0; if that takes longer than the configured time,
 * exit 1 anyway. An unhandled rejection is logged and the server lives; an uncaught exception outside
 * any request leaves the process in an unknown state, so it is logged and the process stops the same way.
 */
import type { Logger } from 'pino';

export interface Stoppable {
  close(timeoutMs?: number): Promise<{ readonly forced: boolean }>;
}

export interface StopOptions {
  readonly app: Stoppable;
  readonly store: { close(): Promise<void> };
  readonly logger: Logger;
  readonly timeoutMs: number;
  readonly exit?: (code: number) => void;
}

export function stopOnSignals(options: StopOptions): { stop(reason: string, code?: number): Promise<void> } {
  const { logger, timeoutMs } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping: Promise<void> | null = null;

  function stop(reason: string, code = 0): Promise<void> {
    stopping ??= (async () => {
      logger.info({ timeoutMs }, `${reason}: draining requests, then closing the store`);
      const deadline = setTimeout(() => {
        logger.error(`could not stop within ${timeoutMs} ms; exiting anyway`);
        exit(1);
      }, timeoutMs);
      deadline.unref();
      try {
        // Leave a fifth of the time for the store to close.
        const { forced } = await options.app.close(Math.max(100, Math.floor(timeoutMs * 0.8)));
        if (forced) logger.warn('some connections were still open at the deadline and were closed');
        await options.store.close();
        logger.info('stopped');
        exit(code);
      } catch (error) {
        logger.error({ err: error }, 'error while stopping');
        exit(1);
      } finally {
        clearTimeout(deadline);
      }
    })();
    return stopping;
  }

  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void stop('uncaught exception', 1);
  });
  return { stop };
}
