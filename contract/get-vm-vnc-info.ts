import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { idField } from './fields';

// Counted as mutating although no VM changes: each call mints a new VNC password, so it is never retried.
export const GetVMVNCInfo = defineAction({
  name: 'GetVMVNCInfo',
  mutating: true,
  request: z.object({ ...scope, VMID: idField }),
  response: responseSchema({
    Info: z.object({
      VNCIP: z.string(),
      VNCPort: z.int(),
      VNCPassword: z.string(),
      VMID: z.string().optional(),
    }),
  }),
});
