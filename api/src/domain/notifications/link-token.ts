import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link in a message lets its holder do; a token of one purpose is never good for another. */
export enum LinkPurpose {
  /** Cancel an appointment (mails and reminders). */
  cancel = 'cancel',
  /** Confirm the email address of a double-opt-in booking. */
  confirm = 'confirm',
  /** Take or decline a slot offered from the waitlist. */
  offer = 'offer',
  /** See or leave a waitlist entry. */
  waitlist = 'waitlist',
  /** Verify the contact of a draw registration (the mail's link). */
  drawVerify = 'drawVerify',
  /** See or withdraw a draw registration, or verify it with the SMS code. */
  drawStatus = 'drawStatus',
  /** Accept or decline a slot a draw offers. */
  drawOffer = 'drawOffer',
}

export interface LinkClaims {
  purpose: LinkPurpose;
  /** Id of the record the link acts on (appointment, offer, waitlist entry). */
  subject: number;
  expiresAt: Date;
}

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/**
 * A token for a link in a message: the claims in the clear, signed with HMAC-SHA256. Links only
 * open pages; the page sends the token back with the one click that acts.
 */
export function signLinkToken(claims: LinkClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ p: claims.purpose, s: claims.subject, e: Math.floor(claims.expiresAt.getTime() / 1000) })).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

/** The claims of a token signed with `secret` for `purpose` that has not expired; null otherwise. */
export function verifyLinkToken(token: string, purpose: LinkPurpose, secret: string, now: Date): LinkClaims | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: { p?: unknown; s?: unknown; e?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (claims.p !== purpose || !Number.isInteger(claims.s) || !Number.isInteger(claims.e)) return null;
  const expiresAt = new Date((claims.e as number) * 1000);
  return expiresAt > now ? { purpose, subject: claims.s as number, expiresAt } : null;
}
