import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { keywordField, limitField, offsetField } from './fields';

const VPCInfoSchema = z.object({
  VPCID: z.string(),
  Name: z.string(),
  Network: z.string().optional(),
  State: z.string().optional(),
  SubnetCount: z.number().optional(),
});
export type VPCInfo = z.infer<typeof VPCInfoSchema>;

export const DescribeVPC = defineAction({
  name: 'DescribeVPC',
  mutating: false,
  request: z.object({
    ...scope,
    VPCIDs: z.array(z.string()).optional(),
    Keyword: keywordField.optional(),
    Offset: offsetField.optional(),
    Limit: limitField.optional(),
  }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(VPCInfoSchema) }),
});
