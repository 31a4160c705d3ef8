import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';

const StorageTypeInfoSchema = z.object({
  StorageType: z.string(),
  StorageTypeAlias: z.string().optional(),
  SetArch: z.string().optional(),
  Region: z.string().optional(),
});
export type StorageTypeInfo = z.infer<typeof StorageTypeInfoSchema>;

export const DescribeStorageType = defineAction({
  name: 'DescribeStorageType',
  mutating: false,
  request: z.object({ ...scope }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(StorageTypeInfoSchema) }),
});
