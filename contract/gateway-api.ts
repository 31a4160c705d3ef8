import { z } from 'zod';
import { isActionName, type ActionName } from './contract';

/**
 * `POST /api`: one contract action and its params, side by side (`{ Action, Region, VMID }`). The gateway
 * checks the params against the action's own request schema once it knows the action.
 */
export const ApiCallSchema = z.looseObject({ Action: z.custom<ActionName>(isActionName, 'validation.unknownAction') });
export type ApiCall = z.infer<typeof ApiCallSchema>;
