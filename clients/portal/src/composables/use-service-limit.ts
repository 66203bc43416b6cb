import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef, type Ref } from 'vue';
import { OfficesOfferingDocument } from '../gql/graphql';

/** PageArgs' largest page: more offices than that book no service of Berlin's catalogue online. */
const officesAsked = 200;

/**
 * How many services one appointment may hold, for the services chosen so far: the most that an
 * office booking all of them online takes (each office has its own maximum, 3 by default). Null
 * before the first choice, and where no office books the choice online (the office step says so).
 */
export function useServiceLimit(serviceIds: Ref<string[]>): ComputedRef<number | null> {
  const { result } = useQuery(
    OfficesOfferingDocument,
    () => ({ serviceIds: serviceIds.value, search: null, first: officesAsked, bookableOnline: true }),
    () => ({ enabled: serviceIds.value.length > 0 }),
  );
  return computed(() => {
    if (serviceIds.value.length === 0) return null;
    const limits = result.value?.offices.edges.map((edge) => edge.node.settings.maxServicesPerAppointment) ?? [];
    return limits.length > 0 ? Math.max(...limits) : null;
  });
}
