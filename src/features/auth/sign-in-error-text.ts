import { SignInError } from './sign-in-request';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The refused sign-in in the user's language; a wait is rounded up to whole minutes. */
export function signInErrorText(error: unknown, t: Translate): string {
  if (!(error instanceof SignInError)) return t('error.unknown');
  if (error.kind === 'throttled') {
    if (error.retryAfterSeconds === undefined) return t('auth.error.throttled');
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return t(minutes === 1 ? 'auth.error.throttled.one' : 'auth.error.throttled.other', { minutes });
  }
  return t(error.message);
}
