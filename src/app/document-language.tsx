import { useEffect } from 'react';
import { useT } from '../i18n/i18n-context';

/** Keeps <html lang> on the language in use (index.html's default is only right for zh-CN users). */
export function DocumentLanguage() {
  const { language } = useT();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return null;
}
