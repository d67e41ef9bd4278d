import { describe, expect, it } from 'vitest';
import {
  applyDraft,
  draftReducer,
  pendingData,
  problemsByDraftItem,
  publishRequestOf,
  type Draft,
  type DraftItem,
} from '../../admin/content/draft-version';
import { searchHandsets } from '../../admin/content/handset-search';
import { priceChange } from '../../admin/content/price-change';
import { fenToYuanText, yuanToFen } from '../../admin/content/money-input';
import { epochMsToShanghaiLocal, shanghaiLocalToEpochMs } from '../../admin/content/publish-time';
import { canRestore } from '../../admin/content/VersionsPanel';
import {
  publishVersionRequestSchema,
  type ContentVersionSummary,
  type Handset,
  type Plan,
} from '../../shared';

const plan = (id: string, monthlyFeeFen: number): Plan => ({
  id,
  name: { zh: `套餐 ${id}`, en: `Plan ${id}` },
  monthlyFeeFen,
  voiceMinutes: 300,
  dataMb: 1024,
  sms: 100,
  videoCallMinutes: 60,
  contractMonths: 12,
  handsetSubsidyFen: 0,
  sort: 1,
});

const putPlan = (id: string, fee: number): DraftItem => {
  const data = plan(id, fee);
  return { change: { entity: 'plan', key: id, op: 'put', data }, label: data.name };
};

const apply = (...events: Parameters<typeof draftReducer>[1][]): Draft =>
  events.reduce<Draft>(draftReducer, []);

describe('the draft version', () => {
  it('collects changes in the order they were made', () => {
    const draft = apply(
      { type: 'change.put', item: putPlan('p1', 5800) },
      { type: 'change.put', item: putPlan('p2', 8800) },
    );
    expect(draft.map((item) => item.change.key)).toEqual(['p1', 'p2']);
  });

  it('replaces an earlier change of the same item in place', () => {
    const draft = apply(
      { type: 'change.put', item: putPlan('p1', 5800) },
      { type: 'change.put', item: putPlan('p2', 8800) },
      { type: 'change.put', item: putPlan('p1', 6800) },
    );
    expect(draft.map((item) => item.change.key)).toEqual(['p1', 'p2']);
    expect(pendingData(draft, 'plan', 'p1')?.monthlyFeeFen).toBe(6800);
  });

  it('keeps the same key of another entity apart', () => {
    const data = { id: 'x', brand: 'Nokia', model: 'X' } as Handset;
    const handset: DraftItem = {
      change: { entity: 'handset', key: 'x', op: 'put', data },
      label: { zh: 'Nokia X', en: 'Nokia X' },
    };
    const draft = apply(
      { type: 'change.put', item: putPlan('x', 5800) },
      { type: 'change.put', item: handset },
      { type: 'change.removed', entity: 'handset', key: 'x' },
    );
    expect(draft).toHaveLength(1);
    expect(draft[0]?.change.entity).toBe('plan');
  });

  it('removes one change and clears them all', () => {
    const two = apply(
      { type: 'change.put', item: putPlan('p1', 5800) },
      { type: 'change.put', item: putPlan('p2', 8800) },
    );
    const one = draftReducer(two, { type: 'change.removed', entity: 'plan', key: 'p1' });
    expect(one.map((item) => item.change.key)).toEqual(['p2']);
    expect(pendingData(one, 'plan', 'p1')).toBeUndefined();
    expect(draftReducer(one, { type: 'draft.cleared' })).toEqual([]);
  });

  it('builds a request the server’s schema accepts, for every store now', () => {
    const draft = apply({ type: 'change.put', item: putPlan('p1', 6800) });
    const request = publishRequestOf(draft, {
      note: ' Dec prices ',
      storeIds: null,
      publishAt: null,
    });
    expect(request).toEqual({ note: 'Dec prices', storeIds: null, changes: [draft[0]?.change] });
    expect(publishVersionRequestSchema.safeParse(request).success).toBe(true);
  });

  it('builds a request for chosen stores at a time', () => {
    const draft = apply({ type: 'change.put', item: putPlan('p1', 6800) });
    const request = publishRequestOf(draft, {
      note: 'x',
      storeIds: ['s1', 's2'],
      publishAt: 1_800_000_000_000,
    });
    expect(request.storeIds).toEqual(['s1', 's2']);
    expect(request.publishAt).toBe(1_800_000_000_000);
  });

  it('maps the server’s field problems back to the draft item they concern', () => {
    const draft = apply(
      { type: 'change.put', item: putPlan('p1', 6800) },
      { type: 'change.put', item: putPlan('p2', 8800) },
    );
    const problems = problemsByDraftItem(draft, {
      'changes.1.data.monthlyFeeFen': ['Too big'],
      note: ['Required'],
    });
    expect(problems.get('plan:p2')).toEqual(['monthlyFeeFen: Too big']);
    expect(problems.get('')).toEqual(['note: Required']);
    expect(problems.has('plan:p1')).toBe(false);
  });
});

describe('amounts in yuan', () => {
  it.each([
    ['1299', 129900],
    ['49.5', 4950],
    ['49.05', 4905],
    [' 0 ', 0],
  ])('reads %s as %i fen', (text, fen) => expect(yuanToFen(text)).toBe(fen));

  it.each(['', 'abc', '-1', '1.234', '1,299'])('refuses %j', (text) => {
    expect(yuanToFen(text)).toBeNull();
  });

  it('writes whole yuan without decimals', () => {
    expect(fenToYuanText(129900)).toBe('1299');
    expect(fenToYuanText(4950)).toBe('49.50');
  });
});

describe('publish time in China time', () => {
  it('reads 09:00 in Shanghai as 01:00 UTC', () => {
    expect(shanghaiLocalToEpochMs('2026-12-04T09:00')).toBe(Date.UTC(2026, 11, 4, 1, 0));
  });

  it('round-trips', () => {
    const at = Date.UTC(2026, 11, 31, 20, 30);
    expect(shanghaiLocalToEpochMs(epochMsToShanghaiLocal(at))).toBe(at);
    expect(epochMsToShanghaiLocal(at)).toBe('2027-01-01T04:30');
  });

  it.each(['', '2026-02-30T10:00', '2026-12-04 09:00'])('refuses %j', (value) => {
    expect(shanghaiLocalToEpochMs(value)).toBeNull();
  });
});

describe('handset search', () => {
  const handset = (id: string, brand: string, model: string) => ({ id, brand, model }) as Handset;
  const handsets = [
    handset('1', 'Nokia', 'N8'),
    handset('2', 'Nokia', 'E71'),
    handset('3', 'Samsung', 'Galaxy S'),
  ];

  it('matches every word in brand and model, any order, any case', () => {
    expect(searchHandsets(handsets, 'n8 NOKIA', 10).shown.map((h) => h.id)).toEqual(['1']);
  });

  it('shows at most the limit and says how many matched', () => {
    const result = searchHandsets(handsets, 'nokia', 1);
    expect(result.shown).toHaveLength(1);
    expect(result.matched).toBe(2);
  });

  it('shows everything for an empty query', () => {
    expect(searchHandsets(handsets, '  ', 10).matched).toBe(3);
  });
});

describe('restoring a version', () => {
  const version = (over: Partial<ContentVersionSummary>): ContentVersionSummary => ({
    id: 'v1',
    note: 'n',
    storeIds: null,
    status: 'published',
    publishAt: 0,
    publishedAt: 0,
    changeCount: 1,
    mediaCount: 0,
    failure: null,
    createdBy: null,
    createdAt: 0,
    ...over,
  });

  it('is offered for a published version sent to every store only', () => {
    expect(canRestore(version({}))).toBe(true);
    expect(canRestore(version({ storeIds: ['s1'] }))).toBe(false);
    expect(canRestore(version({ status: 'scheduled' }))).toBe(false);
    expect(canRestore(version({ status: 'failed' }))).toBe(false);
  });
});

describe('applyDraft', () => {
  const catalogue = {
    zones: [],
    experiences: [],
    handsets: [],
    plans: [plan('p1', 5800), plan('p2', 8800)],
    services: [],
    bundles: [],
  };

  it('replaces changed items in place, adds new ones and removes deleted ones', () => {
    const draft = apply(
      { type: 'change.put', item: putPlan('p2', 9900) },
      { type: 'change.put', item: putPlan('p3', 12800) },
      {
        type: 'change.put',
        item: {
          change: { entity: 'plan', key: 'p1', op: 'delete', data: null },
          label: plan('p1', 0).name,
        },
      },
    );
    const next = applyDraft(catalogue, draft);
    expect(next.plans.map((p) => [p.id, p.monthlyFeeFen])).toEqual([
      ['p2', 9900],
      ['p3', 12800],
    ]);
    expect(catalogue.plans).toHaveLength(2);
  });
});

describe('priceChange', () => {
  const catalogue = {
    zones: [],
    experiences: [],
    handsets: [],
    plans: [plan('p1', 5800)],
    services: [],
    bundles: [],
  };

  it('says what a plan’s fee was and will be', () => {
    expect(priceChange(catalogue, putPlan('p1', 6600).change)).toEqual({
      beforeFen: 5800,
      afterFen: 6600,
    });
  });

  it('says nothing when the price stays, or the item is new', () => {
    expect(priceChange(catalogue, putPlan('p1', 5800).change)).toBeNull();
    expect(priceChange(catalogue, putPlan('p9', 5800).change)).toBeNull();
  });
});
