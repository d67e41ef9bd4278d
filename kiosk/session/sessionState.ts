import type {
  ClerkBadge,
  Language,
  OrderConsent,
  PricedCart,
  UsageAnswers,
  UsageLevel,
} from '../../shared';
import { emptyHandsetFilter, type HandsetFilter } from '../catalogue/filterHandsets';
import type { PlacedOrder } from '../checkout/placeOrder';
import type { BundleChoice, CartParts } from './cart';

/** What a session holds and the events that change it; the machine is sessionMachine.ts. */

export type CustomerField = 'name' | 'idNumber' | 'phone';
export type CustomerInput = Record<CustomerField, string>;

export type CatalogueFilter = HandsetFilter;
export type { BundleChoice };

/** The clerk helping this customer, as the store's badge list names them. */
export type AssistingClerk = Pick<ClerkBadge, 'badge' | 'displayName'>;

/** Options a customer can switch on for their visit; they reset with the session. */
export interface AccessOptions {
  highContrast: boolean;
  largeText: boolean;
}
export type AccessOption = keyof AccessOptions;

export interface SessionContext {
  language: Language;
  access: AccessOptions;
  zoneId: string | null;
  /** The experience being tried, and the one an order started from ("get this"). */
  experienceId: string | null;
  filter: CatalogueFilter;
  /** Handsets put side by side (up to three); the tray stays while the customer browses. */
  compared: string[];
  /** The handset whose detail sheet is open, and later the one being ordered. */
  handsetId: string | null;
  colour: string | null;
  planId: string | null;
  number: string | null;
  /** The gift box taken; it holds the handset, maybe the plan, and some services. */
  bundle: BundleChoice | null;
  /** Where the gift boxes were opened from: back returns there. */
  bundlesFrom: 'home' | 'handsets';
  /** Value-added services in the order they were added. */
  serviceIds: string[];
  /** Answers to "which plan fits me" so far. */
  usage: Partial<UsageAnswers>;
  clerk: AssistingClerk | null;
  /** The badge typed was not one of this store's clerks, or could not be looked up. */
  clerkProblem: 'unknownBadge' | 'lookupFailed' | null;
  customer: CustomerInput;
  /** The consent ticked (which wording, when), recorded with the order; null: not ticked. */
  consent: OrderConsent | null;
  /** Field problems show only after the customer tried to go on. */
  showErrors: boolean;
  submitError: 'pricesChanged' | 'failed' | null;
  placed: PlacedOrder | null;
}

export type SessionEvent =
  | { type: 'session.started' }
  | { type: 'session.continued' }
  | { type: 'session.ended' }
  | { type: 'user.active' }
  | { type: 'language.chosen'; language: Language }
  | { type: 'access.changed'; option: AccessOption; on: boolean }
  | { type: 'nav.back' }
  | { type: 'nav.home' }
  | { type: 'zone.chosen'; zoneId: string }
  | { type: 'experience.opened'; experienceId: string }
  | { type: 'experience.closed' }
  /** "Get this" in an experience: straight to the order with the handset and plan chosen. */
  | { type: 'offer.taken'; handsetId: string; planId: string | null; colour: string | null }
  | { type: 'handsets.browsed' }
  | { type: 'catalogue.filtered'; filter: Partial<CatalogueFilter> }
  | { type: 'compare.toggled'; handsetId: string }
  | { type: 'compare.cleared' }
  | { type: 'compare.opened' }
  | { type: 'handset.opened'; handsetId: string; colour: string | null }
  | { type: 'handset.closed' }
  /** "Choose this one" on the compare screen: straight to the order. */
  | { type: 'handset.chosen'; handsetId: string; colour: string | null }
  | { type: 'colour.chosen'; colour: string }
  | { type: 'order.started' }
  | { type: 'bundles.browsed' }
  | { type: 'bundle.chosen'; bundle: BundleChoice; colour: string | null }
  | { type: 'bundle.removed' }
  | { type: 'service.toggled'; serviceId: string }
  | { type: 'plan.chosen'; planId: string | null }
  | { type: 'planHelper.opened' }
  | { type: 'usage.answered'; question: keyof UsageAnswers; level: UsageLevel }
  | { type: 'clerk.badgeEntered'; badge: string }
  | { type: 'clerk.removed' }
  /** The number picker opens from the order (`numbers`); choosing returns to the order. */
  | { type: 'numbers.browsed' }
  | { type: 'number.chosen'; number: string | null }
  | { type: 'customer.changed'; field: CustomerField; value: string }
  /** `at`: the kiosk's clock when the box was ticked or cleared. */
  | { type: 'consent.changed'; consent: boolean; at: number }
  | { type: 'order.reviewed' }
  | { type: 'order.confirmed'; pricing: PricedCart };

export const idleTimeoutMs = 60_000;
export const idleWarningMs = 20_000;

const emptyCustomer: CustomerInput = { name: '', idNumber: '', phone: '' };

/** A fresh session: nothing of the last customer, and the default language. */
export const initialSessionContext: SessionContext = {
  language: 'zh',
  access: { highContrast: false, largeText: false },
  zoneId: null,
  experienceId: null,
  filter: emptyHandsetFilter,
  compared: [],
  handsetId: null,
  colour: null,
  planId: null,
  number: null,
  bundle: null,
  bundlesFrom: 'home',
  serviceIds: [],
  usage: {},
  clerk: null,
  clerkProblem: null,
  customer: emptyCustomer,
  consent: null,
  showErrors: false,
  submitError: null,
  placed: null,
};

/** What leaves with the checkout: a new cart starts from nothing. */
export const forgetCheckout = {
  planId: null,
  number: null,
  bundle: null,
  serviceIds: [],
  usage: {},
  customer: emptyCustomer,
  consent: null,
  showErrors: false,
  submitError: null,
} satisfies Partial<SessionContext>;

export const cartOf = ({ handsetId, planId, serviceIds, bundle }: SessionContext): CartParts => ({
  handsetId,
  planId,
  serviceIds,
  bundle,
});
