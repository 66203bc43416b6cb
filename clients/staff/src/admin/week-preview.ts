/** A previewed slot, as capacityPreview answers it. */
export interface PreviewSlotLike {
  start: string;
  end: string;
  date: string;
  publicCapacity: number;
  internCapacity: number;
  taken: number;
}

/** A run of consecutive slots of one day with the same capacity: one line of the week's overview. */
export interface SlotRun {
  start: string;
  end: string;
  slots: number;
  publicCapacity: number;
  internCapacity: number;
  taken: number;
}

export interface PreviewDay {
  date: string;
  runs: SlotRun[];
}

/** The seven days from `weekStart` with their slots merged into runs: a week reads at a glance. */
export function weekOverview(weekStart: string, slots: PreviewSlotLike[]): PreviewDay[] {
  const days: PreviewDay[] = [];
  for (let offset = 0; offset < 7; offset += 1) {
    const date = new Date(`${weekStart}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    days.push({ date: date.toISOString().slice(0, 10), runs: [] });
  }
  for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = days.find((candidate) => candidate.date === slot.date);
    if (!day) continue;
    const last = day.runs.at(-1);
    if (last && last.end === slot.start && last.publicCapacity === slot.publicCapacity && last.internCapacity === slot.internCapacity) {
      last.end = slot.end;
      last.slots += 1;
      last.taken += slot.taken;
    } else {
      day.runs.push({ start: slot.start, end: slot.end, slots: 1, publicCapacity: slot.publicCapacity, internCapacity: slot.internCapacity, taken: slot.taken });
    }
  }
  return days;
}

/** Monday of the week of a day (YYYY-MM-DD). */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
