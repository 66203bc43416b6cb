import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

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

/**
 * Seals secrets we must read back (an identity provider's client secret, needed to redeem codes)
 * with AES-256-GCM under a key derived from the installation's key: a copy of the database alone
 * does not give them away. Sealed texts start with "v1." so a later scheme can be told apart.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(installationKey: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', installationKey, Buffer.alloc(0), `zms:${purpose}`, 32));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
  }

  /** The plain text, or null when the text was not sealed with this key (changed, or tampered with). */
  open(sealed: string): string | null {
    if (!sealed.startsWith('v1.')) return null;
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    if (bytes.length < 28) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
