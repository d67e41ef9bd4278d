import { useT } from '../i18n/useT';

/** "3 in store" when the shelf has it, "order-in" when not; nothing while stock is unknown. */
export function StockBadge({ quantity }: { quantity: number | null | undefined }) {
  const t = useT();
  if (quantity === undefined) return null;
  const inStore = quantity !== null && quantity > 0;
  return (
    <span className={inStore ? 'stock stock--yes' : 'stock'}>
      {inStore ? t('stock.count', { count: quantity }) : t('handset.noStock')}
    </span>
  );
}
