import { describe, expect, it } from 'vitest';
import { inheritedText, parseReminderHours, reminderHoursText } from '../src/components/admin/messages/message-texts';

const text = (kind: 'confirmed' | 'reminder', language: 'de' | 'en', subject: string) => ({ kind, language, subject, body: `${subject} body`, updatedAt: '2026-03-02T08:00:00Z' });

describe('the messages editor', () => {
  it('shows the office’s text over the organisation’s over the built-in one', () => {
    const own = [text('confirmed', 'de', 'office')];
    const organisation = [text('confirmed', 'de', 'organisation'), text('reminder', 'de', 'organisation reminder')];
    expect(inheritedText('confirmed', 'de', own, organisation)).toEqual({ source: 'OFFICE', subject: 'office', body: 'office body' });
    expect(inheritedText('reminder', 'de', own, organisation)).toMatchObject({ source: 'ORGANISATION', subject: 'organisation reminder' });
    expect(inheritedText('confirmed', 'en', own, organisation)).toEqual({ source: 'BUILT_IN', subject: '', body: '' });
  });

  it.each([
    ['', null],
    ['24, 2', [1440, 120]],
    ['48;0.5', [2880, 30]],
    ['zwei', 'invalid'],
    ['0', 'invalid'],
  ])('reads reminder hours %j', (typed, expected) => {
    expect(parseReminderHours(typed)).toEqual(expected);
  });

  it('writes minutes as hours', () => {
    expect(reminderHoursText([1440, 90])).toBe('24, 1.5');
    expect(reminderHoursText(null)).toBe('');
  });
});
