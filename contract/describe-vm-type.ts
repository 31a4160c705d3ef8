import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';

export const VMTypeInfoSchema = z.object({
  VMType: z.string(),
  VMTypeAlias: z.string().optional(),
  SetArch: z.string().optional(),
  Region: z.string().optional(),
  // The CPU/memory (and GPU) pairs this cluster offers; the platform reports them per VM type.
  Specs: z.array(z.object({ CPU: z.int(), Memory: z.int(), GPU: z.int().optional() })).optional(),
});
export type VMTypeInfo = z.infer<typeof VMTypeInfoSchema>;

export const DescribeVMType = defineAction({
  name: 'DescribeVMType',
  mutating: false,
  request: z.object({ ...scope }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(VMTypeInfoSchema) }),
});
