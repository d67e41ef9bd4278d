import type { ZoneKey } from '../../shared';

/** The scenery behind a zone's name: a skyline, a journey, a stage, a street, a launch. */
export function ZoneBackdrop({ zoneKey }: { zoneKey: ZoneKey }) {
  return (
    <svg
      className="zone-backdrop"
      viewBox="0 0 1600 420"
      preserveAspectRatio="xMidYMax slice"
      aria-hidden="true"
    >
      {scenes[zoneKey]}
    </svg>
  );
}

const white = (opacity: number) => ({ fill: '#fff', fillOpacity: opacity });

function skyline(): React.ReactNode {
  const towers: [number, number, number][] = [
    [20, 90, 230],
    [120, 70, 300],
    [200, 110, 190],
    [330, 80, 340],
    [420, 60, 260],
    [500, 120, 210],
    [640, 70, 320],
    [720, 100, 250],
    [840, 80, 360],
    [930, 120, 220],
    [1070, 70, 300],
    [1150, 90, 240],
    [1260, 110, 330],
    [1380, 80, 200],
    [1470, 110, 280],
  ];
  return towers.map(([x, width, height], i) => (
    <g key={i}>
      <rect
        x={x}
        y={420 - height}
        width={width}
        height={height}
        {...white(0.08 + (i % 3) * 0.03)}
      />
      {Array.from({ length: Math.floor(height / 46) * 3 }, (_, w) => (
        <rect
          key={w}
          x={x + 12 + (w % 3) * ((width - 24) / 3)}
          y={420 - height + 16 + Math.floor(w / 3) * 46}
          width={(width - 24) / 3 - 8}
          height="18"
          {...white((w * 7 + i) % 4 === 0 ? 0.42 : 0.1)}
        />
      ))}
    </g>
  ));
}

const scenes: Record<ZoneKey, React.ReactNode> = {
  business: (
    <>
      {skyline()}
      <path
        d="M0 330 L220 280 L420 300 L640 210 L860 240 L1080 150 L1300 170 L1600 60"
        fill="none"
        stroke="#fff"
        strokeOpacity=".55"
        strokeWidth="6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="1600" cy="60" r="12" fill="#fff" />
    </>
  ),
  travel: (
    <>
      <path d="M0 330 C300 280 500 360 800 320 S1300 260 1600 300 V420 H0 Z" {...white(0.12)} />
      <path d="M0 370 C400 330 700 400 1000 370 S1400 340 1600 360 V420 H0 Z" {...white(0.18)} />
      <path
        d="M80 300 C400 80 900 40 1380 140"
        fill="none"
        stroke="#fff"
        strokeOpacity=".55"
        strokeWidth="5"
        strokeDasharray="14 16"
        strokeLinecap="round"
      />
      <g transform="translate(1380 140) rotate(18) scale(1.6)" fill="#fff">
        <path d="M-30 0 L10 -4 L26 -22 L34 -22 L24 -3 L40 -2 L46 -10 L52 -10 L48 0 L52 10 L46 10 L40 2 L24 3 L34 22 L26 22 L10 4 L-30 0 Z" />
      </g>
      <circle cx="80" cy="300" r="14" fill="#fff" />
      <circle
        cx="80"
        cy="300"
        r="28"
        fill="none"
        stroke="#fff"
        strokeOpacity=".5"
        strokeWidth="4"
      />
      <g {...white(0.3)}>
        <ellipse cx="420" cy="120" rx="70" ry="22" />
        <ellipse cx="460" cy="104" rx="44" ry="26" />
        <ellipse cx="1100" cy="90" rx="90" ry="24" />
        <ellipse cx="1150" cy="72" rx="50" ry="28" />
      </g>
    </>
  ),
  entertainment: (
    <>
      {[200, 560, 1040, 1400].map((x, i) => (
        <path
          key={x}
          d={`M${x} 0 L${x - 180} 420 L${x + 180} 420 Z`}
          {...white(0.06 + (i % 2) * 0.04)}
        />
      ))}
      {Array.from({ length: 40 }, (_, i) => {
        const height = 40 + ((i * 37) % 11) * 22;
        return (
          <rect
            key={i}
            x={i * 40 + 6}
            y={420 - height}
            width="26"
            height={height}
            rx="6"
            {...white(0.1)}
          />
        );
      })}
      <g fill="#fff" fillOpacity=".7">
        <circle cx="1220" cy="150" r="20" />
        <rect x="1236" y="70" width="7" height="82" />
        <path d="M1243 70 l44 -14 v22 l-44 14 z" />
        <circle cx="330" cy="110" r="16" />
        <rect x="343" y="46" width="6" height="66" />
      </g>
    </>
  ),
  life: (
    <>
      <circle cx="1380" cy="90" r="56" fill="#fff" fillOpacity=".55" />
      <path d="M0 360 H1600 V420 H0 Z" {...white(0.2)} />
      {[
        [120, 150],
        [420, 190],
        [760, 160],
        [1040, 200],
      ].map(([x, height]) => (
        <g key={x} {...white(0.16)}>
          <path d={`M${x} ${360 - (height as number)} l110 -70 l110 70 v${height} h-220 z`} />
          <rect x={(x as number) + 90} y={300} width="40" height="60" {...white(0.35)} />
          <rect
            x={(x as number) + 30}
            y={380 - (height as number)}
            width="40"
            height="36"
            {...white(0.3)}
          />
          <rect
            x={(x as number) + 150}
            y={380 - (height as number)}
            width="40"
            height="36"
            {...white(0.3)}
          />
        </g>
      ))}
      {[330, 680, 980, 1300, 1500].map((x) => (
        <g key={x}>
          <rect x={x - 5} y="300" width="10" height="60" {...white(0.4)} />
          <circle cx={x} cy="284" r="34" {...white(0.28)} />
        </g>
      ))}
    </>
  ),
  trend: (
    <>
      {[140, 220, 300, 380].map((r, i) => (
        <circle
          key={r}
          cx="1250"
          cy="230"
          r={r}
          fill="none"
          stroke="#fff"
          strokeOpacity={0.28 - i * 0.05}
          strokeWidth="4"
        />
      ))}
      {[
        [1130, 140, -12],
        [1260, 110, 0],
        [1390, 140, 12],
      ].map(([x, y, angle]) => (
        <g key={x} transform={`rotate(${angle} ${x} ${(y as number) + 120})`}>
          <rect
            x={(x as number) - 55}
            y={y}
            width="110"
            height="210"
            rx="22"
            fill="#fff"
            fillOpacity=".88"
          />
          <rect
            x={(x as number) - 45}
            y={(y as number) + 20}
            width="90"
            height="160"
            rx="8"
            fill="#000"
            fillOpacity=".22"
          />
        </g>
      ))}
      {[
        [200, 120, 1],
        [420, 260, 0.7],
        [700, 90, 0.8],
        [900, 300, 0.6],
      ].map(([x, y, s]) => (
        <path
          key={x}
          transform={`translate(${x} ${y}) scale(${s})`}
          d="M0 -40 L10 -10 L40 0 L10 10 L0 40 L-10 10 L-40 0 L-10 -10 Z"
          fill="#fff"
          fillOpacity=".75"
        />
      ))}
    </>
  ),
};
