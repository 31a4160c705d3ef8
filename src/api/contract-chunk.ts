// The response schemas of all 22 actions are the largest part of the signed-in shell: they load as their own
// chunk, which the entry starts on a signed-in page's first visit (boot.ts), in parallel with the first request,
// and `call()` awaits. The sign-in page, which calls no action, never loads it.
let contractChunk: Promise<typeof import('../../contract/contract')> | null = null;

export function loadContract(): Promise<typeof import('../../contract/contract')> {
  return (contractChunk ??= import('../../contract/contract'));
}
