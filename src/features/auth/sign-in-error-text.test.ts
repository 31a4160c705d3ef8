import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { signInErrorText } from './sign-in-error-text';
import { retryAfterSeconds, SignInError } from './sign-in-request';

const en = (key: string, vars?: Record<string, string | number>) => translate('en-US', key, vars);
const zh = (key: string, vars?: Record<string, string | number>) => translate('zh-CN', key, vars);

describe('retryAfterSeconds', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterSeconds('Wed, 01 Jan 2025 00:10:00 GMT', now)).toBe(600);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});

describe('signInErrorText', () => {
  it('words the throttle in whole minutes, rounded up', () => {
    expect(signInErrorText(new SignInError('throttled', 'x', 61), en)).toBe('Too many failed attempts. Try again in 2 minutes.');
    expect(signInErrorText(new SignInError('throttled', 'x', 5), en)).toBe('Too many failed attempts. Try again in 1 minute.');
    expect(signInErrorText(new SignInError('throttled', 'x', 900), zh)).toBe('失败次数过多，请 15 分钟后再试。');
    expect(signInErrorText(new SignInError('throttled', 'x'), en)).toBe('Too many failed attempts. Try again later.');
  });
  it('shows the same generic text for every refused key pair, and passes other messages through', () => {
    expect(signInErrorText(new SignInError('rejected', 'auth.error.rejected'), en)).toBe('The key pair was not accepted.');
    expect(signInErrorText(new SignInError('failed', 'error.network'), en)).toMatch(/could not be reached/);
    expect(signInErrorText(new SignInError('failed', 'Upstream timed out.'), en)).toBe('Upstream timed out.');
  });
});
