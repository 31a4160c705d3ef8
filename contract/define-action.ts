import type { z } from 'zod';

export interface ActionDefinition<
  N extends string = string,
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
  M extends boolean = boolean,
> {
  name: N;
  request: Req;
  response: Res;
  /** Mutating actions change platform state: never retried, and they invalidate cached reads. A literal, so the union of them is derived. */
  mutating: M;
}

export function defineAction<N extends string, Req extends z.ZodType, Res extends z.ZodType, M extends boolean>(
  def: ActionDefinition<N, Req, Res, M>,
): ActionDefinition<N, Req, Res, M> {
  return def;
}
