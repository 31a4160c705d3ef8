import type { DropReason } from './rfb-status';
import type { I18n } from '../../i18n/i18n-context';

/** One line for the user: our wording, then the server's own reason and the code to quote. */
export function reasonText(reason: DropReason, { t, text }: Pick<I18n, 't' | 'text'>): string {
  const parts = [text(reason.key)];
  if (reason.detail) parts.push(reason.detail);
  if (reason.retCode !== undefined) parts.unshift(`[${reason.retCode}]`);
  if (reason.code !== undefined) parts.push(`(${t('console.reason.code', { code: reason.code })})`);
  return parts.join(' ');
}
