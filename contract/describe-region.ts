import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema } from './envelope';
import { companyIdField } from './fields';

export const RegionInfoSchema = z.object({
  Region: z.string(),
  RegionAlias: z.string().optional(),
  State: z.string().optional(),
  CPUCount: z.number().optional(),
  CPUUsed: z.number().optional(),
  MemoryCap: z.number().optional(),
  MemoryUsed: z.number().optional(),
  GPUCount: z.number().optional(),
  GPUUsed: z.number().optional(),
  StorageCap: z.number().optional(),
  StorageUsed: z.number().optional(),
  LicenseState: z.string().optional(),
  LicenseExpireTime: z.number().optional(),
});
export type RegionInfo = z.infer<typeof RegionInfoSchema>;

export const DescribeRegion = defineAction({
  name: 'DescribeRegion',
  mutating: false,
  request: z.object({ CompanyID: companyIdField.optional(), Region: z.string().optional() }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(RegionInfoSchema) }),
});
