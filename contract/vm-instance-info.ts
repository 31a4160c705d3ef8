import { z } from 'zod';

export const VMDiskInfoSchema = z.object({
  Type: z.string().optional(),
  DiskID: z.string().optional(),
  Name: z.string().optional(),
  Drive: z.string().optional(),
  Size: z.number().optional(),
  IsElastic: z.string().optional(),
  StorageSetType: z.string().optional(),
});
export type VMDiskInfo = z.infer<typeof VMDiskInfoSchema>;

export const VMIPInfoSchema = z.object({
  IP: z.string().optional(),
  Type: z.string().optional(),
  IPVersion: z.string().optional(),
  SGName: z.string().optional(),
  SGID: z.string().optional(),
  InterfaceID: z.string().optional(),
  IsElastic: z.string().optional(),
  IPID: z.string().optional(),
  ISDefaultGW: z.number().optional(),
  NicType: z.string().optional(),
});
export type VMIPInfo = z.infer<typeof VMIPInfoSchema>;

export const VMInstanceInfoSchema = z.object({
  Region: z.string().optional(),
  CompanyID: z.number().optional(),
  Email: z.string().optional(),
  ProjectID: z.string().optional(),
  ProjectName: z.string().optional(),
  State: z.string(),
  VMID: z.string(),
  VMType: z.string().optional(),
  VMTypeAlias: z.string().optional(),
  SetID: z.string().optional(),
  SetArch: z.string().optional(),
  HostIP: z.string().optional(),
  ImageID: z.string().optional(),
  OSName: z.string().optional(),
  OSType: z.string().optional(),
  Remark: z.string().optional(),
  Name: z.string(),
  CreateTime: z.number().optional(),
  ChargeType: z.string().optional(),
  ExpireTime: z.number().optional(),
  CPU: z.number().optional(),
  Memory: z.number().optional(),
  GPU: z.number().optional(),
  DiskInfos: z.array(VMDiskInfoSchema).optional(),
  IPInfos: z.array(VMIPInfoSchema).optional(),
  VPCID: z.string().optional(),
  VPCName: z.string().optional(),
  SubnetID: z.string().optional(),
  SubnetName: z.string().optional(),
  UpdateTime: z.number().optional(),
});
export type VMInstanceInfo = z.infer<typeof VMInstanceInfoSchema>;
