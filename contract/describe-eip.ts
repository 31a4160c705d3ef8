import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { ipVersionField, limitField, offsetField } from './fields';

const EIPInfoSchema = z.object({
  EIPID: z.string(),
  IP: z.string(),
  IPVersion: z.string().optional(),
  Bandwidth: z.number().optional(),
  OperatorName: z.string().optional(),
  Status: z.string().optional(),
  BindResourceID: z.string().optional(),
  ISDefaultGW: z.number().optional(),
  CanDefaultGW: z.number().optional(),
});
export type EIPInfo = z.infer<typeof EIPInfoSchema>;

export const DescribeEIP = defineAction({
  name: 'DescribeEIP',
  mutating: false,
  request: z.object({
    ...scope,
    EIPIDs: z.array(z.string()).optional(),
    BindResourceID: z.string().optional(),
    IPVersion: ipVersionField.optional(),
    Offset: offsetField.optional(),
    Limit: limitField.optional(),
  }),
  // The real platform spells the total `Totalcount` here: accept both.
  response: responseSchema({
    TotalCount: z.int().optional(),
    Totalcount: z.int().optional(),
    Infos: z.array(EIPInfoSchema),
  }),
});
