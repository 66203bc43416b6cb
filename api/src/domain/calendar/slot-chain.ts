/** A slot as a booking sees it: `capacity` is the limit of the caller's contingent. */
export interface SlotState {
  start: Date;
  end: Date;
  capacity: number;
  taken: number;
}

function hasRoom(slot: SlotState): boolean {
  return slot.taken < slot.capacity;
}

function follows(previous: SlotState, next: SlotState): boolean {
  return next.start.getTime() === previous.end.getTime();
}

function assertLength(length: number): void {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`chain length must be 1 or more: ${length}`);
}

function indexOfStart(slots: SlotState[], start: number): number {
  let low = 0;
  let high = slots.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = slots[middle].start.getTime();
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The `length` back-to-back slots from `start` when every one has room, else null. `slots` are
 * one office's slots sorted by start, without two slots of the same start.
 */
export function findChain(slots: SlotState[], start: Date, length: number): SlotState[] | null {
  assertLength(length);
  const first = indexOfStart(slots, start.getTime());
  if (first < 0 || first + length > slots.length) return null;
  const chain = slots.slice(first, first + length);
  const complete = chain.every((slot, i) => hasRoom(slot) && (i === 0 || follows(chain[i - 1], slot)));
  return complete ? chain : null;
}

/** Every start at which findChain(slots, start, length) succeeds, in order. */
export function chainStarts(slots: SlotState[], length: number): Date[] {
  assertLength(length);
  // runs[i]: how many back-to-back slots with room begin at slot i; built from the end so
  // each slot is visited once.
  const runs = new Array<number>(slots.length).fill(0);
  for (let i = slots.length - 1; i >= 0; i--) {
    if (!hasRoom(slots[i])) continue;
    runs[i] = 1 + (i + 1 < slots.length && follows(slots[i], slots[i + 1]) ? runs[i + 1] : 0);
  }
  return slots.filter((_, i) => runs[i] >= length).map((slot) => slot.start);
}
