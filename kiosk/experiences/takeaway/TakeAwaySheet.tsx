import { Icon } from '../../app/Icon';
import { useQrSvg } from '../../checkout/useQrSvg';
import { useLanguage, useT } from '../../i18n/useT';
import { infoUrl, type InfoTarget } from './infoUrl';

/** The QR code of an item's public page: the customer scans it and leaves with the details. */
export function TakeAwaySheet({ target, onClose }: { target: InfoTarget; onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const url = infoUrl(window.location.origin, target, language);
  const qr = useQrSvg(url);
  return (
    <div className="sheet-backdrop takeaway-backdrop" onClick={onClose}>
      <div
        className="sheet takeaway"
        role="dialog"
        aria-modal="true"
        aria-labelledby="takeaway-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="takeaway-title" className="takeaway__title">
          {t('takeaway.title')}
        </h2>
        <p className="takeaway__name">{target.name}</p>
        <div
          className="takeaway__qr"
          role="img"
          aria-label={t('takeaway.qr', { name: target.name })}
          // The markup is made on the device by `qrcode` from our own URL, nothing foreign.
          dangerouslySetInnerHTML={qr ? { __html: qr } : undefined}
        />
        <p className="takeaway__hint">{t('takeaway.hint')}</p>
        <p className="takeaway__url">{url}</p>
        <button type="button" className="button button--secondary button--large" onClick={onClose}>
          <Icon name="close" />
          {t('takeaway.close')}
        </button>
      </div>
    </div>
  );
}
