import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { idField } from './fields';

export const StopVMInstance = defineAction({
  name: 'StopVMInstance',
  mutating: true,
  request: z.object({ ...scope, VMID: idField }),
  response: responseSchema({}),
});
