import { describe, expect, it } from 'vitest';
import { cancelLinkState, confirmLinkState, deadLinkReason, linkExpiry, offerState, parseTokenFragment, toggleChoice, tokenFragment } from '../src/flow/mail-links';

/** A token shaped as the API signs it (the signature is not checked here). */
const token = (claims: object) => `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJl`;

describe('mail link tokens', () => {
  it('reads the token from the fragment and writes it back', () => {
    const value = 'eyJwIjoiY2FuY2VsIn0.abc-_';
    expect(parseTokenFragment(tokenFragment(value))).toBe(value);
    expect(parseTokenFragment('#token=')).toBeNull();
    expect(parseTokenFragment('')).toBeNull();
    expect(parseTokenFragment('#number=5')).toBeNull();
  });

  it('tells a link whose time ran out from one that was never valid', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    const expired = token({ p: 'confirm', s: 7, e: now / 1000 - 1 });
    const running = token({ p: 'confirm', s: 7, e: now / 1000 + 60 });
    expect(linkExpiry(expired)).toEqual(new Date(now - 1000));
    expect(deadLinkReason(expired, now)).toBe('expired');
    expect(deadLinkReason(running, now)).toBe('invalid');
    // Padding-free base64url with characters outside plain base64 decodes too.
    expect(linkExpiry(token({ p: 'offer', s: 1, e: 1_772_445_600, x: '>>>???' }))).toEqual(new Date(1_772_445_600_000));
    for (const broken of ['', 'nodot', 'a.b.c', '!!!.sig', `${Buffer.from('{"e":"soon"}').toString('base64url')}.sig`]) {
      expect(linkExpiry(broken)).toBeNull();
      expect(deadLinkReason(broken, now)).toBe('invalid');
    }
  });
});

describe('what a link page offers', () => {
  it('cancels only what the lifecycle lets go', () => {
    expect(cancelLinkState('confirmed')).toBe('cancellable');
    expect(cancelLinkState('preconfirmed')).toBe('cancellable');
    expect(cancelLinkState('cancelled')).toBe('cancelled');
    for (const status of ['checkedIn', 'called', 'inService', 'finished', 'missed', 'noShow', 'expired'] as const) expect(cancelLinkState(status)).toBe('closed');
  });

  it('confirms only a booking that waits for it', () => {
    expect(confirmLinkState('preconfirmed')).toBe('confirmable');
    expect(confirmLinkState('confirmed')).toBe('confirmed');
    expect(confirmLinkState('expired')).toBe('expired');
    expect(confirmLinkState('cancelled')).toBe('closed');
  });

  it('treats an open offer past its hold as lapsed', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(offerState({ status: 'open', holdExpiresAt: '2026-03-02T10:00:01Z' }, now)).toBe('open');
    expect(offerState({ status: 'open', holdExpiresAt: '2026-03-02T10:00:00Z' }, now)).toBe('lapsed');
    expect(offerState({ status: 'lapsed', holdExpiresAt: '2026-03-02T11:00:00Z' }, now)).toBe('lapsed');
    expect(offerState({ status: 'taken', holdExpiresAt: '2026-03-02T09:00:00Z' }, now)).toBe('taken');
    expect(offerState({ status: 'declined', holdExpiresAt: '2026-03-02T09:00:00Z' }, now)).toBe('declined');
  });

  it('keeps between one and five offices for the waitlist', () => {
    expect(toggleChoice(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleChoice(['a'], 'a')).toEqual(['a']);
    expect(toggleChoice(['a', 'b', 'c', 'd', 'e'], 'f')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(toggleChoice(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
  });
});
