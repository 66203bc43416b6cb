import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, watch, type Ref } from 'vue';
import { DayPlanChangedDocument, DayPlanDocument } from '../gql/graphql';
import { reconnects } from '../live';

/**
 * An office's day plan, live: subscribes to dayPlanChanged first, then reads the plan, and reads
 * it again for every event newer than the plan's version and after every reconnect.
 */
export function useDayPlan(officeId: Ref<string | null>, from: Ref<string>, days: Ref<number>) {
  const enabled = computed(() => officeId.value !== null);
  const { onResult: onChange } = useSubscription(
    DayPlanChangedDocument,
    () => ({ officeId: officeId.value ?? '' }),
    () => ({ enabled: enabled.value }),
  );
  const { result, refetch, error, loading } = useQuery(
    DayPlanDocument,
    () => ({ officeId: officeId.value ?? '', from: from.value, days: days.value }),
    () => ({ enabled: enabled.value, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false }),
  );
  const plan = computed(() => result.value?.dayPlan ?? null);
  const version = computed(() => plan.value?.version ?? -1);
  // One refetch at a time, so that an older answer never has the last word.
  let newestEvent = -1;
  let refetches: Promise<unknown> = Promise.resolve();
  const refresh = (always: boolean) => (refetches = refetches.then(() => (always || newestEvent > version.value ? refetch() : undefined)).catch(() => undefined));
  onChange((event) => {
    newestEvent = Math.max(newestEvent, event.data?.dayPlanChanged.version ?? -1);
    if (newestEvent > version.value) void refresh(false);
  });
  watch(reconnects, () => {
    if (enabled.value) void refresh(true);
  });
  return { plan, error, loading };
}
