import { z } from 'zod';
import { defineAction } from './define-action';
import { responseSchema, scope } from './envelope';
import { keywordField, limitField, offsetField } from './fields';

export const ImageInfoSchema = z.object({
  ImageID: z.string(),
  Name: z.string(),
  ImageType: z.string().optional(),
  OSType: z.string().optional(),
  OSName: z.string().optional(),
  OSDistribution: z.string().optional(),
  SetArch: z.string().optional(),
  ImageSize: z.number().optional(),
  ImageStatus: z.string().optional(),
});
export type ImageInfo = z.infer<typeof ImageInfoSchema>;

export const DescribeImage = defineAction({
  name: 'DescribeImage',
  mutating: false,
  request: z.object({
    ...scope,
    ImageType: z.enum(['Base', 'Custom']).optional(),
    ImageIDs: z.array(z.string()).optional(),
    Keyword: keywordField.optional(),
    Offset: offsetField.optional(),
    Limit: limitField.optional(),
  }),
  response: responseSchema({ TotalCount: z.int().optional(), Infos: z.array(ImageInfoSchema) }),
});
