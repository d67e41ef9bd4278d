import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { followUpSchema, ticketSchema } from '../../shared';
import { notFound } from '../http/http-error';
import { renderInfoPage } from '../info/info-layout';
import { languageOf } from '../info/info-text';
import { findFollowUp } from './follow-repo';
import { followText } from './follow-text';
import { followNotFoundBody, followUpBody } from './follow-view';

const paramsSchema = z.object({ ticket: z.string() });
const minute = 60_000;
/** Public and unauthenticated: a brake on guessing tickets, far above a customer's reloads. */
const rateLimit = { max: 120, timeWindow: minute };

/** A ticket as typed: upper case, with or without its dash; undefined when it cannot be one. */
function normaliseTicket(raw: string): string | undefined {
  if (raw.length > 20) return undefined;
  const compact = raw.trim().toUpperCase().replace(/-/g, '');
  const ticket = compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
  return ticketSchema.safeParse(ticket).success ? ticket : undefined;
}

/**
 * The page a kiosk's QR code opens on the customer's phone (`GET /t/:ticket`, zh or `?lang=en`)
 * and the same facts as JSON (`GET /api/follow/:ticket`). No session; nothing personal.
 */
export async function followPageRoutes(app: FastifyInstance): Promise<void> {
  app.get('/:ticket', { config: { rateLimit } }, async (request, reply) => {
    const language = languageOf(request.query);
    const { ticket: raw } = paramsSchema.parse(request.params);
    const ticket = normaliseTicket(raw);
    const follow = ticket ? await findFollowUp(app.db, ticket) : undefined;
    const w = followText[language];
    const page = follow
      ? {
          language,
          path: `/t/${follow.ticket}`,
          title: `${w.title} ${follow.ticket}`,
          body: followUpBody(follow, language),
        }
      : {
          language,
          path: `/t/${encodeURIComponent(raw)}`,
          title: w.notFoundTitle,
          body: followNotFoundBody(language),
        };
    return reply
      .code(follow ? 200 : 404)
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(renderInfoPage(page));
  });
}

export async function followApiRoutes(app: FastifyInstance): Promise<void> {
  app.get('/:ticket', { config: { rateLimit } }, async (request) => {
    const { ticket: raw } = paramsSchema.parse(request.params);
    const ticket = normaliseTicket(raw);
    const follow = ticket ? await findFollowUp(app.db, ticket) : undefined;
    if (!follow) throw notFound('ticket_not_found', 'No order has this ticket');
    return followUpSchema.parse(follow);
  });
}
