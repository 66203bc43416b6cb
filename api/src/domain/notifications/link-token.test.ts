import { describe, expect, it } from 'vitest';
import { LinkPurpose, signLinkToken, verifyLinkToken } from './link-token';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const now = new Date('2026-03-02T08:00:00Z');
const claims = { purpose: LinkPurpose.cancel, subject: 42, expiresAt: new Date('2026-03-03T08:00:00Z') };

describe('signed link tokens', () => {
  it('verify for their purpose until they expire', () => {
    const token = signLinkToken(claims, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyLinkToken(token, LinkPurpose.cancel, secret, now)).toEqual(claims);
    expect(verifyLinkToken(token, LinkPurpose.cancel, secret, claims.expiresAt)).toBeNull();
  });

  it('are refused for another purpose, under another key, or changed', () => {
    const token = signLinkToken(claims, secret);
    expect(verifyLinkToken(token, LinkPurpose.confirm, secret, now)).toBeNull();
    expect(verifyLinkToken(token, LinkPurpose.cancel, `${secret}x`, now)).toBeNull();
    const [payload, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify({ p: 'cancel', s: 43, e: 1_900_000_000 })).toString('base64url');
    expect(verifyLinkToken(`${other}.${signature}`, LinkPurpose.cancel, secret, now)).toBeNull();
    expect(verifyLinkToken(`${payload}.${signature.slice(1)}`, LinkPurpose.cancel, secret, now)).toBeNull();
    expect(verifyLinkToken(`${payload}`, LinkPurpose.cancel, secret, now)).toBeNull();
    expect(verifyLinkToken('', LinkPurpose.cancel, secret, now)).toBeNull();
  });
});
