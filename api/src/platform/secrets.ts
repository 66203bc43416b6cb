import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 bits of randomness, URL-safe: for reservation tokens and appointment secrets. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
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
