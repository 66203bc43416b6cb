import { describe, expect, it } from 'vitest';
import { offerHoldUntil, waitlistLinkExpiry, wantsSlot } from './offer-rules';

const now = new Date('2026-03-02T08:00:00Z');
const at = (iso: string) => new Date(iso);

describe('waitlist offers', () => {
  it('go only to citizens for whom the slot is earlier than what they have or asked for', () => {
    expect(wantsSlot({ appointmentStart: at('2026-03-05T08:00:00Z'), startsBefore: null }, at('2026-03-04T08:00:00Z'), now)).toBe(true);
    expect(wantsSlot({ appointmentStart: at('2026-03-05T08:00:00Z'), startsBefore: null }, at('2026-03-05T08:00:00Z'), now)).toBe(false);
    expect(wantsSlot({ appointmentStart: null, startsBefore: at('2026-03-03T00:00:00Z') }, at('2026-03-03T08:00:00Z'), now)).toBe(false);
    expect(wantsSlot({ appointmentStart: null, startsBefore: null }, at('2026-03-20T08:00:00Z'), now)).toBe(true);
    expect(wantsSlot({ appointmentStart: null, startsBefore: null }, now, now)).toBe(false);
  });

  it('are held for the configured minutes, never past the slot itself', () => {
    expect(offerHoldUntil(now, 15, at('2026-03-03T08:00:00Z'))).toEqual(at('2026-03-02T08:15:00Z'));
    expect(offerHoldUntil(now, 15, at('2026-03-02T08:05:00Z'))).toEqual(at('2026-03-02T08:05:00Z'));
  });

  it('have links that last as long as the wait can matter', () => {
    expect(waitlistLinkExpiry({ appointmentStart: at('2026-03-05T08:00:00Z'), startsBefore: null }, now)).toEqual(at('2026-03-05T08:00:00Z'));
    expect(waitlistLinkExpiry({ appointmentStart: null, startsBefore: null }, now)).toEqual(at('2026-06-02T08:00:00Z'));
  });
});
