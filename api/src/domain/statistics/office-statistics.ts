/**
 * Statistics of an office (or group) over a range of days, from the records the day leaves:
 * appointments, queue entries and slots. Pure: the module reads the rows, this counts them.
 */

/** An appointment of the range, as booked (reservations never confirmed are not read). */
export interface AppointmentRecord {
  channel: string;
  status: string;
}

/** A queue entry of the range: a checked-in appointment or a walk-in ticket. */
export interface QueueRecord {
  withAppointment: boolean;
  status: string;
  /** Local hour (0..23) of arrival: when the ticket was drawn or the appointment checked in. */
  arrivalHour: number;
  /** Minutes from arrival to the first call (or the start of service); null if never called. */
  waitingMinutes: number | null;
  /** Minutes at the counter; null unless the service was started and finished. */
  serviceMinutes: number | null;
  /** The services actually served (or else those drawn for). */
  serviceIds: string[];
}

/** One slot of a day: what it offered (intern capacity, every counter) and what appointments booked of it. */
export interface SlotRecord {
  date: string;
  offered: number;
  booked: number;
}

export interface ChannelCount {
  channel: string;
  appointments: number;
}

export interface HourlyWaiting {
  hour: number;
  customers: number;
  meanMinutes: number;
  p90Minutes: number;
}

export interface ServiceTime {
  serviceId: string;
  customers: number;
  meanMinutes: number;
}

export interface DayUtilisation {
  date: string;
  offered: number;
  booked: number;
}

export interface OfficeStatistics {
  appointments: number;
  appointmentsByChannel: ChannelCount[];
  cancelled: number;
  noShows: number;
  walkIns: number;
  served: number;
  missed: number;
  waitingByHour: HourlyWaiting[];
  serviceTimes: ServiceTime[];
  utilisation: DayUtilisation[];
}

/** Statuses of an appointment that was really booked: past the hold and its confirmation. */
const bookedStatuses = new Set(['confirmed', 'checkedIn', 'called', 'inService', 'finished', 'noShow', 'missed']);

/** Nearest-rank percentile (p in 0..100) of a non-empty list: a value that occurred, no interpolation. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** One decimal: minutes on a counter are not measured finer. */
const tenths = (value: number) => Math.round(value * 10) / 10;

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function computeStatistics(input: { channels: readonly string[]; appointments: AppointmentRecord[]; entries: QueueRecord[]; slots: SlotRecord[] }): OfficeStatistics {
  const booked = input.appointments.filter((appointment) => bookedStatuses.has(appointment.status));
  // A redirected entry continues as a new entry with the same number: count the customer once.
  const customers = input.entries.filter((entry) => entry.status !== 'redirected');

  const waited = customers.filter((entry) => entry.waitingMinutes !== null && entry.waitingMinutes >= 0);
  const waitingByHour = [...groupBy(waited, (entry) => entry.arrivalHour)]
    .sort(([a], [b]) => a - b)
    .map(([hour, group]) => {
      const minutes = group.map((entry) => entry.waitingMinutes!);
      return { hour, customers: group.length, meanMinutes: tenths(mean(minutes)), p90Minutes: tenths(percentile(minutes, 90)) };
    });

  // A visit for several services is split evenly between them: the counter records one duration.
  const shares = customers
    .filter((entry) => entry.status === 'finished' && entry.serviceMinutes !== null && entry.serviceMinutes >= 0 && entry.serviceIds.length > 0)
    .flatMap((entry) => [...new Set(entry.serviceIds)].map((serviceId, _, served) => ({ serviceId, minutes: entry.serviceMinutes! / served.length })));
  const serviceTimes = [...groupBy(shares, (share) => share.serviceId)]
    .map(([serviceId, group]) => ({ serviceId, customers: group.length, meanMinutes: tenths(mean(group.map((share) => share.minutes))) }))
    .sort((a, b) => b.customers - a.customers || a.serviceId.localeCompare(b.serviceId));

  const utilisation = [...groupBy(input.slots, (slot) => slot.date)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, slots]) => ({ date, offered: slots.reduce((sum, slot) => sum + slot.offered, 0), booked: slots.reduce((sum, slot) => sum + slot.booked, 0) }));

  return {
    appointments: booked.length,
    appointmentsByChannel: input.channels.map((channel) => ({ channel, appointments: booked.filter((appointment) => appointment.channel === channel).length })),
    cancelled: input.appointments.filter((appointment) => appointment.status === 'cancelled').length,
    noShows: booked.filter((appointment) => appointment.status === 'noShow').length,
    walkIns: customers.filter((entry) => !entry.withAppointment).length,
    served: customers.filter((entry) => entry.status === 'finished').length,
    missed: customers.filter((entry) => entry.status === 'missed').length,
    waitingByHour,
    serviceTimes,
    utilisation,
  };
}
