import { describe, expect, it } from 'vitest';
import { calendarFile } from './ics';

describe('calendarFile', () => {
  const file = calendarFile({
    uid: 'appointment-100001@zms',
    start: new Date('2026-03-30T06:10:00Z'),
    end: new Date('2026-03-30T06:30:00Z'),
    stamp: new Date('2026-03-01T12:00:00.123Z'),
    summary: 'Termin: Anmeldung einer Wohnung, Personalausweis',
    location: 'Bürgeramt Mitte; Karl-Marx-Allee 31, 10178 Berlin',
    description: 'Nummer 100001\nBitte bringen Sie Ihren Ausweis mit. '.repeat(3),
    url: 'http://localhost:4000/appointment/100001',
  });
  const lines = file.split('\r\n');

  it.each([
    ['DTSTART:20260330T061000Z'],
    ['DTEND:20260330T063000Z'],
    ['DTSTAMP:20260301T120000Z'],
    ['UID:appointment-100001@zms'],
    ['SUMMARY:Termin: Anmeldung einer Wohnung\\, Personalausweis'],
    ['LOCATION:Bürgeramt Mitte\\; Karl-Marx-Allee 31\\, 10178 Berlin'],
  ])('has %s', (line) => {
    expect(lines).toContain(line);
  });

  it('ends every line with CRLF and folds long lines at 75 octets', () => {
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
});
