import { describe, expect, it } from 'vitest';
import { AppointmentStatus } from './appointment-lifecycle';
import { normaliseSearch, type AppointmentSearchCriteria } from './appointment-search';

describe('normaliseSearch', () => {
  it.each<[AppointmentSearchCriteria, string[]]>([
    [{}, ['Search by number, name, email or phone, or give a date range.']],
    [{ statuses: [AppointmentStatus.confirmed] }, ['Search by number, name, email or phone, or give a date range.']],
    [{ from: '2026-03-01' }, ['Search by number, name, email or phone, or give a date range.']],
    [{ from: '2026-03-01', to: '2026-03-31' }, []],
    [{ from: '2026-03-01', to: '2026-04-01' }, ['A search by dates alone spans at most 31 days.']],
    [{ name: 'Li', from: '2026-01-01', to: '2026-12-31' }, []],
    [{ name: ' L ' }, ['A name to search for has at least 2 characters.']],
    [{ phone: '115' }, ['The phone number to search for is not valid.']],
    [{ number: 7, from: '2026-03-02', to: '2026-03-01' }, ['The range ends before it starts.']],
    [{ email: 'ada@' }, []],
  ])('%j → %j', (criteria, problems) => {
    const result = normaliseSearch(criteria);
    expect('problems' in result ? result.problems : []).toEqual(problems);
  });

  it('folds the terms and names their kinds, never the terms', () => {
    expect(normaliseSearch({ name: ' Ada ', email: ' Ada@Example.ORG ', phone: '030 123 45 67', from: '2026-03-01', statuses: [AppointmentStatus.confirmed, AppointmentStatus.confirmed], serviceId: 4 })).toEqual({
      number: null,
      name: 'Ada',
      email: 'ada@example.org',
      phone: '+49301234567',
      from: '2026-03-01',
      to: null,
      statuses: [AppointmentStatus.confirmed],
      serviceId: 4,
      kinds: ['name', 'email', 'phone', 'dateRange', 'status', 'service'],
    });
    expect(normaliseSearch({ number: 12 })).toMatchObject({ kinds: ['number'] });
  });
});
