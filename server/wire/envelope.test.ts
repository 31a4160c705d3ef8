import { describe, expect, it } from 'vitest';
import { parseEnvelope } from './envelope';

describe('parseEnvelope', () => {
  it('keeps every field in its order and names a missing Action after the request', () => {
    const text = '{"RetCode":0,"TotalCount":1,"Action":"DescribeRegionResponse","Infos":[]}';
    expect(JSON.stringify(parseEnvelope('DescribeRegion', text))).toBe(`{"envelope":${text}}`);
    expect(parseEnvelope('StopVMInstance', '{"RetCode":1005}')).toEqual({ envelope: { RetCode: 1005, Action: 'StopVMInstanceResponse' } });
  });

  it('says why an answer is not an envelope', () => {
    expect(parseEnvelope('X', '<html>')).toEqual({ problem: 'notJson' });
    expect(parseEnvelope('X', '[1]')).toEqual({ problem: 'notObject' });
    expect(parseEnvelope('X', '{"RetCode":"0"}')).toEqual({ problem: 'noRetCode' });
    expect(parseEnvelope('X', '{"RetCode":1.5}')).toEqual({ problem: 'noRetCode' });
  });
});
