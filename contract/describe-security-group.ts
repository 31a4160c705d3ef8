import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { keywordField, limitField, offsetField } from './fields';

const SecurityGroupInfoSchema = z.object({
  SGID: z.string(),
  Name: z.string(),
  Status: z.string().optional(),
  RuleCount: z.number().optional(),
  Rule: z.array(z.looseObject({})).optional(),
});
export type SecurityGroupInfo = z.infer<typeof SecurityGroupInfoSchema>;

export const DescribeSecurityGroup = defineAction({
  name: 'DescribeSecurityGroup',
  mutating: false,
  request: z.object({
    ...scope,
    SGIDs: z.array(z.string()).optional(),
    Keyword: keywordField.optional(),
    Offset: offsetField.optional(),
    Limit: limitField.optional(),
  }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(SecurityGroupInfoSchema) }),
});
