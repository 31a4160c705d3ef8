/**
 * Key checks per client address: at most `max` in a fixed window of `windowMs` that opens with the first
 * attempt (issue 13: five per 15 minutes, however they arrive). A successful sign-in does not count.
 */
export const SIGN_IN_LIMIT = { max: 5, windowMs: 15 * 60_000 } as const;
