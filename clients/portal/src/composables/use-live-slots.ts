import { useApolloClient } from '@vue/apollo-composable';
import { onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { reconnections } from './reconnections';
import { makesDayStale, vanishedTimes, type OfficeTimes } from '../flow/live-slots';
import { AvailabilityChangedDocument, AvailableSlotsDocument, type AvailableSlotsQuery } from '../gql/graphql';

export type OfficeSlots = AvailableSlotsQuery['availableSlots'][number];

export interface LiveSlotsQuery {
  serviceIds: string[];
  officeIds: string[];
  date: string;
}

/**
 * The free times of one day at some offices, kept current: subscribes to availabilityChanged of
 * each office first, then queries the snapshot, and refetches when an event newer than the
 * snapshot concerns the day. Closes its subscriptions when the query changes or the component goes.
 */
export function useLiveSlots(query: Ref<LiveSlotsQuery | null>) {
  const { resolveClient } = useApolloClient();
  const apollo = resolveClient();
  const offices = ref<OfficeSlots[]>([]);
  const loading = ref(false);
  const problem = ref<unknown>(null);
  /** Times taken by others since the last look: the page says so once. */
  const vanished = ref(0);
  const versions = new Map<string, number>();
  let subscriptions: { unsubscribe(): void }[] = [];
  let refetchTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const toTimes = (list: OfficeSlots[]): OfficeTimes[] => list.map((office) => ({ officeId: office.office.id, startTimes: office.startTimes }));

  async function load(current: LiveSlotsQuery, announceChanges: boolean): Promise<void> {
    const mine = generation;
    loading.value = !announceChanges;
    try {
      const { data } = await apollo.query({
        query: AvailableSlotsDocument,
        variables: { input: { serviceIds: current.serviceIds, officeIds: current.officeIds, date: current.date } },
        fetchPolicy: 'network-only',
      });
      if (mine !== generation) return;
      const next = data.availableSlots.filter((office) => office.startTimes.length > 0);
      if (announceChanges) vanished.value = vanishedTimes(toTimes(offices.value), toTimes(next));
      for (const office of data.availableSlots) versions.set(office.office.id, Math.max(office.version, versions.get(office.office.id) ?? 0));
      offices.value = next;
      problem.value = null;
    } catch (error) {
      if (mine === generation) problem.value = error;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  function stop(): void {
    generation += 1;
    clearTimeout(refetchTimer);
    for (const subscription of subscriptions) subscription.unsubscribe();
    subscriptions = [];
    versions.clear();
  }

  function start(current: LiveSlotsQuery): void {
    stop();
    offices.value = [];
    vanished.value = 0;
    subscriptions = current.officeIds.map((officeId) =>
      apollo.subscribe({ query: AvailabilityChangedDocument, variables: { officeId, serviceId: current.serviceIds[0] } }).subscribe({
        next: ({ data }) => {
          if (!data || !makesDayStale(data.availabilityChanged, versions, current.date)) return;
          // A burst of bookings gives one refetch.
          clearTimeout(refetchTimer);
          refetchTimer = setTimeout(() => void load(current, true), 150);
        },
        error: (error: unknown) => (problem.value = error),
      }),
    );
    void load(current, false);
  }

  watch(query, (current) => (current ? start(current) : stop()), { immediate: true, deep: true });
  watch(reconnections, () => {
    if (query.value) void load(query.value, true);
  });
  onBeforeUnmount(stop);

  return {
    offices,
    loading,
    problem,
    vanished,
    /** Looks again now, e.g. after the server said a chosen time is gone. */
    refresh: () => (query.value ? load(query.value, true) : Promise.resolve()),
  };
}
