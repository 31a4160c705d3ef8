import { z } from 'zod';

/** Every platform answer, success or business error (docs/protocol.md §3). */
export const EnvelopeSchema = z.looseObject({
  Action: z.string(),
  RetCode: z.int(),
  Message: z.string().optional(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export function responseSchema<T extends z.ZodRawShape>(shape: T) {
  return z.object({
    Action: z.string(),
    RetCode: z.literal(0),
    Message: z.string().optional(),
    ...shape,
  });
}

export const scope = {
  Region: z.string().min(1, 'validation.region.required'),
  CompanyID: z.int('validation.integer').positive('validation.companyId').optional(),
};
