import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 bits of randomness, URL-safe: for reservation tokens and appointment secrets. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** Credentials carry a prefix naming their kind, so that one look-up finds them. */
export enum CredentialKind {
  session = 'zs',
  apiKey = 'zk',
  device = 'zd',
}

export function newCredential(kind: CredentialKind): string {
  return `${kind}_${randomBytes(24).toString('base64url')}`;
}

export function credentialKind(token: string): CredentialKind | null {
  const prefix = token.slice(0, 2);
  return token[2] === '_' && (Object.values(CredentialKind) as string[]).includes(prefix) ? (prefix as CredentialKind) : null;
}

/** Secrets are stored only as SHA-256 digests. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function matchesDigest(secret: string, storedDigest: string | null): boolean {
  if (storedDigest === null) return false;
  const given = Buffer.from(digest(secret), 'hex');
  const stored = Buffer.from(storedDigest, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
