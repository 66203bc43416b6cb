import { describe, expect, it } from 'vitest';
import { accessFragment, parseAccessFragment, portalAddress } from '../src/flow/access-fragment';
import { addressLine } from '../src/flow/address';
import { canGoBackTo, reachableStep, stepPath } from '../src/flow/booking-steps';
import { addDays, addMonths, isoWeekday, monthGrid, monthRange, nextFocusDate, todayIn } from '../src/flow/calendar';
import { contactInput, validateContactFields } from '../src/flow/contact-form';
import { crossedMilestone, formatCountdown, secondsLeft } from '../src/flow/countdown';
import { inTimeOrder, makesDayStale, vanishedTimes } from '../src/flow/live-slots';
import { proofOfWorkPayload } from '../src/flow/proof-of-work';
import { newerStatus } from '../src/flow/queue-status';

describe('calendar', () => {
  it('lays a month out in weeks from Monday, with blanks around it', () => {
    // March 2026 starts on a Sunday and has 31 days.
    const weeks = monthGrid({ year: 2026, month: 3 });
    expect(weeks).toHaveLength(6);
    expect(weeks[0].slice(0, 6).every((cell) => cell.date === null)).toBe(true);
    expect(weeks[0][6]).toEqual({ date: '2026-03-01', day: 1 });
    expect(weeks[5][1]).toEqual({ date: '2026-03-31', day: 31 });
    expect(weeks.flat().filter((cell) => cell.date)).toHaveLength(31);
    expect(
      monthGrid({ year: 2024, month: 2 })
        .flat()
        .filter((cell) => cell.date),
    ).toHaveLength(29);
  });

  it('counts months and days across year ends and daylight-saving changes', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthRange({ year: 2026, month: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(isoWeekday('2026-03-29')).toBe(7);
  });

  it("takes today from Berlin's calendar, not the device's", () => {
    expect(todayIn('Europe/Berlin', new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(todayIn('Europe/Berlin', new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('moves the keyboard focus between bookable days only', () => {
    const bookable = ['2026-03-02', '2026-03-03', '2026-03-10', '2026-03-20'];
    expect(nextFocusDate('2026-03-02', 'ArrowRight', bookable)).toBe('2026-03-03');
    expect(nextFocusDate('2026-03-03', 'ArrowRight', bookable)).toBe('2026-03-10');
    expect(nextFocusDate('2026-03-02', 'ArrowLeft', bookable)).toBeNull();
    expect(nextFocusDate('2026-03-03', 'ArrowDown', bookable)).toBe('2026-03-10');
    expect(nextFocusDate('2026-03-10', 'ArrowDown', bookable)).toBe('2026-03-20');
    expect(nextFocusDate('2026-03-20', 'ArrowUp', bookable)).toBe('2026-03-10');
    expect(nextFocusDate('2026-03-10', 'End', bookable)).toBe('2026-03-20');
    expect(nextFocusDate('2026-03-10', 'Home', bookable)).toBe('2026-03-02');
    expect(nextFocusDate('2026-03-10', 'a', bookable)).toBeNull();
  });
});

describe('contact form', () => {
  it.each([
    [{ name: 'Ada Lovelace', email: 'ada@example.org', phone: '' }, {}],
    [
      { name: '  ', email: '', phone: '' },
      { name: 'nameRequired', email: 'emailRequired' },
    ],
    [{ name: 'Ada', email: 'ada@example', phone: '' }, { email: 'emailInvalid' }],
    [{ name: 'Ada', email: 'ada@example.org', phone: '030 ABC' }, { phone: 'phoneInvalid' }],
    [{ name: 'Ada', email: 'ada@example.org', phone: '+49 (30) 123-4567' }, {}],
    [{ name: 'A'.repeat(201), email: 'ada@example.org', phone: '' }, { name: 'nameTooLong' }],
  ])('checks %o', (fields, problems) => {
    expect(validateContactFields(fields)).toEqual(problems);
  });

  it('sends trimmed values and leaves an empty phone out', () => {
    expect(contactInput({ name: ' Ada ', email: ' ada@example.org ', phone: ' ' })).toEqual({ name: 'Ada', email: 'ada@example.org', phone: null });
  });
});

describe('access in the fragment', () => {
  it('reads number and secret, and a number alone', () => {
    expect(parseAccessFragment('#number=1234&secret=abc-DEF_1')).toEqual({ number: '1234', secret: 'abc-DEF_1' });
    expect(parseAccessFragment('#number=A17')).toEqual({ number: 'A17', secret: null });
    expect(parseAccessFragment('')).toBeNull();
    expect(parseAccessFragment('#secret=abc')).toBeNull();
  });

  it('writes what it reads', () => {
    const fragment = accessFragment('M 12', 'a+b/c=');
    expect(parseAccessFragment(fragment)).toEqual({ number: 'M 12', secret: 'a+b/c=' });
    expect(portalAddress('https://termine.example', 'status', 7, 's')).toBe('https://termine.example/portal/status#number=7&secret=s');
  });
});

describe('hold countdown', () => {
  it('counts down whole seconds and never below zero', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(secondsLeft('2026-03-02T10:20:00Z', now)).toBe(1200);
    expect(secondsLeft('2026-03-02T10:00:00.200Z', now)).toBe(1);
    expect(secondsLeft('2026-03-02T09:59:00Z', now)).toBe(0);
    expect(formatCountdown(1199)).toBe('19:59');
    expect(formatCountdown(5)).toBe('0:05');
  });

  it('speaks up at milestones only, once each', () => {
    expect(crossedMilestone(1200, 1199)).toBeNull();
    expect(crossedMilestone(601, 600)).toBe(10);
    expect(crossedMilestone(600, 599)).toBeNull();
    expect(crossedMilestone(301, 300)).toBe(5);
    expect(crossedMilestone(61, 60)).toBe(1);
    // A tab woken from sleep skips milestones: the nearest one is said.
    expect(crossedMilestone(900, 100)).toBe(2);
  });
});

describe('live times', () => {
  const versions = new Map([['1', 10]]);

  it('refetches for newer events that concern the day', () => {
    expect(makesDayStale({ office: { id: '1' }, dates: ['2026-03-02'], version: 11 }, versions, '2026-03-02')).toBe(true);
    expect(makesDayStale({ office: { id: '1' }, dates: [], version: 11 }, versions, '2026-03-02')).toBe(true);
    expect(makesDayStale({ office: { id: '1' }, dates: ['2026-03-03'], version: 11 }, versions, '2026-03-02')).toBe(false);
    expect(makesDayStale({ office: { id: '1' }, dates: ['2026-03-02'], version: 10 }, versions, '2026-03-02')).toBe(false);
    expect(makesDayStale({ office: { id: '2' }, dates: ['2026-03-02'], version: 1 }, versions, '2026-03-02')).toBe(true);
  });

  it('counts the times that vanished', () => {
    const before = [
      { officeId: '1', startTimes: ['a', 'b', 'c'] },
      { officeId: '2', startTimes: ['a'] },
    ];
    expect(vanishedTimes(before, [{ officeId: '1', startTimes: ['a', 'd'] }])).toBe(3);
    expect(vanishedTimes(before, before)).toBe(0);
  });

  it('keeps the queue status of the newer version', () => {
    const older = { version: 3, position: 2 };
    const newer = { version: 4, position: 1 };
    expect(newerStatus(null, older)).toBe(older);
    expect(newerStatus(newer, older)).toBe(newer);
    expect(newerStatus(older, newer)).toBe(newer);
    expect(newerStatus(older, null)).toBe(older);
  });
});

describe('booking steps', () => {
  it('goes back to earlier steps until booked, never ahead', () => {
    expect(canGoBackTo('services', 'time')).toBe(true);
    expect(canGoBackTo('contact', 'time')).toBe(false);
    expect(canGoBackTo('services', 'done')).toBe(false);
  });
});

describe('proof of work', () => {
  it('answers the payload altcha-lib verifies: the challenge with the number, base64 JSON', async () => {
    const { createChallenge, verifySolution } = await import('altcha-lib/v1');
    const hmacKey = 'a-test-key-of-at-least-thirty-two-characters';
    const challenge = await createChallenge({ hmacKey, maxNumber: 50, number: 42 });
    expect(await verifySolution(proofOfWorkPayload(challenge, 42, 5), hmacKey)).toBe(true);
    expect(await verifySolution(proofOfWorkPayload(challenge, 41, 5), hmacKey)).toBe(false);
  });
});

describe('office address', () => {
  it('writes the address on one line, house number after the street, postal code before the city', () => {
    expect(addressLine({ street: 'Karl-Marx-Allee', houseNumber: '31a', postalCode: '10178', city: 'Berlin' })).toBe('Karl-Marx-Allee 31a, 10178 Berlin');
  });
});

describe('booking steps as pages', () => {
  const now = Date.parse('2026-03-02T09:00:00Z');
  const nothing = { services: 0, officeChosen: false, date: null, holdExpiresAt: null, confirmed: false };
  const held = { services: 1, officeChosen: true, date: '2026-03-03', holdExpiresAt: '2026-03-02T09:20:00Z', confirmed: false };

  it('shows a step once everything before it is chosen, else the first that needs a choice', () => {
    expect(reachableStep('contact', nothing, now)).toBe('services');
    expect(reachableStep('day', { ...nothing, services: 2 }, now)).toBe('office');
    expect(reachableStep('contact', held, now)).toBe('contact');
    expect(reachableStep('office', held, now)).toBe('office');
    // A hold that ran out (a reload after 20 minutes) goes back to the times.
    expect(reachableStep('contact', held, Date.parse('2026-03-02T09:21:00Z'))).toBe('time');
    expect(reachableStep('done', { ...held, holdExpiresAt: null, confirmed: true }, now)).toBe('done');
    expect(reachableStep('done', { ...held, holdExpiresAt: null }, now)).toBe('time');
  });

  it('gives each step its own address, the first the portal’s start', () => {
    expect(stepPath('services')).toBe('/');
    expect(stepPath('contact')).toBe('/book/contact');
  });
});

describe('times of several offices', () => {
  it('puts the office with the earliest free time first, each office’s times in order', () => {
    const ordered = inTimeOrder([
      { officeId: 'q3', name: 'Bürgeramt Wedding', startTimes: ['2026-03-03T09:00:00Z', '2026-03-03T08:30:00Z'] },
      { officeId: 'a1', name: 'Bürgeramt Mitte', startTimes: ['2026-03-03T07:00:00Z'] },
      { officeId: 'b2', name: 'Bürgeramt Tiergarten', startTimes: ['2026-03-03T08:30:00Z'] },
    ]);
    expect(ordered.map((office) => office.name)).toEqual(['Bürgeramt Mitte', 'Bürgeramt Tiergarten', 'Bürgeramt Wedding']);
    expect(ordered[2].startTimes).toEqual(['2026-03-03T08:30:00Z', '2026-03-03T09:00:00Z']);
  });
});
