import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { cpuField, idField, memoryField } from './fields';

export const ResizeVMConfig = defineAction({
  name: 'ResizeVMConfig',
  mutating: true,
  request: z.object({
    ...scope,
    VMID: idField,
    CPU: cpuField,
    Memory: memoryField,
    ApplicationName: z.string().max(100, 'validation.application.length').optional(),
    ApplicationReason: z.string().max(500, 'validation.application.length').optional(),
  }),
  response: responseSchema({}),
});
