import { useMemo, useState, type Dispatch } from 'react';
import type { Catalogue, ContentChange, ContentEntity, Language, Store } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { DraftPanel } from './DraftPanel';
import { draftItemId, type Draft, type DraftEvent, type EntityData } from './draft-version';
import { EditPanel } from './EditPanel';
import { searchHandsets } from './handset-search';
import { ItemPicker, type PickerEntry } from './ItemPicker';
import { PublishForm } from './PublishForm';
import { currentItem, labelOf, type EditableEntity, type WorkingItem } from './working-item';

const editorTabs = ['plan', 'handset', 'service', 'bundle', 'zone'] as const;
type EditorTab = (typeof editorTabs)[number];

const tabKey = {
  plan: 'content.tab.plans',
  handset: 'content.tab.handsets',
  service: 'content.tab.services',
  bundle: 'content.tab.bundles',
  zone: 'content.tab.zones',
} as const satisfies Record<EditorTab, MessageKey>;

const handsetsShown = 60;

interface ContentEditorProps {
  catalogue: Catalogue;
  draft: Draft;
  dispatch: Dispatch<DraftEvent>;
  stores: readonly Store[];
  /** The `/media/` files an experience may show. */
  mediaPaths: readonly string[];
  /** The draft was published now (not scheduled): kiosks show it from their next pull. */
  onPublished: () => void;
  onUnauthorized: () => void;
}

/** Pick an item, edit it beside its kiosk preview, collect edits into a draft, publish. */
export function ContentEditor({
  catalogue,
  draft,
  dispatch,
  stores,
  mediaPaths,
  onPublished,
  onUnauthorized,
}: ContentEditorProps) {
  const { t, language } = useText();
  const [tab, setTab] = useState<EditorTab>('plan');
  const [working, setWorking] = useState<WorkingItem | null>(null);
  const [query, setQuery] = useState('');
  const [previewLanguage, setPreviewLanguage] = useState<Language>(language);
  const [problems, setProblems] = useState<Map<string, string[]>>(new Map());
  const inDraft = useMemo(() => new Set(draft.map((item) => draftItemId(item.change))), [draft]);

  const open = (entity: ContentEntity, key: string) => {
    if (entity === 'store') return;
    const data = currentItem(catalogue, draft, entity, key);
    if (!data) return;
    setTab(entity === 'experience' ? 'zone' : entity);
    setWorking({ entity, data } as WorkingItem);
  };

  const handsetSearch = useMemo(
    () => searchHandsets(catalogue.handsets, query, handsetsShown),
    [catalogue.handsets, query],
  );
  const entry = (
    entity: EditableEntity,
    key: string,
    title: string,
    detail: string,
  ): PickerEntry => ({
    entity,
    key,
    title,
    detail,
    inDraft: inDraft.has(`${entity}:${key}`),
  });
  const fen = (value: number) => `¥${value / 100}`;
  // Rows show an item as the draft has it, so an edited price reads as it will be.
  const now = <E extends EditableEntity>(entity: E, item: EntityData[E]) =>
    currentItem(catalogue, draft, entity, item.id) ?? item;
  const entries: PickerEntry[] =
    tab === 'plan'
      ? catalogue.plans
          .map((plan) => now('plan', plan))
          .map((p) =>
            entry(
              'plan',
              p.id,
              p.name[language],
              t('content.detail.perMonth', { price: fen(p.monthlyFeeFen) }),
            ),
          )
      : tab === 'handset'
        ? handsetSearch.shown
            .map((handset) => now('handset', handset))
            .map((h) => entry('handset', h.id, `${h.brand} ${h.model}`, fen(h.priceFen)))
        : tab === 'service'
          ? catalogue.services
              .map((service) => now('service', service))
              .map((s) =>
                entry(
                  'service',
                  s.id,
                  s.name[language],
                  t('content.detail.perMonth', { price: fen(s.monthlyFeeFen) }),
                ),
              )
          : tab === 'bundle'
            ? catalogue.bundles
                .map((bundle) => now('bundle', bundle))
                .map((b) => entry('bundle', b.id, b.name[language], fen(b.priceFen)))
            : [
                ...catalogue.zones.map((z) =>
                  entry('zone', z.id, z.name[language], t('content.entity.zone')),
                ),
                ...catalogue.experiences.map((e) =>
                  entry(
                    'experience',
                    e.id,
                    e.title[language],
                    catalogue.zones.find((z) => z.id === e.zoneId)?.name[language] ??
                      t('content.entity.experience'),
                  ),
                ),
              ];

  const addToDraft = (item: WorkingItem) => {
    const change = {
      entity: item.entity,
      key: item.data.id,
      op: 'put',
      data: item.data,
    } as ContentChange;
    dispatch({ type: 'change.put', item: { change, label: labelOf(item) } });
    setProblems((previous) => {
      const next = new Map(previous);
      next.delete(draftItemId(change));
      return next;
    });
  };

  return (
    <div className="content-editor">
      <div className="tabs" role="tablist" aria-label={t('content.editor.tabs')}>
        {editorTabs.map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab === option}
            onClick={() => {
              setTab(option);
              setWorking(null);
            }}
          >
            {t(tabKey[option])}
          </button>
        ))}
      </div>
      <div className="content-editor__grid">
        <section className="panel content-editor__picker">
          <ItemPicker
            label={t(tabKey[tab])}
            entries={entries}
            selected={working ? { entity: working.entity, key: working.data.id } : null}
            onSelect={(picked) => open(picked.entity, picked.key)}
            search={
              tab === 'handset'
                ? { query, onQuery: setQuery, matched: handsetSearch.matched }
                : undefined
            }
          />
        </section>
        <EditPanel
          key={working ? `${working.entity}:${working.data.id}` : 'none'}
          working={working}
          catalogue={catalogue}
          draft={draft}
          mediaPaths={mediaPaths}
          previewLanguage={previewLanguage}
          onPreviewLanguage={setPreviewLanguage}
          onChange={setWorking}
          onAdd={addToDraft}
        />
        <div className="content-editor__side">
          <DraftPanel
            draft={draft}
            catalogue={catalogue}
            dispatch={dispatch}
            problems={problems}
            onOpen={open}
          />
          <PublishForm
            draft={draft}
            dispatch={dispatch}
            stores={stores}
            onProblems={setProblems}
            onPublished={onPublished}
            onUnauthorized={onUnauthorized}
          />
          {(problems.get('') ?? []).length > 0 && (
            <ul className="notice notice--error" role="alert">
              {problems.get('')?.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
