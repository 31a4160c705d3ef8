import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { translate } from './translate';

// Key parity between the languages is the typecheck's job (each zh-CN file is typed against en-US).
describe('translate', () => {
  it('interpolates and passes unknown texts through', () => {
    expect(translate('en-US', 'common.updatedAgo', { seconds: 5 })).toBe('Updated 5 s ago');
    expect(translate('zh-CN', 'Platform says no')).toBe('Platform says no');
  });
  it('has no empty message in either language', () => {
    for (const table of Object.values(messages)) {
      for (const [key, text] of Object.entries(table)) expect(text, key).not.toBe('');
    }
  });
});
