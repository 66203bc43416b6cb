import { AppointmentStatus, type Channel } from '../booking/appointment-lifecycle';
import { BookingFieldKind } from '../booking/custom-fields';
import { addDays, type LocalDate } from '../calendar/local-date';

/** The longest plan asked at once: a week. */
export const maxPlanDays = 7;

/**
 * What the day plan lists: every appointment that was booked for the day, whatever became of it;
 * holds not (yet) booked, expired ones and cancelled ones are not expected at the counter.
 */
export const dayPlanStatuses: readonly AppointmentStatus[] = [
  AppointmentStatus.preconfirmed,
  AppointmentStatus.confirmed,
  AppointmentStatus.checkedIn,
  AppointmentStatus.called,
  AppointmentStatus.inService,
  AppointmentStatus.finished,
  AppointmentStatus.noShow,
  AppointmentStatus.missed,
];

/** The days of a plan from `from`, or why it cannot be made. */
export function planDays(from: LocalDate, days: number): LocalDate[] | string {
  if (!Number.isInteger(days) || days < 1 || days > maxPlanDays) return `A plan covers 1 to ${maxPlanDays} days, not ${days}.`;
  return Array.from({ length: days }, (_, index) => addDays(from, index));
}

/** Appointments grouped by their office-local day: every day of the plan, empty ones too, each in time order. */
export function groupByDay<T extends { date: LocalDate; start: Date; number: number }>(days: readonly LocalDate[], appointments: readonly T[]): { date: LocalDate; appointments: T[] }[] {
  const byDay = new Map(days.map((date) => [date, [] as T[]]));
  for (const appointment of appointments) byDay.get(appointment.date)?.push(appointment);
  return [...byDay].map(([date, list]) => ({ date, appointments: list.sort((a, b) => a.start.getTime() - b.start.getTime() || a.number - b.number) }));
}

/** The wall-clock time of an instant in the office's zone, HH:mm: 09:00 is 09:00 in winter and in summer. */
export function localClockTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/**
 * A spreadsheet takes a cell starting with = + - @ (or a tab or carriage return, which some strip
 * first) as a formula: a booked name like `=HYPERLINK(…)` would run in the clerk's Excel. Such
 * text gets a leading apostrophe, which spreadsheets show as text (OWASP's CSV injection advice).
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : defuseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The byte order mark that makes Excel read a CSV file as UTF-8 (umlauts, ß). */
export const utf8Bom = '\uFEFF';

/** A CSV file (RFC 4180: comma, CRLF after every record), UTF-8 with a byte order mark. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return utf8Bom + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export type PlanLanguage = 'de' | 'en';

/** What a planned appointment shows in an export, in the office's time. */
export interface PlannedAppointment {
  date: LocalDate;
  start: Date;
  end: Date;
  number: number;
  services: string[];
  status: AppointmentStatus;
  channel: Channel;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The free remarks given with the booking. */
  remarks: string | null;
  /** The answers to the office's booking fields, in the form's order. */
  answers: PlannedAnswer[];
  /** Staff's internal notes, oldest first. */
  notes: { author: string; text: string }[];
}

/** One answer to a booking field, with the labels in the export's language. */
export interface PlannedAnswer {
  kind: BookingFieldKind;
  label: string;
  /** The option's label, for a choice. */
  optionLabel: string | null;
  value: string;
}

const labels = {
  de: {
    columns: ['Datum', 'Beginn', 'Ende', 'Nummer', 'Dienstleistungen', 'Status', 'Kanal', 'Name', 'E-Mail', 'Telefon', 'Bemerkungen', 'Angaben', 'Notizen'],
    yes: 'ja',
    status: {
      reserved: 'reserviert',
      preconfirmed: 'wartet auf Bestätigung',
      confirmed: 'gebucht',
      checkedIn: 'eingecheckt',
      called: 'aufgerufen',
      inService: 'in Bearbeitung',
      finished: 'fertig',
      expired: 'abgelaufen',
      cancelled: 'storniert',
      noShow: 'nicht erschienen',
      missed: 'verpasst',
    },
    channel: { PORTAL: 'Portal', PARTNER: 'Partner', HOTLINE: '115', COUNTER: 'Vor Ort', KIOSK: 'Kiosk' },
  },
  en: {
    columns: ['Date', 'Start', 'End', 'Number', 'Services', 'Status', 'Channel', 'Name', 'Email', 'Phone', 'Remarks', 'Booking details', 'Notes'],
    yes: 'yes',
    status: {
      reserved: 'reserved',
      preconfirmed: 'awaiting confirmation',
      confirmed: 'booked',
      checkedIn: 'checked in',
      called: 'called',
      inService: 'in service',
      finished: 'finished',
      expired: 'expired',
      cancelled: 'cancelled',
      noShow: 'no-show',
      missed: 'missed',
    },
    channel: { PORTAL: 'Portal', PARTNER: 'Partner', HOTLINE: '115', COUNTER: 'On site', KIOSK: 'Kiosk' },
  },
} satisfies Record<PlanLanguage, { columns: string[]; yes: string; status: Record<AppointmentStatus, string>; channel: Record<Channel, string> }>;

/** An answer as a line: `Label: value`, a choice by its option's label, a ticked checkbox as yes. */
export function answerText(answer: PlannedAnswer, language: PlanLanguage): string {
  const value = answer.kind === BookingFieldKind.checkbox ? labels[language].yes : answer.kind === BookingFieldKind.choice ? (answer.optionLabel ?? answer.value) : answer.value;
  return `${answer.label}: ${value}`;
}

/**
 * The rows of an exported plan, a header first, in the order of the plan: one table for CSV and
 * XLSX alike, so that both files hold the same.
 */
export function exportRows(days: readonly { date: LocalDate; appointments: readonly PlannedAppointment[] }[], timeZone: string, language: PlanLanguage): (string | number | null)[][] {
  const text = labels[language];
  const rows: (string | number | null)[][] = [text.columns];
  for (const day of days) {
    for (const appointment of day.appointments) {
      rows.push([
        appointment.date,
        localClockTime(appointment.start, timeZone),
        localClockTime(appointment.end, timeZone),
        appointment.number,
        appointment.services.join(', '),
        text.status[appointment.status],
        text.channel[appointment.channel],
        appointment.contactName,
        appointment.contactEmail,
        appointment.contactPhone,
        appointment.remarks,
        appointment.answers.length === 0 ? null : appointment.answers.map((answer) => answerText(answer, language)).join('; '),
        appointment.notes.length === 0 ? null : appointment.notes.map((note) => `${note.author}: ${note.text}`).join('; '),
      ]);
    }
  }
  return rows;
}
