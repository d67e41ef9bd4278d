import { useReducer, useState } from 'react';
import type { Catalogue } from '../../shared';
import { getCatalogue, listMedia } from '../api/content';
import { describeError } from '../api/describe-error';
import { useRemote } from '../api/useRemote';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { ContentEditor } from './ContentEditor';
import { applyDraft, draftReducer } from './draft-version';
import { MediaPanel } from './MediaPanel';
import { VersionsPanel } from './VersionsPanel';
import './content.css';

type ContentTab = 'edit' | 'media' | 'versions';
const contentTabs: readonly ContentTab[] = ['edit', 'media', 'versions'];

/** HQ: edit what every kiosk shows and publish it as a version; look back and restore. */
export function ContentPage({ stores, onUnauthorized }: ShellContext) {
  const { t } = useText();
  const [tab, setTab] = useState<ContentTab>('edit');
  // The draft lives here so it survives a look at the versions tab.
  const [draft, dispatch] = useReducer(draftReducer, []);
  const { state, refresh } = useRemote('content-catalogue', getCatalogue, onUnauthorized);
  // Shared by the media tab and the experience form's picker: an upload shows in both.
  const media = useRemote('content-media', listMedia, onUnauthorized);
  const mediaPaths = media.state.status === 'ready' ? media.state.value.map((f) => f.path) : [];
  // What a publication just changed, laid over the loaded catalogue (no reload, no lost place).
  const [published, setPublished] = useState<{ base: Catalogue; now: Catalogue } | null>(null);
  const loaded = state.status === 'ready' ? state.value : null;
  const catalogue = published && published.base === loaded ? published.now : loaded;

  return (
    <section className="content-page">
      <div className="tabs" role="tablist" aria-label={t('content.tabs')}>
        {contentTabs.map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab === option}
            onClick={() => setTab(option)}
          >
            {option === 'edit'
              ? t('content.tab.edit', { count: draft.length })
              : option === 'media'
                ? t('content.tab.media')
                : t('content.tab.versions')}
          </button>
        ))}
      </div>
      {tab === 'media' && (
        <MediaPanel media={media.state} refresh={media.refresh} onUnauthorized={onUnauthorized} />
      )}
      {tab === 'versions' && <VersionsPanel stores={stores} onUnauthorized={onUnauthorized} />}
      {tab === 'edit' && state.status === 'loading' && (
        <p className="empty-state" role="status">
          {t('content.catalogue.loading')}
        </p>
      )}
      {tab === 'edit' && state.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <span>
            {t('content.catalogue.loadFailed', { reason: describeError(state.error, t) })}
          </span>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {tab === 'edit' && loaded && catalogue && (
        <ContentEditor
          catalogue={catalogue}
          onPublished={() => setPublished({ base: loaded, now: applyDraft(catalogue, draft) })}
          draft={draft}
          dispatch={dispatch}
          mediaPaths={mediaPaths}
          stores={stores}
          onUnauthorized={onUnauthorized}
        />
      )}
    </section>
  );
}
