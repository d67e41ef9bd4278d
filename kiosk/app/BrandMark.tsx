import { useId } from 'react';
import { useT } from '../i18n/useT';

/** The operator's mark, drawn here: three arcs for "3G" in the brand teal. */
export function BrandMark({ large = false }: { large?: boolean }) {
  const t = useT();
  // Unique per instance: a gradient id inside a hidden copy would not paint in the visible one.
  const fillId = `brand-mark-fill-${useId()}`;
  return (
    <div className={large ? 'brand-mark brand-mark--large' : 'brand-mark'}>
      <svg viewBox="0 0 48 48" aria-hidden="true" className="brand-mark__logo">
        <defs>
          <linearGradient id={fillId} x1="0" y1="0" x2="1" y2="1">
            <stop offset="0" stopColor="#2dd4bf" />
            <stop offset="1" stopColor="#1f6fd1" />
          </linearGradient>
        </defs>
        <rect width="48" height="48" rx="14" fill={`url(#${fillId})`} />
        <circle cx="16" cy="32" r="3.5" fill="#fff" />
        <path
          d="M16 22a10 10 0 0 1 10 10"
          stroke="#fff"
          strokeWidth="3.5"
          fill="none"
          strokeLinecap="round"
        />
        <path
          d="M16 14a18 18 0 0 1 18 18"
          stroke="#fff"
          strokeWidth="3.5"
          fill="none"
          strokeLinecap="round"
          opacity=".8"
        />
        <path
          d="M16 6a26 26 0 0 1 26 26"
          stroke="#fff"
          strokeWidth="3.5"
          fill="none"
          strokeLinecap="round"
          opacity=".55"
        />
      </svg>
      <div className="brand-mark__words">
        <span className="brand-mark__operator">{t('app.operator')}</span>
        <span className="brand-mark__name">{t('app.name')}</span>
      </div>
    </div>
  );
}
