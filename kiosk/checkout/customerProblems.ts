import { idNumberProblem, phoneNumberSchema } from '../../shared';
import type { MessageKey } from '../i18n/messages';
import type { CustomerInput } from '../session/sessionMachine';

export type CustomerProblems = Partial<Record<keyof CustomerInput, MessageKey>>;

/** What is wrong with each field, as message keys; the same rules as shared customerSchema. */
export function customerProblems(customer: CustomerInput): CustomerProblems {
  const problems: CustomerProblems = {};
  if (customer.name.trim().length === 0) problems.name = 'error.name';
  const idProblem = idNumberProblem(customer.idNumber.trim().toUpperCase());
  if (idProblem) problems.idNumber = `error.idNumber.${idProblem}`;
  if (!phoneNumberSchema.safeParse(customer.phone).success) problems.phone = 'error.phone';
  return problems;
}
