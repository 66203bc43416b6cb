import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, onMounted, ref, watch, type Ref } from 'vue';
import { CounterOfficeDocument, CounterSessionsDocument, OfficeListDocument, SignInAtCounterDocument, SignOutOfCounterDocument, type CounterSessionFieldsFragment, type QueueQuery } from '../gql/graphql';
import { errorOf, useSession } from '../session';

/** Someone else works at the counter chosen: who, since when, and whether the caller may take it over. */
export interface OccupiedCounter {
  counterName: string;
  staffName: string;
  since: string;
  canTakeOver: boolean;
}

const storageKey = 'zms.staff.counter';

/**
 * Where the caller works: the office, counter and services chosen (remembered in this browser),
 * signing in there (or learning who works there already) and out again. A failure shows in `problem`.
 */
export function useCounterSession(problem: Ref<unknown>) {
  const { workOffices, isAdmin } = useSession();
  const stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as { officeId?: string; counterId?: string; serviceIds?: string[] };

  const { result: allOffices } = useQuery(OfficeListDocument, {}, () => ({ enabled: isAdmin.value }));
  const officeChoices = computed(() => (isAdmin.value ? (allOffices.value?.offices.edges.map((edge) => edge.node) ?? []) : workOffices.value));
  const chosenOfficeId = ref(stored.officeId ?? '');
  const chosenCounterId = ref(stored.counterId ?? '');
  const chosenServiceIds = ref<string[]>(stored.serviceIds ?? []);
  // Most staff work at one office: it is chosen for them.
  watch(
    officeChoices,
    (choices) => {
      if (!chosenOfficeId.value && choices.length === 1) chosenOfficeId.value = choices[0].id;
    },
    { immediate: true },
  );
  const session = ref<CounterSessionFieldsFragment | null>(null);
  const occupied = ref<OccupiedCounter | null>(null);
  /** The counter this page worked at until the server said it no longer does (signed out elsewhere, taken over). */
  const lostCounter = ref<string | null>(null);

  const { result: officeResult } = useQuery(
    CounterOfficeDocument,
    () => ({ officeId: chosenOfficeId.value }),
    () => ({ enabled: chosenOfficeId.value !== '' }),
  );
  const office = computed(() => officeResult.value?.office ?? null);
  const services = computed(() => office.value?.services.map((offered) => offered.service) ?? []);
  const { result: sessionsResult, refetch: refetchSessions } = useQuery(
    CounterSessionsDocument,
    () => ({ officeId: chosenOfficeId.value }),
    () => ({ enabled: chosenOfficeId.value !== '' && session.value === null, fetchPolicy: 'network-only' }),
  );
  const workerAt = computed(() => new Map((sessionsResult.value?.counterSessions ?? []).map((worker) => [worker.counterId, worker.staffName])));

  const { mutate: signIn } = useMutation(SignInAtCounterDocument);
  const { mutate: signOut } = useMutation(SignOutOfCounterDocument);

  async function startWork(takeOver = false) {
    problem.value = null;
    occupied.value = null;
    lostCounter.value = null;
    try {
      const result = await signIn({ input: { counterId: chosenCounterId.value, serviceIds: chosenServiceIds.value.length > 0 ? chosenServiceIds.value : null, takeOver } });
      const answer = result?.data?.signInAtCounter;
      if (answer?.__typename === 'CounterOccupied') {
        const counterName = office.value?.counters.find((counter) => counter.id === chosenCounterId.value)?.name ?? '';
        occupied.value = { counterName, staffName: answer.staffName, since: answer.since, canTakeOver: answer.canTakeOver };
        void refetchSessions();
        return;
      }
      if (answer?.__typename !== 'CounterSession') {
        problem.value = errorOf(answer) ?? { code: 'NOT_FOUND' };
        return;
      }
      localStorage.setItem(storageKey, JSON.stringify({ officeId: answer.officeId, counterId: answer.counterId, serviceIds: chosenServiceIds.value }));
      session.value = answer;
    } catch (error) {
      problem.value = error;
    }
  }

  async function stopWork() {
    await signOut();
    session.value = null;
  }

  // Back at the desk: the counter chosen before is taken again at once.
  onMounted(() => {
    if (stored.counterId) void startWork();
  });

  /**
   * The server's word on where the caller works: a snapshot computed after signing in without a
   * counter of the caller's means the place was ended elsewhere or taken over.
   */
  function follow(snapshot: Pick<QueueQuery['queue'], 'computedAt' | 'myCounter'> | null) {
    if (!snapshot || !session.value || Date.parse(snapshot.computedAt) < Date.parse(session.value.signedInAt)) return;
    if (snapshot.myCounter) session.value = snapshot.myCounter.session;
    else {
      lostCounter.value = session.value.counterName;
      session.value = null;
    }
  }

  return { officeChoices, chosenOfficeId, chosenCounterId, chosenServiceIds, office, services, workerAt, session, occupied, lostCounter, startWork, stopWork, follow };
}
