import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { idSchema, type Language } from '../../shared';
import type { Html } from './escape-html';
import { renderInfoPage } from './info-layout';
import { findExperience, findHandset, findPlans } from './info-repo';
import { languageOf } from './info-text';
import { experienceBody, handsetBody, notFoundBody, planBody } from './info-views';

const paramsSchema = z.object({ id: z.string().max(200) });

interface Found {
  title: string;
  accent?: string | null;
  body: Html;
}

/**
 * The "take it with you" pages a kiosk's QR code opens on the customer's own phone:
 * `GET /info/handset/:id`, `/info/plan/:id`, `/info/experience/:id`. Public and read-only,
 * server-rendered HTML with every value escaped, nothing personal; 404 for an unknown id.
 */
export async function infoRoutes(app: FastifyInstance): Promise<void> {
  const page = (
    kind: 'handset' | 'plan' | 'experience',
    find: (id: string, language: Language) => Promise<Found | null>,
  ) => {
    app.get(`/${kind}/:id`, async (request, reply) => {
      const language = languageOf(request.query);
      const { id } = paramsSchema.parse(request.params);
      const path = `/info/${kind}/${encodeURIComponent(id)}`;
      const found = idSchema.safeParse(id).success ? await find(id, language) : null;
      if (!found) {
        return send(reply.code(404), {
          language,
          path,
          title: notFoundTitle(language),
          body: notFoundBody(language),
        });
      }
      return send(reply, { language, path, ...found });
    });
  };

  page('handset', async (id, language) => {
    const handset = await findHandset(app.db, id);
    if (!handset) return null;
    return { title: `${handset.brand} ${handset.model}`, body: handsetBody(handset, language) };
  });

  page('plan', async (id, language) => {
    const [plan] = await findPlans(app.db, [id]);
    if (!plan) return null;
    return {
      title: language === 'zh' ? plan.name_zh : plan.name_en,
      body: planBody(plan, language),
    };
  });

  page('experience', async (id, language) => {
    const experience = await findExperience(app.db, id);
    if (!experience) return null;
    return {
      title: language === 'zh' ? experience.title_zh : experience.title_en,
      accent: experience.accent,
      body: experienceBody(experience, language),
    };
  });
}

function notFoundTitle(language: Language): string {
  return language === 'zh' ? '没有找到' : 'Not found';
}

function send(reply: FastifyReply, page: Parameters<typeof renderInfoPage>[0]) {
  return reply
    .header('Cache-Control', 'public, max-age=300')
    .type('text/html; charset=utf-8')
    .send(renderInfoPage(page));
}
