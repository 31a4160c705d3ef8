import { describe, expect, it } from 'vitest';
import { messages } from './all-messages';
import { isMessageKey, translate, translateText } from './translate';

describe('translate', () => {
  it('words a key in each language and fills its variables', () => {
    expect(translate(messages['en-US'], 'common.updatedAgo', { seconds: 5 })).toBe('Updated 5 s ago');
    expect(translate(messages['zh-CN'], 'vms.state.Stopped')).toBe(messages['zh-CN']['vms.state.Stopped']);
  });
  it('shows a text from elsewhere (a platform Message) as it is, and words one that is a key', () => {
    expect(translateText(messages['zh-CN'], 'Platform says no')).toBe('Platform says no');
    expect(translateText(messages['en-US'], 'validation.required')).toBe(messages['en-US']['validation.required']);
    expect(isMessageKey(messages['en-US'], 'Platform says no')).toBe(false);
    expect(isMessageKey(messages['en-US'], 'validation.required')).toBe(true);
  });
  it('has no empty message in either language', () => {
    for (const table of Object.values(messages)) {
      for (const [key, text] of Object.entries(table)) expect(text, key).not.toBe('');
    }
  });
});
