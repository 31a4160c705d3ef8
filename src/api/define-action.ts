import type { z } from 'zod';

export interface ActionDefinition<
  N extends string = string,
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  name: N;
  request: Req;
  response: Res;
  /** Mutating actions change platform state: never retried, and they invalidate cached reads. */
  mutating: boolean;
}

export function defineAction<N extends string, Req extends z.ZodType, Res extends z.ZodType>(
  def: ActionDefinition<N, Req, Res>,
): ActionDefinition<N, Req, Res> {
  return def;
}
