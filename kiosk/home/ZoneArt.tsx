import type { ZoneKey } from '../../shared';

/** One illustration per zone, drawn in white on the zone's accent; decorative. */
export function ZoneArt({ zoneKey }: { zoneKey: ZoneKey }) {
  return (
    <svg className="zone-art" viewBox="0 0 240 200" aria-hidden="true">
      {art[zoneKey]}
    </svg>
  );
}

const soft = { fill: '#fff', fillOpacity: 0.16 };
const line = {
  fill: 'none',
  stroke: '#fff',
  strokeWidth: 6,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
};

const art: Record<ZoneKey, React.ReactNode> = {
  business: (
    <>
      <rect x="20" y="70" width="34" height="110" rx="4" {...soft} />
      <rect x="62" y="40" width="40" height="140" rx="4" {...soft} />
      <rect x="110" y="90" width="30" height="90" rx="4" {...soft} />
      <path d="M30 150 L80 110 L120 130 L190 60" {...line} />
      <path d="M165 58 L192 58 L192 85" {...line} />
      <rect x="150" y="112" width="74" height="58" rx="10" fill="#fff" fillOpacity="0.92" />
      <rect x="174" y="100" width="26" height="14" rx="5" {...line} strokeWidth={5} />
      <path d="M150 136 H224" stroke="currentColor" strokeOpacity="0.35" strokeWidth="5" />
    </>
  ),
  travel: (
    <>
      <circle cx="120" cy="110" r="78" {...soft} />
      <path
        d="M42 110 H198 M120 32 C90 70 90 150 120 188 M120 32 C150 70 150 150 120 188"
        {...line}
        strokeWidth={3}
        strokeOpacity={0.55}
      />
      <path
        d="M70 70 L118 92 L168 52 C176 46 188 50 184 60 L150 104 L166 150 L154 156 L128 116 L96 140 L98 158 L88 162 L80 136 L58 124 L64 116 L84 120 L110 98 L64 82 Z"
        fill="#fff"
        fillOpacity="0.95"
      />
      <circle cx="196" cy="150" r="16" fill="#fff" fillOpacity="0.92" />
      <circle cx="196" cy="150" r="6" fill="currentColor" fillOpacity="0.6" />
    </>
  ),
  entertainment: (
    <>
      <rect x="24" y="46" width="150" height="100" rx="16" {...soft} />
      <path d="M86 72 L124 96 L86 120 Z" fill="#fff" fillOpacity="0.95" />
      <path d="M180 40 V120" {...line} />
      <path d="M180 40 L214 30 V52 L180 62" fill="#fff" />
      <circle cx="168" cy="124" r="16" fill="#fff" />
      <rect x="40" y="160" width="14" height="24" rx="4" fill="#fff" fillOpacity="0.8" />
      <rect x="62" y="150" width="14" height="34" rx="4" fill="#fff" fillOpacity="0.8" />
      <rect x="84" y="164" width="14" height="20" rx="4" fill="#fff" fillOpacity="0.8" />
      <rect x="106" y="146" width="14" height="38" rx="4" fill="#fff" fillOpacity="0.8" />
    </>
  ),
  life: (
    <>
      <path d="M30 110 L100 50 L170 110 V180 H30 Z" {...soft} />
      <path d="M30 110 L100 50 L170 110" {...line} />
      <rect x="84" y="130" width="32" height="50" rx="6" fill="#fff" fillOpacity="0.85" />
      <path
        d="M190 92 C190 72 214 68 220 86 C226 68 250 72 250 92 C250 112 220 126 220 134 C220 126 190 112 190 92 Z"
        fill="#fff"
        transform="translate(-30 -40) scale(0.9)"
      />
      <rect x="150" y="128" width="70" height="52" rx="10" fill="#fff" fillOpacity="0.92" />
      <path
        d="M160 144 H210 M160 160 H194"
        stroke="currentColor"
        strokeOpacity="0.45"
        strokeWidth="6"
        strokeLinecap="round"
      />
    </>
  ),
  trend: (
    <>
      <circle cx="120" cy="100" r="70" {...soft} />
      <rect x="88" y="40" width="64" height="124" rx="14" fill="#fff" fillOpacity="0.95" />
      <rect x="96" y="54" width="48" height="90" rx="6" fill="currentColor" fillOpacity="0.35" />
      <path d="M40 60 l8 18 18 8 -18 8 -8 18 -8 -18 -18 -8 18 -8 z" fill="#fff" />
      <path
        d="M196 40 l6 13 13 6 -13 6 -6 13 -6 -13 -13 -6 13 -6 z"
        fill="#fff"
        fillOpacity="0.9"
      />
      <path
        d="M200 140 l5 10 10 5 -10 5 -5 10 -5 -10 -10 -5 10 -5 z"
        fill="#fff"
        fillOpacity="0.8"
      />
      <path d="M110 100 l10 -14 10 14 -10 14 z" fill="#fff" />
    </>
  ),
};
