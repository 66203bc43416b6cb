import { describe, expect, it } from 'vitest';
import { AppointmentStatus, Channel } from '../booking/appointment-lifecycle';
import { BookingFieldKind } from '../booking/custom-fields';
import { answerText, csvField, defuseFormula, exportRows, groupByDay, localClockTime, planDays, toCsv, type PlannedAppointment } from './day-plan';

describe('planDays', () => {
  it.each([
    ['2027-03-25', 1, ['2027-03-25']],
    ['2027-03-25', 7, ['2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30', '2027-03-31']],
    ['2026-12-28', 7, ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']],
  ])('%s for %i days', (from, days, expected) => {
    expect(planDays(from, days)).toEqual(expected);
  });

  it.each([0, 8, 1.5, -1])('refuses %s days', (days) => {
    expect(typeof planDays('2027-03-25', days)).toBe('string');
  });
});

describe('localClockTime', () => {
  it.each([
    // Europe/Berlin changes to summer time on Sunday 28 March 2027 and back on Sunday 25 October 2026.
    ['2027-03-27T08:00:00Z', '09:00'],
    ['2027-03-29T07:00:00Z', '09:00'],
    ['2027-03-28T00:59:00Z', '01:59'],
    ['2027-03-28T01:00:00Z', '03:00'],
    ['2026-10-24T07:00:00Z', '09:00'],
    ['2026-10-26T08:00:00Z', '09:00'],
    ['2026-10-24T22:30:00Z', '00:30'],
  ])('%s is %s in Berlin', (instant, expected) => {
    expect(localClockTime(new Date(instant), 'Europe/Berlin')).toBe(expected);
  });
});

describe('groupByDay', () => {
  const at = (date: string, start: string, number: number) => ({ date, start: new Date(start), number });

  it('keeps every day of the plan, empty ones too, each in time order, and drops what lies outside', () => {
    const grouped = groupByDay(
      ['2027-03-27', '2027-03-28', '2027-03-29'],
      [at('2027-03-29', '2027-03-29T08:00:00Z', 5), at('2027-03-27', '2027-03-27T08:00:00Z', 3), at('2027-03-29', '2027-03-29T07:00:00Z', 9), at('2027-03-29', '2027-03-29T07:00:00Z', 4), at('2027-03-30', '2027-03-30T07:00:00Z', 1)],
    );
    expect(grouped.map((day) => [day.date, day.appointments.map((appointment) => appointment.number)])).toEqual([
      ['2027-03-27', [3]],
      ['2027-03-28', []],
      ['2027-03-29', [4, 9, 5]],
    ]);
  });
});

describe('CSV', () => {
  it.each([
    ['Müller', 'Müller'],
    ['Doe, Jane', '"Doe, Jane"'],
    ['Say "hi"', '"Say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+49 30 123', "'+49 30 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['a=b', 'a=b'],
  ])('field %j is %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as numbers and null as an empty field', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('defuses only what a spreadsheet would evaluate', () => {
    expect(defuseFormula('Anna')).toBe('Anna');
    expect(defuseFormula('=1+1')).toBe("'=1+1");
  });

  it('starts with a byte order mark and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      [1, null],
    ]);
    expect(csv).toBe('\uFEFFa,b\r\n1,\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('exportRows', () => {
  const appointment = (overrides: Partial<PlannedAppointment>): PlannedAppointment => ({
    date: '2027-03-27',
    start: new Date('2027-03-27T08:00:00Z'),
    end: new Date('2027-03-27T08:20:00Z'),
    number: 1,
    services: ['Anmeldung', 'Reisepass'],
    status: AppointmentStatus.confirmed,
    channel: Channel.HOTLINE,
    contactName: 'Jürgen Weiß',
    contactEmail: 'j@example.org',
    contactPhone: null,
    remarks: null,
    answers: [],
    notes: [],
    ...overrides,
  });

  it('writes a header, then one row per appointment with local times, labels in the language asked', () => {
    const rows = exportRows(
      [
        { date: '2027-03-27', appointments: [appointment({})] },
        { date: '2027-03-28', appointments: [] },
        {
          date: '2027-03-29',
          appointments: [
            appointment({
              date: '2027-03-29',
              start: new Date('2027-03-29T07:00:00Z'),
              end: new Date('2027-03-29T07:10:00Z'),
              number: 2,
              status: AppointmentStatus.noShow,
              channel: Channel.PORTAL,
              remarks: 'Rollstuhl',
              answers: [
                { kind: BookingFieldKind.choice, label: 'Sprache', optionLabel: 'Türkisch', value: 'tr' },
                { kind: BookingFieldKind.checkbox, label: 'Dolmetscher nötig', optionLabel: null, value: 'true' },
              ],
              notes: [{ author: 'anna', text: 'Unterlagen fehlen' }],
            }),
          ],
        },
      ],
      'Europe/Berlin',
      'de',
    );
    expect(rows).toEqual([
      ['Datum', 'Beginn', 'Ende', 'Nummer', 'Dienstleistungen', 'Status', 'Kanal', 'Name', 'E-Mail', 'Telefon', 'Bemerkungen', 'Angaben', 'Notizen'],
      ['2027-03-27', '09:00', '09:20', 1, 'Anmeldung, Reisepass', 'gebucht', '115', 'Jürgen Weiß', 'j@example.org', null, null, null, null],
      ['2027-03-29', '09:00', '09:10', 2, 'Anmeldung, Reisepass', 'nicht erschienen', 'Portal', 'Jürgen Weiß', 'j@example.org', null, 'Rollstuhl', 'Sprache: Türkisch; Dolmetscher nötig: ja', 'anna: Unterlagen fehlen'],
    ]);
    expect(exportRows([{ date: '2027-03-27', appointments: [appointment({})] }], 'Europe/Berlin', 'en')[1][5]).toBe('booked');
  });
});

describe('answerText', () => {
  it.each([
    [{ kind: BookingFieldKind.text, label: 'Aktenzeichen', optionLabel: null, value: 'AZ-7' }, 'de', 'Aktenzeichen: AZ-7'],
    [{ kind: BookingFieldKind.choice, label: 'Language', optionLabel: 'Turkish', value: 'tr' }, 'en', 'Language: Turkish'],
    [{ kind: BookingFieldKind.checkbox, label: 'Interpreter', optionLabel: null, value: 'true' }, 'en', 'Interpreter: yes'],
  ] as const)('%j in %s is %j', (answer, language, expected) => {
    expect(answerText(answer, language)).toBe(expected);
  });
});
