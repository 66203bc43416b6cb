import { describe, expect, it } from 'vitest';
import { contactDigest } from './contact-digest';
import { mayBookDespiteNoShows, maxDeliveryAttempts, remindersFor, retentionCutoff, retryDelayMinutes } from './schedule';

describe('reminders', () => {
  const start = new Date('2026-03-04T10:00:00Z');

  it('are due the configured times before the appointment, earliest first', () => {
    expect(remindersFor(start, [120, 1440], new Date('2026-03-02T08:00:00Z'))).toEqual([
      { offsetMinutes: 1440, dueAt: new Date('2026-03-03T10:00:00Z') },
      { offsetMinutes: 120, dueAt: new Date('2026-03-04T08:00:00Z') },
    ]);
  });

  it('skip the times already past when booked late', () => {
    expect(remindersFor(start, [1440, 120], new Date('2026-03-04T07:00:00Z')).map((reminder) => reminder.offsetMinutes)).toEqual([120]);
    expect(remindersFor(start, [1440, 120], new Date('2026-03-04T09:00:00Z'))).toEqual([]);
  });
});

describe('delivery backoff', () => {
  it('doubles up to an hour and gives up after the budget', () => {
    expect([1, 2, 3, 4, 7, 8, 9].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 60, 60, 60]);
    expect(retryDelayMinutes(maxDeliveryAttempts)).toBeNull();
  });
});

describe('retention and no-shows', () => {
  it('cuts off whole days before now', () => {
    expect(retentionCutoff(new Date('2026-03-10T12:00:00Z'), 7)).toEqual(new Date('2026-03-03T12:00:00Z'));
  });

  it('limits only contacts with recent no-shows, and only when the office sets a limit', () => {
    expect(mayBookDespiteNoShows(0, 5, 1)).toBe(true);
    expect(mayBookDespiteNoShows(2, 5, 0)).toBe(true);
    expect(mayBookDespiteNoShows(1, 0, 1)).toBe(true);
    expect(mayBookDespiteNoShows(1, 1, 1)).toBe(false);
  });

  it('keys contacts by their normalised mailbox, never by the address in the clear', () => {
    const key = contactDigest('Nora+amt@Example.org.', 'k'.repeat(32));
    expect(key).toBe(contactDigest('nora@example.org', 'k'.repeat(32)));
    expect(key).not.toBe(contactDigest('nora@example.org', 'l'.repeat(32)));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});
