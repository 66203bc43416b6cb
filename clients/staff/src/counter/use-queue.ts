import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, onScopeDispose, watch, type Ref } from 'vue';
import { QueueChangedDocument, QueueDocument } from '../gql/graphql';
import { reconnects } from '../live';
import { refreshDelayMs } from './refresh';

/**
 * An office's queue, live: subscribes to queueChanged first, then reads the snapshot, and reads
 * it again for every event newer than the snapshot's version, after every reconnect, and as time
 * passes: places and estimates move with the clock alone (an appointment becomes due, a recall
 * skip ends, minutes go by), so each snapshot is asked for again when it says its order changes,
 * and after a minute at the latest. The client asks rather than the server ticking: only open
 * counter screens pay, and no process keeps a timer per office.
 */
export function useQueue(officeId: Ref<string | null>) {
  const enabled = computed(() => officeId.value !== null);
  const { onResult: onChange } = useSubscription(
    QueueChangedDocument,
    () => ({ officeId: officeId.value ?? '' }),
    () => ({ enabled: enabled.value }),
  );
  const { result, refetch, error } = useQuery(
    QueueDocument,
    () => ({ officeId: officeId.value ?? '' }),
    () => ({ enabled: enabled.value, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false }),
  );
  const snapshot = computed(() => result.value?.queue ?? null);
  const version = computed(() => snapshot.value?.version ?? -1);
  // One refetch at a time: the answers of overlapping refetches may cross, and an older one must
  // not have the last word (two counters calling at once send two events in quick succession).
  let newestEvent = -1;
  let refetches: Promise<unknown> = Promise.resolve();
  const refresh = (always: boolean) => (refetches = refetches.then(() => (always || newestEvent > version.value ? refetch() : undefined)).catch(() => undefined));
  onChange((event) => {
    newestEvent = Math.max(newestEvent, event.data?.queueChanged.version ?? -1);
    if (newestEvent > version.value) void refresh(false);
  });
  watch(reconnects, () => {
    if (enabled.value) void refresh(true);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(snapshot, (current) => {
    clearTimeout(timer);
    if (current && enabled.value) timer = setTimeout(() => void refresh(true), refreshDelayMs(current));
  });
  onScopeDispose(() => clearTimeout(timer));

  const entries = computed(() => snapshot.value?.entries ?? []);
  return { entries, snapshot, error, refresh: () => refresh(true) };
}

/** Today's date in Berlin, YYYY-MM-DD. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
