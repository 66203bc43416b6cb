/**
 * The office lead's view of the day as it stands: who works where and whom they serve since when,
 * who waits for what and how long, appointments due against those who came. Pure: the module reads
 * today's rows, this counts them.
 */
import { QueueEntryStatus } from './queue-entry-lifecycle';

export interface PanelEntry {
  id: string;
  displayNumber: string;
  status: QueueEntryStatus;
  serviceIds: string[];
  arrivedAt: Date;
  appointmentStart: Date | null;
  counterId: string | null;
  lastCalledAt: Date | null;
  serviceStartedAt: Date | null;
}

export interface PanelCounter {
  counterId: string;
  counterName: string;
  room: string | null;
  staffName: string;
  signedInAt: Date;
  /** null serves every service. */
  serviceIds: string[] | null;
}

/** A booked appointment of today (confirmed or later), by its status now. */
export interface PanelAppointment {
  status: string;
  start: Date;
}

export interface PanelInput {
  now: Date;
  /** Today's queue entries, whatever their status. */
  entries: PanelEntry[];
  counters: PanelCounter[];
  appointments: PanelAppointment[];
  checkInLateMinutes: number;
  /** Minutes of waiting that raise the alert; 0 raises none. */
  waitAlertMinutes: number;
}

export interface CounterAtWork extends PanelCounter {
  /** Whom the counter has called or serves now, and since when (the call, or the start of service). */
  serving: { entryId: string; displayNumber: string; status: QueueEntryStatus; since: Date } | null;
}

export interface ServiceWaiting {
  serviceId: string;
  waiting: number;
  longestWaitMinutes: number;
}

export interface AppointmentProgress {
  booked: number;
  /** Booked for now or earlier. */
  due: number;
  /** Of those due, the ones who checked in. */
  checkedIn: number;
  /** Not checked in when their check-in window closed (the day end books them as no-shows). */
  noShows: number;
}

export interface LeadPanelFigures {
  counters: CounterAtWork[];
  waiting: number;
  waitingByService: ServiceWaiting[];
  longestWaitMinutes: number | null;
  /** When the longest wait reaches the threshold: past while the alert is on, ahead while it is not yet; null with no threshold or nobody waiting. */
  alertAt: Date | null;
  alert: boolean;
  appointments: AppointmentProgress;
  missed: number;
}

/** Statuses of an appointment whose citizen checked in. */
const arrivedStatuses = new Set(['checkedIn', 'called', 'inService', 'finished', 'missed']);

/**
 * Waiting counts from arrival, but an appointment checked in early waits only from its time: the
 * office keeps nobody waiting before their appointment.
 */
export function waitingSince(entry: Pick<PanelEntry, 'arrivedAt' | 'appointmentStart'>): Date {
  return entry.appointmentStart && entry.appointmentStart > entry.arrivedAt ? entry.appointmentStart : entry.arrivedAt;
}

const minutesBetween = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));

/**
 * An appointment not checked in by the end of its check-in window counts as a no-show from then
 * on: still confirmed today, booked as noShow by the day end on days before.
 */
export function isNoShowBy(appointment: PanelAppointment, checkInLateMinutes: number, at: Date): boolean {
  return (appointment.status === 'confirmed' || appointment.status === 'noShow') && appointment.start.getTime() + checkInLateMinutes * 60_000 < at.getTime();
}

export function computeLeadPanel(input: PanelInput): LeadPanelFigures {
  const { now } = input;
  const counters = input.counters.map((counter): CounterAtWork => {
    const at = input.entries.find((entry) => entry.counterId === counter.counterId && (entry.status === QueueEntryStatus.called || entry.status === QueueEntryStatus.inService));
    const since = at && (at.status === QueueEntryStatus.inService ? at.serviceStartedAt : at.lastCalledAt);
    return { ...counter, serving: at && since ? { entryId: at.id, displayNumber: at.displayNumber, status: at.status, since } : null };
  });

  const waiting = input.entries.filter((entry) => entry.status === QueueEntryStatus.waiting);
  const waitOf = (entry: PanelEntry) => minutesBetween(waitingSince(entry), now);
  // An entry for several services waits for each of them.
  const byService = new Map<string, PanelEntry[]>();
  for (const entry of waiting) for (const serviceId of new Set(entry.serviceIds)) byService.set(serviceId, [...(byService.get(serviceId) ?? []), entry]);
  const waitingByService = [...byService]
    .map(([serviceId, entries]) => ({ serviceId, waiting: entries.length, longestWaitMinutes: Math.max(...entries.map(waitOf)) }))
    .sort((a, b) => b.longestWaitMinutes - a.longestWaitMinutes || b.waiting - a.waiting || a.serviceId.localeCompare(b.serviceId));

  const earliest = waiting.length === 0 ? null : Math.min(...waiting.map((entry) => waitingSince(entry).getTime()));
  const alertAt = earliest === null || input.waitAlertMinutes <= 0 ? null : new Date(earliest + input.waitAlertMinutes * 60_000);

  const due = input.appointments.filter((appointment) => appointment.start <= now);
  return {
    counters,
    waiting: waiting.length,
    waitingByService,
    longestWaitMinutes: earliest === null ? null : minutesBetween(new Date(earliest), now),
    alertAt,
    alert: alertAt !== null && alertAt <= now,
    appointments: {
      booked: input.appointments.length,
      due: due.length,
      checkedIn: due.filter((appointment) => arrivedStatuses.has(appointment.status)).length,
      noShows: input.appointments.filter((appointment) => isNoShowBy(appointment, input.checkInLateMinutes, now)).length,
    },
    missed: input.entries.filter((entry) => entry.status === QueueEntryStatus.missed).length,
  };
}
