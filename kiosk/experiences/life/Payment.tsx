import { useEffect, useState } from 'react';
import { formatFen, type ContentOf } from '../../../shared';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { useClock } from '../shell/useClock';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { SimIcon } from '../shell/SimIcon';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { payFromWallet } from './wallet';
import './life.css';

type Item = ContentOf<'payment'>['items'][number];
type Stage = 'choose' | 'ready' | 'tapping' | 'paid' | 'refused';
const tapMs = 1_400;

interface Receipt {
  item: Item;
  at: string;
}

/** Tap-to-pay: the terminal asks for an amount, the phone touches it, the wallet pays. */
export default function Payment({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'payment');
  const now = useClock();
  const [balance, setBalance] = useState(content?.walletFen ?? 0);
  const [item, setItem] = useState<Item | null>(null);
  const [stage, setStage] = useState<Stage>('choose');
  const [receipts, setReceipts] = useState<Receipt[]>([]);

  useEffect(() => {
    if (stage !== 'tapping' || !item) return undefined;
    const timer = window.setTimeout(() => {
      const result = payFromWallet(balance, item.priceFen);
      setBalance(result.balanceFen);
      if (result.ok) setReceipts((list) => [{ item, at: now }, ...list]);
      setStage(result.ok ? 'paid' : 'refused');
    }, tapMs);
    return () => window.clearTimeout(timer);
  }, [stage, item, balance, now]);

  if (!content) return <NoContent message={t('experience.noContent')} />;
  const price = (fen: number) => formatFen(fen, language);
  const terminalText = {
    choose: t('pay.terminal.choose'),
    ready: item ? price(item.priceFen) : '',
    tapping: t('pay.terminal.reading'),
    paid: t('pay.terminal.paid'),
    refused: t('pay.terminal.refused'),
  }[stage];

  return (
    <div className={`sim sim--split pay pay--${stage}`}>
      <PhoneFrame app={t('pay.app')} className="pay__phone">
        <div className="wallet">
          <div className="wallet__card">
            <span>{t('pay.balance')}</span>
            <strong>{price(balance)}</strong>
            <SimIcon name="nfc" className="wallet__nfc" />
          </div>
          <p className="wallet__status" role="status">
            {stage === 'choose' && t('pay.phone.choose')}
            {stage === 'ready' && t('pay.phone.ready')}
            {stage === 'tapping' && t('pay.phone.reading')}
            {stage === 'paid' &&
              item &&
              t('pay.phone.paid', {
                price: price(item.priceFen),
                merchant: localText(item.merchant, language),
              })}
            {stage === 'refused' && t('pay.phone.refused')}
          </p>
          <h3 className="wallet__heading">{t('pay.history')}</h3>
          <ul className="wallet__history">
            {receipts.length === 0 && <li className="wallet__empty">{t('pay.noHistory')}</li>}
            {receipts.map((receipt, i) => (
              <li key={`${receipt.item.id}-${i}`}>
                <span>{localText(receipt.item.merchant, language)}</span>
                <span>{receipt.at}</span>
                <strong>−{price(receipt.item.priceFen)}</strong>
              </li>
            ))}
          </ul>
        </div>
      </PhoneFrame>
      <SimNotes title={t('pay.notesTitle')}>
        <div className="terminal" aria-hidden="true">
          <div className="terminal__screen">{terminalText}</div>
          <div className="terminal__reader">
            <SimIcon name="nfc" />
          </div>
        </div>
        <div className="sim-choices" role="radiogroup" aria-label={t('pay.items')}>
          {content.items.map((option) => (
            <button
              key={option.id}
              type="button"
              role="radio"
              aria-checked={option.id === item?.id}
              className="sim-choice"
              disabled={stage === 'tapping'}
              onClick={() => {
                setItem(option);
                setStage('ready');
              }}
            >
              <strong>{localText(option.merchant, language)}</strong>
              <small>
                {localText(option.item, language)} · {price(option.priceFen)}
              </small>
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button--primary button--large sim-go"
          disabled={stage !== 'ready'}
          onClick={() => setStage('tapping')}
        >
          <SimIcon name="nfc" />
          {t('pay.tap')}
        </button>
      </SimNotes>
    </div>
  );
}
