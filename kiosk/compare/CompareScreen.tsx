import { useMemo } from 'react';
import type { Handset } from '../../shared';
import { Icon } from '../app/Icon';
import { HandsetArt } from '../catalogue/HandsetArt';
import { useHandsets, useStoreStockMap } from '../catalogue/useHandsets';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { compareRows } from './compareRows';
import './compare.css';

/** Up to three handsets in columns, a row per specification, the rows that differ marked. */
export function CompareScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const compared = useSessionSelector((snapshot) => snapshot.context.compared);
  const handsets = useHandsets();
  const stock = useStoreStockMap();
  const chosen = useMemo(() => {
    const byId = new Map((handsets ?? []).map((h) => [h.id, h]));
    return compared.map((id) => byId.get(id)).filter((h): h is Handset => h !== undefined);
  }, [handsets, compared]);
  if (!handsets || !stock) return null;
  const rows = compareRows(chosen, stock, t, language);
  const columns = { '--columns': chosen.length } as React.CSSProperties;

  return (
    <div className="page compare">
      <div className="page__intro">
        <h1 className="page__title">{t('compare.title')}</h1>
        <p className="page__subtitle">{t('compare.subtitle')}</p>
      </div>
      <div className="compare__scroll">
        <table className="compare__table" style={columns}>
          <thead>
            <tr>
              <td />
              {chosen.map((handset) => {
                const name = `${handset.brand} ${handset.model}`;
                return (
                  <th key={handset.id} scope="col" className="compare__head">
                    <button
                      type="button"
                      className="compare__remove"
                      aria-label={t('compare.remove', { name })}
                      onClick={() => send({ type: 'compare.toggled', handsetId: handset.id })}
                    >
                      <Icon name="close" />
                    </button>
                    <div className="compare__identity">
                      <HandsetArt handset={handset} className="compare__art" />
                      <span className="compare__brand">{handset.brand}</span>
                      <span className="compare__model">{handset.model}</span>
                    </div>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.differs ? 'compare__row--differs' : undefined}>
                <th scope="row">
                  {row.label}
                  {row.differs && <span className="compare__differs">{t('compare.differs')}</span>}
                </th>
                {row.values.map((value, i) => (
                  <td key={chosen[i]?.id ?? i}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {chosen.map((handset) => (
                <td key={handset.id}>
                  <button
                    type="button"
                    className="button button--primary button--block"
                    aria-label={t('compare.chooseNamed', {
                      name: `${handset.brand} ${handset.model}`,
                    })}
                    onClick={() =>
                      send({
                        type: 'handset.chosen',
                        handsetId: handset.id,
                        colour: handset.colours[0] ?? null,
                      })
                    }
                  >
                    {t('compare.choose')}
                  </button>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
