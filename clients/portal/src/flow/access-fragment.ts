/**
 * Number and secret of an appointment or ticket travel in the address's fragment
 * (`#number=…&secret=…`), which browsers never send to a server, so no log holds a secret.
 */
export interface Access {
  number: string;
  secret: string | null;
}

export function parseAccessFragment(hash: string): Access | null {
  const values = new URLSearchParams(hash.replace(/^#/, ''));
  const number = values.get('number')?.trim();
  if (!number) return null;
  const secret = values.get('secret')?.trim();
  return { number, secret: secret || null };
}

export function accessFragment(number: string | number, secret: string): string {
  return `#${new URLSearchParams({ number: String(number), secret }).toString()}`;
}

/** The portal page of an appointment or ticket, with its access in the fragment. */
export function portalAddress(origin: string, page: 'manage' | 'status', number: string | number, secret: string): string {
  return `${origin}/portal/${page}${accessFragment(number, secret)}`;
}
