import { describeProblem } from '@zms/ui';
import type { MessageKey } from './i18n';

/** Something that went wrong, as the page says it. */
export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The server's own words (InvalidInput's problems), when it gave some. */
  details?: string[];
}

/** A typed error result or a thrown request error, with InvalidInput's details where there are some. */
export function problemOf(failure: unknown): Problem {
  const described = describeProblem(failure);
  // The limit, and that it counts per office, tell the citizen what to do: cancel one, or book elsewhere.
  const limit = (failure as { limit?: unknown } | null)?.limit;
  if (described.key === 'error.TOO_MANY_APPOINTMENTS' && typeof limit === 'number') return { key: 'problem.tooManyAppointments', params: { count: limit } };
  const details = (failure as { problems?: unknown } | null)?.problems;
  return Array.isArray(details) && details.every((detail) => typeof detail === 'string') ? { ...described, details } : described;
}
