import type { FastifyInstance } from 'fastify';
import { publishDueVersions } from './publish-version';

/**
 * Publishes scheduled versions when they fall due: every process runs this timer, and the
 * conditional claim in `publishVersion` lets exactly one of them publish each version.
 */
export function startVersionScheduler(
  app: FastifyInstance,
  options: { intervalMs: number; mediaRoots: readonly string[] },
): void {
  let running: Promise<void> | null = null;
  const tick = async () => {
    try {
      const { published, failed } = await publishDueVersions(app.db, app.settings.now(), {
        mediaRoots: options.mediaRoots,
        warn: (message) => app.log.warn(message),
      });
      if (published.length > 0) app.log.info(`Published content versions ${published.join(', ')}`);
      if (failed.length > 0) app.log.warn(`Content versions failed: ${failed.join(', ')}`);
    } catch (error) {
      app.log.error(`Scheduled publishing failed: ${(error as Error).message}`);
    }
  };
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      // A slow publish is never overlapped by the next tick.
      running ??= tick().finally(() => {
        running = null;
      });
    }, options.intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running; // the database closes after this hook
  });
}
