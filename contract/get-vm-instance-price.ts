import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import {
  bootDiskSpaceField, chargeTypeField, checkBillingAndGpu, cpuField, dataDiskSpaceField, gpuField, idField,
  memoryField, quantityField,
} from './fields';

export const GetVMInstancePrice = defineAction({
  name: 'GetVMInstancePrice',
  mutating: false,
  request: z
    .object({
      ...scope,
      VMType: idField,
      ImageID: idField,
      CPU: cpuField,
      Memory: memoryField,
      BootDiskSetType: idField,
      ChargeType: chargeTypeField,
      // Marked required in the document, yet documented with a default of 40 (and an official SDK's
      // typed price request has no such field): the platform's default applies, as for Quantity.
      BootDiskSpace: bootDiskSpaceField.default(40),
      Quantity: quantityField.default(1),
      GPU: gpuField.optional(),
      // Not in the customer's document; the simulator prices them when sent, and the wizard shows totals.
      DataDiskSetType: z.string().optional(),
      DataDiskSpace: dataDiskSpaceField.optional(),
      Count: z.int().min(1).max(10).optional(),
    })
    .superRefine(checkBillingAndGpu),
  response: responseSchema({
    Infos: z.array(z.object({ ChargeType: z.string().optional(), Price: z.number() })),
  }),
});
/** What a caller may send: the document's defaulted fields are optional here (z.input), set after parsing. */
export type GetVMInstancePriceRequest = z.input<typeof GetVMInstancePrice.request>;
