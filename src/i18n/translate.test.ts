import { describe, expect, it } from 'vitest';
import { messages } from './all-messages';
import { isMessageKey, translate, translateText } from './translate';

describe('translate', () => {
  it('words a key in each language and fills its variables', () => {
    expect(translate(messages['en-US'], 'common.updatedAgo', { seconds: 5 })).toBe('Updated 5 s ago');
    expect(translate(messages['zh-CN'], 'vms.state.Stopped')).toBe(messages['zh-CN']['vms.state.Stopped']);
  });
  it('picks the English singular or plural by the count, and Chinese needs none', () => {
    const en = messages['en-US'];
    expect(translate(en, 'vms.list.total', { total: 1 })).toBe('1 VM');
    expect(translate(en, 'vms.list.total', { total: 0 })).toBe('0 VMs');
    expect(translate(en, 'vms.list.total', { total: 12 })).toBe('12 VMs');
    expect(translate(en, 'vms.bulk.confirm', { action: 'Start', count: 1 })).toBe('Start 1 VM?');
    expect(translate(en, 'vms.bulk.planAll', { action: 'Stop', count: 1 })).toBe('Stop the selected VM.');
    expect(translate(en, 'vms.bulk.planAll', { action: 'Stop', count: 3 })).toBe('Stop all 3 selected VMs.');
    expect(translate(en, 'overview.expiring.summary', { week: 1, month: 2 })).toBe('Monthly and yearly VMs: 1 expires within 7 days, 2 within 30 days.');
    expect(translate(messages['zh-CN'], 'vms.list.total', { total: 1 })).toBe(messages['zh-CN']['vms.list.total'].replace('{total}', '1'));
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
