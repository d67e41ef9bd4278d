import type { ColumnType, Generated, Insertable, Kysely, Selectable } from 'kysely';
import type {
  ClockSuspicion,
  ConflictStatus,
  ContentVersionStatus,
  OrderConflictReason,
} from '../../shared';

/**
 * Every table as Kysely sees it. Money is integer fen and time is UTC epoch ms, both stored as
 * integers (bigint on PostgreSQL, parsed back to number). JSON lives in text columns.
 */
export interface Database {
  stores: StoresTable;
  users: UsersTable;
  audit_log: AuditLogTable;
  sessions: SessionsTable;
  devices: DevicesTable;
  enrolment_codes: EnrolmentCodesTable;
  zones: ZonesTable;
  experiences: ExperiencesTable;
  handsets: HandsetsTable;
  plans: PlansTable;
  services: JsonContentTable;
  bundles: JsonContentTable;
  numbers: NumbersTable;
  stock: StockTable;
  changes: ChangesTable;
  applied_mutations: AppliedMutationsTable;
  orders: OrdersTable;
  sales_daily: SalesDailyTable;
  sales_store_daily: SalesStoreDailyTable;
  order_events: OrderEventsTable;
  analytics_events: AnalyticsEventsTable;
  content_overrides: ContentOverridesTable;
  content_versions: ContentVersionsTable;
  number_holds: NumberHoldsTable;
  number_tier_rules: NumberTierRulesTable;
  number_conflicts: NumberConflictsTable;
  commission_rules: CommissionRulesTable;
  commission_ledger: CommissionLedgerTable;
  commission_disputes: CommissionDisputesTable;
  commission_periods: CommissionPeriodsTable;
}

/** A database handle or an open transaction (a Transaction is a Kysely): repositories take either. */
export type Db = Kysely<Database>;

export interface StoresTable {
  id: string;
  name: string;
  city: string;
  district: string;
  type: 'own' | 'partner';
  sort: number;
  created_at: number;
}

export interface UsersTable {
  id: string;
  login: string;
  display_name: string;
  role: 'hq' | 'manager' | 'clerk';
  store_id: string | null;
  password_hash: string;
  created_at: number;
  /** A clerk's badge number, unique in their store; null for others. */
  badge: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set while the user may not sign in; their sessions were revoked with it. */
  disabled_at: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  actor_id: string | null;
  action: string;
  target: string;
  store_id: string | null;
  /** JSON object: what changed, no secrets and no personal data. */
  detail: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface DevicesTable {
  id: string;
  store_id: string;
  label: string;
  token_hash: string;
  enrolled_at: number;
  revoked_at: number | null;
  last_seen_at: number | null;
  app_version: string | null;
  content_cursor: number | null;
  outbox_depth: number | null;
  storage_usage: number | null;
  storage_quota: number | null;
  /** 0/1; null until the kiosk reports whether its storage is persistent. */
  persisted: number | null;
  clock_offset_ms: number | null;
  last_sync_at: number | null;
  /** Device time of the newest heartbeat applied, so an older one never overwrites it. */
  heartbeat_at: number | null;
}

export interface EnrolmentCodesTable {
  code: string;
  store_id: string;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  device_id: string | null;
}

export interface ZonesTable {
  id: string;
  key: string;
  name_zh: string;
  name_en: string;
  tagline_zh: string;
  tagline_en: string;
  accent: string;
  sort: number;
}

export interface ExperiencesTable {
  id: string;
  zone_id: string;
  kind: string;
  title_zh: string;
  title_en: string;
  summary_zh: string;
  summary_en: string;
  media: string | null;
  plan_ids: string;
  handset_ids: string;
  sort: number;
  /** JSON of the experience's `content`, or null. */
  content: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface HandsetsTable {
  id: string;
  brand: string;
  model: string;
  year: number;
  network: string;
  wcdma_bands: string;
  screen_in: number | null;
  resolution: string | null;
  camera_mp: number | null;
  front_camera: 'yes' | 'no' | 'unknown';
  battery_mah: number | null;
  os: string | null;
  storage: string | null;
  ram: string | null;
  weight_g: number | null;
  colours: string;
  price_fen: number;
  dual_sim: ColumnType<number, number | undefined, number>;
  source_url: string | null;
  /** Set when a published version deleted it: kiosks no longer offer it, old orders keep it. */
  withdrawn_at: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PlansTable {
  id: string;
  name_zh: string;
  name_en: string;
  monthly_fee_fen: number;
  voice_minutes: number;
  data_mb: number;
  sms: number;
  video_call_minutes: number;
  contract_months: number;
  handset_subsidy_fen: number;
  sort: number;
  withdrawn_at: ColumnType<number | null, number | null | undefined, number | null>;
}

/** Services and bundles: the published entity as JSON, listed by `sort`. */
export interface JsonContentTable {
  id: string;
  data: string;
  sort: number;
  withdrawn_at: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface NumbersTable {
  number: string;
  store_id: string;
  status: 'available' | 'held' | 'sold' | 'withdrawn';
  price_fen: number;
  tier_id: Generated<string>;
  min_plan_fee_fen: Generated<number>;
}

export interface StockTable {
  store_id: string;
  handset_id: string;
  quantity: number;
}

export interface ChangesTable {
  seq: Generated<number>;
  entity: string;
  key: string;
  op: 'put' | 'delete';
  data: string | null;
  /** Null: every store sees the change; otherwise only devices of that store. */
  store_id: string | null;
  created_at: number;
}

export interface AppliedMutationsTable {
  device_id: string;
  mutation_id: string;
  type: string;
  /** `pending` only inside the applying transaction; never visible after commit. */
  status: 'pending' | 'applied' | 'conflict' | 'rejected';
  result: string | null;
  reason: string | null;
  alternatives: string | null;
  device_created_at: number;
  received_at: number;
}

export interface OrdersTable {
  id: string;
  ticket: string;
  store_id: string;
  device_id: string;
  handset_id: string | null;
  colour: string | null;
  plan_id: string | null;
  number: string | null;
  customer_name: string;
  /** Stored whole for activation; every read path masks it. */
  id_number: string;
  customer_phone: string;
  lines: string;
  total_fen: number;
  status: 'received' | 'confirmed' | 'activated' | 'cancelled';
  device_created_at: number;
  received_at: number;
  clock_offset_ms: number | null;
  /** Device time plus the device's estimated clock offset, never after `received_at`. */
  corrected_at: number;
  /** Why the order's time cannot be trusted (`shared/clock.ts`), or null. */
  clock_suspect: ClockSuspicion | null;
  bundle_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON array of service ids, in the order chosen. */
  service_ids: ColumnType<string, string | undefined, string>;
  clerk_badge: ColumnType<string | null, string | null | undefined, string | null>;
  clerk_id: ColumnType<string | null, string | null | undefined, string | null>;
  cancel_reason: ColumnType<string | null, string | null | undefined, string | null>;
  zone_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The consent wording the customer ticked (shared `orderConsentTexts`); null before 016. */
  consent_text_version: ColumnType<string | null, string | null | undefined, string | null>;
  /** When they ticked it, by the kiosk's clock; null before 016. */
  consent_given_at: ColumnType<number | null, number | null | undefined, number | null>;
  /** What the clerk took at the counter on confirming (the total then); null before 017. */
  paid_fen: ColumnType<number | null, number | null | undefined, number | null>;
}

/** Orders per store day and report key (migration 011); '' stands for none in the id columns. */
/** `sales_daily` narrowed to the store: what time, store, type and district views read. */
export type SalesStoreDailyTable = Pick<
  SalesDailyTable,
  'store_id' | 'store_day' | 'status' | 'orders' | 'total_fen'
>;

export interface SalesDailyTable {
  store_id: string;
  /** Days since 1970-01-01 on the stores' clock (UTC+8), as `shared/reports.ts` numbers them. */
  store_day: number;
  status: OrdersTable['status'];
  handset_id: string;
  plan_id: string;
  bundle_id: string;
  clerk_id: string;
  zone_id: string;
  orders: number;
  total_fen: number;
}

export interface OrderEventsTable {
  id: Generated<number>;
  order_id: string;
  status: string;
  actor: string;
  at: number;
  note: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AnalyticsEventsTable {
  id: Generated<number>;
  device_id: string;
  store_id: string;
  name: string;
  zone_id: string | null;
  experience_id: string | null;
  detail: string | null;
  device_created_at: number;
  received_at: number;
  /** `device_created_at` corrected by the kiosk's clock offset at that push (migration 014). */
  corrected_at: number;
}

export interface ContentOverridesTable {
  store_id: string;
  entity: string;
  key: string;
  op: 'put' | 'delete';
  /** The entity in its shared/ shape (JSON) for `put`; null for `delete`. */
  data: string | null;
  version_id: string;
}

export interface ContentVersionsTable {
  id: string;
  note: string;
  /** JSON array of store ids; null: every store. */
  store_ids: string | null;
  /** JSON array of `ContentChange` (shared/content-versions.ts). */
  changes: string;
  change_count: number;
  status: ContentVersionStatus;
  publish_at: number;
  created_by: string | null;
  created_at: number;
  published_at: number | null;
  /** Seq of the version's marker in the change log (the last one when it went to several stores). */
  marker_seq: number | null;
  /** JSON array of `VersionMedia`, fixed when published. */
  media: string | null;
  /** Why a scheduled version could not be published when it fell due (status `failed`). */
  failure: string | null;
}

/** A kiosk's lease on a number; a row whose `expires_at` has passed holds nothing. */
export interface NumberHoldsTable {
  number: string;
  store_id: string;
  device_id: string;
  taken_at: number;
  expires_at: number;
}

/** HQ's tier rules (JSON of `TierRules`), one row per change; the newest is in force. */
export interface NumberTierRulesTable {
  id: string;
  rules: string;
  updated_at: number;
  updated_by: string | null;
}

/** An order that lost its number at push time (id = the order's id). */
export interface NumberConflictsTable {
  id: string;
  store_id: string;
  device_id: string;
  mutation_id: string;
  ticket: string;
  /** An order conflict reason of `shared/sync.ts` (migration 015; the rows before: lost numbers). */
  reason: OrderConflictReason;
  /** The chosen number; '' when the order has none. */
  number: string;
  tier_id: string;
  /** `price_changed`: the order's total at the store's prices when it was pushed. */
  today_total_fen: number | null;
  /** JSON of the whole `OrderDraft`, personal data included, to place it again; reads mask. */
  draft: string;
  /** JSON array of numbers offered at the time. */
  alternatives: string;
  created_at: number;
  status: ConflictStatus;
  resolved_at: number | null;
  resolved_by: string | null;
  resolution: string | null;
}

/** HQ's commission rules; a rule is never edited, only ended (`valid_to`) and replaced. */
export interface CommissionRulesTable {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  /** JSON of the rule's `CommissionCondition`. */
  condition: string;
  amount_fen: number;
  valid_from: number;
  valid_to: number | null;
  clawback_days: number;
  created_at: number;
  created_by: string | null;
}

/** Append-only: earn lines on activation, negative reversal/clawback lines on cancellation. */
export interface CommissionLedgerTable {
  id: Generated<number>;
  order_id: string;
  store_id: string;
  clerk_id: string | null;
  rule_id: string;
  kind: 'earn' | 'reversal' | 'clawback' | 'adjustment';
  amount_fen: number;
  period: string;
  at: number;
}

/** A clerk's dispute of a ledger line; at most one open per line. */
export interface CommissionDisputesTable {
  id: Generated<number>;
  line_id: number;
  store_id: string;
  clerk_id: string;
  message: string;
  opened_at: number;
  status: 'open' | 'upheld' | 'rejected';
  answer: string | null;
  answered_by: string | null;
  answered_at: number | null;
  /** The `adjustment` line an upheld answer appended, if any. */
  adjustment_line_id: number | null;
}

/** A commission month closed for payout: new lines of its orders go to the open month. */
export interface CommissionPeriodsTable {
  /** 'YYYY-MM' in the stores' time zone. */
  period: string;
  closed_at: number;
  closed_by: string;
}

export type StoreRow = Selectable<StoresTable>;
export type UserRow = Selectable<UsersTable>;
export type DeviceRow = Selectable<DevicesTable>;
export type OrderRow = Selectable<OrdersTable>;
export type NewOrderRow = Insertable<OrdersTable>;
export type HandsetRow = Selectable<HandsetsTable>;
export type PlanRow = Selectable<PlansTable>;
export type NumberRow = Selectable<NumbersTable>;
