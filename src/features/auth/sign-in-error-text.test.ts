import { describe, expect, it } from 'vitest';
import { translate, translateText } from '../../i18n/translate';
import { messages } from '../../i18n/all-messages';
import type { MessageKey } from '../../i18n/messages';
import { signInErrorText } from './sign-in-error-text';
import { ApiError } from '../../api/api-error';

type Vars = Record<string, string | number>;
const en = { t: (key: MessageKey, vars?: Vars) => translate(messages['en-US'], key, vars), text: (s: string, vars?: Vars) => translateText(messages['en-US'], s, vars) };
const zh = { t: (key: MessageKey, vars?: Vars) => translate(messages['zh-CN'], key, vars), text: (s: string, vars?: Vars) => translateText(messages['zh-CN'], s, vars) };

describe('signInErrorText', () => {
  it('words the throttle in whole minutes, rounded up', () => {
    expect(signInErrorText(new ApiError('SignIn', 'x', { status: 429, retryAfterSeconds: 61 }), en)).toBe('Too many failed attempts. Try again in 2 minutes.');
    expect(signInErrorText(new ApiError('SignIn', 'x', { status: 429, retryAfterSeconds: 5 }), en)).toBe('Too many failed attempts. Try again in 1 minute.');
    expect(signInErrorText(new ApiError('SignIn', 'x', { status: 429, retryAfterSeconds: 900 }), zh)).toBe('失败次数过多，请 15 分钟后再试。');
    expect(signInErrorText(new ApiError('SignIn', 'x', { status: 429 }), en)).toBe('Too many failed attempts. Try again later.');
  });
  it('shows the same generic text for every refused key pair, and passes other messages through', () => {
    expect(signInErrorText(new ApiError('SignIn', 'auth.error.rejected', { status: 401 }), en)).toBe('The key pair was not accepted.');
    expect(signInErrorText(new ApiError('SignIn', 'error.network', { status: 0 }), en)).toMatch(/could not be reached/);
    expect(signInErrorText(new ApiError('SignIn', 'Upstream timed out.', { status: 502 }), en)).toBe('Upstream timed out.');
  });
});
