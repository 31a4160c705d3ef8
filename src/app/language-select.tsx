import { TranslationOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useT } from '../i18n/i18n-context';
import { LANGUAGES } from '../i18n/messages';

/** zh-CN / en-US; each language is named in itself, so a user can find theirs in either. */
export function LanguageSelect({ block = false }: { block?: boolean }) {
  const { t, language, setLanguage } = useT();
  return (
    <Select
      aria-label={t('header.language')}
      value={language}
      onChange={setLanguage}
      prefix={<TranslationOutlined aria-hidden />}
      style={{ width: block ? '100%' : 132 }}
      popupMatchSelectWidth={false}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  );
}
