import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { ViewerDocument } from './gql/graphql';

export interface OfficeChoice {
  id: string;
  name: string;
}

/** The signed-in staff member and the offices where they work and read statistics (what they administer: components/admin/administration-scope.ts). */
export function useSession() {
  const { result } = useQuery(ViewerDocument, {}, { fetchPolicy: 'cache-first' });
  const account = computed(() => result.value?.viewer.account ?? null);
  const signedIn = computed(() => result.value?.viewer.kind === 'staff');
  const workOffices = computed<OfficeChoice[]>(() => (signedIn.value ? (result.value?.viewer.workOffices ?? []) : []));
  const statisticsOffices = computed<OfficeChoice[]>(() => (signedIn.value ? (result.value?.viewer.statisticsOffices ?? []) : []));
  const isAdmin = computed(() => account.value?.isAdmin ?? false);
  return { account, workOffices, statisticsOffices, isAdmin };
}

/** The error member of a result union, or null when the result is the outcome. */
export function errorOf(result: ({ __typename?: string } & Partial<{ code: string; message: string; problems: string[] }>) | null | undefined): { code: string; problems: string[] } | null {
  if (!result || typeof result.code !== 'string') return null;
  return { code: result.code, problems: result.problems ?? [] };
}

/** The token of a setup link (`/staff/#setup=…`) that creates the first admin; null without one. */
export const setupToken = ref<string | null>(null);

/**
 * Takes the token of a setup link before the router reads the address: kept in memory only, while
 * the address becomes the sign-in page's, so that the token is neither bookmarked nor carried on
 * (the sign-in guard would put the address into a query, which servers log).
 */
export function takeSetupToken(base: string = import.meta.env.BASE_URL, location: Location = window.location, history: History = window.history): void {
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('setup');
  if (!token || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) return;
  setupToken.value = token;
  history.replaceState(null, '', `${base}login`);
}
