import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import {
  applicationNameField,
  applicationReasonField,
  bootDiskSpaceField, chargeTypeField, checkBillingAndGpu, cpuField, dataDiskSpaceField, gpuField, idField,
  ipv4Field, ipVersionField, memoryField, nameField, passwordField, quantityField, remarkField,
} from './fields';

export const CreateVMInstanceShape = {
  ...scope,
  Name: nameField,
  Password: passwordField,
  ChargeType: chargeTypeField,
  VMType: idField,
  ImageID: idField,
  CPU: cpuField,
  Memory: memoryField,
  BootDiskSetType: idField,
  VPCID: idField,
  SubnetID: idField,
  WANSGID: z.string().optional(),
  ApplicationName: applicationNameField.optional(),
  ApplicationReason: applicationReasonField.optional(),
  Remark: remarkField.optional(),
  Quantity: quantityField.optional(),
  GPU: gpuField.optional(),
  BootDiskSpace: bootDiskSpaceField.optional(),
  BootDiskID: z.string().optional(),
  DataDiskSetType: z.string().optional(),
  DataDiskSpace: dataDiskSpaceField.optional(),
  DataDiskID: z.string().optional(),
  LANSGID: z.string().optional(),
  InternalIP: ipv4Field.optional(),
  OperatorName: z.string().optional(),
  Bandwidth: z.int('validation.integer').min(1, 'validation.bandwidth.range').max(10000, 'validation.bandwidth.range').optional(),
  IPVersion: ipVersionField.optional(),
  InternetIP: z.string().optional(),
  ProjectID: z.string().optional(),
};

export const CreateVMInstance = defineAction({
  name: 'CreateVMInstance',
  mutating: true,
  request: z.object(CreateVMInstanceShape).superRefine(checkBillingAndGpu),
  response: responseSchema({
    VMID: z.string().optional(),
    DiskID: z.string().optional(),
    EIPID: z.string().optional(),
  }),
});
export type CreateVMInstanceRequest = z.infer<typeof CreateVMInstance.request>;
