import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef, type Ref } from 'vue';
import { PersonsLimitsDocument } from '../gql/graphql';

/** PageArgs' largest page, as the services step's other limit asks. */
const officesAsked = 200;

/**
 * How many persons one service may be booked for: `highest` among the offices that book all the
 * chosen services online (null before a choice, or where none does), `at(officeId)` one office's own.
 */
export function usePersonsLimit(serviceIds: Ref<string[]>): { highest: ComputedRef<number | null>; at: (officeId: string) => number | null } {
  const { result } = useQuery(
    PersonsLimitsDocument,
    () => ({ serviceIds: serviceIds.value, first: officesAsked }),
    // Past the cache: the office step's query writes the offices' settings with other fields, and would void these.
    () => ({ enabled: serviceIds.value.length > 0, fetchPolicy: 'no-cache' }),
  );
  const byOffice = computed(() => new Map(result.value?.offices.edges.map((edge) => [edge.node.id, edge.node.settings.maxPersonsPerService]) ?? []));
  const highest = computed(() => {
    if (serviceIds.value.length === 0 || byOffice.value.size === 0) return null;
    return Math.max(...byOffice.value.values());
  });
  return { highest, at: (officeId) => byOffice.value.get(officeId) ?? null };
}
