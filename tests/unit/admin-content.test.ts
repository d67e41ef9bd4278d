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
import { handsetChoices, searchHandsets } from '../../admin/content/handset-search';
import {
  addLink,
  bundleParts,
  experienceKinds,
  maxLinks,
  moveLink,
  offerOf,
  removeLink,
  resolveLinks,
} from '../../admin/content/item-links';
import {
  blankItem,
  copyWithId,
  nameForId,
  newIdProblem,
  proposeId,
  takenIds,
} from '../../admin/content/new-item';
import { referencesTo } from '../../shared';
import { draftListOf } from '../../admin/content/working-item';
import { priceChange } from '../../admin/content/price-change';
import { fenToYuanText, yuanToFen } from '../../admin/content/money-input';
import { epochMsToShanghaiLocal, shanghaiLocalToEpochMs } from '../../admin/content/publish-time';
import { canRestore } from '../../admin/content/VersionsPanel';
import {
  experienceSchema,
  idSchema,
  publishVersionRequestSchema,
  type Bundle,
  type Catalogue,
  type ContentChange,
  type ContentVersionSummary,
  type Experience,
  type Handset,
  type Plan,
  type Service,
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
    expect(canRestore(version({ storeIds: ['s1'] }))).toBe(true);
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

  it.each([
    [
      'a created plan appears',
      [{ type: 'change.put', item: putPlan('p9', 12800) }],
      ['p1', 'p2', 'p9'],
    ],
    ['a withdrawn plan disappears', [withdrawPlan('p1')], ['p2']],
    [
      'a plan created then withdrawn in the same draft never appears',
      [{ type: 'change.put', item: putPlan('p9', 12800) }, withdrawPlan('p9', false)],
      ['p1', 'p2'],
    ],
    [
      'a withdrawal removed from the draft leaves the plan',
      [withdrawPlan('p2'), { type: 'change.removed', entity: 'plan', key: 'p2' }],
      ['p1', 'p2'],
    ],
  ] as const)('after a publication: %s', (_, events, ids) => {
    const draft = apply(...events);
    expect(applyDraft(catalogue, draft).plans.map((p) => p.id)).toEqual(ids);
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

const withdrawPlan = (key: string, published = true) =>
  ({
    type: 'change.withdrawn',
    entity: 'plan',
    key,
    label: plan(key, 0).name,
    published,
  }) as const;

const bundle = (id: string, over: Partial<Bundle>): Bundle => ({
  id,
  name: { zh: `礼盒 ${id}`, en: `Box ${id}` },
  summary: { zh: '礼盒', en: 'Box' },
  handsetId: 'n8',
  planId: null,
  serviceIds: [],
  gifts: [],
  priceFen: 100000,
  sort: 1,
  ...over,
});

const experience = (id: string, over: Partial<Experience>): Experience => ({
  id,
  zoneId: 'business',
  kind: 'video-call',
  title: { zh: `体验 ${id}`, en: `Experience ${id}` },
  summary: { zh: '体验', en: 'Try it' },
  media: null,
  planIds: [],
  handsetIds: [],
  sort: 1,
  ...over,
});

const emptyCatalogue: Catalogue = {
  zones: [],
  experiences: [],
  handsets: [],
  plans: [],
  services: [],
  bundles: [],
};

describe('creating an item', () => {
  const taken = new Set(['3g-talk-66', 'talk-46', 'talk-46-2']);

  it.each([
    ['3G Talk 128', '3g-talk-128'],
    ['3G Talk 66', '3g-talk-66-2'],
    ['  Talk  46!! ', 'talk-46-3'],
    ['Café Crème', 'cafe-creme'],
    ['商旅 186', '186'],
    ['尊享', 'plan'],
  ])('proposes an id from %j: %s', (name, id) => {
    const proposed = proposeId(name, taken, 'plan');
    expect(proposed).toBe(id);
    expect(idSchema.safeParse(proposed).success).toBe(true);
    expect(newIdProblem(proposed, taken)).toBeNull();
  });

  it('keeps a proposal from a very long name within the id length', () => {
    const proposed = proposeId('word '.repeat(40), new Set(), 'plan');
    expect(proposed.length).toBeLessThanOrEqual(64);
    expect(proposed.endsWith('-')).toBe(false);
  });

  it.each([
    ['talk-128', null],
    ['', 'empty'],
    ['talk-46', 'taken'],
    ['Talk-128', 'format'],
    ['talk 128', 'format'],
    ['-talk', 'format'],
    ['talk--128', 'format'],
    ['talk_128', 'format'],
    ['x'.repeat(65), 'format'],
  ])('judges the typed id %j: %s', (id, problem) => {
    expect(newIdProblem(id, taken)).toBe(problem);
  });

  it('counts ids of the catalogue and of the draft (a withdrawal included) as taken', () => {
    const catalogue = { ...emptyCatalogue, plans: [plan('p1', 5800)] };
    const draft = apply(
      { type: 'change.put', item: putPlan('p2', 6800) },
      { type: 'change.put', item: putPlan('p1', 6800) },
      withdrawPlan('p3'),
    );
    const ids = takenIds(catalogue, draft, 'plan');
    expect([...ids].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(newIdProblem('p2', ids)).toBe('taken');
    expect(takenIds(catalogue, draft, 'service').size).toBe(0);
  });

  it('places a blank item after the others of its kind', () => {
    const catalogue = {
      ...emptyCatalogue,
      plans: [plan('p1', 5800), { ...plan('p2', 1), sort: 7 }],
    };
    const blank = blankItem('plan', catalogue, 'new-plan');
    expect(blank.entity === 'plan' && blank.data.sort).toBe(8);
  });

  it.each(['plan', 'handset', 'service', 'bundle', 'zone', 'experience'] as const)(
    'starts a blank %s the server’s schema accepts as a put',
    (entity) => {
      const catalogue = {
        ...emptyCatalogue,
        handsets: [{ id: 'n8' } as Handset],
        zones: [{ id: 'business', sort: 3 } as Catalogue['zones'][number]],
      };
      const blank = blankItem(entity, catalogue, `new-${entity}`);
      const change = { entity, key: blank.data.id, op: 'put', data: blank.data } as ContentChange;
      const request = publishRequestOf([{ change, label: { zh: 'x', en: 'x' } }], {
        note: 'n',
        storeIds: null,
        publishAt: null,
      });
      expect(blank.data.id).toBe(`new-${entity}`);
      expect(publishVersionRequestSchema.safeParse(request).success).toBe(true);
    },
  );

  it('puts a new experience into the zone asked for', () => {
    const blank = blankItem('experience', emptyCatalogue, 'e-new', 'travel');
    expect(blank.entity === 'experience' && blank.data.zoneId).toBe('travel');
  });

  it('copies an item under a new id, based on it, leaving the original alone', () => {
    const original = { entity: 'plan', data: plan('talk-66', 6600) } as const;
    const copy = copyWithId(original, proposeId(nameForId(original), new Set(['talk-66']), 'plan'));
    expect(copy.data.id).toBe('plan-talk-66');
    expect(copy.data).toEqual({ ...original.data, id: 'plan-talk-66' });
    expect(original.data.id).toBe('talk-66');
  });

  it('adds a put with the new key, listed as created after today’s items', () => {
    const catalogue = { ...emptyCatalogue, plans: [plan('p1', 5800)] };
    const draft = apply({ type: 'change.put', item: putPlan('p9', 12800) });
    expect(draft.map(({ change }) => [change.op, change.key])).toEqual([['put', 'p9']]);
    expect(draftListOf(catalogue, draft, 'plan').map((p) => [p.data.id, p.state])).toEqual([
      ['p1', 'published'],
      ['p9', 'created'],
    ]);
  });
});

describe('withdrawing an item', () => {
  const catalogue = { ...emptyCatalogue, plans: [plan('p1', 5800), plan('p2', 8800)] };

  it('adds a delete change without data', () => {
    const draft = apply(withdrawPlan('p1'));
    expect(draft.map((item) => item.change)).toEqual([
      { entity: 'plan', key: 'p1', op: 'delete', data: null },
    ]);
    expect(pendingData(draft, 'plan', 'p1')).toBeUndefined();
    expect(draftListOf(catalogue, draft, 'plan').map((p) => p.state)).toEqual([
      'withdrawn',
      'published',
    ]);
  });

  it('replaces an earlier edit of the same item, in place', () => {
    const draft = apply(
      { type: 'change.put', item: putPlan('p1', 6800) },
      { type: 'change.put', item: putPlan('p2', 9800) },
      withdrawPlan('p1'),
    );
    expect(draft.map(({ change }) => [change.key, change.op])).toEqual([
      ['p1', 'delete'],
      ['p2', 'put'],
    ]);
  });

  it('drops a put the draft created instead of deleting what kiosks never had', () => {
    const draft = apply(
      { type: 'change.put', item: putPlan('p9', 6800) },
      withdrawPlan('p9', false),
    );
    expect(draft).toEqual([]);
  });

  it('is removable like any other change, leaving the item as it is today', () => {
    const draft = apply(
      withdrawPlan('p1'),
      { type: 'change.put', item: putPlan('p2', 9800) },
      { type: 'change.removed', entity: 'plan', key: 'p1' },
    );
    expect(draft.map((item) => item.change.key)).toEqual(['p2']);
    expect(draftListOf(catalogue, draft, 'plan')[0]?.state).toBe('published');
  });

  it('publishes as a delete the server’s schema accepts', () => {
    const request = publishRequestOf(apply(withdrawPlan('p1')), {
      note: 'n',
      storeIds: null,
      publishAt: null,
    });
    expect(publishVersionRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe('what refers to an item about to be withdrawn', () => {
  const catalogue: Catalogue = {
    ...emptyCatalogue,
    experiences: [
      experience('call', { zoneId: 'business', handsetIds: ['n8'], planIds: ['p1'] }),
      experience('map', { zoneId: 'travel', planIds: ['p2'] }),
    ],
    bundles: [
      bundle('b1', { handsetId: 'n8', planId: 'p1', serviceIds: ['mail'] }),
      bundle('b2', { handsetId: 'e71', planId: null, serviceIds: ['mail', 'news'] }),
    ],
  };
  const refs = (entity: Parameters<typeof referencesTo>[1], key: string, from = catalogue) =>
    referencesTo(from, entity, key).map((r) => `${r.entity}:${r.key}`);

  it.each([
    ['zone', 'business', ['experience:call']],
    ['zone', 'life', []],
    ['handset', 'n8', ['bundle:b1', 'experience:call']],
    ['handset', 'e71', ['bundle:b2']],
    ['plan', 'p1', ['bundle:b1', 'experience:call']],
    ['plan', 'p2', ['experience:map']],
    ['service', 'mail', ['bundle:b1', 'bundle:b2']],
    ['service', 'news', ['bundle:b2']],
    ['bundle', 'b1', []],
  ] as const)('for the %s %s: %j', (entity, key, expected) => {
    expect(refs(entity, key)).toEqual(expected);
  });

  it('no longer counts a bundle the draft already withdraws', () => {
    const draft = apply({
      type: 'change.withdrawn',
      entity: 'bundle',
      key: 'b1',
      label: { zh: 'b1', en: 'b1' },
      published: true,
    });
    expect(refs('handset', 'n8', applyDraft(catalogue, draft))).toEqual(['experience:call']);
  });
});

describe("an experience's offered plans and handsets", () => {
  it('adds an id at the end, once', () => {
    expect(addLink(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(addLink(['a', 'b'], 'a')).toEqual(['a', 'b']);
  });

  it('adds nothing to a full list, so the experience stays valid', () => {
    const full = Array.from({ length: maxLinks }, (_, i) => `h${i}`);
    const after = addLink(full, 'one-more');
    expect(after).toEqual(full);
    const experience = blankItem('experience', emptyCatalogue, 'e1', 'z1').data as Experience;
    expect(experienceSchema.safeParse({ ...experience, handsetIds: after }).success).toBe(true);
  });

  it('removes an id and keeps the others in order', () => {
    expect(removeLink(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeLink(['a'], 'x')).toEqual(['a']);
  });

  it.each([
    ['c', -1, ['a', 'c', 'b']],
    ['a', 1, ['b', 'a', 'c']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
    ['x', 1, ['a', 'b', 'c']],
  ] as const)('moves %s by %i: %j', (id, by, expected) => {
    const ids = ['a', 'b', 'c'];
    expect(moveLink(ids, id, by)).toEqual(expected);
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('resolves ids in their own order and keeps the ones the catalogue lacks', () => {
    const plans = [plan('p1', 5800), plan('p2', 8800)];
    expect(
      resolveLinks(['p2', 'gone', 'p1'], plans).map((l) => [l.id, l.item?.id ?? null]),
    ).toEqual([
      ['p2', 'p2'],
      ['gone', null],
      ['p1', 'p1'],
    ]);
  });

  it("offers in the kiosk strip what the draft leaves in the catalogue, in the experience's order", () => {
    const n8 = { id: 'n8', brand: 'Nokia', model: 'N8', priceFen: 299_900 } as Handset;
    const e71 = { id: 'e71', brand: 'Nokia', model: 'E71', priceFen: 199_900 } as Handset;
    const catalogue = { ...emptyCatalogue, plans: [plan('p1', 5800)], handsets: [n8, e71] };
    const withdrawn = apply({
      type: 'change.withdrawn',
      entity: 'handset',
      key: 'n8',
      label: { zh: 'N8', en: 'N8' },
      published: true,
    });
    const offer = offerOf(
      { planIds: ['p1', 'p9'], handsetIds: ['n8', 'e71'] },
      applyDraft(catalogue, withdrawn),
    );
    expect(offer.plans.map((p) => p.id)).toEqual(['p1']);
    expect(offer.handsets.map((h) => h.id)).toEqual(['e71']);
    expect(offerOf({ planIds: [], handsetIds: ['e71', 'n8'] }, catalogue).handsets).toEqual([
      e71,
      n8,
    ]);
  });

  it('lets HQ pick a simulation for every kind of experience content', () => {
    expect(experienceKinds).toContain('video-call');
    expect(experienceKinds).toContain('monthly-services');
    expect(new Set(experienceKinds).size).toBe(experienceKinds.length);
  });
});

describe('searching handsets from a form', () => {
  const handset = (id: string, brand: string, model: string) => ({ id, brand, model }) as Handset;
  const handsets = [
    handset('n8', 'Nokia', 'N8'),
    handset('e71', 'Nokia', 'E71'),
    handset('gs', 'Samsung', 'Galaxy S'),
  ];

  it('lists nothing until something is typed', () => {
    expect(handsetChoices(handsets, ' ', [], 8)).toEqual({ shown: [], matched: 0 });
  });

  it('marks the handsets the item already has', () => {
    const result = handsetChoices(handsets, 'nokia', ['e71'], 8);
    expect(result.shown.map((c) => [c.handset.id, c.chosen])).toEqual([
      ['n8', false],
      ['e71', true],
    ]);
    expect(result.matched).toBe(2);
  });

  it('shows at most the limit but counts every match', () => {
    const result = handsetChoices(handsets, 'a', [], 1);
    expect(result.shown).toHaveLength(1);
    expect(result.matched).toBe(3);
  });
});

describe("a gift box's parts and saving", () => {
  const n8 = { id: 'n8', brand: 'Nokia', model: 'N8', priceFen: 300_000 } as Handset;
  const e71 = { id: 'e71', brand: 'Nokia', model: 'E71', priceFen: 200_000 } as Handset;
  const service = (id: string, monthlyFeeFen: number) =>
    ({ id, name: { zh: id, en: id }, monthlyFeeFen }) as Service;
  const catalogue: Catalogue = {
    ...emptyCatalogue,
    handsets: [n8, e71],
    plans: [plan('talk-66', 6600)],
    services: [service('mail', 1000), service('ringback', 500)],
  };
  const box: Bundle = {
    id: 'box',
    name: { zh: '礼盒', en: 'Box' },
    summary: { zh: '', en: '' },
    handsetId: 'n8',
    planId: null,
    serviceIds: ['ringback', 'mail'],
    gifts: [{ name: { zh: '皮套', en: 'Case' }, valueFen: 10_000 }],
    priceFen: 290_000,
    sort: 1,
  };

  it('adds handset, gifts and first months of services, and saves the difference', () => {
    const parts = bundleParts(box, catalogue);
    expect(parts.saving).toEqual({ separateFen: 311_500, savingFen: 21_500 });
    expect(parts.services.map((s) => s.id)).toEqual(['mail', 'ringback']);
    expect(parts.plan).toBeNull();
  });

  it('follows a change of handset, plan and services as HQ makes it', () => {
    const parts = bundleParts(
      { ...box, handsetId: 'e71', planId: 'talk-66', serviceIds: ['mail'] },
      catalogue,
    );
    expect(parts.handset?.id).toBe('e71');
    expect(parts.plan?.id).toBe('talk-66');
    expect(parts.saving).toEqual({ separateFen: 211_000, savingFen: 0 });
  });

  it('prices a service at the fee the draft gives it', () => {
    const draft = apply({
      type: 'change.put',
      item: {
        change: { entity: 'service', key: 'mail', op: 'put', data: service('mail', 3000) },
        label: { zh: 'mail', en: 'mail' },
      },
    });
    expect(bundleParts(box, applyDraft(catalogue, draft)).saving?.separateFen).toBe(313_500);
  });

  it('has no saving to show when the catalogue lacks its handset', () => {
    const parts = bundleParts({ ...box, handsetId: 'gone' }, catalogue);
    expect(parts.handset).toBeUndefined();
    expect(parts.saving).toBeNull();
  });
});
