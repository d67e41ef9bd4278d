import { z } from 'zod';
import { epochMsSchema, type LocalText } from './text';

/**
 * Every wording of the consent a customer ticks before reviewing an order, by version id. An
 * order records the version it was given under, so a wording is never edited: a new one gets
 * a new id here and becomes `orderConsentVersion`, and the old ones stay for the orders that
 * name them.
 */
export const orderConsentTexts = {
  'order-consent-1': {
    zh: '我同意门店为办理本单使用以上信息',
    en: 'I agree that the store uses these details for this order',
  },
} as const satisfies Record<string, LocalText>;

export type OrderConsentVersion = keyof typeof orderConsentTexts;

/** The wording the kiosk shows now. */
export const orderConsentVersion: OrderConsentVersion = 'order-consent-1';

export const orderConsentVersions = Object.keys(orderConsentTexts) as [
  OrderConsentVersion,
  ...OrderConsentVersion[],
];

/** The customer's consent as the kiosk saw it: which wording, and when (kiosk clock) it was ticked. */
export const orderConsentSchema = z.object(
  {
    textVersion: z.enum(orderConsentVersions, {
      error: 'Not a consent text this server knows',
    }),
    givenAt: epochMsSchema,
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'An order needs the customer’s consent (its text version and when it was given)'
        : undefined,
  },
);
export type OrderConsent = z.infer<typeof orderConsentSchema>;

/** The wording of a recorded consent, or null for a version this build does not know. */
export function orderConsentText(version: string): LocalText | null {
  return version in orderConsentTexts ? orderConsentTexts[version as OrderConsentVersion] : null;
}
