import { z } from 'zod';

/** The embedded simulator's built-in accounts, offered for one-click sign-in. */
export const DemoAccountNameSchema = z.enum(['admin', 'tenant', 'other']);
export type DemoAccountName = z.infer<typeof DemoAccountNameSchema>;

/** `GET /auth/config`: what the sign-in page offers (demo accounts only with the simulator). */
export const AuthConfigSchema = z.object({
  Upstream: z.enum(['simulator', 'external']),
  DemoAccounts: z.array(z.object({ Account: DemoAccountNameSchema, Label: z.string(), PublicKey: z.string() })),
  /** ISO 4217 code of the platform's prices (CURRENCY, default CNY): the price panel formats with it. */
  Currency: z.string().regex(/^[A-Z]{3}$/),
});
export type AuthConfig = z.infer<typeof AuthConfigSchema>;
export type DemoAccount = AuthConfig['DemoAccounts'][number];

// Keys of up to 512 characters once trimmed: the form shows the message at the field instead of a
// refused sign-in (which would count towards the throttle).
const key = (required: string) => z.string().trim().min(1, required).max(512, 'auth.key.tooLong');

/** `POST /auth/login`. */
export const SignInBodySchema = z.object({
  PublicKey: key('auth.publicKey.required'),
  PrivateKey: key('auth.privateKey.required'),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

/** `POST /auth/demo-login` (simulator only). */
export const DemoSignInBodySchema = z.object({ Account: DemoAccountNameSchema });
export type DemoSignInBody = z.infer<typeof DemoSignInBodySchema>;

/** `POST /auth/logout`: nothing to say, but a JSON object like every POST. */
export const SignOutBodySchema = z.object({});

/** The session as the browser sees it (`/auth/me` and both sign-ins); never the private key. */
export const MeSchema = z.object({
  PublicKey: z.string(),
  CompanyID: z.number().nullable(),
  IsAdmin: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;
