import type { ContentOf } from '../../../shared';

type Symbol = ContentOf<'game'>['symbols'][number];

const paths: Record<Symbol, string> = {
  phone:
    'M8 3h8a1.5 1.5 0 0 1 1.5 1.5v15A1.5 1.5 0 0 1 16 21H8a1.5 1.5 0 0 1-1.5-1.5v-15A1.5 1.5 0 0 1 8 3zM11 18h2',
  signal: 'M5 20v-3M9.5 20v-6M14 20v-9M18.5 20V5',
  video: 'M3 7.5h11v9H3zM14 10.5l6-3v9l-6-3',
  music: 'M9 18V6l10-2v12M9 18a3 3 0 1 1-3-3 3 3 0 0 1 3 3zM19 16a3 3 0 1 1-3-3 3 3 0 0 1 3 3z',
  mail: 'M3.5 6h17v12h-17zM3.5 7l8.5 6 8.5-6',
  map: 'M12 21s-6-5.3-6-10a6 6 0 0 1 12 0c0 4.7-6 10-6 10zM12 8.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  camera: 'M3 7.5h4l1.5-2h7l1.5 2h4v11H3zM12 10a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 0 0 0-6.4z',
  tv: 'M3 7h18v11H3zM8 3l4 4 4-4',
  game: 'M6 8h12a4 4 0 0 1 4 4v1a4 4 0 0 1-7 2.6h-6A4 4 0 0 1 2 13v-1a4 4 0 0 1 4-4zM7 11v3M5.5 12.5h3',
  chart: 'M4 19h16M6 15l4-4 3 3 5-6',
  cloud: 'M7 18h10a4 4 0 0 0 .5-7.97A6 6 0 0 0 6.1 11.5 3.3 3.3 0 0 0 7 18z',
  star: 'M12 3l2.7 5.8 6.3.7-4.7 4.3 1.3 6.2L12 16.9 6.4 20l1.3-6.2L3 9.5l6.3-.7z',
};

const hues: Record<Symbol, number> = {
  phone: 205,
  signal: 165,
  video: 12,
  music: 285,
  mail: 40,
  map: 130,
  camera: 330,
  tv: 250,
  game: 0,
  chart: 190,
  cloud: 220,
  star: 48,
};

export function MemorySymbol({ symbol }: { symbol: Symbol }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="memory-symbol"
      style={{ color: `hsl(${hues[symbol]} 70% 45%)` }}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[symbol]} />
    </svg>
  );
}
