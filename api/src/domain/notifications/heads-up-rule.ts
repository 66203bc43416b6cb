/** When a waiting citizen is told that their turn nears: an office's two thresholds (0 turns one off). */
export interface HeadsUpThresholds {
  /** Told when this many or fewer are ahead. */
  whenAhead: number;
  /** Told when the estimated wait drops below this many minutes. */
  whenMinutes: number;
}

/** Where an entry stands: its place (1 is called next; null while not waiting) and its estimated wait. */
export interface QueueStanding {
  position: number | null;
  estimatedWaitMinutes: number | null;
}

/** Whichever threshold is reached first; only a waiting entry, with a place, is ever near. */
export function headsUpDue(standing: QueueStanding, thresholds: HeadsUpThresholds): boolean {
  if (standing.position === null) return false;
  const ahead = standing.position - 1;
  if (thresholds.whenAhead > 0 && ahead <= thresholds.whenAhead) return true;
  return thresholds.whenMinutes > 0 && standing.estimatedWaitMinutes !== null && standing.estimatedWaitMinutes < thresholds.whenMinutes;
}
