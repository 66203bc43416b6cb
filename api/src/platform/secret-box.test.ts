import { describe, expect, it } from 'vitest';
import { SecretBox } from './secrets';

describe('SecretBox', () => {
  const box = new SecretBox('an installation key of at least thirty-two characters', 'test');

  it('opens what it sealed, and seals the same text differently each time', () => {
    const sealed = box.seal('client-secret-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('client-secret-1');
    expect(box.open(sealed)).toBe('client-secret-1');
    expect(box.seal('client-secret-1')).not.toBe(sealed);
  });

  it('opens nothing sealed under another key or purpose, tampered with, or never sealed', () => {
    const sealed = box.seal('client-secret-1');
    expect(new SecretBox('another installation key of thirty-two characters', 'test').open(sealed)).toBeNull();
    expect(new SecretBox('an installation key of at least thirty-two characters', 'other').open(sealed)).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(box.open(`v1.${bytes.toString('base64url')}`)).toBeNull();
    expect(box.open('client-secret-1')).toBeNull();
    expect(box.open('v1.')).toBeNull();
  });
});
