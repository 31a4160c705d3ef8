import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { idField, delBindResourceField } from './fields';

export const DeleteVMInstance = defineAction({
  name: 'DeleteVMInstance',
  mutating: true,
  request: z.object({ ...scope, VMID: idField, DelBindResource: delBindResourceField.default(0) }),
  response: responseSchema({}),
});
