import { TranslationOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useT } from '../i18n/i18n-context';
import { LANGUAGES, type Language } from '../i18n/messages';

/** Each language's short name, written in that language (like its full name in the list). */
export const SHORT_NAMES: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'EN' };

/** zh-CN / en-US; each language is named in itself, so a user can find theirs in either. */
export function LanguageSelect({ block = false, compact = false, opened = false }: { block?: boolean; compact?: boolean; opened?: boolean }) {
  const { t, language, setLanguage } = useT();
  return (
    <Select
      aria-label={t('header.language')}
      value={language}
      onChange={setLanguage}
      prefix={<TranslationOutlined aria-hidden />}
      style={{ width: block ? '100%' : compact ? 96 : 132 }}
      // In the header row the box shows the language's short name; the list names each in full.
      labelRender={compact ? ({ value }) => SHORT_NAMES[value as Language] : undefined}
      popupMatchSelectWidth={false}
      // Mounted in place of the sign-in page's plain button the user just pressed: open, with the focus.
      defaultOpen={opened}
      autoFocus={opened}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  );
}
