import { Channel } from '../booking/appointment-lifecycle';

export enum OfficeRole {
  staff = 'staff',
  officeAdmin = 'officeAdmin',
}

export enum ApiKeyLevel {
  public = 'public',
  callcenter = 'callcenter',
}

export enum DeviceKind {
  display = 'display',
  kiosk = 'kiosk',
}

/** Who is calling, as the credentials of the request say; never taken from an argument. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'staff'; accountId: number; username: string; isAdmin: boolean; roles: ReadonlyMap<number, OfficeRole> }
  | { kind: 'apiKey'; keyId: number; name: string; level: ApiKeyLevel }
  | { kind: 'device'; deviceId: number; name: string; deviceKind: DeviceKind; officeIds: readonly number[] };

export const anonymous: Principal = { kind: 'anonymous' };

/** What a caller may do; office-scoped permissions are checked against one office. */
export enum Permission {
  /** Search, reserve, confirm, view, reschedule and cancel with number and secret: the citizen's rights. */
  bookAsCitizen = 'bookAsCitizen',
  /** Book on site on the intern contingent. */
  bookOnSite = 'bookOnSite',
  /** See an office's capacity rules, staff and devices. */
  viewOfficeAdministration = 'viewOfficeAdministration',
  /** Change an office: settings, hours, capacity, closures, services offered, counters, devices, staff. */
  manageOffice = 'manageOffice',
  /** Create offices and services, API keys and global admins; read the whole audit log. */
  administerPlatform = 'administerPlatform',
  /** Sign in at a counter, see the queue, call and serve customers. */
  workQueue = 'workQueue',
  /** Draw a wait ticket for a walk-in (kiosks and staff). */
  issueTicket = 'issueTicket',
  /** Check a booked citizen in on arrival (kiosks and staff). */
  checkIn = 'checkIn',
  /** See who is called to which counter (displays, kiosks and staff). */
  viewCalls = 'viewCalls',
}

/** The one table of rights: which kind of caller holds which permission, and where. */
export function can(principal: Principal, permission: Permission, officeId?: number): boolean {
  switch (principal.kind) {
    case 'anonymous':
    case 'apiKey':
      return permission === Permission.bookAsCitizen;
    case 'device': {
      if (officeId === undefined || !principal.officeIds.includes(officeId)) return false;
      if (permission === Permission.viewCalls) return true;
      return principal.deviceKind === DeviceKind.kiosk && (permission === Permission.issueTicket || permission === Permission.checkIn);
    }
    case 'staff': {
      if (principal.isAdmin) return true;
      if (permission === Permission.bookAsCitizen) return true;
      if (permission === Permission.administerPlatform || officeId === undefined) return false;
      const role = principal.roles.get(officeId);
      if (role === undefined) return false;
      return permission === Permission.manageOffice ? role === OfficeRole.officeAdmin : true;
    }
  }
}

/** The channel a booking gets comes from the caller: the 115 books as HOTLINE, partners as PARTNER. */
export function channelOf(principal: Principal): Channel {
  switch (principal.kind) {
    case 'anonymous':
      return Channel.PORTAL;
    case 'apiKey':
      return principal.level === ApiKeyLevel.callcenter ? Channel.HOTLINE : Channel.PARTNER;
    case 'staff':
      return Channel.COUNTER;
    case 'device':
      return Channel.KIOSK;
  }
}

/** Offices whose administration the caller may see; null means all. */
export function administeredOffices(principal: Principal): number[] | null {
  if (principal.kind !== 'staff') return [];
  if (principal.isAdmin) return null;
  return [...principal.roles.keys()];
}

/**
 * A name for what the caller may do and see, without who it is: callers with the same name get
 * the same answers, so one answer can serve them all (e.g. 1,000 displays of one office).
 */
export function rightsOf(principal: Principal): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'apiKey':
      return `apiKey:${principal.level}`;
    case 'device':
      return `device:${principal.deviceKind}:${[...principal.officeIds].sort((a, b) => a - b).join(',')}`;
    case 'staff':
      return principal.isAdmin
        ? 'staff:admin'
        : `staff:${[...principal.roles]
            .sort(([a], [b]) => a - b)
            .map(([officeId, role]) => `${officeId}=${role}`)
            .join(',')}`;
  }
}
