import { describe, expect, it } from 'vitest';
import { messages } from '../../../i18n/all-messages';
import { translate } from '../../../i18n/translate';
import type { MessageKey } from '../../../i18n/messages';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { vmsToCsv } from './export-csv';
import { vmColumns } from './vm-columns';

const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(messages['en-US'], key, vars);

describe('vmsToCsv', () => {
  it('writes CPU, memory and GPU as separate numbers and times in ISO 8601', () => {
    const vm = { VMID: 'vm-a', Name: 'a', CPU: 8, Memory: 16384, GPU: 2, CreateTime: 1_796_353_200, ExpireTime: 0, ChargeType: 'Dynamic' } as VMInstanceInfo;
    const columns = vmColumns.filter((c) => ['name', 'spec', 'billing', 'created'].includes(c.key));
    const [header, row] = vmsToCsv([vm], columns, t, 'en-US').replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('Name,VM ID,CPU cores,Memory (GB),GPUs,Billing,Expires,Created');
    expect(row).toBe('a,vm-a,8,16,2,Hourly,,2026-12-04T03:00:00Z');
  });
});
