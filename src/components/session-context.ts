import { createContext, useContext } from 'react';
import { z } from 'zod';

/** What `GET /auth/me` tells the browser about the signed-in key (never the private key). */
export const MeSchema = z.object({
  PublicKey: z.string(),
  CompanyID: z.number().nullable(),
  IsAdmin: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

export const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside SessionContext');
  return me;
}
