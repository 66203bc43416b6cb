/**
 * The draw's pages (issue 21): where a registration's form stands before it is sent, with the API's
 * own rules (api/src/domain/draw/registration-rules.ts) checked as the citizen types, and what a
 * draw's page may say of it. The API decides in the end.
 */

/** The API takes at most this many time-of-day windows per registration. */
export const maxTimeWindows = 4;

export interface TimeWindowFields {
  from: string;
  to: string;
}

export interface DrawFormFields {
  officeIds: string[];
  dateFrom: string;
  dateTo: string;
  windows: TimeWindowFields[];
}

export type DrawFormProblem = { field: 'offices' } | { field: 'dates' } | { field: 'window'; index: number };

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;
const localDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with the wishes of a registration, inside a draw's dates: no office, days outside
 * the draw's or in the wrong order, a window that is not "HH:MM" to a later "HH:MM". A window left
 * empty on both ends is no window (it is dropped when sent).
 */
export function drawFormProblems(fields: DrawFormFields, draw: { slotsFrom: string; slotsTo: string }): DrawFormProblem[] {
  const problems: DrawFormProblem[] = [];
  if (fields.officeIds.length === 0) problems.push({ field: 'offices' });
  const { dateFrom, dateTo } = fields;
  // ISO dates compare as strings.
  if (!localDate.test(dateFrom) || !localDate.test(dateTo) || dateFrom < draw.slotsFrom || dateTo > draw.slotsTo || dateFrom > dateTo) problems.push({ field: 'dates' });
  fields.windows.forEach((window, index) => {
    if (isEmptyWindow(window)) return;
    if (!clockTime.test(window.from) || !clockTime.test(window.to) || window.from >= window.to) problems.push({ field: 'window', index });
  });
  return problems;
}

function isEmptyWindow(window: TimeWindowFields): boolean {
  return window.from.trim() === '' && window.to.trim() === '';
}

/** The windows as registerForDraw takes them: the empty ones left out (none means any time). */
export function timeWindowsInput(windows: TimeWindowFields[]): TimeWindowFields[] {
  return windows.filter((window) => !isEmptyWindow(window)).map((window) => ({ from: window.from, to: window.to }));
}

/** Where a draw stands for a citizen now: before its window, registering, waiting for the moment, or past it. */
export type DrawPhase = 'upcoming' | 'registering' | 'closed' | 'drawn' | 'released' | 'cancelled';

export function drawPhase(draw: { status: string; registrationOpensAt: string; registrationClosesAt: string }, now: number = Date.now()): DrawPhase {
  if (draw.status === 'cancelled' || draw.status === 'drawn' || draw.status === 'released') return draw.status;
  if (now < Date.parse(draw.registrationOpensAt)) return 'upcoming';
  return now < Date.parse(draw.registrationClosesAt) ? 'registering' : 'closed';
}

/** The draws to come first (soonest first), then those drawn (latest first): the next draw leads, the last one's figures follow. */
export function orderDraws<T extends { status: string; drawAt: string }>(draws: readonly T[]): { upcoming: T[]; past: T[] } {
  const isPast = (draw: T) => draw.status === 'drawn' || draw.status === 'released';
  const upcoming = draws.filter((draw) => !isPast(draw) && draw.status !== 'cancelled').sort((a, b) => Date.parse(a.drawAt) - Date.parse(b.drawAt));
  const past = draws.filter(isPast).sort((a, b) => Date.parse(b.drawAt) - Date.parse(a.drawAt));
  return { upcoming, past };
}

/** The published result of a draw (seed, commitment, the entries' digests and positions) on the API's origin. */
export function drawResultUrl(apiOrigin: string, drawId: string): string {
  return `${apiOrigin}/draws/${encodeURIComponent(drawId)}/result.json`;
}

/** A fill rate (0..1) as a whole percentage. */
export function percent(rate: number): number {
  return Math.round(rate * 100);
}
