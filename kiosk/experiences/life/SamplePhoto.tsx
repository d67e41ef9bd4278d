/** Sample pictures drawn here (no photographs, no third-party artwork) for kiosks without a camera. */
export const samplePhotos = ['sunset', 'mountains', 'birthday', 'city'] as const;
export type SamplePhotoName = (typeof samplePhotos)[number];

export function SamplePhoto({ name, className }: { name: SamplePhotoName; className?: string }) {
  return (
    <svg
      viewBox="0 0 300 400"
      preserveAspectRatio="xMidYMid slice"
      className={className}
      aria-hidden="true"
    >
      {scenes[name]}
    </svg>
  );
}

const scenes: Record<SamplePhotoName, React.ReactNode> = {
  sunset: (
    <>
      <defs>
        <linearGradient id="sample-sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#3b1d6e" />
          <stop offset="0.55" stopColor="#f97362" />
          <stop offset="0.75" stopColor="#fcd34d" />
        </linearGradient>
      </defs>
      <rect width="300" height="400" fill="url(#sample-sky)" />
      <circle cx="150" cy="250" r="48" fill="#fde68a" />
      <rect y="262" width="300" height="138" fill="#1e3a5f" />
      <path
        d="M40 290h80M170 305h100M90 330h120M30 360h60"
        stroke="#fcd34d"
        strokeWidth="4"
        strokeOpacity=".7"
        strokeLinecap="round"
      />
      <path d="M0 400V340c40-10 70 10 110 0s60-20 100-8 60 10 90 0v68z" fill="#0f2240" />
    </>
  ),
  mountains: (
    <>
      <rect width="300" height="400" fill="#bfe3f7" />
      <circle cx="230" cy="80" r="26" fill="#fff7cc" />
      <path d="M0 260l70-110 50 70 60-120 120 160v40H0z" fill="#64748b" />
      <path d="M180 100l-22 44 18-8 12 14 14-20z" fill="#fff" />
      <path d="M0 280l80-60 70 50 60-40 90 50v120H0z" fill="#2f855a" />
      <rect y="320" width="300" height="80" fill="#4fa3d9" />
      <path
        d="M20 345h60M120 360h90M200 340h70"
        stroke="#e0f2fe"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </>
  ),
  birthday: (
    <>
      <rect width="300" height="400" fill="#fde2e4" />
      <circle cx="40" cy="60" r="10" fill="#f472b6" />
      <circle cx="250" cy="90" r="8" fill="#60a5fa" />
      <circle cx="220" cy="40" r="6" fill="#facc15" />
      <rect x="60" y="220" width="180" height="110" rx="14" fill="#fff" />
      <rect x="60" y="220" width="180" height="30" rx="14" fill="#f9a8d4" />
      <path d="M60 280c30 14 60-14 90 0s60 14 90 0" stroke="#f472b6" strokeWidth="8" fill="none" />
      <rect x="95" y="170" width="10" height="50" rx="4" fill="#60a5fa" />
      <rect x="145" y="160" width="10" height="60" rx="4" fill="#facc15" />
      <rect x="195" y="170" width="10" height="50" rx="4" fill="#34d399" />
      <path
        d="M100 160c-8 8 0 14 0 14s8-6 0-14zM150 148c-8 8 0 14 0 14s8-6 0-14zM200 160c-8 8 0 14 0 14s8-6 0-14z"
        fill="#fb923c"
      />
      <rect x="40" y="330" width="220" height="14" rx="7" fill="#e5b8c0" />
    </>
  ),
  city: (
    <>
      <rect width="300" height="400" fill="#0b1a33" />
      <circle cx="60" cy="70" r="18" fill="#fef3c7" />
      <path d="M0 400V250h40v-60h40v90h30V170h50v110h30v-70h40v50h30V220h40v180z" fill="#1e293b" />
      {Array.from({ length: 36 }, (_, i) => (
        <rect
          key={i}
          x={12 + (i % 12) * 24}
          y={270 + Math.floor(i / 12) * 30}
          width="8"
          height="12"
          fill="#fcd34d"
          fillOpacity={(i * 7) % 3 === 0 ? 0.25 : 0.85}
        />
      ))}
      <rect y="372" width="300" height="28" fill="#111827" />
      <path d="M0 386h300" stroke="#f59e0b" strokeWidth="3" strokeDasharray="18 12" />
    </>
  ),
};
