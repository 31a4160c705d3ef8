import type { z } from 'zod';
import { AuthConfigSchema, DemoSignInBodySchema, MeSchema, SignInBodySchema, SignOutBodySchema } from './gateway-auth';
import { ConsoleTicketRequestSchema, ConsoleTicketSchema } from './gateway-console';

/** One of the gateway's own endpoints: the browser calls it with gatewayFetch, the gateway's route declares it. */
export interface GatewayEndpoint<B extends z.ZodType | null = z.ZodType | null, R extends z.ZodType | null = z.ZodType | null> {
  /** Names the endpoint in errors (ApiError.action). */
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** The JSON body of a POST; null for a GET. */
  body: B;
  /** The success answer; null when there is none (204). */
  response: R;
}

const endpoint = <B extends z.ZodType | null, R extends z.ZodType | null>(e: GatewayEndpoint<B, R>) => e;

/** The gateway's HTTP interface besides `POST /api` (contract actions) and `GET /console/ws` (a WebSocket). */
export const gatewayEndpoints = {
  authConfig: endpoint({ name: 'AuthConfig', method: 'GET', path: '/auth/config', body: null, response: AuthConfigSchema }),
  signIn: endpoint({ name: 'SignIn', method: 'POST', path: '/auth/login', body: SignInBodySchema, response: MeSchema }),
  demoSignIn: endpoint({ name: 'SignIn', method: 'POST', path: '/auth/demo-login', body: DemoSignInBodySchema, response: MeSchema }),
  signOut: endpoint({ name: 'SignOut', method: 'POST', path: '/auth/logout', body: SignOutBodySchema, response: null }),
  me: endpoint({ name: 'Me', method: 'GET', path: '/auth/me', body: null, response: MeSchema }),
  consoleTicket: endpoint({
    name: 'ConsoleTicket',
    method: 'POST',
    path: '/console/tickets',
    body: ConsoleTicketRequestSchema,
    response: ConsoleTicketSchema,
  }),
} as const;
