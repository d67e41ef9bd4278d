import type { WeatherCondition } from '../../../shared';

const sun = (
  <>
    <circle cx="24" cy="24" r="9" fill="#fbbf24" />
    <path
      d="M24 6v5M24 37v5M6 24h5M37 24h5M11.3 11.3l3.5 3.5M33.2 33.2l3.5 3.5M11.3 36.7l3.5-3.5M33.2 14.8l3.5-3.5"
      stroke="#fbbf24"
      strokeWidth="3"
      strokeLinecap="round"
    />
  </>
);
const cloud = (fill: string) => (
  <path d="M14 36h22a8 8 0 0 0 1-15.9A11 11 0 0 0 16 21a7.5 7.5 0 0 0-2 15z" fill={fill} />
);

/** A weather glyph drawn for each condition HQ can publish. */
export function WeatherIcon({
  condition,
  className,
}: {
  condition: WeatherCondition;
  className?: string;
}) {
  return (
    <svg viewBox="0 0 48 48" aria-hidden="true" className={className ?? 'weather-icon'}>
      {condition === 'sunny' && sun}
      {condition === 'cloudy' && (
        <>
          <g transform="translate(-6 -6) scale(0.8)">{sun}</g>
          {cloud('#f1f5f9')}
        </>
      )}
      {condition === 'overcast' && (
        <>
          <g transform="translate(-5 -6)">{cloud('#94a3b8')}</g>
          {cloud('#cbd5e1')}
        </>
      )}
      {(condition === 'rain' || condition === 'storm') && (
        <>
          <g transform="translate(0 -6)">{cloud(condition === 'storm' ? '#64748b' : '#cbd5e1')}</g>
          <path
            d="M17 36l-2 6M25 36l-2 6M33 36l-2 6"
            stroke="#38bdf8"
            strokeWidth="3"
            strokeLinecap="round"
          />
          {condition === 'storm' && <path d="M26 28l-5 8h5l-3 8 8-11h-5l3-5z" fill="#facc15" />}
        </>
      )}
      {condition === 'snow' && (
        <>
          <g transform="translate(0 -6)">{cloud('#e2e8f0')}</g>
          <path
            d="M17 38v4M15 40h4M25 37v4M23 39h4M33 38v4M31 40h4"
            stroke="#e0f2fe"
            strokeWidth="2.4"
            strokeLinecap="round"
          />
        </>
      )}
      {condition === 'fog' && (
        <>
          <g transform="translate(0 -8)">{cloud('#cbd5e1')}</g>
          <path d="M9 34h30M12 40h24" stroke="#cbd5e1" strokeWidth="3" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
