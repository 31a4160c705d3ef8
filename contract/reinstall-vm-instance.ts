import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { idField, passwordField } from './fields';

export const ReinstallVMInstance = defineAction({
  name: 'ReinstallVMInstance',
  mutating: true,
  request: z.object({ ...scope, VMID: idField, ImageID: idField, Password: passwordField.optional() }),
  response: responseSchema({}),
});
