import type { NumberImportResult, Store } from '../../shared';
import type { Translate } from '../i18n/messages';

type Refusal = NumberImportResult['refused'][number];

/** A refused import row's reason in the console's language, naming the other store or line. */
export function refusalText(
  row: Refusal,
  stores: ReadonlyMap<string, Store>,
  t: Translate,
): string {
  switch (row.reason) {
    case 'alreadyInOtherStore': {
      const store = row.storeId ? (stores.get(row.storeId)?.name ?? row.storeId) : '?';
      return t('numbers.import.reason.alreadyInOtherStore', { store });
    }
    case 'duplicateInFile':
      return t('numbers.import.reason.duplicateInFile', { line: row.firstLine ?? '?' });
    default:
      return t(`numbers.import.reason.${row.reason}`);
  }
}
