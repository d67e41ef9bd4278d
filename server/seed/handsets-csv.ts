import { readFileSync } from 'node:fs';
import { handsetSchema, type Handset } from '../../shared';
import { csvRecords } from './csv';
import { demoPriceFen } from './handset-prices';

const csvFile = new URL('./data/handsets-3g.csv', import.meta.url);

const text = (value: string | undefined, max: number) => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed.slice(0, max);
};
const number = (value: string | undefined) => {
  const parsed = Number((value ?? '').trim());
  return (value ?? '').trim() !== '' && Number.isFinite(parsed) && parsed > 0 ? parsed : null;
};

/** `Motorola DEFY+` → `motorola-defy-plus`. */
export function handsetSlug(brand: string, model: string): string {
  return `${brand} ${model}`
    .toLowerCase()
    .replace(/\+/g, ' plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

/** "Black, White" → ["Black", "White"]; a long remark keeps its first words. */
function coloursOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(
      (colour) =>
        colour
          .split(/ with | \/ /)[0]
          ?.trim()
          .slice(0, 40) ?? '',
    )
    .filter((colour) => colour !== '')
    .slice(0, 20);
}

/** Every row of the dataset as a catalogue handset, validated by the shared schema. */
export function handsetsFromCsv(csv: string): Handset[] {
  const seen = new Set<string>();
  return csvRecords(csv).map((row) => {
    const brand = (row.brand ?? '').trim();
    const model = (row.model ?? '').trim();
    let id = handsetSlug(brand, model);
    for (let n = 2; seen.has(id); n++) id = `${handsetSlug(brand, model)}-${n}`;
    seen.add(id);
    const year = Number(row.year);
    const battery = number(row.battery_mah);
    const frontCamera =
      row.front_camera === 'yes' || row.front_camera === 'no' ? row.front_camera : 'unknown';
    const camera = (row.camera_mp ?? '').trim();
    return handsetSchema.parse({
      id,
      brand,
      model,
      year,
      network: (row.network ?? '').trim().slice(0, 100),
      wcdmaBands: (row.wcdma_bands ?? '')
        .split('/')
        .map(Number)
        .filter((band) => Number.isInteger(band) && band > 0)
        .slice(0, 10),
      screenIn: number(row.screen_in),
      resolution: text(row.resolution, 20),
      cameraMp: camera === '' || !Number.isFinite(Number(camera)) ? null : Number(camera),
      frontCamera,
      batteryMah: battery === null ? null : Math.round(battery),
      os: text(row.os, 200),
      storage: text(row.storage, 100),
      ram: text(row.ram, 100),
      weightG: number(row.weight_g),
      colours: coloursOf(row.colours),
      priceFen: demoPriceFen({ id, year, priceEur: number(row.price_eur) }),
      // The dataset has no SIM column; the makers named their dual-SIM models so.
      dualSim: /\b(duos|dual)\b/i.test(model),
      sourceUrl: text(row.source_url, 300),
    });
  });
}

export function loadDemoHandsets(): Handset[] {
  return handsetsFromCsv(readFileSync(csvFile, 'utf8'));
}
