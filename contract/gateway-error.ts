import { z } from 'zod';

/** One refused parameter, named the way the platform names parameters: `Name`, `VMIDs.0`. */
export const ParamIssueSchema = z.object({ Path: z.string(), Message: z.string() });
export type ParamIssue = z.infer<typeof ParamIssueSchema>;

/**
 * Every answer of the gateway's own that is not a success: Message in English for logs and scripts;
 * MessageKey and MessageVars when the browser can word it in the user's language; Issues for refused params.
 */
export const GatewayErrorSchema = z.object({
  Message: z.string(),
  MessageKey: z.string().optional(),
  MessageVars: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  Issues: z.array(ParamIssueSchema).optional(),
});
export type GatewayError = z.infer<typeof GatewayErrorSchema>;
