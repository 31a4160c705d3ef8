/** A signed-in user, as the gateway keeps it on the server side. Never sent to a browser whole. */
export interface Session {
  /** Changes at every sign-in; the cookie carries it sealed. */
  id: string;
  publicKey: string;
  privateKey: string;
  /** Null when the platform does not reveal the key's company (a real tenant key signs in blind). */
  companyId: number | null;
  isAdmin: boolean;
  createdAt: number;
  lastSeenAt: number;
}
