import { createContext, useContext } from 'react';
import type { Me } from '../../contract/gateway-auth';

export const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside SessionContext');
  return me;
}
