import { describe, expect, it } from 'vitest';
import { ConsoleTicketAnswerSchema, ConsoleTicketSchema } from './gateway-console';

describe('the console ticket answer', () => {
  const ticket = { Ticket: 'abc', URL: '/console/ws?ticket=abc' };

  it('is exactly a ticket and a path on our own origin', () => {
    expect(ConsoleTicketSchema.parse(ticket)).toEqual(ticket);
    expect(ConsoleTicketSchema.safeParse({ ...ticket, VNCPassword: 'secret' }).success).toBe(false);
    for (const URL of ['//evil.example/ws', 'wss://evil.example/ws', 'console/ws']) {
      expect(ConsoleTicketSchema.safeParse({ ...ticket, URL }).success).toBe(false);
    }
  });

  it('may instead be the platform refusal, but never a ticket with the endpoint in it', () => {
    expect(ConsoleTicketAnswerSchema.safeParse({ Action: 'GetVMVNCInfoResponse', RetCode: 1005, Message: 'stopped' }).success).toBe(true);
    expect(ConsoleTicketAnswerSchema.safeParse({ ...ticket, VNCIP: '10.0.0.1', VNCPort: 5900 }).success).toBe(false);
  });
});
