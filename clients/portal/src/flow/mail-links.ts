/**
 * The pages behind the links in mails (/portal/cancel, /portal/confirm, /portal/waitlist,
 * /portal/waitlist/offer): the signed token travels in the fragment (`#token=…`), which browsers
 * never send, so no server log holds it. Opening a page changes nothing; only its button acts.
 */
import type { AppointmentStatus } from '../gql/graphql';

export function parseTokenFragment(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() || null;
}

export function tokenFragment(token: string): string {
  return `#${new URLSearchParams({ token }).toString()}`;
}

/**
 * When a link's token stops being good. The API signs its claims in the clear
 * (`<base64url JSON {p, s, e}>.<signature>`, e in Unix seconds), so a page can tell a link whose
 * time ran out from one that was never valid; null when the token is not of that shape.
 */
export function linkExpiry(token: string): Date | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))) as { e?: unknown };
    return Number.isInteger(claims.e) ? new Date((claims.e as number) * 1000) : null;
  } catch {
    return null;
  }
}

/** Why a link's page has nothing to show: its time ran out, or it was never a valid link. */
export function deadLinkReason(token: string, now: number = Date.now()): 'expired' | 'invalid' {
  const expiry = linkExpiry(token);
  return expiry !== null && expiry.getTime() <= now ? 'expired' : 'invalid';
}

/** What the cancel page offers for an appointment in this state (the API's lifecycle: only these may be cancelled). */
export function cancelLinkState(status: AppointmentStatus): 'cancellable' | 'cancelled' | 'closed' {
  if (status === 'cancelled') return 'cancelled';
  return status === 'confirmed' || status === 'preconfirmed' || status === 'reserved' ? 'cancellable' : 'closed';
}

/** What the confirm page offers for an appointment in this state. */
export function confirmLinkState(status: AppointmentStatus): 'confirmable' | 'confirmed' | 'expired' | 'closed' {
  if (status === 'preconfirmed') return 'confirmable';
  if (status === 'confirmed') return 'confirmed';
  return status === 'expired' ? 'expired' : 'closed';
}

/**
 * What an offer's page (waitlist or draw) offers: an open offer whose hold has passed is over even before the
 * server's job marks it lapsed.
 */
export function offerState(offer: { status: string; holdExpiresAt: string }, now: number = Date.now()): 'open' | 'lapsed' | 'taken' | 'declined' {
  if (offer.status === 'taken' || offer.status === 'declined') return offer.status;
  if (offer.status === 'open' && Date.parse(offer.holdExpiresAt) > now) return 'open';
  return 'lapsed';
}

/** The heading of an offer's page (waitlist or draw) once the offer is no longer open; `openKey` while it is. */
export function offerHeadingKey(state: ReturnType<typeof offerState> | null, openKey: string): string {
  switch (state) {
    case 'taken':
      return 'offer.takenHeading';
    case 'declined':
      return 'offer.declinedHeading';
    case 'lapsed':
      return 'offer.lapsedHeading';
    default:
      return openKey;
  }
}

/** The API lets one waitlist entry wait at this many offices at most. */
export const maxWaitlistOffices = 5;

/** The chosen offices after ticking or unticking one; never more than the API allows, never none. */
export function toggleChoice(chosen: string[], id: string, max: number = maxWaitlistOffices): string[] {
  if (chosen.includes(id)) return chosen.length > 1 ? chosen.filter((candidate) => candidate !== id) : chosen;
  return chosen.length < max ? [...chosen, id] : chosen;
}
