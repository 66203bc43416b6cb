import { createECDH, hkdfSync } from 'node:crypto';

/** The VAPID identity (RFC 8292) browser push messages are signed with, base64url as browsers take it. */
export interface VapidKeys {
  /** The uncompressed P-256 point (65 bytes) the browser subscribes with (applicationServerKey). */
  publicKey: string;
  /** The P-256 private scalar (32 bytes). */
  privateKey: string;
  /** Whom a push service may contact about our messages: a mailto: or https: URL. */
  subject: string;
}

/** The order of P-256: a private scalar must lie in 1..n-1. */
const p256Order = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');

/** The public key of a private scalar, or null when the bytes are no P-256 private key. */
export function vapidPublicKeyOf(privateKey: Buffer): Buffer | null {
  const scalar = BigInt(`0x${privateKey.toString('hex') || '0'}`);
  if (privateKey.length !== 32 || scalar === 0n || scalar >= p256Order) return null;
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(privateKey);
  return ecdh.getPublicKey();
}

/**
 * The same key pair in every process that shares the link secret, without storing one: HKDF of
 * the secret, counting up in the rare case (about 1 in 2^32) that the bytes are no valid scalar.
 */
export function deriveVapidKeys(linkSecret: string): { publicKey: string; privateKey: string } {
  for (let attempt = 0; ; attempt++) {
    const privateKey = Buffer.from(hkdfSync('sha256', linkSecret, `zms-vapid-${attempt}`, 'web push VAPID key', 32));
    const publicKey = vapidPublicKeyOf(privateKey);
    if (publicKey) return { publicKey: publicKey.toString('base64url'), privateKey: privateKey.toString('base64url') };
  }
}

/**
 * VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY together, or neither: then outside production a pair
 * derived from the link secret (the same in every process), in production none, and browser
 * notices are off. The subject defaults to the public base URL where that is https.
 */
export function vapidKeysOf(env: NodeJS.ProcessEnv, linkSecret: string, publicBaseUrl: string, production: boolean, problems: string[]): VapidKeys | null {
  const subject = env.VAPID_SUBJECT || (publicBaseUrl.startsWith('https://') ? publicBaseUrl : 'mailto:webmaster@localhost');
  if (!/^(mailto:|https:\/\/)/.test(subject) || !URL.canParse(subject)) problems.push(`VAPID_SUBJECT must be a mailto: or https: URL, not "${subject}"`);
  const given = { publicKey: env.VAPID_PUBLIC_KEY || '', privateKey: env.VAPID_PRIVATE_KEY || '' };
  if (!given.publicKey && !given.privateKey) return production ? null : { ...deriveVapidKeys(linkSecret), subject };
  const derivedPublic = vapidPublicKeyOf(Buffer.from(given.privateKey, 'base64url'));
  if (!derivedPublic) problems.push('VAPID_PRIVATE_KEY must be a P-256 private key (32 bytes, base64url), set together with VAPID_PUBLIC_KEY');
  else if (derivedPublic.toString('base64url') !== given.publicKey) problems.push('VAPID_PUBLIC_KEY must be the public key of VAPID_PRIVATE_KEY (65 bytes, base64url)');
  return { ...given, subject };
}
