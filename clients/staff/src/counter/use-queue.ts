import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, watch, type Ref } from 'vue';
import { QueueChangedDocument, QueueDocument } from '../gql/graphql';
import { reconnects } from '../live';

/**
 * An office's queue, live: subscribes to queueChanged first, then reads the snapshot, and reads
 * it again for every event newer than the snapshot's version and after every reconnect.
 */
export function useQueue(officeId: Ref<string | null>) {
  const enabled = computed(() => officeId.value !== null);
  const { onResult: onChange } = useSubscription(QueueChangedDocument, () => ({ officeId: officeId.value ?? '' }), () => ({ enabled: enabled.value }));
  const { result, refetch, error } = useQuery(QueueDocument, () => ({ officeId: officeId.value ?? '' }), () => ({ enabled: enabled.value, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false }));
  const version = computed(() => result.value?.queue.version ?? -1);
  onChange((event) => {
    if ((event.data?.queueChanged.version ?? -1) > version.value) void refetch();
  });
  watch(reconnects, () => {
    if (enabled.value) void refetch();
  });
  const entries = computed(() => result.value?.queue.entries ?? []);
  return { entries, error, refresh: () => refetch() };
}

/** Today's date in Berlin, YYYY-MM-DD. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
