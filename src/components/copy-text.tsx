import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useT } from '../i18n/i18n-context';

/**
 * A value with a small copy button: plain elements, cheap enough for every row of a long table (antd's
 * `Typography copyable` builds a tooltip and a measuring wrapper per cell).
 */
export function CopyText({ text, label }: { text: string; label?: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  return (
    <span className="copy-text">
      <span>{label ?? text}</span>
      <button type="button" className="copy-text__button" onClick={copy} aria-label={`${t('common.copy')} ${text}`} title={t('common.copy')}>
        {copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />}
      </button>
    </span>
  );
}
