import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { idField } from './fields';

export const UpdateVMDefaultGW = defineAction({
  name: 'UpdateVMDefaultGW',
  mutating: true,
  request: z.object({ ...scope, VMID: idField, EIPID: idField }),
  response: responseSchema({}),
});
