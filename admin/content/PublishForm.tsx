import { useId, useState, type Dispatch, type FormEvent } from 'react';
import type { PublishVersionResponse, Store } from '../../shared';
import type { ApiError } from '../api/api-error';
import { publishContentVersion } from '../api/content';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from '../orders/store-time';
import { sortStoresForPicker } from '../shell/store-scope';
import {
  problemsByDraftItem,
  publishRequestOf,
  type Draft,
  type DraftEvent,
} from './draft-version';
import { epochMsToShanghaiLocal, shanghaiLocalToEpochMs } from './publish-time';

interface PublishFormProps {
  draft: Draft;
  dispatch: Dispatch<DraftEvent>;
  stores: readonly Store[];
  onProblems: (problems: Map<string, string[]>) => void;
  onPublished: () => void;
  onUnauthorized: () => void;
}

type Outcome =
  | { kind: 'published'; stores: number | null }
  | { kind: 'scheduled'; at: number; stores: number | null }
  | { kind: 'failed'; message: string };

/** Publish the draft: a note, every store or chosen ones, now or at a time in China time. */
export function PublishForm({
  draft,
  dispatch,
  stores,
  onProblems,
  onPublished,
  onUnauthorized,
}: PublishFormProps) {
  const { t, language } = useText();
  const ids = { note: useId(), at: useId() };
  const [note, setNote] = useState('');
  const [everyStore, setEveryStore] = useState(true);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [later, setLater] = useState(false);
  const [at, setAt] = useState(
    () => epochMsToShanghaiLocal(Date.now() + 60 * 60 * 1000).slice(0, 14) + '00',
  );
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const publishAt = later ? shanghaiLocalToEpochMs(at) : null;
  const problem =
    draft.length === 0
      ? t('content.publish.nothing')
      : !note.trim()
        ? t('content.publish.noteMissing')
        : !everyStore && chosen.length === 0
          ? t('content.publish.noStores')
          : later && (publishAt === null || publishAt <= Date.now())
            ? t('content.publish.timeInPast')
            : null;

  const fail = (error: ApiError) => {
    if (error.kind === 'unauthorized') onUnauthorized();
    const problems = problemsByDraftItem(draft, error.fields);
    onProblems(problems);
    setOutcome({
      kind: 'failed',
      message:
        problems.size > 0
          ? t('content.publish.fieldProblems')
          : t('content.publish.failed', { reason: describeError(error, t) }),
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const storeIds = everyStore ? null : chosen;
    const request = publishRequestOf(draft, { note, storeIds, publishAt });
    setWorking(true);
    setOutcome(null);
    onProblems(new Map());
    const result = await publishContentVersion(request);
    setWorking(false);
    if (!result.ok) return fail(result.error);
    const storeCount = storeIds ? storeIds.length : null;
    setOutcome(ok(result.value, storeCount, publishAt));
    if (result.value.status === 'published') onPublished();
    dispatch({ type: 'draft.cleared' });
    setNote('');
  };

  return (
    <section className="panel" aria-labelledby="publish-title">
      <h2 id="publish-title" className="panel__title">
        {t('content.publish.title')}
      </h2>
      <form className="publish-form" onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label className="field__label" htmlFor={ids.note}>
            {t('content.publish.note')}
          </label>
          <input
            id={ids.note}
            className="field__input"
            maxLength={200}
            placeholder={t('content.publish.notePlaceholder')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <fieldset className="publish-form__choice">
          <legend className="field__label">{t('content.publish.where')}</legend>
          <label className="check-list__item">
            <input
              type="radio"
              name="where"
              checked={everyStore}
              onChange={() => setEveryStore(true)}
            />
            {t('content.publish.everyStore')}
          </label>
          <label className="check-list__item">
            <input
              type="radio"
              name="where"
              checked={!everyStore}
              onChange={() => setEveryStore(false)}
            />
            {t('content.publish.someStores')}
          </label>
          {!everyStore && (
            <div
              className="store-checks"
              role="group"
              aria-label={t('content.publish.storesLabel')}
            >
              {sortStoresForPicker(stores).map((store) => (
                <label key={store.id} className="check-list__item">
                  <input
                    type="checkbox"
                    checked={chosen.includes(store.id)}
                    onChange={(event) =>
                      setChosen(
                        event.target.checked
                          ? [...chosen, store.id]
                          : chosen.filter((id) => id !== store.id),
                      )
                    }
                  />
                  {store.name}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <fieldset className="publish-form__choice">
          <legend className="field__label">{t('content.publish.when')}</legend>
          <label className="check-list__item">
            <input type="radio" name="when" checked={!later} onChange={() => setLater(false)} />
            {t('content.publish.now')}
          </label>
          <label className="check-list__item">
            <input type="radio" name="when" checked={later} onChange={() => setLater(true)} />
            {t('content.publish.later')}
          </label>
          {later && (
            <div className="field">
              <label className="field__label" htmlFor={ids.at}>
                {t('content.publish.at')}
              </label>
              <input
                id={ids.at}
                className="field__input"
                type="datetime-local"
                value={at}
                min={epochMsToShanghaiLocal(Date.now())}
                onChange={(event) => setAt(event.target.value)}
              />
            </div>
          )}
        </fieldset>
        {problem && draft.length > 0 && <p className="muted">{problem}</p>}
        <button
          type="submit"
          className="button button--primary"
          disabled={problem !== null || working}
        >
          {later
            ? t('content.publish.schedule', { count: draft.length })
            : t('content.publish.submit', { count: draft.length })}
        </button>
      </form>
      {outcome?.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'published' && (
        <p className="notice notice--info" role="status">
          {outcome.stores === null
            ? t('content.publish.publishedAll')
            : t('content.publish.publishedSome', { count: outcome.stores })}
        </p>
      )}
      {outcome?.kind === 'scheduled' && (
        <p className="notice notice--info" role="status">
          {t('content.publish.scheduled', { time: formatStoreTime(outcome.at, language) })}
        </p>
      )}
    </section>
  );
}

function ok(
  answer: PublishVersionResponse,
  stores: number | null,
  publishAt: number | null,
): Outcome {
  return answer.status === 'scheduled'
    ? { kind: 'scheduled', at: publishAt ?? Date.now(), stores }
    : { kind: 'published', stores };
}
