import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  funnelQuerySchema,
  funnelReportSchema,
  salesCsvQuerySchema,
  salesOptionsQuerySchema,
  salesOptionsSchema,
  salesQuerySchema,
  salesReportSchema,
  type SalesQuery,
  todayQuerySchema,
  todayReportSchema,
} from '../../shared';
import type { FastifyRequest } from 'fastify';
import { requireUser, signedInUser } from '../auth/require-user';
import { funnelReport } from './funnel-repo';
import { filterValueNames } from './group-names';
import { reportStoreScope } from './report-scope';
import { salesCsv, salesCsvFileName } from './sales-csv';
import { checkSalesFilters } from './sales-filter-check';
import { salesOptions } from './sales-options-repo';
import { salesReport } from './sales-repo';
import { todayReport } from './today-repo';

/**
 * Sales, funnel and today's live figures (#8). HQ reads any store or all of them; a manager
 * reads their own store (the default); a clerk reads none (their commission is elsewhere).
 */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Scope first (403 for another store), then the filters (400 unknown, 403 outside it). */
  async function salesReportFor(request: FastifyRequest, query: SalesQuery) {
    const user = signedInUser(request);
    const { groupBy, storeId, from, to, ...filters } = query;
    const scope = reportStoreScope(user, storeId);
    await checkSalesFilters(app.db, user, filters);
    return salesReport(app.db, groupBy, { ...filters, from, to, storeId: scope });
  }

  app.get(
    '/sales',
    {
      onRequest: requireUser,
      schema: { querystring: salesQuerySchema, response: { 200: salesReportSchema } },
    },
    async (request) => salesReportFor(request, request.query),
  );

  app.get(
    '/sales.csv',
    { onRequest: requireUser, schema: { querystring: salesCsvQuerySchema } },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const report = await salesReportFor(request, query);
      const filterNames = await filterValueNames(app.db, report.filters);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${salesCsvFileName(report)}"`)
        .send(salesCsv(report, lang, filterNames));
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
    '/sales-options',
    {
      onRequest: requireUser,
      schema: { querystring: salesOptionsQuerySchema, response: { 200: salesOptionsSchema } },
    },
    async (request) => {
      const scope = reportStoreScope(signedInUser(request), request.query.storeId);
      return salesOptions(app.db, { storeId: scope });
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
