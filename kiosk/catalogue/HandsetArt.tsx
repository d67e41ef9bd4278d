import { memo } from 'react';
import { handsetLook, type HandsetLook } from './handsetLook';
import type { Handset } from '../../shared';

const viewWidth = 120;
const viewHeight = 220;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function Wallpaper({ look, screen, id }: { look: HandsetLook; screen: Box; id: string }) {
  const hue = look.wallpaperHue;
  return (
    <>
      <defs>
        <linearGradient id={`${id}-wall`} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor={`hsl(${hue} 75% 58%)`} />
          <stop offset="1" stopColor={`hsl(${(hue + 60) % 360} 70% 32%)`} />
        </linearGradient>
        <linearGradient id={`${id}-glare`} x1="0" y1="0" x2="1" y2="0.6">
          <stop offset="0" stopColor="#fff" stopOpacity="0.35" />
          <stop offset="0.5" stopColor="#fff" stopOpacity="0" />
        </linearGradient>
      </defs>
      <rect {...screen} rx={2.5} fill={`url(#${id}-wall)`} />
      <circle
        cx={screen.x + screen.width * 0.8}
        cy={screen.y + screen.height * 0.25}
        r={Math.min(screen.width, screen.height) * 0.45}
        fill="#fff"
        fillOpacity="0.12"
      />
      <text
        x={screen.x + screen.width / 2}
        y={screen.y + screen.height / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={Math.min(screen.width, screen.height) * 0.55}
        fontWeight="800"
        fill="#fff"
        fillOpacity="0.9"
        fontFamily="system-ui, sans-serif"
      >
        {look.initial}
      </text>
      <rect {...screen} rx={2.5} fill={`url(#${id}-glare)`} />
    </>
  );
}

function Keys({
  area,
  rows,
  columns,
  detail,
}: {
  area: Box;
  rows: number;
  columns: number;
  detail: string;
}) {
  const keys = [];
  const gap = 2;
  const keyWidth = (area.width - gap * (columns - 1)) / columns;
  const keyHeight = (area.height - gap * (rows - 1)) / rows;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      keys.push(
        <rect
          key={`${row}-${column}`}
          x={area.x + column * (keyWidth + gap)}
          y={area.y + row * (keyHeight + gap)}
          width={keyWidth}
          height={keyHeight}
          rx={Math.min(keyWidth, keyHeight) * 0.3}
          fill={detail}
          fillOpacity="0.18"
        />,
      );
    }
  }
  return <>{keys}</>;
}

/** A handset drawn from its specs: form factor, screen aspect and size, colour, brand initial. */
function HandsetArtView({
  handset,
  colour = null,
  className,
}: {
  handset: Handset;
  colour?: string | null;
  className?: string;
}) {
  const look = handsetLook(handset, colour);
  const id = `art-${handset.id.replace(/[^A-Za-z0-9_-]/g, '')}-${(colour ?? '').replace(/\W/g, '')}`;
  const detail = look.lightBody ? '#1d2127' : '#ffffff';
  const cx = viewWidth / 2;
  let body: Box;
  let screen: Box;
  let keypad: Box | null = null;
  let keypadShape: [number, number] = [4, 3];

  if (look.form === 'slab') {
    const height = 150 + look.size * 60;
    const screenHeight = height * 0.76;
    const screenWidth = Math.min(screenHeight * look.screenAspect, 96);
    const width = screenWidth + 12;
    body = { x: cx - width / 2, y: (viewHeight - height) / 2, width, height };
    screen = {
      x: cx - screenWidth / 2,
      y: body.y + height * 0.11,
      width: screenWidth,
      height: screenHeight,
    };
  } else if (look.form === 'bar') {
    const height = 170;
    const width = 62;
    body = { x: cx - width / 2, y: (viewHeight - height) / 2, width, height };
    const screenWidth = width - 14;
    screen = {
      x: cx - screenWidth / 2,
      y: body.y + 18,
      width: screenWidth,
      height: screenWidth / look.screenAspect,
    };
    keypad = {
      x: body.x + 9,
      y: screen.y + screen.height + 22,
      width: width - 18,
      height: body.y + height - (screen.y + screen.height + 22) - 10,
    };
  } else {
    const width = 96;
    const height = 150;
    body = { x: cx - width / 2, y: (viewHeight - height) / 2, width, height };
    const screenWidth = width - 14;
    screen = {
      x: cx - screenWidth / 2,
      y: body.y + 14,
      width: screenWidth,
      height: Math.min(screenWidth / look.screenAspect, 70),
    };
    keypad = {
      x: body.x + 8,
      y: screen.y + screen.height + 14,
      width: width - 16,
      height: body.y + height - (screen.y + screen.height + 14) - 10,
    };
    keypadShape = [4, 10];
  }

  const radius = look.form === 'slab' ? 12 : 14;
  return (
    <svg className={className} viewBox={`0 0 ${viewWidth} ${viewHeight}`} aria-hidden="true">
      <defs>
        <linearGradient id={`${id}-body`} x1="0" y1="0" x2="1" y2="0">
          <stop offset="0" stopColor={look.body} />
          <stop offset="0.55" stopColor={look.body} stopOpacity="0.88" />
          <stop offset="1" stopColor={look.body} />
        </linearGradient>
      </defs>
      <ellipse
        cx={cx}
        cy={body.y + body.height + 6}
        rx={body.width * 0.42}
        ry="4"
        fill="#0a1a2b"
        opacity="0.18"
      />
      <rect {...body} rx={radius} fill={`url(#${id}-body)`} />
      <rect
        {...body}
        rx={radius}
        fill="none"
        stroke={detail}
        strokeOpacity="0.18"
        strokeWidth="1.2"
      />
      <rect
        x={cx - 8}
        y={body.y + 5}
        width="16"
        height="2.4"
        rx="1.2"
        fill={detail}
        fillOpacity="0.3"
      />
      <rect
        x={screen.x - 1.5}
        y={screen.y - 1.5}
        width={screen.width + 3}
        height={screen.height + 3}
        rx={3.5}
        fill="#0b1018"
      />
      <Wallpaper look={look} screen={screen} id={id} />
      {look.form === 'slab' && (
        <rect
          x={cx - 7}
          y={body.y + body.height - 9}
          width="14"
          height="3.2"
          rx="1.6"
          fill={detail}
          fillOpacity="0.35"
        />
      )}
      {keypad && (
        <>
          {look.form === 'bar' && (
            <circle
              cx={cx}
              cy={screen.y + screen.height + 11}
              r="7"
              fill={detail}
              fillOpacity="0.2"
            />
          )}
          <Keys area={keypad} rows={keypadShape[0]} columns={keypadShape[1]} detail={detail} />
        </>
      )}
    </svg>
  );
}

export const HandsetArt = memo(HandsetArtView);
