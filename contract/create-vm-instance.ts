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
  // The document's defaults (vm-api.md 1.1): a request without them means these values.
  Quantity: quantityField.default(1),
  GPU: gpuField.optional(),
  BootDiskSpace: bootDiskSpaceField.default(40),
  BootDiskID: z.string().optional(),
  DataDiskSetType: z.string().optional(),
  DataDiskSpace: dataDiskSpaceField.default(0),
  DataDiskID: z.string().optional(),
  LANSGID: z.string().optional(),
  InternalIP: ipv4Field.optional(),
  OperatorName: z.string().optional(),
  Bandwidth: z.int('validation.integer').min(1, 'validation.bandwidth.range').max(10000, 'validation.bandwidth.range').optional(),
  IPVersion: ipVersionField.default('IPv4'),
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
/** What a caller may send: the document's defaulted fields are optional here (z.input), set after parsing. */
export type CreateVMInstanceRequest = z.input<typeof CreateVMInstance.request>;
