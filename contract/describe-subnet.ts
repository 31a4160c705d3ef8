import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { limitField, offsetField } from './fields';

const SubnetInfoSchema = z.object({
  SubnetID: z.string(),
  VPCID: z.string(),
  Name: z.string(),
  Network: z.string().optional(),
  State: z.string().optional(),
});
export type SubnetInfo = z.infer<typeof SubnetInfoSchema>;

export const DescribeSubnet = defineAction({
  name: 'DescribeSubnet',
  mutating: false,
  request: z.object({
    ...scope,
    VPCID: z.string().optional(),
    SubnetIDs: z.array(z.string()).optional(),
    Offset: offsetField.optional(),
    Limit: limitField.optional(),
  }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(SubnetInfoSchema) }),
});
