/**
 * Set from the moment the app leaves a session (sign-out, or a session found expired) until a session
 * shows again. Meanwhile reads still in flight answer 401 and the cleared cache says "no session": neither
 * may start a second trip to sign-in (which would drop `expired=1`, or add one to a plain sign-out).
 */
let leaving = false;

export function isLeavingSession(): boolean {
  return leaving;
}

export function leaveSession(): void {
  leaving = true;
}

/** A session is shown (or the sign-out failed and the user stays). */
export function sessionShown(): void {
  leaving = false;
}
