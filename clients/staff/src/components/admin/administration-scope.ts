import { useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import { AdministeredOfficesDocument, type AssignmentFieldsFragment, type Permission } from '../../gql/graphql';

/** Where a role holds: a whole organisation, one department, or one office. */
export type AssignmentScope = { level: 'organisation' } | { level: 'department'; departmentId: string } | { level: 'office'; officeId: string; departmentId: string | null };

export interface ScopedOffice {
  id: string;
  name: string;
  departmentId: string;
  departmentName: string;
  organisationId: string;
  organisationName: string;
}

/** The rights that make a role an administrator's: whoever holds one of them somewhere sees the administration there. */
export const administeringPermissions: readonly Permission[] = ['manageOffice', 'manageCapacity', 'manageStaff', 'manageDevices', 'manageOrganisation', 'manageApiKeys', 'viewAuditLog'];

export function scopeOf(assignment: Pick<AssignmentFieldsFragment, 'department' | 'office'>): AssignmentScope {
  if (assignment.office) return { level: 'office', officeId: assignment.office.id, departmentId: assignment.office.department.id };
  if (assignment.department) return { level: 'department', departmentId: assignment.department.id };
  return { level: 'organisation' };
}

/** Whether a grant at `held` covers `wanted`: an organisation's covers everything in it, a department's its offices. */
export function covers(held: AssignmentScope, wanted: AssignmentScope): boolean {
  if (held.level === 'organisation') return true;
  if (held.level === 'department') return wanted.level !== 'organisation' && wanted.departmentId === held.departmentId;
  return wanted.level === 'office' && wanted.officeId === held.officeId;
}

/**
 * The viewer's reach in the administration, from its roles: the offices it administers, and
 * whether it holds a right at a scope. The API decides each request; this only spares the viewer
 * screens and buttons that would be refused.
 */
export function useAdministrationScope(enabled: Ref<boolean> = ref(true)) {
  // Only for a signed-in viewer: a citizen's request for offices names no organisation where there are several.
  const { result, refetch } = useQuery(AdministeredOfficesDocument, {}, () => ({ fetchPolicy: 'cache-and-network', enabled: enabled.value }));
  const account = computed(() => result.value?.viewer.account ?? null);
  const isAdmin = computed(() => account.value?.isAdmin ?? false);
  const assignments = computed(() => account.value?.assignments ?? []);
  const visibleOffices = computed<ScopedOffice[]>(() =>
    (result.value?.offices.edges ?? []).map(({ node }) => ({
      id: node.id,
      name: node.name,
      departmentId: node.department.id,
      departmentName: node.department.name,
      organisationId: node.organisation.id,
      organisationName: node.organisation.name,
    })),
  );
  /** Whether the viewer holds `permission` at a scope of its organisation. */
  const holds = (permission: Permission, scope: AssignmentScope) => isAdmin.value || assignments.value.some((assignment) => assignment.role.permissions.includes(permission) && covers(scopeOf(assignment), scope));
  const holdsInOrganisation = (permission: Permission) => holds(permission, { level: 'organisation' });
  const holdsSomewhere = (permission: Permission) => isAdmin.value || assignments.value.some((assignment) => assignment.role.permissions.includes(permission));
  const administers = (office: ScopedOffice) => isAdmin.value || administeringPermissions.some((permission) => holds(permission, { level: 'office', officeId: office.id, departmentId: office.departmentId }));
  /** The offices whose administration the viewer opens: every office for platform admins. */
  const offices = computed(() => visibleOffices.value.filter(administers));
  return { account, isAdmin, assignments, offices, holds, holdsInOrganisation, holdsSomewhere, refetch };
}
