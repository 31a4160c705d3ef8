import { z } from 'zod';
import { EnvelopeSchema } from './envelope';
import { GetVMVNCInfo } from './get-vm-vnc-info';

/** `POST /console/tickets`: the VM whose console to open, scoped like GetVMVNCInfo. */
export const ConsoleTicketRequestSchema = GetVMVNCInfo.request;
export type ConsoleTicketRequest = z.infer<typeof ConsoleTicketRequestSchema>;

/**
 * Exactly a ticket and the WebSocket path that redeems it: strict, so neither side lets the VNC endpoint
 * or its password through by accident.
 */
export const ConsoleTicketSchema = z.strictObject({
  Ticket: z.string().min(1),
  // Only a path on our own origin: the host of the WebSocket is never taken from an answer.
  URL: z.string().regex(/^\/(?!\/)/),
});
export type ConsoleTicket = z.infer<typeof ConsoleTicketSchema>;

/** A platform refusal of GetVMVNCInfo (RetCode != 0) passes through unchanged, with HTTP 200. */
export const ConsoleTicketAnswerSchema = z.union([ConsoleTicketSchema, EnvelopeSchema]);
