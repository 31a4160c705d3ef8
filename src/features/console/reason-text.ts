import type { DropReason } from './rfb-status';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** One line for the user: our wording, then the server's own reason and the code to quote. */
export function reasonText(reason: DropReason, t: T): string {
  const parts = [t(reason.key)];
  if (reason.detail) parts.push(reason.detail);
  if (reason.retCode !== undefined) parts.unshift(`[${reason.retCode}]`);
  if (reason.code !== undefined) parts.push(`(${t('console.reason.code', { code: reason.code })})`);
  return parts.join(' ');
}
