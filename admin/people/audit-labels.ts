import type { AuditAction } from '../../shared';
import type { MessageKey } from '../i18n/messages';

/** Readable words for every audit action; a new action fails tsc until it has some. */
export const auditActionKey = {
  'user.created': 'audit.action.user.created',
  'user.updated': 'audit.action.user.updated',
  'user.disabled': 'audit.action.user.disabled',
  'user.enabled': 'audit.action.user.enabled',
  'user.password_set': 'audit.action.user.password_set',
  'user.password_changed': 'audit.action.user.password_changed',
  'content.published': 'audit.action.content.published',
  'content.scheduled': 'audit.action.content.scheduled',
  'content.rolled_back': 'audit.action.content.rolled_back',
  'content.media_uploaded': 'audit.action.content.media_uploaded',
  'numbers.imported': 'audit.action.numbers.imported',
  'numbers.withdrawn': 'audit.action.numbers.withdrawn',
  'numbers.tier_rules': 'audit.action.numbers.tier_rules',
  'commission.rules': 'audit.action.commission.rules',
  'commission.dispute_opened': 'audit.action.commission.dispute_opened',
  'commission.dispute_answered': 'audit.action.commission.dispute_answered',
  'commission.period_closed': 'audit.action.commission.period_closed',
  'device.enrolment_code': 'audit.action.device.enrolment_code',
  'device.revoked': 'audit.action.device.revoked',
  'order.confirmed': 'audit.action.order.confirmed',
  'order.activated': 'audit.action.order.activated',
  'order.cancelled': 'audit.action.order.cancelled',
} as const satisfies Record<AuditAction, MessageKey>;

const shownItems = 3;

/** Words for the detail fields the server writes; others show their own name. */
export const auditDetailKey: Record<string, MessageKey> = {
  login: 'audit.detail.login',
  role: 'audit.detail.role',
  badge: 'audit.detail.badge',
  displayName: 'audit.detail.displayName',
  disabled: 'audit.detail.disabled',
  reason: 'audit.detail.reason',
  label: 'audit.detail.label',
  note: 'audit.detail.note',
  storeIds: 'audit.detail.storeIds',
  publishAt: 'audit.detail.publishAt',
  changes: 'audit.detail.changes',
  restored: 'audit.detail.restored',
  accepted: 'audit.detail.accepted',
  refused: 'audit.detail.refused',
  asked: 'audit.detail.asked',
  tiers: 'audit.detail.tiers',
  repriced: 'audit.detail.repriced',
};

export interface DetailWords {
  /** The field's name as shown; default: the field's own name. */
  key?: (key: string) => string;
  /** A field's value as shown, or undefined for the plain rendering. */
  value?: (key: string, value: unknown) => string | undefined;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    const head = value.slice(0, shownItems).map(describeValue).join(', ');
    return value.length > shownItems ? `${head} … (${value.length})` : head;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * An entry's detail in one line ("reason: lost · label: Kiosk 2"): the log holds no secrets,
 * so every field may be shown; long lists show their first items and their length.
 */
export function summariseDetail(
  detail: Record<string, unknown>,
  maxLength = 160,
  words: DetailWords = {},
): string {
  const line = Object.entries(detail)
    .map(([key, value]) => {
      const name = words.key?.(key) ?? key;
      return `${name}: ${words.value?.(key, value) ?? describeValue(value)}`;
    })
    .join(' · ');
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/** `user:user-bj-xidan-clerk1` → `user-bj-xidan-clerk1`; long version ids shortened. */
export function describeTarget(target: string): string {
  const [, id = target] = /^[a-z]+:(.*)$/.exec(target) ?? [];
  return id.length > 24 ? `${id.slice(0, 8)}…` : id;
}
