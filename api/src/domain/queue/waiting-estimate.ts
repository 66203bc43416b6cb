import { QueueEntryStatus } from './queue-entry-lifecycle';
import { isDue, type QueueEntryState } from './queue-order';

/** One finished service from the office's recent days: how long it took at the counter. */
export interface FinishedService {
  serviceId: string;
  minutes: number;
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
export function learnServiceMinutes(
  history: FinishedService[],
  defaultMinutes: number,
): { overall: number; byService: Map<string, number> } {
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

/**
 * Whole minutes each waiting or parked entry is expected to wait, from a simulation of the
 * serving counters working through the ordered queue. Missed entries get none: they are not
 * served unless staff requeue them.
 */
export function estimateWaits(
  ordered: QueueEntryState[],
  input: { now: Date; servingCounters: number; minutesFor(entry: QueueEntryState): number },
): Map<string, number> {
  const now = input.now.getTime();
  // Rounded to whole milliseconds so that float noise in minutes cannot add a minute on rounding up.
  const durationOf = (entry: QueueEntryState) => Math.round(input.minutesFor(entry) * MS_PER_MINUTE);

  // Someone at a counter proves that counter is serving, even when fewer counters were counted.
  const freeAt = ordered.flatMap((entry) => {
    if (entry.status === QueueEntryStatus.inService) return [now + Math.round(durationOf(entry) / 2)];
    if (entry.status === QueueEntryStatus.called) return [now + durationOf(entry)];
    return [];
  });
  while (freeAt.length < Math.max(1, input.servingCounters)) freeAt.push(now);

  const waits = new Map<string, number>();
  for (const entry of ordered) {
    if (entry.status !== QueueEntryStatus.waiting && entry.status !== QueueEntryStatus.parked) continue;
    const counter = freeAt.indexOf(Math.min(...freeAt));
    const start = freeAt[counter];
    freeAt[counter] = start + durationOf(entry);
    // Staff may call an appointment early, but the citizen is not told to expect that.
    const notBefore = entry.appointmentStart !== null && !isDue(entry, input.now) ? entry.appointmentStart.getTime() : now;
    waits.set(entry.id, Math.ceil((Math.max(start, notBefore) - now) / MS_PER_MINUTE));
  }
  return waits;
}
