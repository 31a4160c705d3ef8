import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { idField, passwordField } from './fields';

export const ResetVMInstancePassword = defineAction({
  name: 'ResetVMInstancePassword',
  mutating: true,
  request: z.object({ ...scope, VMID: idField, Password: passwordField }),
  response: responseSchema({}),
});
