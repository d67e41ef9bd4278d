import { formatFen, type Handset, type Language } from '../../shared';
import { wcdmaBandsText } from '../catalogue/handsetSpecs';
import type { MessageKey, Translate } from '../i18n/messages';

export interface CompareRow {
  key: string;
  label: string;
  values: string[];
  /** The handsets do not all say the same here: the row is marked. */
  differs: boolean;
}

type Spec = [key: string, label: MessageKey, value: (handset: Handset) => string];

/** The specifications side by side, one row per specification, in the order a buyer asks. */
export function compareRows(
  handsets: readonly Handset[],
  stock: ReadonlyMap<string, number>,
  t: Translate,
  language: Language,
): CompareRow[] {
  const unknown = t('spec.unknown');
  const yesNo = (yes: boolean) => t(yes ? 'spec.yes' : 'spec.no');
  const or = (value: string | null | undefined) => value ?? unknown;
  const specs: Spec[] = [
    ['price', 'spec.price', (h) => formatFen(h.priceFen, language)],
    [
      'stock',
      'spec.stock',
      (h) => {
        const units = stock.get(h.id) ?? 0;
        return units > 0 ? t('stock.count', { count: units }) : t('handset.noStock');
      },
    ],
    [
      'screen',
      'spec.screen',
      (h) => (h.screenIn ? t('spec.inches', { size: h.screenIn }) : unknown),
    ],
    ['resolution', 'spec.resolution', (h) => or(h.resolution)],
    [
      'camera',
      'spec.camera',
      (h) => (h.cameraMp ? t('spec.megapixels', { mp: h.cameraMp }) : unknown),
    ],
    [
      'videoCall',
      'spec.videoCall',
      (h) => (h.frontCamera === 'unknown' ? unknown : yesNo(h.frontCamera === 'yes')),
    ],
    ['dualSim', 'spec.dualSim', (h) => yesNo(h.dualSim)],
    ['os', 'spec.os', (h) => or(h.os)],
    [
      'battery',
      'spec.battery',
      (h) => (h.batteryMah ? t('spec.mah', { mah: h.batteryMah }) : unknown),
    ],
    ['storage', 'spec.storage', (h) => or(h.storage)],
    ['ram', 'spec.ram', (h) => or(h.ram)],
    ['weight', 'spec.weight', (h) => (h.weightG ? t('spec.grams', { grams: h.weightG }) : unknown)],
    // A line may break after each slash: "GSM/WCDMA/HSPA" is one long word otherwise.
    ['network', 'spec.network', (h) => or(h.network.replaceAll('/', '/\u200b') || null)],
    ['wcdmaBands', 'spec.wcdmaBands', (h) => or(wcdmaBandsText(h.wcdmaBands, t))],
    ['year', 'spec.year', (h) => String(h.year)],
    ['colours', 'spec.colours', (h) => (h.colours.length > 0 ? h.colours.join(' · ') : unknown)],
  ];
  return specs.map(([key, label, value]) => {
    const values = handsets.map(value);
    return { key, label: t(label), values, differs: new Set(values).size > 1 };
  });
}
