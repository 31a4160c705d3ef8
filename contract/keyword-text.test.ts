import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from './contract';

// Issue 13: every action's search Keyword follows the free-text rule (no control or bidi characters).
const withKeyword = Object.values(contract).filter(
  (action) => action.request instanceof z.ZodObject && 'Keyword' in action.request.shape,
);

describe('search keywords refuse control and bidi characters', () => {
  it('covers every action that takes a Keyword', () => {
    expect(withKeyword.map((a) => a.name).sort()).toEqual(
      ['DescribeImage', 'DescribeSecurityGroup', 'DescribeUser', 'DescribeVMInstance', 'DescribeVPC'].sort(),
    );
  });

  it.each(withKeyword.map((a) => [a.name, a] as const))('%s', (_name, action) => {
    const keyword = (action.request as z.ZodObject).shape.Keyword as z.ZodType;
    for (const bad of ['evil\u202Eexe', 'a\u0000b', 'line\nbreak', 'iso\u2068late', 'c1\u009b']) {
      const result = keyword.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0].message).toBe('validation.text.unsafe');
    }
    expect(keyword.safeParse('web-01 生产').success).toBe(true);
  });
});
