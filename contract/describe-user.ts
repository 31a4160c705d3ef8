import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema } from './envelope';
import { companyIdField, keywordField, limitField, offsetField } from './fields';

// The platform also returns each tenant's PublicKey/PrivateKey; they are not in this schema, so the
// browser client drops them, and the gateway strips them before any answer leaves the server.
export const UserInfoSchema = z.object({
  CompanyID: z.number(),
  Name: z.string(),
  Email: z.string().optional(),
  Status: z.string().optional(),
  Amount: z.number().optional(),
});
export type UserInfo = z.infer<typeof UserInfoSchema>;

export const DescribeUser = defineAction({
  name: 'DescribeUser',
  mutating: false,
  request: z.object({
    Region: z.string().optional(),
    CompanyID: companyIdField.optional(),
    Keyword: keywordField.optional(),
    Offset: offsetField.optional(),
    Limit: limitField.optional(),
  }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(UserInfoSchema) }),
});
