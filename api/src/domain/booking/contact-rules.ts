import { Channel } from './appointment-lifecycle';

export interface ContactData {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface CheckedContact {
  name: string | null;
  email: string | null;
  phone: string | null;
  problems: string[];
}

// Deliberately plain: one @, no spaces, a dot in the domain. Mail delivery is the real check.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9 ()/-]{6,30}$/;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Online bookings need an email; the 115 an email or a phone; staff and kiosks need nothing. */
export function validateContact(channel: Channel, contact: ContactData): CheckedContact {
  const name = clean(contact.name);
  const email = clean(contact.email);
  const phone = clean(contact.phone);
  const problems: string[] = [];
  if (email !== null && !emailPattern.test(email)) problems.push('The email address is not valid.');
  if (phone !== null && !phonePattern.test(phone)) problems.push('The phone number is not valid.');
  const online = channel === Channel.PORTAL || channel === Channel.PARTNER;
  if (online || channel === Channel.HOTLINE) {
    if (name === null) problems.push('A name is required.');
  }
  if (online && email === null) problems.push('An email address is required.');
  if (channel === Channel.HOTLINE && email === null && phone === null) problems.push('An email address or a phone number is required.');
  return { name, email, phone, problems };
}

/**
 * The mailbox an address reaches, for limits per address: case, a trailing dot of the domain and
 * a "+tag" of the local part make no other mailbox.
 */
export function mailboxOf(email: string): string {
  return email
    .trim()
    .toLowerCase()
    .replace(/\.+$/, '')
    .replace(/\+[^@]*@/, '@');
}
