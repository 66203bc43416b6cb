import type { Permission } from '../../gql/graphql';

/**
 * The rights a role can give, in the order the role form lists them: the counter's first, then the
 * office's administration, then the organisation's. Neither the citizen's right (everyone has it)
 * nor the platform's (only platform admins) can be given.
 */
export const assignablePermissions = [
  'workQueue',
  'issueTicket',
  'checkIn',
  'viewCalls',
  'bookOnSite',
  'manageAppointments',
  'viewOfficeAdministration',
  'manageOffice',
  'manageCapacity',
  'manageDevices',
  'manageStaff',
  'viewStatistics',
  'viewAuditLog',
  'manageApiKeys',
  'manageOrganisation',
] as const satisfies readonly Permission[];

// A right the schema adds fails the typecheck here until the form lists it (and messages.ts names it).
type Unlisted = Exclude<Permission, (typeof assignablePermissions)[number] | 'administerPlatform' | 'bookAsCitizen'>;
const everyRightListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyRightListed;

/** A role's rights in the form's order. */
export const inFormOrder = (permissions: readonly Permission[]): Permission[] => [...permissions].sort((a, b) => order(a) - order(b));
const order = (permission: Permission) => {
  const index = (assignablePermissions as readonly Permission[]).indexOf(permission);
  return index === -1 ? assignablePermissions.length : index;
};
