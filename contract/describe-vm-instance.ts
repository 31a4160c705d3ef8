import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { keywordField, limitField, offsetField } from './fields';
import { VMInstanceInfoSchema } from './vm-instance-info';
import { vmStateField } from './vm-states';

export const DescribeVMInstance = defineAction({
  name: 'DescribeVMInstance',
  mutating: false,
  request: z.object({
    ...scope,
    ProjectIDs: z.array(z.string()).optional(),
    Keyword: keywordField.max(100).optional(),
    VPCID: z.string().optional(),
    SubnetID: z.string().optional(),
    // The document's defaults (vm-api.md 1.2).
    Offset: offsetField.default(0),
    Limit: limitField.default(20),
    VMIDs: z.array(z.string()).max(100).optional(),
    States: z.array(vmStateField).optional(),
  }),
  response: responseSchema({
    TotalCount: z.int(),
    Infos: z.array(VMInstanceInfoSchema),
  }),
});
/** What a caller may send: the document's defaulted fields are optional here (z.input), set after parsing. */
export type DescribeVMInstanceRequest = z.input<typeof DescribeVMInstance.request>;
