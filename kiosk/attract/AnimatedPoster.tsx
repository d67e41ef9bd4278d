/**
 * What the attract loop shows with no clip (or before the first frame): drifting light, signal
 * rings and three handsets, all CSS and SVG drawn here.
 */
export function AnimatedPoster() {
  return (
    <div className="attract-poster" aria-hidden="true">
      <div className="attract-poster__glow attract-poster__glow--a" />
      <div className="attract-poster__glow attract-poster__glow--b" />
      <div className="attract-poster__glow attract-poster__glow--c" />
      <div className="attract-poster__rings">
        <span />
        <span />
        <span />
      </div>
      <svg className="attract-poster__phones" viewBox="0 0 600 420">
        <defs>
          <linearGradient id="poster-screen" x1="0" y1="0" x2="1" y2="1">
            <stop offset="0" stopColor="#2dd4bf" />
            <stop offset="1" stopColor="#1f6fd1" />
          </linearGradient>
          <linearGradient id="poster-screen-warm" x1="0" y1="0" x2="1" y2="1">
            <stop offset="0" stopColor="#fbbf24" />
            <stop offset="1" stopColor="#ef4444" />
          </linearGradient>
        </defs>
        <g transform="translate(120 70) rotate(-10)">
          <rect
            width="130"
            height="250"
            rx="22"
            fill="#0b1622"
            stroke="#ffffff40"
            strokeWidth="3"
          />
          <rect x="10" y="28" width="110" height="190" rx="8" fill="url(#poster-screen-warm)" />
          <circle cx="65" cy="110" r="26" fill="#fff" opacity=".9" />
          <path d="M56 98 L80 110 L56 122 Z" fill="#ef4444" />
        </g>
        <g transform="translate(235 40)">
          <rect
            width="140"
            height="280"
            rx="24"
            fill="#0b1622"
            stroke="#ffffff55"
            strokeWidth="3"
          />
          <rect x="10" y="30" width="120" height="210" rx="8" fill="url(#poster-screen)" />
          <circle cx="70" cy="115" r="22" fill="#fff" opacity=".95" />
          <path d="M40 175 a30 22 0 0 1 60 0 z" fill="#fff" opacity=".95" />
          <circle cx="70" cy="258" r="9" fill="#ffffff40" />
        </g>
        <g transform="translate(370 80) rotate(10)">
          <rect
            width="130"
            height="250"
            rx="22"
            fill="#0b1622"
            stroke="#ffffff40"
            strokeWidth="3"
          />
          <rect x="10" y="28" width="110" height="190" rx="8" fill="#0a4a5c" />
          <path
            d="M22 190 L22 150 L60 146 L62 100 L100 96 L102 50"
            stroke="#5eead4"
            strokeWidth="7"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <circle cx="102" cy="50" r="9" fill="#ff6b5b" />
        </g>
      </svg>
    </div>
  );
}
