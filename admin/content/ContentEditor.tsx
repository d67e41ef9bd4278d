import { useMemo, useState, type Dispatch } from 'react';
import type { Catalogue, ContentChange, ContentEntity, Language, Store } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { DraftPanel } from './DraftPanel';
import { draftItemId, type Draft, type DraftEvent, type EntityData } from './draft-version';
import { blankItem, copyWithId, nameForId, proposeId, takenIds } from './new-item';
import { NewItemActions } from './NewItemActions';
import { EditPanel } from './EditPanel';
import { searchHandsets } from './handset-search';
import { ItemPicker, type PickerEntry } from './ItemPicker';
import { PublishForm } from './PublishForm';
import {
  catalogueListOf,
  currentItem,
  draftListOf,
  labelOf,
  type DraftState,
  type EditableEntity,
  type WorkingItem,
} from './working-item';

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
  // Non-zero while a new item is open: counts the "New …" actions, so each starts a fresh form.
  const [creating, setCreating] = useState(0);
  const [previewLanguage, setPreviewLanguage] = useState<Language>(language);
  const [problems, setProblems] = useState<Map<string, string[]>>(new Map());

  const open = (entity: ContentEntity, key: string) => {
    if (entity === 'store') return;
    const data = currentItem(catalogue, draft, entity, key);
    if (!data) return;
    setTab(entity === 'experience' ? 'zone' : entity);
    setWorking({ entity, data } as WorkingItem);
    setCreating(0);
  };

  // The draft's own handsets (new or edited) are searched with today's.
  const handsetList = useMemo(() => draftListOf(catalogue, draft, 'handset'), [catalogue, draft]);
  const handsetSearch = useMemo(
    () =>
      searchHandsets(
        handsetList.map((h) => h.data),
        query,
        handsetsShown,
      ),
    [handsetList, query],
  );
  const fen = (value: number) => `¥${value / 100}`;
  const entry = <E extends EditableEntity>(
    entity: E,
    listed: { data: EntityData[E]; state: DraftState },
    title: string,
    detail: string,
  ): PickerEntry => ({ entity, key: listed.data.id, title, detail, state: listed.state });
  const perMonth = (value: number) => t('content.detail.perMonth', { price: fen(value) });
  const entries: PickerEntry[] =
    tab === 'plan'
      ? draftListOf(catalogue, draft, 'plan').map((p) =>
          entry('plan', p, p.data.name[language], perMonth(p.data.monthlyFeeFen)),
        )
      : tab === 'handset'
        ? handsetSearch.shown.map((data) => {
            const h = handsetList.find((listed) => listed.data === data) ?? {
              data,
              state: 'published' as const,
            };
            return entry('handset', h, `${data.brand} ${data.model}`, fen(data.priceFen));
          })
        : tab === 'service'
          ? draftListOf(catalogue, draft, 'service').map((s) =>
              entry('service', s, s.data.name[language], perMonth(s.data.monthlyFeeFen)),
            )
          : tab === 'bundle'
            ? draftListOf(catalogue, draft, 'bundle').map((b) =>
                entry('bundle', b, b.data.name[language], fen(b.data.priceFen)),
              )
            : [
                ...draftListOf(catalogue, draft, 'zone').map((z) =>
                  entry('zone', z, z.data.name[language], t('content.entity.zone')),
                ),
                ...draftListOf(catalogue, draft, 'experience').map((e) =>
                  entry(
                    'experience',
                    e,
                    e.data.title[language],
                    catalogue.zones.find((z) => z.id === e.data.zoneId)?.name[language] ??
                      t('content.entity.experience'),
                  ),
                ),
              ];

  /** Opens a form for a new item: blank, or a copy of `basedOn` under a new id. */
  const startNew = (entity: EditableEntity, basedOn: WorkingItem | null) => {
    const zoneId =
      working?.entity === 'zone'
        ? working.data.id
        : working?.entity === 'experience'
          ? working.data.zoneId
          : undefined;
    const item = basedOn ?? blankItem(entity, catalogue, '', zoneId);
    const id = proposeId(nameForId(item), takenIds(catalogue, draft, entity), entity);
    setWorking(copyWithId(item, id));
    setCreating((count) => count + 1);
  };

  const withdraw = (item: WorkingItem) => {
    const list = catalogue[catalogueListOf[item.entity]] as readonly { id: string }[];
    dispatch({
      type: 'change.withdrawn',
      entity: item.entity,
      key: item.data.id,
      label: labelOf(item),
      published: list.some((listed) => listed.id === item.data.id),
    });
    setWorking(null);
  };

  const addToDraft = (item: WorkingItem) => {
    const change = {
      entity: item.entity,
      key: item.data.id,
      op: 'put',
      data: item.data,
    } as ContentChange;
    dispatch({ type: 'change.put', item: { change, label: labelOf(item) } });
    setCreating(0);
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
              setCreating(0);
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
            actions={
              <NewItemActions
                entities={tab === 'zone' ? ['zone', 'experience'] : [tab]}
                selected={creating === 0 ? working : null}
                onNew={startNew}
              />
            }
            search={
              tab === 'handset'
                ? { query, onQuery: setQuery, matched: handsetSearch.matched }
                : undefined
            }
          />
        </section>
        <EditPanel
          key={
            creating > 0
              ? `new:${creating}`
              : working
                ? `${working.entity}:${working.data.id}`
                : 'none'
          }
          working={working}
          isNew={creating > 0}
          catalogue={catalogue}
          draft={draft}
          mediaPaths={mediaPaths}
          previewLanguage={previewLanguage}
          onPreviewLanguage={setPreviewLanguage}
          onChange={setWorking}
          onAdd={addToDraft}
          onWithdraw={withdraw}
          onDiscard={() => {
            setWorking(null);
            setCreating(0);
          }}
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
