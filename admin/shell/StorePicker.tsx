import { useId } from 'react';
import type { Store, User } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { canChooseStore, sortStoresForPicker } from './store-scope';

interface StorePickerProps {
  user: User;
  stores: readonly Store[];
  storeId: string | null;
  onChange: (storeId: string | null) => void;
}

const allStores = '';

/**
 * Options read as the store's name alone, so a test or a person can pick one by its name.
 * HQ picks any store or all of them; a manager or clerk sees their own store in the same
 * control, disabled, so the page reads the same for every role.
 */
export function StorePicker({ user, stores, storeId, onChange }: StorePickerProps) {
  const { t } = useText();
  const id = useId();
  const choosable = canChooseStore(user);
  const ownStore = stores.find((store) => store.id === user.storeId);

  return (
    <div className="store-picker">
      <label className="store-picker__label" htmlFor={id}>
        {t('store.label')}
      </label>
      <select
        id={id}
        className="store-picker__select"
        value={choosable ? (storeId ?? allStores) : (user.storeId ?? allStores)}
        disabled={!choosable}
        onChange={(event) => onChange(event.target.value === allStores ? null : event.target.value)}
      >
        {choosable ? (
          <>
            <option value={allStores}>{t('store.all')}</option>
            {sortStoresForPicker(stores).map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </>
        ) : (
          <option value={user.storeId ?? allStores}>
            {ownStore ? ownStore.name : t('store.unknown', { id: user.storeId ?? '' })}
          </option>
        )}
      </select>
    </div>
  );
}
