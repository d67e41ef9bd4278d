import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  mediaContentTypeFor,
  mediaContentTypes,
  mediaFileSchema,
  mediaListResponseSchema,
  mediaNameSchema,
} from '../../shared';
import { audit } from '../audit/audit-repo';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden, HttpError } from '../http/http-error';
import { listMedia, saveNewMedia } from './media-library';

export interface MediaRoutesOptions {
  /** Looked up in order; the first is `uploadRoot`. */
  mediaRoots: readonly string[];
  /** New files go to `<uploadRoot>/media/`. */
  uploadRoot: string;
  bodyLimit: number;
}

async function requireHq(request: FastifyRequest): Promise<void> {
  if (signedInUser(request).role !== 'hq') throw forbidden('Only HQ manages media');
}

/** HQ lists the `/media/` files and adds new ones; a file is never replaced once it exists. */
export const mediaRoutes: FastifyPluginAsyncZod<MediaRoutesOptions> = async (app, options) => {
  // The raw file is the body; these parsers live only in this plugin's routes.
  app.addContentTypeParser(
    [...new Set(Object.values(mediaContentTypes))],
    { parseAs: 'buffer', bodyLimit: options.bodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/media',
    { onRequest: [requireUser, requireHq], schema: { response: { 200: mediaListResponseSchema } } },
    async () => ({ files: await listMedia(app.db, options.mediaRoots) }),
  );

  app.put(
    '/media/:name',
    {
      onRequest: [requireUser, requireHq],
      bodyLimit: options.bodyLimit,
      schema: {
        params: z.object({ name: mediaNameSchema }),
        body: z.instanceof(Buffer),
        response: { 201: mediaFileSchema },
      },
    },
    async (request, reply) => {
      const { name } = request.params;
      const sentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (sentType !== mediaContentTypeFor(name)) {
        throw new HttpError(400, 'invalid_body', 'The content type does not match the name', {
          body: [`Send a .${name.split('.').pop()} file as ${mediaContentTypeFor(name)}`],
        });
      }
      if (request.body.length === 0)
        throw new HttpError(400, 'invalid_body', 'The file is empty', { body: ['Empty file'] });
      const saved = await saveNewMedia(options.mediaRoots, options.uploadRoot, name, request.body);
      if (!saved)
        throw new HttpError(409, 'media_exists', 'A file of that name exists: choose a new name');
      const path = `/media/${name}`;
      const file = (await listMedia(app.db, options.mediaRoots)).find((f) => f.path === path);
      if (!file) throw new Error(`Uploaded ${path} cannot be found`);
      await audit(
        app.db,
        {
          actorId: signedInUser(request).id,
          action: 'content.media_uploaded',
          target: `media:${path}`,
          storeId: null,
          detail: { bytes: file.bytes, sha256: file.sha256 },
        },
        app.settings.now(),
      );
      return reply.code(201).send(file);
    },
  );
};
