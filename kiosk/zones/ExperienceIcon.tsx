/** A glyph per experience kind (the `kind` of shared/catalogue.ts); unknown kinds get a spark. */
const glyphs: Record<string, string> = {
  'video-call':
    'M4 7.5A1.5 1.5 0 0 1 5.5 6h9A1.5 1.5 0 0 1 16 7.5v9a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 4 16.5zM16 10.5l4-2.5v8l-4-2.5',
  'mobile-email': 'M4 6h16v12H4zM4 7l8 6 8-6',
  stocks: 'M4 19h16M6 15l4-4 3 3 5-6M15 8h3v3',
  maps: 'M12 21s-6-5.3-6-10a6 6 0 0 1 12 0c0 4.7-6 10-6 10zM12 8.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
  weather:
    'M7 17h10a4 4 0 0 0 .5-7.97A6 6 0 0 0 6.1 10.5 3.3 3.3 0 0 0 7 17zM9 20l-1 2M13 20l-1 2M17 20l-1 2',
  'mobile-tv': 'M3 7h18v11H3zM8 3l4 4 4-4M10 10.5v4l3.5-2z',
  music: 'M9 18V6l10-2v12M9 18a3 3 0 1 1-3-3 3 3 0 0 1 3 3zM19 16a3 3 0 1 1-3-3 3 3 0 0 1 3 3z',
  game: 'M6 8h12a4 4 0 0 1 4 4v1a4 4 0 0 1-7 2.6h-6A4 4 0 0 1 2 13v-1a4 4 0 0 1 4-4zM7 11v3M5.5 12.5h3M16 12h.01M18 14h.01',
  payment: 'M3 7h18v10H3zM3 10.5h18M7 14.5h4',
  'office-docs': 'M6 3h8l4 4v14H6zM14 3v4h4M9 11h6M9 14.5h6M9 18h4',
  timetable: 'M7 3v3M17 3v3M4 6h16v14H4zM4 10h16M8 14h3M13 14h3M8 17h3',
  roaming:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c-2.5 2.5-3.5 5.5-3.5 9s1 6.5 3.5 9M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9',
  news: 'M4 5h13v14H6a2 2 0 0 1-2-2zM17 9h3v8a2 2 0 0 1-2 2M7 9h7M7 12.5h7M7 16h4',
  'photo-share': 'M3 7.5h4l1.5-2h7l1.5 2h4v11H3zM12 10a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 0 0 0-6.4z',
  'monthly-services': 'M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3.1-5.4 3.1 1.2-6-4.5-4.2 6.1-.7z',
  'new-handsets':
    'M8 3h8a1.5 1.5 0 0 1 1.5 1.5v15A1.5 1.5 0 0 1 16 21H8a1.5 1.5 0 0 1-1.5-1.5v-15A1.5 1.5 0 0 1 8 3zM12 9l1 2 2 .5-1.5 1.5.5 2-2-1-2 1 .5-2L9 11.5l2-.5z',
};
const spark = 'M12 3v5M12 16v5M3 12h5M16 12h5M6 6l3 3M15 15l3 3M6 18l3-3M15 9l3-3';

export function ExperienceIcon({ kind }: { kind: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="experience-icon"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={glyphs[kind] ?? spark} />
    </svg>
  );
}
