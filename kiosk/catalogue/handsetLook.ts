import type { Handset } from '../../shared';

/** How a handset is drawn, derived only from its specifications (no product photos). */
export type FormFactor = 'slab' | 'bar' | 'messenger';

export interface HandsetLook {
  form: FormFactor;
  body: string;
  /** True when the body is light, so details are drawn dark. */
  lightBody: boolean;
  /** Screen width / height as the pixels say (landscape-first screens are > 1). */
  screenAspect: number;
  /** 0 for the smallest screens, 1 for the largest of the era. */
  size: number;
  initial: string;
  wallpaperHue: number;
}

const swatches: [RegExp, string][] = [
  [/black|graphite|onyx|carbon|piano|midnight|ebony|jet/i, '#1d2127'],
  [/white|pearl|ivory|ceramic|snow/i, '#f1f1ee'],
  [/silver|grey|gray|titanium|steel|metal|chrome|aluminium|aluminum/i, '#aab2bc'],
  [/red|ruby|crimson|cherry|wine/i, '#c8313a'],
  [/pink|rose|magenta|fuchsia/i, '#e27ba0'],
  [/blue|navy|cyan|aqua|sky|azure|ocean/i, '#2d63c8'],
  [/green|lime|mint|olive|jade/i, '#2f9e62'],
  [/purple|violet|lilac|plum|lavender/i, '#7b4bc4'],
  [/gold|champagne|sand|beige|cream/i, '#d2b06a'],
  [/brown|chocolate|bronze|copper|mocha|coffee/i, '#7a4e2d'],
  [/orange|coral|amber/i, '#e9782d'],
  [/yellow|lemon/i, '#e8c330'],
];

function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

/** The swatch of a colour name as GSMArena writes it ("Dark grey", "Pearl white"…). */
export function swatchOf(colourName: string): string {
  for (const [pattern, swatch] of swatches) if (pattern.test(colourName)) return swatch;
  return `hsl(${hashOf(colourName) % 360} 45% 45%)`;
}

function isLight(swatch: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(swatch);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b > 160;
}

export function parseResolution(resolution: string | null): { width: number; height: number } {
  const match = resolution ? /^(\d+)\s*x\s*(\d+)$/i.exec(resolution) : null;
  if (!match) return { width: 320, height: 480 };
  return { width: Number(match[1]), height: Number(match[2]) };
}

export function handsetLook(
  handset: Pick<Handset, 'brand' | 'model' | 'screenIn' | 'resolution' | 'colours'>,
  colour: string | null = null,
): HandsetLook {
  const { width, height } = parseResolution(handset.resolution);
  const screenIn = handset.screenIn ?? 2.8;
  const landscape = width > height;
  const form: FormFactor = landscape ? 'messenger' : screenIn < 2.9 ? 'bar' : 'slab';
  const body = swatchOf(colour ?? handset.colours[0] ?? handset.brand);
  return {
    form,
    body,
    lightBody: isLight(body),
    screenAspect: width / height,
    size: Math.min(1, Math.max(0, (screenIn - 2) / 3)),
    initial: handset.brand.slice(0, 1).toUpperCase(),
    wallpaperHue: hashOf(handset.brand + handset.model) % 360,
  };
}
