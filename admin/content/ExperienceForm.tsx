import { useId } from 'react';
import { formatFen, type Catalogue, type Experience, type Zone } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { LocalTextField } from './fields';
import type { FormProps } from './ItemForms';
import {
  addLink,
  experienceKinds,
  maxLinks,
  moveLink,
  removeLink,
  resolveLinks,
} from './item-links';
import { HandsetSearchField, LinkGroup, LinkList } from './LinkFields';

interface ExperienceFormProps extends FormProps<Experience> {
  /** The zones it may sit in (the draft's own included). */
  zones: readonly Zone[];
  /** The `/media/` files on the server; the experience's own is offered even when missing. */
  mediaPaths: readonly string[];
  /** The catalogue as the draft leaves it: the plans and handsets it may offer. */
  upcoming: Pick<Catalogue, 'plans' | 'handsets'>;
}

/** An experience: its words, zone, simulation, media, and the plans and handsets it offers. */
export function ExperienceForm(props: ExperienceFormProps) {
  const { value, onChange, mediaPaths, zones, upcoming } = props;
  const { t, language } = useText();
  const id = useId();
  const choices =
    value.media && !mediaPaths.includes(value.media) ? [value.media, ...mediaPaths] : mediaPaths;
  const kindName = (kind: string) =>
    (experienceKinds as readonly string[]).includes(kind)
      ? `${t(`content.kind.${kind}` as MessageKey)} · ${kind}`
      : kind;
  const kinds = experienceKinds.includes(value.kind as never)
    ? experienceKinds
    : [value.kind, ...experienceKinds];
  const contentType = value.content?.type;
  const plansLeft = upcoming.plans.filter((plan) => !value.planIds.includes(plan.id));
  const perMonth = (fen: number) =>
    t('content.detail.perMonth', { price: formatFen(fen, language) });
  return (
    <div className="item-form">
      <LocalTextField
        label={t('content.experience.title')}
        value={value.title}
        onChange={(title) => onChange({ ...value, title })}
      />
      <LocalTextField
        label={t('content.experience.summary')}
        value={value.summary}
        onChange={(summary) => onChange({ ...value, summary })}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-zone`}>
          {t('content.experience.zone')}
        </label>
        <select
          id={`${id}-zone`}
          className="field__input"
          value={value.zoneId}
          onChange={(event) => onChange({ ...value, zoneId: event.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.name[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t('content.experience.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="field__input"
          value={value.kind}
          onChange={(event) => onChange({ ...value, kind: event.target.value })}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindName(kind)}
            </option>
          ))}
        </select>
        {contentType && contentType !== value.kind && (
          <span className="field__problem" role="status">
            {t('content.experience.kindMismatch', { content: kindName(contentType) })}
          </span>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('content.experience.media')}
        </label>
        <select
          id={id}
          className="field__input"
          value={value.media ?? ''}
          onChange={(event) => onChange({ ...value, media: event.target.value || null })}
        >
          <option value="">{t('content.experience.noMedia')}</option>
          {choices.map((path) => (
            <option key={path} value={path}>
              {path.slice('/media/'.length)}
            </option>
          ))}
        </select>
      </div>
      <LinkGroup legend={t('content.experience.plans')}>
        <LinkList
          label={t('content.experience.plans')}
          rows={resolveLinks(value.planIds, upcoming.plans).map(({ id: planId, item }) => ({
            id: planId,
            title: item ? item.name[language] : null,
            detail: item ? perMonth(item.monthlyFeeFen) : '',
          }))}
          onMove={(planId, by) =>
            onChange({ ...value, planIds: moveLink(value.planIds, planId, by) })
          }
          onRemove={(planId) => onChange({ ...value, planIds: removeLink(value.planIds, planId) })}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-add-plan`}>
            {t('content.experience.addPlan')}
          </label>
          <select
            id={`${id}-add-plan`}
            className="field__input"
            value=""
            disabled={value.planIds.length >= maxLinks || plansLeft.length === 0}
            onChange={(event) =>
              event.target.value &&
              onChange({ ...value, planIds: addLink(value.planIds, event.target.value) })
            }
          >
            <option value="">{t('content.experience.pickPlan')}</option>
            {plansLeft.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {`${plan.name[language]} · ${perMonth(plan.monthlyFeeFen)}`}
              </option>
            ))}
          </select>
        </div>
      </LinkGroup>
      <LinkGroup legend={t('content.experience.handsets')}>
        <LinkList
          label={t('content.experience.handsets')}
          rows={resolveLinks(value.handsetIds, upcoming.handsets).map(
            ({ id: handsetId, item }) => ({
              id: handsetId,
              title: item ? `${item.brand} ${item.model}` : null,
              detail: item ? formatFen(item.priceFen, language) : '',
            }),
          )}
          onMove={(handsetId, by) =>
            onChange({ ...value, handsetIds: moveLink(value.handsetIds, handsetId, by) })
          }
          onRemove={(handsetId) =>
            onChange({ ...value, handsetIds: removeLink(value.handsetIds, handsetId) })
          }
        />
        <HandsetSearchField
          label={t('content.experience.addHandset')}
          handsets={upcoming.handsets}
          chosen={value.handsetIds}
          disabled={value.handsetIds.length >= maxLinks}
          actionLabel={(name) => t('content.links.add', { name })}
          onPick={(handset) =>
            onChange({ ...value, handsetIds: addLink(value.handsetIds, handset.id) })
          }
        />
      </LinkGroup>
      {(value.planIds.length >= maxLinks || value.handsetIds.length >= maxLinks) && (
        <p className="field__hint item-form__wide">{t('content.links.full', { max: maxLinks })}</p>
      )}
    </div>
  );
}
