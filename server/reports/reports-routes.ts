import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  funnelQuerySchema,
  funnelReportSchema,
  salesCsvQuerySchema,
  salesQuerySchema,
  salesReportSchema,
  todayQuerySchema,
  todayReportSchema,
} from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { funnelReport } from './funnel-repo';
import { reportStoreScope } from './report-scope';
import { salesCsv, salesCsvFileName } from './sales-csv';
import { salesReport } from './sales-repo';
import { todayReport } from './today-repo';

/**
 * Sales, funnel and today's live figures (#8). HQ reads any store or all of them; a manager
 * reads their own store (the default); a clerk reads none (their commission is elsewhere).
 */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sales',
    {
      onRequest: requireUser,
      schema: { querystring: salesQuerySchema, response: { 200: salesReportSchema } },
    },
    async (request) => {
      const { from, to, groupBy, status, storeId } = request.query;
      const scope = reportStoreScope(signedInUser(request), storeId);
      return salesReport(app.db, groupBy, { from, to, status, storeId: scope });
    },
  );

  app.get(
    '/sales.csv',
    { onRequest: requireUser, schema: { querystring: salesCsvQuerySchema } },
    async (request, reply) => {
      const { from, to, groupBy, status, storeId, lang } = request.query;
      const scope = reportStoreScope(signedInUser(request), storeId);
      const report = await salesReport(app.db, groupBy, { from, to, status, storeId: scope });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${salesCsvFileName(report)}"`)
        .send(salesCsv(report, lang));
    },
  );

  app.get(
    '/funnel',
    {
      onRequest: requireUser,
      schema: { querystring: funnelQuerySchema, response: { 200: funnelReportSchema } },
    },
    async (request) => {
      const { from, to, storeId } = request.query;
      const scope = reportStoreScope(signedInUser(request), storeId);
      return funnelReport(app.db, { from, to, storeId: scope });
    },
  );

  app.get(
    '/today',
    {
      onRequest: requireUser,
      schema: { querystring: todayQuerySchema, response: { 200: todayReportSchema } },
    },
    async (request) => {
      const scope = reportStoreScope(signedInUser(request), request.query.storeId);
      return todayReport(app.db, { storeId: scope, now: app.settings.now() });
    },
  );
};
