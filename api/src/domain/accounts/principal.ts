import { Channel } from '../booking/appointment-lifecycle';

/** The roles of the contract before roles were configurable: kept for the deprecated membership fields. */
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

/** What a caller may do. Office rights are checked against an office, the others against a department or an organisation. */
export enum Permission {
  /** Search, reserve, confirm, view, reschedule and cancel with number and secret: the citizen's rights. */
  bookAsCitizen = 'bookAsCitizen',
  /** Book on site on the intern contingent. */
  bookOnSite = 'bookOnSite',
  /** See an office's capacity rules, staff and devices. */
  viewOfficeAdministration = 'viewOfficeAdministration',
  /** Change an office: settings, hours, services offered, counters. */
  manageOffice = 'manageOffice',
  /** Change an office's capacity rules and closures. */
  manageCapacity = 'manageCapacity',
  /** Create staff accounts and give or take their roles. */
  manageStaff = 'manageStaff',
  /** Create and revoke call displays and kiosks. */
  manageDevices = 'manageDevices',
  /** Read the statistics. */
  viewStatistics = 'viewStatistics',
  /** Read the audit log. */
  viewAuditLog = 'viewAuditLog',
  /** Create API keys for third parties and the 115 (an organisation's right). */
  manageApiKeys = 'manageApiKeys',
  /** Create departments and offices, define roles, add holidays, configure sign-in (in an organisation or a department). */
  manageOrganisation = 'manageOrganisation',
  /** Create organisations and services, and platform admins. */
  administerPlatform = 'administerPlatform',
  /** Sign in at a counter, see the queue, call and serve customers. */
  workQueue = 'workQueue',
  /** Draw a wait ticket for a walk-in (kiosks and staff). */
  issueTicket = 'issueTicket',
  /** Check a booked citizen in on arrival (kiosks and staff). */
  checkIn = 'checkIn',
  /** See who is called to which counter (displays, kiosks and staff). */
  viewCalls = 'viewCalls',
  /** Find an office's appointments with the citizens' contact data, and cancel, move, correct or resend them on the citizen's behalf. */
  manageAppointments = 'manageAppointments',
}

/** What a role may grant: every right but the citizen's (everyone has it) and the platform's (only platform admins). */
export const assignablePermissions: readonly Permission[] = Object.values(Permission).filter((permission) => permission !== Permission.bookAsCitizen && permission !== Permission.administerPlatform);

const counterWork = [Permission.bookOnSite, Permission.workQueue, Permission.issueTicket, Permission.checkIn, Permission.viewCalls, Permission.viewOfficeAdministration, Permission.manageAppointments];

/** The roles every organisation starts with; it may change them and define its own. */
export const builtInRoles: Readonly<Record<string, readonly Permission[]>> = {
  counter: counterWork,
  reception: [Permission.bookOnSite, Permission.issueTicket, Permission.checkIn, Permission.viewCalls, Permission.manageAppointments],
  lead: [...counterWork, Permission.manageCapacity, Permission.viewStatistics, Permission.viewAuditLog],
  admin: assignablePermissions,
};

/** The built-in role a deprecated office role stands for. */
export const roleNameOf: Record<OfficeRole, string> = { [OfficeRole.staff]: 'counter', [OfficeRole.officeAdmin]: 'admin' };

/** Where a role is given: a whole organisation, one department, or one office. */
export type Scope = { level: 'organisation'; organisationId: number } | { level: 'department'; organisationId: number; departmentId: number } | { level: 'office'; organisationId: number; officeId: number };

/**
 * A role given at a scope, with what the scope covers: an organisation's grant covers its
 * departments and offices, a department's its offices. Rights given at a wider scope hold below.
 */
export interface Grant {
  permissions: readonly Permission[];
  scope: Scope;
  departmentIds: readonly number[];
  officeIds: readonly number[];
}

/** A staff member's rights, by where they hold. */
export interface StaffRights {
  organisations: ReadonlyMap<number, ReadonlySet<Permission>>;
  departments: ReadonlyMap<number, ReadonlySet<Permission>>;
  offices: ReadonlyMap<number, ReadonlySet<Permission>>;
}

function addAll(target: Map<number, Set<Permission>>, ids: readonly number[], permissions: readonly Permission[]): void {
  for (const id of ids) {
    const held = target.get(id) ?? new Set<Permission>();
    for (const permission of permissions) held.add(permission);
    target.set(id, held);
  }
}

export function rightsFrom(grants: readonly Grant[]): StaffRights {
  const organisations = new Map<number, Set<Permission>>();
  const departments = new Map<number, Set<Permission>>();
  const offices = new Map<number, Set<Permission>>();
  for (const grant of grants) {
    if (grant.scope.level === 'organisation') addAll(organisations, [grant.scope.organisationId], grant.permissions);
    if (grant.scope.level !== 'office') addAll(departments, grant.departmentIds, grant.permissions);
    addAll(offices, grant.officeIds, grant.permissions);
  }
  return { organisations, departments, offices };
}

export const noRights: StaffRights = rightsFrom([]);

/** Who is calling, as the credentials of the request say; never taken from an argument. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'staff'; accountId: number; username: string; organisationId: number | null; isAdmin: boolean; rights: StaffRights }
  | { kind: 'apiKey'; keyId: number; name: string; level: ApiKeyLevel; organisationId: number }
  | { kind: 'device'; deviceId: number; name: string; deviceKind: DeviceKind; officeIds: readonly number[]; organisationId: number };

export const anonymous: Principal = { kind: 'anonymous' };

/** The one table of rights at an office: which kind of caller holds which permission there. */
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
      return principal.rights.offices.get(officeId)?.has(permission) ?? false;
    }
  }
}

/** Rights that hold for a whole department (and so for each of its offices). */
export function canInDepartment(principal: Principal, permission: Permission, departmentId: number): boolean {
  if (principal.kind !== 'staff') return false;
  return principal.isAdmin || (principal.rights.departments.get(departmentId)?.has(permission) ?? false);
}

/** Rights that hold for a whole organisation. */
export function canInOrganisation(principal: Principal, permission: Permission, organisationId: number): boolean {
  if (principal.kind !== 'staff') return false;
  return principal.isAdmin || (principal.rights.organisations.get(organisationId)?.has(permission) ?? false);
}

/** Whether the caller holds `permission` anywhere at all: at an office, a department or an organisation. */
export function canSomewhere(principal: Principal, permission: Permission): boolean {
  switch (principal.kind) {
    case 'staff': {
      if (principal.isAdmin || permission === Permission.bookAsCitizen) return true;
      const { organisations, departments, offices } = principal.rights;
      return [organisations, departments, offices].some((held) => [...held.values()].some((permissions) => permissions.has(permission)));
    }
    case 'device':
      return principal.officeIds.some((officeId) => can(principal, permission, officeId));
    default:
      return can(principal, permission);
  }
}

/** The organisation a caller belongs to; null for citizens and platform admins, who are bound by the request. */
export function organisationOf(principal: Principal): number | null {
  return principal.kind === 'anonymous' ? null : principal.organisationId;
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

/** Offices where the caller holds `permission`; null means every office. */
export function officesWhere(principal: Principal, permission: Permission): number[] | null {
  if (principal.kind === 'staff' && principal.isAdmin) return null;
  if (principal.kind === 'staff') return [...principal.rights.offices].filter(([, permissions]) => permissions.has(permission)).map(([officeId]) => officeId);
  if (principal.kind === 'device') return principal.officeIds.filter((officeId) => can(principal, permission, officeId));
  return [];
}

/** Organisations for which the caller holds `permission` as a whole; null means every one (platform admins). */
export function organisationsWhere(principal: Principal, permission: Permission): number[] | null {
  if (principal.kind !== 'staff') return [];
  if (principal.isAdmin) return null;
  return [...principal.rights.organisations].filter(([, permissions]) => permissions.has(permission)).map(([organisationId]) => organisationId);
}

function describeRights(held: ReadonlyMap<number, ReadonlySet<Permission>>): string {
  return [...held]
    .sort(([a], [b]) => a - b)
    .map(([id, permissions]) => `${id}=${[...permissions].sort().join('+')}`)
    .join(',');
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
      return `apiKey:${principal.organisationId}:${principal.level}`;
    case 'device':
      return `device:${principal.deviceKind}:${[...principal.officeIds].sort((a, b) => a - b).join(',')}`;
    case 'staff': {
      if (principal.isAdmin) return 'staff:admin';
      const { organisations, departments, offices } = principal.rights;
      return `staff:${principal.organisationId}:${describeRights(organisations)}|${describeRights(departments)}|${describeRights(offices)}`;
    }
  }
}
