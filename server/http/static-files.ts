import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const apps = ['kiosk', 'admin'] as const;

/** Hashed build output may be cached for ever; anything else is revalidated on every load. */
function cacheControlFor(path: string): string {
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves `dist/` (the Vite build): `/kiosk/` and `/admin/` with their index.html, hashed
 * `/assets/…`, and the public files (`/media/…`, `/icons/…`). Service workers (`/kiosk/sw.js`)
 * come with `no-cache`, so a new version is seen at once. Without a build (integration tests,
 * `npm run dev` before `vite build`) only the redirect of `/` is registered.
 */
export async function registerStaticFiles(
  app: FastifyInstance,
  distDir: string,
  uploadMediaDir?: string,
): Promise<void> {
  app.get('/', (_request, reply) => reply.redirect('/kiosk/'));
  if (uploadMediaDir) await registerMedia(app, uploadMediaDir, join(distDir, 'media'));
  if (!existsSync(distDir)) {
    app.log.warn(
      `No front-end build at ${distDir}: run \`npm run build\` to serve /kiosk/ and /admin/`,
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: true,
    redirect: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (reply, path) => reply.header('Cache-Control', cacheControlFor(path)),
  });
}

/**
 * `/media/…` from the uploads folder first, then the build's own media, with the same headers
 * and range requests as any other media file. Looked up per request, so a new upload is
 * served at once.
 */
async function registerMedia(
  app: FastifyInstance,
  uploadMediaDir: string,
  builtMediaDir: string,
): Promise<void> {
  await app.register(fastifyStatic, {
    root: existsSync(builtMediaDir) ? [uploadMediaDir, builtMediaDir] : uploadMediaDir,
    prefix: '/media/',
    wildcard: true,
    decorateReply: false,
    index: false,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (reply) => reply.header('Cache-Control', 'no-cache'),
  });
}

/**
 * A client-side route of either app (`/admin/orders`, no file extension) is that app's page;
 * anything else is a real 404. Null when there is no build to fall back to.
 */
export function appPageFor(distDir: string, method: string, path: string): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const name = apps.find((app) => path.startsWith(`/${app}/`));
  if (!name || /\.[a-z0-9]+$/i.test(path)) return null;
  const page = join(name, 'index.html');
  return existsSync(join(distDir, page)) ? page : null;
}
