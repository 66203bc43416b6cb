/** The reservation hold's countdown: shown every second, told to screen readers only at milestones. */

export function secondsLeft(expiresAt: string, now: number = Date.now()): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

/** 'm:ss' */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Minutes left at which a live region speaks up; more often would drown the form. */
const milestoneMinutes = [10, 5, 2, 1];

/**
 * The milestone (in minutes) to announce when the countdown moved from `previous` to `current`
 * seconds, or null. Announces once per milestone, the smallest one crossed.
 */
export function crossedMilestone(previous: number, current: number): number | null {
  const crossed = milestoneMinutes.filter((minutes) => previous > minutes * 60 && current <= minutes * 60);
  return crossed.length ? Math.min(...crossed) : null;
}
