import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { ViewerDocument } from './gql/graphql';

export interface OfficeChoice {
  id: string;
  name: string;
}

/** The signed-in staff member and the offices they work at and administer. */
export function useSession() {
  const { result } = useQuery(ViewerDocument, {}, { fetchPolicy: 'cache-first' });
  const account = computed(() => result.value?.viewer.account ?? null);
  const workOffices = computed<OfficeChoice[]>(() => (account.value?.memberships ?? []).map((membership) => membership.office));
  const adminOffices = computed<OfficeChoice[]>(() => (account.value?.memberships ?? []).filter((membership) => membership.role === 'officeAdmin').map((membership) => membership.office));
  const isAdmin = computed(() => account.value?.isAdmin ?? false);
  return { account, workOffices, adminOffices, isAdmin };
}

/** The error member of a result union, or null when the result is the outcome. */
export function errorOf(result: { __typename?: string } & Partial<{ code: string; message: string; problems: string[] }> | null | undefined): { code: string; problems: string[] } | null {
  if (!result || typeof result.code !== 'string') return null;
  return { code: result.code, problems: result.problems ?? [] };
}
