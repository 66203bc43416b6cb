import { describe, expect, it } from 'vitest';
import { demoCatalog } from './demo-catalog';

function minutes(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$|^(24):(00)$/.exec(time);
  if (!match) throw new Error(`not a time: ${time}`);
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

const { services, offices } = demoCatalog;

describe('demoCatalog', () => {
  it('has unique ids and offers every service somewhere', () => {
    expect(new Set(services.map((s) => s.externalId)).size).toBe(services.length);
    expect(new Set(offices.map((o) => o.externalId)).size).toBe(offices.length);
    const offered = new Set(offices.flatMap((o) => o.services.map((s) => s.serviceExternalId)));
    expect([...offered].sort()).toEqual(services.map((s) => s.externalId).sort());
  });

  it('ships every service in English too, with what to bring in both languages', () => {
    for (const service of services) {
      const english = service.translations?.en;
      expect(english?.name, service.name).toMatch(/^[A-Z][A-Za-z' ]+$/);
      expect(english?.description).toBeTruthy();
      expect(service.whatToBring?.split('\n').length).toBeGreaterThan(0);
      expect(english?.whatToBring?.split('\n')).toHaveLength(service.whatToBring!.split('\n').length);
    }
  });

  it.each(offices.map((office) => [office.name, office] as const))('%s references known services once each, 1 to 3 slots long', (_, office) => {
    const known = new Set(services.map((s) => s.externalId));
    const ids = office.services.map((s) => s.serviceExternalId);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { slots } of office.services) expect(slots >= 1 && slots <= 3).toBe(true);
  });

  it.each(offices.map((office) => [office.name, office] as const))('%s has capacity inside its opening hours, without overlaps, within its counters', (_, office) => {
    const capacity = office.capacity ?? [];
    const openingHours = office.openingHours ?? [];
    expect(capacity.length).toBeGreaterThan(0);
    expect(office.counters >= 2 && office.counters <= 8).toBe(true);
    for (const window of capacity) {
      const start = minutes(window.start);
      const end = minutes(window.end);
      expect(start).toBeLessThan(end);
      expect((end - start) % window.slotMinutes).toBe(0);
      expect(window.publicCounters).toBeGreaterThanOrEqual(1);
      expect(window.internCounters).toBeGreaterThanOrEqual(window.publicCounters);
      expect(window.internCounters).toBeLessThanOrEqual(office.counters);
      expect(window.startInDays).toBe(1);
      expect(window.endInDays).toBe(60);
      for (const day of window.weekdays) {
        expect(day >= 1 && day <= 7).toBe(true);
        const open = openingHours.find((h) => h.weekdays.includes(day));
        expect(open, `opening hours on day ${day}`).toBeDefined();
        expect(minutes(open!.open)).toBeLessThanOrEqual(start);
        expect(minutes(open!.close)).toBeGreaterThanOrEqual(end);
      }
    }
    // Overlapping windows would add their counters and exceed the office's counters.
    for (let day = 1; day <= 7; day++) {
      expect(capacity.filter((w) => w.weekdays.includes(day)).length).toBeLessThanOrEqual(1);
      expect(openingHours.filter((h) => h.weekdays.includes(day)).length).toBeLessThanOrEqual(1);
    }
  });

  it('has one office open around the clock, named so and first (office 1 of a new installation); the others keep office hours', () => {
    const allDay = offices.filter((office) => (office.openingHours ?? []).some((hours) => hours.weekdays.length === 7 && hours.open === '00:00' && hours.close === '24:00'));
    expect(allDay.map((office) => office.name)).toEqual(['Demo-Bürgeramt (rund um die Uhr geöffnet)']);
    expect(offices[0]).toBe(allDay[0]);
    expect(allDay[0].capacity).toEqual([expect.objectContaining({ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' })]);
  });

  it('shows the variety the demo is meant to show', () => {
    const windows = offices.flatMap((o) => o.capacity ?? []);
    expect(offices).toHaveLength(13);
    expect(services.length).toBeGreaterThanOrEqual(15);
    expect(windows.some((w) => w.weekdays.includes(6))).toBe(true);
    expect(new Set(windows.map((w) => w.slotMinutes))).toEqual(new Set([10, 15]));
    expect(offices.some((o) => o.services.some((s) => !s.bookableOnline))).toBe(true);
  });
});
