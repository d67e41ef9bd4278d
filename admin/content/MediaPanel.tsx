import { useState, type FormEvent } from 'react';
import {
  mediaContentTypeFor,
  mediaNameSchema,
  sanitiseMediaName,
  type MediaFile,
} from '../../shared';
import { uploadMedia } from '../api/content';
import { describeError } from '../api/describe-error';
import { useSubmission } from '../api/useSubmission';
import type { RemoteState } from '../api/useRemote';
import { useText } from '../i18n/LanguageProvider';

interface MediaPanelProps {
  media: RemoteState<MediaFile[]>;
  refresh: () => void;
  onUnauthorized: () => void;
}

/** 1 234 567 bytes → "1.2 MB": enough to tell a clip from a picture. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const nameOf = (path: string) => path.slice('/media/'.length);

/** The `/media/` files with who shows them, and a way to add one (never to replace one). */
export function MediaPanel({ media, refresh, onUnauthorized }: MediaPanelProps) {
  const { t } = useText();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const upload = useSubmission<MediaFile>('content.media.uploadFailed', onUnauthorized);
  const nameValid = mediaNameSchema.safeParse(name).success;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const type = mediaContentTypeFor(name);
    if (!file || !nameValid || !type) return;
    // The name's ending decides the type: a browser may not know a .webm file's.
    const result = await uploadMedia(name, file.slice(0, file.size, type));
    if (!result.ok && result.error.code === 'media_exists') {
      upload.fail(t('content.media.exists', { name }));
      return;
    }
    await upload.submit(() => Promise.resolve(result));
    if (result.ok) {
      setFile(null);
      setName('');
      refresh();
    }
  };

  return (
    <article className="panel">
      <p className="panel__hint">{t('content.media.hint')}</p>
      <form className="toolbar media-upload" onSubmit={send}>
        <label className="field">
          <span className="field__label">{t('content.media.file')}</span>
          <input
            type="file"
            accept=".webm,.mp4,.png,.jpg,.jpeg,.webp"
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setName(chosen ? sanitiseMediaName(chosen.name) : '');
              upload.reset();
            }}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('content.media.name')}</span>
          <input
            className="field__input"
            value={name}
            aria-invalid={name !== '' && !nameValid}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={!file || !nameValid || upload.state.status === 'working'}
        >
          {upload.state.status === 'working'
            ? t('content.media.uploading')
            : t('content.media.upload')}
        </button>
      </form>
      {name !== '' && !nameValid && <p className="field__problem">{t('content.media.badName')}</p>}
      {upload.state.status === 'done' && (
        <p className="notice notice--info" role="status">
          {t('content.media.uploaded', { name: nameOf(upload.state.result.path) })}
        </p>
      )}
      {upload.state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {upload.state.message}
        </p>
      )}
      {media.status === 'loading' && (
        <p className="empty-state" role="status">
          {t('content.media.loading')}
        </p>
      )}
      {media.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <span>{t('content.media.loadFailed', { reason: describeError(media.error, t) })}</span>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {media.status === 'ready' && media.value.length === 0 && (
        <p className="empty-state">{t('content.media.empty')}</p>
      )}
      {media.status === 'ready' && media.value.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('content.media.name')}</th>
                <th scope="col" className="data-table__number">
                  {t('content.media.size')}
                </th>
                <th scope="col">{t('content.media.usedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {media.value.map((entry) => (
                <tr key={entry.path}>
                  <td>
                    <a href={entry.path} target="_blank" rel="noreferrer">
                      {nameOf(entry.path)}
                    </a>
                  </td>
                  <td className="data-table__number">{formatBytes(entry.bytes)}</td>
                  <td>
                    {entry.usedBy.length > 0 ? entry.usedBy.join(', ') : t('content.media.unused')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
