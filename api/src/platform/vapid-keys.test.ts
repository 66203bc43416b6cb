import { describe, expect, it } from 'vitest';
import { deriveVapidKeys, vapidKeysOf, vapidPublicKeyOf } from './vapid-keys';

const secret = 'a-link-signing-secret-of-at-least-32-characters';

describe('VAPID keys', () => {
  it('derives one valid pair from the link secret, the same in every process', () => {
    const derived = deriveVapidKeys(secret);
    expect(derived).toEqual(deriveVapidKeys(secret));
    expect(deriveVapidKeys(`${secret}!`).publicKey).not.toBe(derived.publicKey);
    expect(vapidPublicKeyOf(Buffer.from(derived.privateKey, 'base64url'))!.toString('base64url')).toBe(derived.publicKey);
    expect(Buffer.from(derived.publicKey, 'base64url')).toHaveLength(65);
  });

  it('takes given keys only as a matching pair, and offers none in production without them', () => {
    const given = deriveVapidKeys('another-secret-for-the-given-keys-of-32');
    const problems: string[] = [];
    expect(vapidKeysOf({ VAPID_PUBLIC_KEY: given.publicKey, VAPID_PRIVATE_KEY: given.privateKey }, secret, 'https://termine.example', true, problems)).toEqual({ ...given, subject: 'https://termine.example' });
    expect(problems).toEqual([]);
    expect(vapidKeysOf({}, secret, 'https://termine.example', true, problems)).toBeNull();
    expect(vapidKeysOf({ VAPID_PUBLIC_KEY: deriveVapidKeys(secret).publicKey, VAPID_PRIVATE_KEY: given.privateKey }, secret, 'https://termine.example', false, problems)).not.toBeNull();
    expect(problems).toEqual(['VAPID_PUBLIC_KEY must be the public key of VAPID_PRIVATE_KEY (65 bytes, base64url)']);
    const more: string[] = [];
    vapidKeysOf({ VAPID_PRIVATE_KEY: 'short', VAPID_SUBJECT: 'http://insecure.example' }, secret, 'http://127.0.0.1:4000', false, more);
    expect(more).toHaveLength(2);
  });
});
