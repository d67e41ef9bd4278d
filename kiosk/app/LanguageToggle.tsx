import { useEffect } from 'react';
import { loadCatalogue } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSend } from '../session/SessionContext';

/** Always visible; its name is the language it switches to ("English" / "中文"). */
export function LanguageToggle() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const other = language === 'zh' ? 'en' : 'zh';

  // The other catalogue is a separate chunk: fetch it while the customer looks, not on the tap.
  useEffect(() => {
    void loadCatalogue(other);
  }, [other]);

  return (
    <button
      type="button"
      className="language-toggle"
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      onClick={() => {
        void loadCatalogue(other).then(() => send({ type: 'language.chosen', language: other }));
      }}
    >
      <span aria-hidden="true" className="language-toggle__globe">
        ◍
      </span>
      {t('language.switch')}
    </button>
  );
}
