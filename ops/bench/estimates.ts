import { QueueEntryStatus } from '../../api/src/domain/queue/queue-entry-lifecycle';
import { nextToCall, orderQueue, type QueueEntryState } from '../../api/src/domain/queue/queue-order';
import { estimateWaits, learnServiceMinutes, learnShowUpShare, minutesForServices, type CounterAtWork, type FinishedService, type ShowUpHistory } from '../../api/src/domain/queue/waiting-estimate';

// Replays simulated office days through the queue's own calling and estimate code, given what the
// queue service gives it (computeQueue): the entries of today, the counters at work with their
// services and who is at them, service minutes learned from the finished services of the last 14
// days (today's included), the appointments booked for later today and the share of booked
// citizens who came on recent days. It compares the estimate shown at check-in with the wait that
// followed; next to it the original ZMS formula: the people ahead times a configured 15 minutes,
// over the counters, never learning.

const MS_PER_MINUTE = 60_000;
/** Minutes a service takes when the office has no history of it yet (the queue service's default). */
const defaultServiceMinutes = 10;
const historyDays = 14;
const originalAverageMinutes = 15;

export interface EstimateResult {
  days: number;
  checkIns: number;
  /** Mean absolute error of the estimate shown at check-in, in minutes. */
  ourError: number;
  originalError: number;
}

/** A small deterministic generator: the same seed replays the same days. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    state ^= state + Math.imul(state ^ (state >>> 7), state | 61);
    return ((state ^ (state >>> 14)) >>> 0) / 2 ** 32;
  };
}

// Services of a Bürgeramt: typical minutes at the counter (log-normal around them), their share, and
// the slots of 10 minutes an appointment for them books (as an office configures its services).
const services = [
  { id: 'anmeldung', minutes: 7, share: 0.35, slots: 1 },
  { id: 'personalausweis', minutes: 14, share: 0.25, slots: 2 },
  { id: 'reisepass', minutes: 18, share: 0.15, slots: 2 },
  { id: 'fuehrungszeugnis', minutes: 4, share: 0.15, slots: 1 },
  { id: 'beglaubigung', minutes: 25, share: 0.1, slots: 3 },
];

interface Visitor {
  state: QueueEntryState;
  serviceMinutes: number;
  /** Infinity for a booked citizen who never comes. */
  arrival: number;
}

/** Services of the express counter that larger offices open for short matters. */
const expressServices = ['anmeldung', 'fuehrungszeugnis'];
const checkInLateMinutes = 15;

function pickService(next: () => number) {
  let draw = next();
  for (const service of services) {
    if ((draw -= service.share) <= 0) return service;
  }
  return services[0];
}

/** A standard normal draw (Box-Muller). */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/**
 * One day 08:00-15:00: appointments booked on 10-minute slots, as many slots as their service takes
 * (a tenth never come), walk-ins at random, counters that leave and come back, and at offices with
 * 4 counters or more an express counter for short matters.
 */
function simulateDay(dayStart: number, next: () => number, history: { services: FinishedService[]; showUps: ShowUpHistory }, errors: { ours: number[]; original: number[] }): { services: FinishedService[]; showUps: ShowUpHistory } {
  const counters = 2 + Math.floor(next() * 7);
  const servedBy = (counter: number) => (counters >= 4 && counter === 0 ? expressServices : null);
  const open = 7 * 60;
  const visitors: Visitor[] = [];
  let id = 0;
  const newVisitor = (arrival: number, appointmentStart: number | null, service = pickService(next)): Visitor => {
    return {
      arrival,
      serviceMinutes: Math.max(1, service.minutes * Math.exp(0.45 * normal(next))),
      state: {
        id: String(++id).padStart(5, '0'),
        status: QueueEntryStatus.waiting,
        priority: appointmentStart === null ? 3 : 2,
        appointmentStart: appointmentStart === null ? null : new Date(appointmentStart),
        arrivedAt: new Date(arrival),
        lastCalledAt: null,
        calledCount: 0,
        serviceIds: [service.id],
      },
    };
  };
  // Half the counters' slots are booked, each appointment as many slots as its service takes; a
  // tenth of the booked never come, the rest arrive around their time.
  const booked: Visitor[] = [];
  for (let counter = 0; counter < Math.ceil(counters / 2); counter++) {
    for (let minute = 0; minute < open - 30;) {
      const service = pickService(next);
      const start = dayStart + minute * MS_PER_MINUTE;
      const comes = next() >= 0.1;
      const arrival = start + (normal(next) * 6 - 4) * MS_PER_MINUTE;
      booked.push(newVisitor(comes && arrival <= start + checkInLateMinutes * MS_PER_MINUTE ? arrival : Number.POSITIVE_INFINITY, start, service));
      minute += service.slots * 10;
    }
  }
  visitors.push(...booked);
  // Two walk-ins per counter and hour: with the bookings (about 40 % of the counters' time, at 13
  // minutes a service on average) they fill about 85 % of it, a busy day.
  const walkInsPerMinute = (2 * counters) / 60;
  for (let minute = -Math.log(1 - next()) / walkInsPerMinute; minute < open - 60; minute += -Math.log(1 - next()) / walkInsPerMinute) {
    visitors.push(newVisitor(dayStart + minute * MS_PER_MINUTE, null));
  }
  visitors.sort((a, b) => a.arrival - b.arrival);

  const showUpShare = learnShowUpShare(history.showUps);
  // One counter is away for an hour around noon, another one from 13:00.
  const servingAt = (time: number) => {
    const minute = (time - dayStart) / MS_PER_MINUTE;
    return counters - (minute >= 210 && minute < 270 ? 1 : 0) - (counters > 3 && minute >= 300 ? 1 : 0);
  };
  const counterFreeAt: number[] = Array.from({ length: counters }, () => dayStart);
  const serving: { visitor: Visitor; until: number; counter: number }[] = [];
  const shown = new Map<Visitor, { ours: number; original: number }>();
  const finished: FinishedService[] = [];
  let arrived = 0;
  const active = () =>
    visitors
      .slice(0, arrived)
      .filter((visitor) => visitor.state.status === QueueEntryStatus.waiting)
      .map((visitor) => visitor.state);

  for (let time = dayStart - 30 * MS_PER_MINUTE; time < dayStart + (open + 240) * MS_PER_MINUTE; time += 15_000) {
    const now = new Date(time);
    for (let i = serving.length - 1; i >= 0; i--) {
      if (serving[i].until <= time) {
        serving[i].visitor.state.status = QueueEntryStatus.finished;
        finished.push({ serviceId: serving[i].visitor.state.serviceIds[0], minutes: serving[i].visitor.serviceMinutes });
        serving.splice(i, 1);
      }
    }
    while (arrived < visitors.length && visitors[arrived].arrival <= time) {
      const visitor = visitors[arrived++];
      // What computeQueue reads at this moment, composed as it composes it.
      const learned = learnServiceMinutes([...history.services, ...finished], defaultServiceMinutes);
      const atWork: CounterAtWork[] = Array.from({ length: servingAt(time) }, (_, counter) => ({
        servedServiceIds: servedBy(counter),
        servingEntryId: serving.find((entry) => entry.counter === counter)?.visitor.state.id ?? null,
      }));
      const upcoming = booked
        .filter((candidate) => candidate.arrival > time && candidate.state.appointmentStart!.getTime() + checkInLateMinutes * MS_PER_MINUTE > time)
        .map((candidate) => ({ id: candidate.state.id, start: candidate.state.appointmentStart!, serviceIds: candidate.state.serviceIds }));
      const entries = [...serving.map((entry) => entry.visitor.state), ...active()];
      const estimate = estimateWaits(entries, { now, counters: atWork, minutesFor: (ids) => minutesForServices(learned, ids), upcoming, showUpShare }).get(visitor.state.id) ?? 0;
      const ahead = orderQueue(entries, now)
        .filter((state) => state.status === QueueEntryStatus.waiting)
        .findIndex((state) => state.id === visitor.state.id);
      shown.set(visitor, { ours: estimate, original: Math.ceil((ahead * originalAverageMinutes) / Math.max(1, servingAt(time))) });
    }
    if (time < dayStart) continue;
    for (let counter = 0; counter < servingAt(time); counter++) {
      if (counterFreeAt[counter] > time) continue;
      const chosen = nextToCall(active(), now, servedBy(counter));
      if (!chosen) continue;
      const visitor = visitors.find((candidate) => candidate.state === chosen)!;
      chosen.status = QueueEntryStatus.inService;
      chosen.lastCalledAt = now;
      const until = time + visitor.serviceMinutes * MS_PER_MINUTE;
      counterFreeAt[counter] = until;
      serving.push({ visitor, until, counter });
      const estimate = shown.get(visitor)!;
      const waited = (time - visitor.arrival) / MS_PER_MINUTE;
      errors.ours.push(Math.abs(estimate.ours - waited));
      errors.original.push(Math.abs(estimate.original - waited));
    }
  }
  return { services: finished, showUps: { booked: booked.length, came: booked.filter((visitor) => Number.isFinite(visitor.arrival)).length } };
}

/** Replays `days` office days, each learning from the finished services of the 14 before it. */
export function replayEstimates(days: number, seed = 7): EstimateResult {
  const next = random(seed);
  const errors = { ours: [] as number[], original: [] as number[] };
  const pastDays: { services: FinishedService[]; showUps: ShowUpHistory }[] = [];
  const firstDay = Date.UTC(2026, 2, 2, 7);
  for (let day = 0; day < days; day++) {
    const recent = pastDays.slice(-historyDays);
    const history = {
      services: recent.flatMap((past) => past.services),
      showUps: { booked: recent.reduce((sum, past) => sum + past.showUps.booked, 0), came: recent.reduce((sum, past) => sum + past.showUps.came, 0) },
    };
    pastDays.push(simulateDay(firstDay + day * 86_400_000, next, history, errors));
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return { days, checkIns: errors.ours.length, ourError: mean(errors.ours), originalError: mean(errors.original) };
}
