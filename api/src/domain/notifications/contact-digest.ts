import { createHmac } from 'node:crypto';
import { mailboxOf } from '../booking/contact-rules';

/**
 * A keyed digest of a contact's normalised email address: no-shows are counted per contact
 * without keeping the address, and without the key nobody can test guesses against it.
 */
export function contactDigest(email: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`contact:${mailboxOf(email)}`)
    .digest('hex');
}
