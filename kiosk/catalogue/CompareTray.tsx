import type { Handset } from '../../shared';
import { Icon } from '../app/Icon';
import { useT } from '../i18n/useT';
import { compareLimit } from '../session/cart';
import { useSessionSend } from '../session/SessionContext';
import { HandsetArt } from './HandsetArt';

/** The handsets put aside to compare; stays at the foot of the catalogue while browsing. */
export function CompareTray({ handsets }: { handsets: readonly Handset[] }) {
  const t = useT();
  const send = useSessionSend();
  if (handsets.length === 0) return null;
  const empties = Math.max(0, compareLimit - handsets.length);
  return (
    <section className="compare-tray" aria-label={t('compare.tray')}>
      <ul className="compare-tray__slots">
        {handsets.map((handset) => {
          const name = `${handset.brand} ${handset.model}`;
          return (
            <li key={handset.id} className="compare-tray__slot">
              <HandsetArt handset={handset} className="compare-tray__art" />
              <span className="compare-tray__name">{name}</span>
              <button
                type="button"
                className="compare-tray__remove"
                aria-label={t('compare.remove', { name })}
                onClick={() => send({ type: 'compare.toggled', handsetId: handset.id })}
              >
                <Icon name="close" />
              </button>
            </li>
          );
        })}
        {Array.from({ length: empties }, (_, i) => (
          <li key={`empty-${i}`} className="compare-tray__slot compare-tray__slot--empty">
            {t('compare.empty')}
          </li>
        ))}
      </ul>
      <div className="compare-tray__actions">
        <span className="compare-tray__hint">
          {handsets.length < 2
            ? t('compare.pickMore')
            : handsets.length >= compareLimit
              ? t('compare.full')
              : ''}
        </span>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => send({ type: 'compare.cleared' })}
        >
          {t('compare.clear')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={handsets.length < 2}
          onClick={() => send({ type: 'compare.opened' })}
        >
          {t('compare.open')}
          <Icon name="arrow" />
        </button>
      </div>
    </section>
  );
}
