import { useApolloClient } from '@vue/apollo-composable';
import { onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { reconnections } from './reconnections';
import { makesDayStale, vanishedTimes, type OfficeTimes } from '../flow/live-slots';
import { AvailabilityChangedDocument, AvailableSlotsDocument, DayOfficesDocument, type AvailableSlotsQuery } from '../gql/graphql';

export type OfficeSlots = AvailableSlotsQuery['availableSlots'][number];

export interface LiveSlotsQuery {
  /** The services with the persons each is for. */
  services: { serviceId: string; quantity: number }[];
  /** null: every office with a free time that day for these services. */
  officeIds: string[] | null;
  date: string;
}

/**
 * The offices seen with free times per services and day, in this tab. An office may have none a
 * moment later (the citizen's own hold, given back on the way back to the times, is not freed yet):
 * it is still one to follow.
 */
const officesSeen = new Map<string, string[]>();

/**
 * The free times of one day at some offices, kept current: asks which offices have free times that
 * day (when none were chosen), subscribes to availabilityChanged of each first, then queries the
 * snapshot, and refetches when an event newer than the snapshot concerns the day. Closes its
 * subscriptions when the query changes or the component goes.
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
  /** The offices followed now; null until the day's offices are known. */
  let followed: string[] | null = null;
  let subscriptions: { unsubscribe(): void }[] = [];
  let refetchTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const toTimes = (list: OfficeSlots[]): OfficeTimes[] => list.map((office) => ({ officeId: office.office.id, startTimes: office.startTimes }));

  /** The month view only counts a day's offices; the chosen day's ids are asked for this one day. */
  async function officesOfDay(current: LiveSlotsQuery): Promise<string[]> {
    if (current.officeIds) return current.officeIds;
    const { data } = await apollo.query({
      query: DayOfficesDocument,
      variables: { input: { services: current.services, from: current.date, to: current.date } },
      fetchPolicy: 'network-only',
    });
    const key = JSON.stringify([current.services, current.date]);
    const open = data.availableDays.find((day) => day.date === current.date)?.offices.map((office) => office.id) ?? [];
    const officeIds = [...new Set([...(officesSeen.get(key) ?? []), ...open])];
    officesSeen.set(key, officeIds);
    return officeIds;
  }

  // One snapshot at a time: the answers of overlapping queries may cross, and an older one must
  // not have the last word.
  let loads: Promise<void> = Promise.resolve();
  function load(current: LiveSlotsQuery, officeIds: string[], announceChanges: boolean): Promise<void> {
    const mine = generation;
    return (loads = loads.then(() => loadNow(current, officeIds, announceChanges, mine)));
  }

  async function loadNow(current: LiveSlotsQuery, officeIds: string[], announceChanges: boolean, mine: number): Promise<void> {
    if (mine !== generation) return;
    // An empty list would ask for every office: none had a free time that day.
    if (officeIds.length === 0) {
      offices.value = [];
      problem.value = null;
      loading.value = false;
      return;
    }
    loading.value = !announceChanges;
    try {
      const { data } = await apollo.query({
        query: AvailableSlotsDocument,
        variables: { input: { services: current.services, officeIds, date: current.date } },
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
    followed = null;
  }

  async function start(current: LiveSlotsQuery): Promise<void> {
    stop();
    const mine = generation;
    offices.value = [];
    vanished.value = 0;
    loading.value = true;
    let officeIds: string[];
    try {
      officeIds = await officesOfDay(current);
    } catch (error) {
      if (mine === generation) {
        problem.value = error;
        loading.value = false;
      }
      return;
    }
    if (mine !== generation) return;
    followed = officeIds;
    subscriptions = officeIds.map((officeId) =>
      apollo.subscribe({ query: AvailabilityChangedDocument, variables: { officeId, serviceId: current.services[0]?.serviceId } }).subscribe({
        next: ({ data }) => {
          if (!data || !makesDayStale(data.availabilityChanged, versions, current.date)) return;
          // A burst of bookings gives one refetch.
          clearTimeout(refetchTimer);
          refetchTimer = setTimeout(() => void load(current, officeIds, true), 150);
        },
        error: (error: unknown) => (problem.value = error),
      }),
    );
    await load(current, officeIds, false);
  }

  /** Looks again: the snapshot, or everything when the day's offices could not be asked yet. */
  const lookAgain = (current: LiveSlotsQuery): Promise<void> => (followed ? load(current, followed, true) : start(current));

  watch(query, (current) => (current ? void start(current) : stop()), { immediate: true, deep: true });
  watch(reconnections, () => {
    if (query.value) void lookAgain(query.value);
  });
  onBeforeUnmount(stop);

  return {
    offices,
    loading,
    problem,
    vanished,
    /** Looks again now, e.g. after the server said a chosen time is gone. */
    refresh: () => (query.value ? lookAgain(query.value) : Promise.resolve()),
  };
}
