import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { translate } from './translate';

describe('messages', () => {
  it('has every key in both languages, none empty', () => {
    const en = Object.keys(messages['en-US']).sort();
    const zh = Object.keys(messages['zh-CN']).sort();
    expect(zh).toEqual(en);
    for (const table of Object.values(messages)) {
      for (const [key, text] of Object.entries(table)) expect(text, key).not.toBe('');
    }
  });
  it('interpolates and passes unknown texts through', () => {
    expect(translate('en-US', 'common.updatedAgo', { seconds: 5 })).toBe('Updated 5 s ago');
    expect(translate('zh-CN', 'Platform says no')).toBe('Platform says no');
  });
});
