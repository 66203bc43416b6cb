/** The maintenance switch as its row holds it. */
export interface MaintenanceState {
  active: boolean;
  message: string;
  expectedEndAt: Date | null;
}

/** Why an operation is refused, and when to try again. */
export interface Unavailability {
  message: string;
  retryAfterSeconds: number;
}

/** The kinds of caller that keep working during maintenance: the staff who run the offices, and their call displays and kiosks. */
const servedKinds: ReadonlySet<string> = new Set(['staff', 'device']);

/**
 * Root fields anybody may still call: signing in (staff sign in as anonymous callers), the
 * maintenance state itself (the portal's page polls it), and the legal information, since an
 * imprint and the accessibility statement must stay reachable.
 */
export const openDuringMaintenance: ReadonlySet<string> = new Set(['viewer', 'login', 'logout', 'completeSetup', 'signInProviders', 'sessionSignInProvider', 'maintenanceMode', 'legalInformation', '__typename']);

/** Without an expected end, callers are told to look again in five minutes; never sooner than a minute. */
export const defaultRetryAfterSeconds = 300;
const minimumRetryAfterSeconds = 60;

/** Seconds until the expected end, within a minute and a day; the default without one or once it passed. */
export function retryAfterSeconds(expectedEndAt: Date | null, now: Date): number {
  if (expectedEndAt === null || expectedEndAt <= now) return defaultRetryAfterSeconds;
  return Math.min(86_400, Math.max(minimumRetryAfterSeconds, Math.ceil((expectedEndAt.getTime() - now.getTime()) / 1000)));
}

/**
 * Whether an operation is refused: during maintenance, every caller but staff and devices,
 * unless each root field of the operation is one that stays open. `rootFields` is null when the
 * root fields are not known (fragments at the root): such an operation is refused.
 */
export function maintenanceRefusal(state: MaintenanceState, callerKind: string, rootFields: readonly string[] | null, now: Date): Unavailability | null {
  if (!state.active || servedKinds.has(callerKind)) return null;
  if (rootFields !== null && rootFields.length > 0 && rootFields.every((field) => openDuringMaintenance.has(field))) return null;
  return { message: state.message.trim() || 'The service is down for maintenance.', retryAfterSeconds: retryAfterSeconds(state.expectedEndAt, now) };
}
