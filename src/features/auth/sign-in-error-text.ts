import { ApiError } from '../../api/api-error';
import type { I18n } from '../../i18n/i18n-context';

/**
 * The refused sign-in in the user's language: every refused key pair gets the same generic text (401), a
 * wait (429) is rounded up to whole minutes, anything else is the gateway's own message.
 */
export function signInErrorText(error: unknown, { t, text }: Pick<I18n, 't' | 'text'>): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  if (error.status === 429) {
    if (error.retryAfterSeconds === undefined) return t('auth.error.throttled');
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return t(minutes === 1 ? 'auth.error.throttled.one' : 'auth.error.throttled.other', { minutes });
  }
  if (error.status === 401) return t('auth.error.rejected');
  return text(error.message, error.vars);
}
