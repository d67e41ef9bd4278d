import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Headers for two PWAs built by Vite: scripts only from our origin (no inline script, so the
 * service worker registration must be a file), inline styles allowed (video.js injects them),
 * media and images also from blob: and data: (cached clips, QR codes).
 * No upgrade-insecure-requests: store kiosks often reach the server over plain http on the LAN.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:', 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Cross-origin isolation is not needed and would block nothing useful here.
    crossOriginEmbedderPolicy: false,
    // HSTS on a LAN http server would only confuse browsers that later meet it over https.
    strictTransportSecurity: false,
  });
}
