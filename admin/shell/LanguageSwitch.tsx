import { languages } from '../../shared';
import { useText } from '../i18n/LanguageProvider';

/** Two pressed-or-not buttons: each names its language in that language. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useText();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          className="language-switch__option"
          aria-pressed={language === option}
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          onClick={() => setLanguage(option)}
        >
          {t(option === 'zh' ? 'language.zh' : 'language.en')}
        </button>
      ))}
    </div>
  );
}
