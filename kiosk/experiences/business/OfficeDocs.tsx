import { useRef, useState } from 'react';
import type { ContentOf } from '../../../shared';
import { Icon } from '../../app/Icon';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import './business.css';

type Document = ContentOf<'office-docs'>['documents'][number];
type Page = Document['pages'][number];

const formatMark: Record<Document['format'], string> = { doc: 'W', sheet: 'X', slides: 'P' };
const swipeDistancePx = 60;
const formatKey = {
  doc: 'docs.format.doc',
  sheet: 'docs.format.sheet',
  slides: 'docs.format.slides',
} as const;

/** Mobile office: open a published document and page through it, by buttons or a swipe. */
export default function OfficeDocs({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'office-docs');
  const [openId, setOpenId] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const swipeStart = useRef<number | null>(null);
  if (!content) return <NoContent message={t('experience.noContent')} />;

  const document = content.documents.find((d) => d.id === openId) ?? null;
  const pageCount = document?.pages.length ?? 0;
  const turn = (by: number) => setPage((p) => Math.min(pageCount - 1, Math.max(0, p + by)));

  return (
    <div className="sim sim--split">
      <PhoneFrame app={document ? localText(document.title, language) : t('docs.app')}>
        {document ? (
          <div className="docs__reader">
            <div
              className={`docs__page docs__page--${document.format}`}
              onPointerDown={(event) => (swipeStart.current = event.clientX)}
              onPointerUp={(event) => {
                const start = swipeStart.current;
                swipeStart.current = null;
                if (start === null) return;
                const moved = event.clientX - start;
                if (Math.abs(moved) >= swipeDistancePx) turn(moved < 0 ? 1 : -1);
              }}
            >
              <DocumentPage page={document.pages[page]!} format={document.format} />
            </div>
            <div className="docs__pager">
              <button
                type="button"
                className="docs__turn"
                disabled={page === 0}
                onClick={() => turn(-1)}
              >
                {t('docs.previous')}
              </button>
              <span className="docs__count" role="status">
                {t('docs.page', { page: page + 1, count: pageCount })}
              </span>
              <button
                type="button"
                className="docs__turn"
                disabled={page >= pageCount - 1}
                onClick={() => turn(1)}
              >
                {t('docs.next')}
              </button>
            </div>
            <button type="button" className="docs__close" onClick={() => setOpenId(null)}>
              {t('docs.allDocuments')}
            </button>
          </div>
        ) : (
          <ul className="docs__list">
            {content.documents.map((doc) => (
              <li key={doc.id}>
                <button
                  type="button"
                  className="docs__item"
                  onClick={() => {
                    setOpenId(doc.id);
                    setPage(0);
                  }}
                >
                  <span className={`docs__mark docs__mark--${doc.format}`} aria-hidden="true">
                    {formatMark[doc.format]}
                  </span>
                  <span className="docs__item-title">{localText(doc.title, language)}</span>
                  <span className="docs__item-meta">
                    {t(formatKey[doc.format])} · {localText(doc.updated, language)} ·{' '}
                    {t('docs.pages', { count: doc.pages.length })}
                  </span>
                  <Icon name="arrow" className="docs__item-arrow" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </PhoneFrame>
      <SimNotes title={t('docs.notesTitle')}>
        <p className="sim-lead">{t('docs.lead')}</p>
        <ul className="sim-tips">
          <li>{t('docs.tip.formats')}</li>
          <li>{t('docs.tip.swipe')}</li>
          <li>{t('docs.tip.mail')}</li>
        </ul>
      </SimNotes>
    </div>
  );
}

function DocumentPage({ page, format }: { page: Page; format: Document['format'] }) {
  const language = useLanguage();
  return (
    <>
      <h3 className="docs__heading">{localText(page.heading, language)}</h3>
      {page.lines.length > 0 &&
        (format === 'slides' ? (
          <ul className="docs__bullets">
            {page.lines.map((line) => (
              <li key={line.zh}>{localText(line, language)}</li>
            ))}
          </ul>
        ) : (
          page.lines.map((line) => (
            <p key={line.zh} className="docs__line">
              {localText(line, language)}
            </p>
          ))
        ))}
      {page.table && (
        <table className="docs__table">
          <thead>
            <tr>
              {page.table.columns.map((column) => (
                <th key={column.zh} scope="col">
                  {localText(column, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.table.rows.map((row) => (
              <tr key={row.join('|')}>
                {row.map((cell, i) => (
                  <td key={`${i}-${cell}`}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
