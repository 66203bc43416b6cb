import { describe, expect, it } from 'vitest';
import { disablesEndpoint, hears, maxDeliveryAttempts, retryDelaySeconds, type Receiver, type Subject } from './webhook-events';

describe('who hears of what', () => {
  const admin: Receiver = { kind: 'organisation', withContact: true };
  const key: Receiver = { kind: 'apiKey', apiKeyId: 7, withContact: false };
  const cases: [Receiver, Subject, boolean][] = [
    [admin, { kind: 'appointment', bookedByApiKeyId: null }, true],
    [admin, { kind: 'appointment', bookedByApiKeyId: 8 }, true],
    [admin, { kind: 'ticket' }, true],
    [key, { kind: 'appointment', bookedByApiKeyId: 7 }, true],
    [key, { kind: 'appointment', bookedByApiKeyId: 8 }, false],
    [key, { kind: 'appointment', bookedByApiKeyId: null }, false],
    [key, { kind: 'ticket' }, false],
    [key, { kind: 'capacity' }, true],
  ];
  it.each(cases)('%o of %o: %s', (receiver, subject, expected) => {
    expect(hears(receiver, subject)).toBe(expected);
  });
});

describe('retries', () => {
  it('double from 30 seconds and give up after the budget', () => {
    expect([1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480]);
    expect(retryDelaySeconds(maxDeliveryAttempts - 1)).toBe(30 * 2 ** 10);
    expect(retryDelaySeconds(maxDeliveryAttempts)).toBeNull();
  });

  it('disable an endpoint after the configured run of failures, not before', () => {
    expect(disablesEndpoint(2, 3)).toBe(false);
    expect(disablesEndpoint(3, 3)).toBe(true);
  });
});
