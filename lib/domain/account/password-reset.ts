// Password reset links: single use, valid for an hour, and asked for at most a few times an hour per address and
// per client, so the form cannot be used to flood anyone's inbox. The answer never says whether an account exists.

export const passwordResetLifetimeMs = 60 * 60 * 1000;
export const passwordResetWindowMs = 60 * 60 * 1000;
/** Requests per e-mail address in the window: beyond this, nothing more is sent until the window moves on. */
export const passwordResetsPerAddress = 3;
/** Requests per client address in the window (only counted when the client's address is known). */
export const passwordResetsPerClient = 20;

export function passwordResetThrottled(recent: { forEmail: number; fromClient: number | null }): boolean {
  return recent.forEmail >= passwordResetsPerAddress || (recent.fromClient !== null && recent.fromClient >= passwordResetsPerClient);
}
