import { QueueEntryStatus } from './queue-entry-lifecycle';
import { dueBeforeMinutes, nextToCall, orderQueue, type QueueEntryState } from './queue-order';

/** One finished service from the office's recent days: how long it took at the counter. */
export interface FinishedService {
  serviceId: string;
  minutes: number;
}

/** Typical minutes at the counter: per service where history says enough, overall otherwise. */
export interface ServiceMinutes {
  overall: number;
  byService: Map<string, number>;
}

/** Fewer samples than this say more about chance than about the service. */
const minSamplesPerService = 5;
const MS_PER_MINUTE = 60_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Half minutes: finer would promise a precision that counter times do not have. */
const toHalfMinutes = (minutes: number) => Math.round(minutes * 2) / 2;

/**
 * Typical minutes per service from recent history. Medians, so that a forgotten "finish" or a
 * misclick barely moves them; a service with fewer than 5 samples is left out of byService and
 * falls back to overall, the median of all samples (defaultMinutes when there are none).
 */
export function learnServiceMinutes(history: FinishedService[], defaultMinutes: number): ServiceMinutes {
  // Negative or non-finite durations come from broken clocks or records, not from services.
  const usable = history.filter((sample) => Number.isFinite(sample.minutes) && sample.minutes >= 0);
  const samples = new Map<string, number[]>();
  for (const { serviceId, minutes } of usable) {
    const list = samples.get(serviceId);
    if (list) list.push(minutes);
    else samples.set(serviceId, [minutes]);
  }
  const byService = new Map<string, number>();
  for (const [serviceId, minutes] of samples) {
    if (minutes.length >= minSamplesPerService) byService.set(serviceId, toHalfMinutes(median(minutes)));
  }
  const overall = usable.length > 0 ? median(usable.map((sample) => sample.minutes)) : defaultMinutes;
  return { overall: toHalfMinutes(overall), byService };
}

/** Minutes an entry of these services takes: the sum of their learned minutes, the overall median for none. */
export function minutesForServices(learned: ServiceMinutes, serviceIds: readonly string[]): number {
  return serviceIds.reduce((sum, id) => sum + (learned.byService.get(id) ?? learned.overall), 0) || learned.overall;
}

/** A counter with staff signed in: the services it serves (null: all) and the entry at it, if any. */
export interface CounterAtWork {
  servedServiceIds: readonly string[] | null;
  servingEntryId: string | null;
}

/** An appointment of today not checked in yet: if its citizen comes, it joins the queue and is due at its time. */
export interface UpcomingAppointment {
  id: string;
  start: Date;
  serviceIds: string[];
}

export interface WaitInput {
  now: Date;
  counters: CounterAtWork[];
  minutesFor(serviceIds: readonly string[]): number;
  /** Booked for later today; each counts with the share of booked citizens who come. */
  upcoming?: UpcomingAppointment[];
  showUpShare?: number;
}

/** Someone still at a counter after their expected minutes is expected to need a little longer, not to be done. */
const overrunShare = 0.25;

/**
 * Minutes (to the nearest) each waiting or parked entry is expected to wait, from a simulation of the
 * counters at work calling by the queue's own rule (nextToCall) as time runs on: due
 * appointments overtake walk-ins, upcoming appointments join at their time, recalled entries
 * stand behind the others until their skip ends, early appointments fill idle counters, each counter takes only
 * its services. Parked entries come after everyone the counters would call; missed ones get no
 * estimate: they are not served unless staff requeue them.
 */
export function estimateWaits(entries: QueueEntryState[], input: WaitInput): Map<string, number> {
  const now = input.now.getTime();
  // Rounded to whole milliseconds so that float noise in minutes cannot tip a wait to the next minute.
  const durationOf = (serviceIds: readonly string[]) => Math.round(input.minutesFor(serviceIds) * MS_PER_MINUTE);

  const counters = input.counters.map((counter) => ({ served: counter.servedServiceIds, freeAt: now, entryId: counter.servingEntryId }));
  for (const entry of entries) {
    if (entry.status !== QueueEntryStatus.called && entry.status !== QueueEntryStatus.inService) continue;
    const duration = durationOf(entry.serviceIds);
    const elapsed = now - (entry.lastCalledAt ?? entry.arrivedAt).getTime();
    const freeAt = now + Math.max(duration - elapsed, Math.round(duration * overrunShare));
    const counter = counters.find((candidate) => candidate.entryId === entry.id);
    // Someone at a counter proves that counter is serving, even when it was not counted.
    if (counter) counter.freeAt = freeAt;
    else counters.push({ served: null, freeAt, entryId: entry.id });
  }
  if (counters.length === 0) counters.push({ served: null, freeAt: now, entryId: null });

  const durations = new Map<string, number>();
  const joinsAt = new Map<string, number>();
  const waitingNow: QueueEntryState[] = [];
  const parked: QueueEntryState[] = [];
  for (const entry of entries) {
    if (entry.status === QueueEntryStatus.waiting) waitingNow.push(entry);
    else if (entry.status === QueueEntryStatus.parked) parked.push(entry);
    else continue;
    durations.set(entry.id, durationOf(entry.serviceIds));
  }
  const showUpShare = input.showUpShare ?? 1;
  const upcoming = (input.upcoming ?? []).map((appointment): QueueEntryState => {
    const joins = Math.max(now, appointment.start.getTime() - dueBeforeMinutes * MS_PER_MINUTE);
    joinsAt.set(appointment.id, joins);
    durations.set(appointment.id, Math.round(durationOf(appointment.serviceIds) * showUpShare));
    return { id: appointment.id, status: QueueEntryStatus.waiting, priority: 2, appointmentStart: appointment.start, arrivedAt: new Date(joins), lastCalledAt: null, calledCount: 0, serviceIds: appointment.serviceIds };
  });
  upcoming.sort((a, b) => joinsAt.get(a.id)! - joinsAt.get(b.id)!);

  const calledAt = new Map<string, number>();
  let present = [...waitingNow];
  let joined = 0;
  let time = now;
  while (present.length > 0 || joined < upcoming.length) {
    while (joined < upcoming.length && joinsAt.get(upcoming[joined].id)! <= time) present.push(upcoming[joined++]);
    const at = new Date(time);
    for (const counter of [...counters].sort((a, b) => a.freeAt - b.freeAt)) {
      if (counter.freeAt > time) break;
      const next = nextToCall(present, at, counter.served);
      if (!next) continue;
      calledAt.set(next.id, time);
      counter.freeAt = time + durations.get(next.id)!;
      present = present.filter((entry) => entry !== next);
    }
    // The next moment a call can happen: a counter frees up or an appointment joins. A free
    // counter calls whoever it serves (nextToCall refuses no one), so nothing else can start a call.
    const moments = [...counters.map((counter) => counter.freeAt), ...(joined < upcoming.length ? [joinsAt.get(upcoming[joined].id)!] : [])].filter((moment) => moment > time);
    if (moments.length === 0) break; // what is left no counter at work serves
    time = Math.min(...moments);
  }

  // Parked entries and those no counter at work serves wait for the first counter free after the rest.
  const leftOver = orderQueue([...present.filter((entry) => !joinsAt.has(entry.id)), ...parked], input.now);
  for (const entry of leftOver) {
    const counter = counters.reduce((first, candidate) => (candidate.freeAt < first.freeAt ? candidate : first));
    calledAt.set(entry.id, Math.max(counter.freeAt, now));
    counter.freeAt = Math.max(counter.freeAt, now) + durations.get(entry.id)!;
  }

  const waits = new Map<string, number>();
  for (const entry of [...waitingNow, ...parked]) waits.set(entry.id, Math.round((calledAt.get(entry.id)! - now) / MS_PER_MINUTE));
  return waits;
}

/** Appointments of recent days: how many were booked for the day and how many of them came. */
export interface ShowUpHistory {
  booked: number;
  came: number;
}

/** What we assume before history says otherwise: most booked citizens come. */
const priorShowUpShare = 0.9;
/** The prior weighs like this many appointments, so a quiet first day does not swing it. */
const priorWeight = 20;

/** The share of booked citizens who come, from recent days, drawn towards the prior while they are few. */
export function learnShowUpShare(history: ShowUpHistory): number {
  const booked = Math.max(0, history.booked);
  const came = Math.min(Math.max(0, history.came), booked);
  return (came + priorShowUpShare * priorWeight) / (booked + priorWeight);
}
