import type { Handset } from '../../shared';
import type { Translate } from '../i18n/messages';

/**
 * "WCDMA 2100 / 900 MHz": the handset's WCDMA bands, highest first (2100 MHz is the band of
 * the operator's own 3G network), or null when the catalogue lists none.
 */
export function wcdmaBandsText(bands: readonly number[], t: Translate): string | null {
  if (bands.length === 0) return null;
  const highestFirst = [...new Set(bands)].sort((a, b) => b - a);
  return t('spec.wcdmaBandsValue', { bands: highestFirst.join(' / ') });
}

/** The handset sheet's specifications as label and value; a specification not known is left out. */
export function handsetSheetSpecs(handset: Handset, t: Translate): [string, string][] {
  const specs: [string, string | null][] = [
    [t('handset.network'), handset.network || null],
    [t('handset.wcdmaBands'), wcdmaBandsText(handset.wcdmaBands, t)],
    [t('handset.os'), handset.os],
    [t('handset.storage'), handset.storage],
    [t('handset.ram'), handset.ram],
  ];
  return specs.filter((spec): spec is [string, string] => spec[1] !== null);
}
