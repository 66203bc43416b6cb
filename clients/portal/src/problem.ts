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
  const details = (failure as { problems?: unknown } | null)?.problems;
  return Array.isArray(details) && details.every((detail) => typeof detail === 'string') ? { ...described, details } : described;
}
