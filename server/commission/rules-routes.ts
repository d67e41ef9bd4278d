import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  commissionRuleSchema,
  commissionRulesResponseSchema,
  endCommissionRuleSchema,
  idSchema,
  newCommissionRuleSchema,
  newRuleTimes,
  ruleEndTime,
  rulesForStaff,
  type RuleTimeProblem,
} from '../../shared';
import { audit } from '../audit/audit-repo';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden, HttpError, notFound } from '../http/http-error';
import {
  endCommissionRule,
  findCommissionRule,
  insertCommissionRules,
  readCommissionRules,
} from './rules-repo';

async function requireHq(request: FastifyRequest): Promise<void> {
  if (signedInUser(request).role !== 'hq') throw forbidden('Only HQ sets commission rules');
}

const timeProblemMessage: Record<RuleTimeProblem['code'], string> = {
  rule_backdated: 'A rule starts and ends now or later: the past keeps the rules it had',
  rule_ends_before_start: 'A rule ends after it starts',
  rule_already_ended: 'This rule has ended already',
  rule_end_later: 'A rule’s end can only come sooner',
};

function timeProblem(problem: RuleTimeProblem): HttpError {
  const status = problem.code === 'rule_already_ended' ? 409 : 400;
  return new HttpError(status, problem.code, timeProblemMessage[problem.code], {
    [problem.field]: [timeProblemMessage[problem.code]],
  });
}

/**
 * `/api/commission/rules`: HQ reads every rule (ended ones too), writes new ones and ends
 * them; a rule is never edited otherwise. Managers and clerks read the rules in force.
 */
export const commissionRulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rules',
    { onRequest: requireUser, schema: { response: { 200: commissionRulesResponseSchema } } },
    async (request) => {
      const rules = await readCommissionRules(app.db);
      const user = signedInUser(request);
      return { rules: user.role === 'hq' ? rules : rulesForStaff(rules, app.settings.now()) };
    },
  );

  app.post(
    '/rules',
    {
      onRequest: [requireUser, requireHq],
      schema: { body: newCommissionRuleSchema, response: { 201: commissionRuleSchema } },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const now = app.settings.now();
      const times = newRuleTimes(request.body, now);
      if ('code' in times) throw timeProblem(times);
      const rule = { ...request.body, ...times, id: `rule-${randomUUID().slice(0, 13)}` };
      await app.db.transaction().execute(async (trx) => {
        await insertCommissionRules(trx, [rule], now, user.id);
        await audit(
          trx,
          {
            actorId: user.id,
            action: 'commission.rules',
            target: `rule:${rule.id}`,
            storeId: null,
            detail: {
              created: rule.id,
              kind: rule.condition.kind,
              amountFen: rule.amountFen,
              validFrom: rule.validFrom,
              validTo: rule.validTo,
            },
          },
          now,
        );
      });
      return reply.code(201).send(rule);
    },
  );

  app.post(
    '/rules/:id/end',
    {
      onRequest: [requireUser, requireHq],
      schema: {
        params: z.object({ id: idSchema }),
        body: endCommissionRuleSchema,
        response: { 200: commissionRuleSchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const now = app.settings.now();
      return app.db.transaction().execute(async (trx) => {
        const rule = await findCommissionRule(trx, request.params.id);
        if (!rule) throw notFound('rule_not_found', 'No rule has this id');
        const end = ruleEndTime(rule, request.body.validTo, now);
        if ('code' in end) throw timeProblem(end);
        await endCommissionRule(trx, rule.id, end.validTo);
        await audit(
          trx,
          {
            actorId: user.id,
            action: 'commission.rules',
            target: `rule:${rule.id}`,
            storeId: null,
            detail: { ended: rule.id, validTo: end.validTo, previousValidTo: rule.validTo },
          },
          now,
        );
        return { ...rule, validTo: end.validTo };
      });
    },
  );
};
