import { z } from 'zod';

// The gateway accepts keys of up to 512 characters once trimmed; the same limits here give the
// message at the field instead of a refused sign-in (which would count towards the throttle).
const key = (required: string) => z.string().trim().min(1, required).max(512, 'auth.key.tooLong');

export const SignInSchema = z.object({
  PublicKey: key('auth.publicKey.required'),
  PrivateKey: key('auth.privateKey.required'),
});
export type SignInValues = z.infer<typeof SignInSchema>;
