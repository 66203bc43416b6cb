import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import {
  CallEntryDocument,
  CallNextDocument,
  CheckInDocument,
  FinishServiceDocument,
  IssueTicketDocument,
  MarkMissedDocument,
  OfficeListDocument,
  ParkEntryDocument,
  RecallEntryDocument,
  RedirectEntryDocument,
  RequeueEntryDocument,
  SetEntryPriorityDocument,
  StartServiceDocument,
  type QueueEntryFieldsFragment,
} from '../gql/graphql';
import { useI18n } from '../i18n';
import { errorOf } from '../session';
import { enabledActions } from './entry-actions';
import type { IssuedTicket } from './issued-ticket';
import { placesAtCounter } from './refresh';
import { actionForKey, type CounterAction } from './shortcuts';
import type { useCounterSession } from './use-counter-session';
import { useQueue } from './use-queue';

/** The form open below the current customer, if any: a step that asks for more than a click. */
export type CounterPanel = 'finish' | 'redirect' | 'ticket' | 'checkIn' | 'book' | 'draw' | null;

type EntryResult = { __typename?: string; code?: string; message?: string; problems?: string[] } & Partial<Omit<QueueEntryFieldsFragment, '__typename'>>;

/**
 * The work at a counter once signed in: the office's queue, live, whom this counter serves now,
 * the entry chosen in the list, and every step on them (by button, by key or by one of the forms).
 * The steps offered are those the server lists in each entry's allowedActions.
 */
export function useCounterWork(counter: ReturnType<typeof useCounterSession>, problem: Ref<unknown>) {
  const { t } = useI18n();
  const { session, office } = counter;
  const announcement = ref('');
  const queueOfficeId = computed(() => session.value?.officeId ?? null);
  const { entries, snapshot, error: queueError, refresh } = useQueue(queueOfficeId);
  watch(snapshot, counter.follow);
  const myCounter = computed(() => snapshot.value?.myCounter ?? null);
  /** Places are the calling order of this counter: place 1 is whom "next person" calls. */
  const places = computed(() => placesAtCounter(myCounter.value?.callingOrder ?? []));
  const servesAll = computed(() => (myCounter.value?.session.serviceIds ?? null) === null);
  const selectedId = ref<string | null>(null);
  const current = computed(() => entries.value.find((entry) => (entry.status === 'called' || entry.status === 'inService') && entry.counterName === session.value?.counterName) ?? null);
  const selected = computed(() => entries.value.find((entry) => entry.id === selectedId.value) ?? null);
  const target = computed(() => selected.value ?? current.value);
  const panel = ref<CounterPanel>(null);
  const { result: redirectOffices } = useQuery(OfficeListDocument);

  /** Runs one step; an expected failure shows as a notice, a success as a spoken announcement. */
  async function step(run: () => Promise<EntryResult | undefined>, announce: (entry: QueueEntryFieldsFragment) => string) {
    problem.value = null;
    try {
      const answer = await run();
      const failure = errorOf(answer);
      if (failure) problem.value = failure;
      else if (answer?.id) {
        announcement.value = announce(answer as QueueEntryFieldsFragment);
        selectedId.value = null;
      }
    } catch (error) {
      problem.value = error;
    }
    await refresh();
  }

  const mutations = {
    callNext: useMutation(CallNextDocument).mutate,
    callEntry: useMutation(CallEntryDocument).mutate,
    recall: useMutation(RecallEntryDocument).mutate,
    missed: useMutation(MarkMissedDocument).mutate,
    requeue: useMutation(RequeueEntryDocument).mutate,
    park: useMutation(ParkEntryDocument).mutate,
    start: useMutation(StartServiceDocument).mutate,
    finish: useMutation(FinishServiceDocument).mutate,
    redirect: useMutation(RedirectEntryDocument).mutate,
    priority: useMutation(SetEntryPriorityDocument).mutate,
    ticket: useMutation(IssueTicketDocument).mutate,
    checkIn: useMutation(CheckInDocument).mutate,
  };

  const called = (entry: QueueEntryFieldsFragment) => t('counter.announce.called', { number: entry.displayNumber, counter: entry.counterName ?? '' });
  const statusChanged = (entry: QueueEntryFieldsFragment) => t('counter.announce.status', { number: entry.displayNumber, status: t(`status.${entry.status}`) });
  const entryInput = () => ({ input: { entryId: target.value!.id } });

  const enabled = computed(() => enabledActions({ atCounter: session.value !== null, serving: current.value !== null, selected: selected.value, target: target.value }));

  async function openPanel(next: CounterPanel) {
    panel.value = next;
    await nextTick();
    document.getElementById(`panel-${next}`)?.focus();
  }

  function run(action: CounterAction) {
    if (!enabled.value[action]) return;
    switch (action) {
      case 'callNext':
        return step(async () => (await mutations.callNext())?.data?.callNext, called);
      case 'callSelected':
        return step(async () => (await mutations.callEntry({ input: { entryId: selected.value!.id } }))?.data?.callEntry, called);
      case 'recall':
        return step(async () => (await mutations.recall(entryInput()))?.data?.recallEntry, called);
      case 'missed':
        return step(async () => (await mutations.missed(entryInput()))?.data?.markMissed, statusChanged);
      case 'requeue':
        return step(async () => (await mutations.requeue(entryInput()))?.data?.requeueEntry, statusChanged);
      case 'park':
        return step(async () => (await mutations.park(entryInput()))?.data?.parkEntry, statusChanged);
      case 'start':
        return step(async () => (await mutations.start(entryInput()))?.data?.startService, statusChanged);
      case 'priority': {
        const entry = target.value!;
        const priority = entry.priority === 1 ? (entry.withAppointment ? 2 : 3) : 1;
        return step(
          async () => (await mutations.priority({ input: { entryId: entry.id, priority } }))?.data?.setEntryPriority,
          (changed) => t('counter.announce.priority', { number: changed.displayNumber, priority: changed.priority }),
        );
      }
      case 'finish':
        // What the citizen came for is what is usually served: ticked already, to untick or add to.
        servedIds.value = target.value!.services.map((service) => service.id);
        return openPanel('finish');
      case 'redirect':
        redirectOfficeId.value = session.value?.officeId ?? '';
        redirectServiceIds.value = [];
        return openPanel('redirect');
      case 'ticket':
        ticketServiceIds.value = [];
        return openPanel('ticket');
      case 'checkIn':
        return openPanel('checkIn');
      case 'book':
        return openPanel('book');
      case 'drawRegister':
        return openPanel('draw');
    }
  }

  const servedIds = ref<string[]>([]);
  async function finish() {
    const entryId = target.value!.id;
    panel.value = null;
    await step(async () => (await mutations.finish({ input: { entryId, servedServiceIds: servedIds.value.length > 0 ? servedIds.value : null } }))?.data?.finishService, statusChanged);
  }

  const redirectOfficeId = ref('');
  const redirectServiceIds = ref<string[]>([]);
  async function redirect() {
    const entryId = target.value!.id;
    panel.value = null;
    const officeId = redirectOfficeId.value !== session.value?.officeId ? redirectOfficeId.value : null;
    await step(async () => (await mutations.redirect({ input: { entryId, officeId, serviceIds: redirectServiceIds.value.length > 0 ? redirectServiceIds.value : null } }))?.data?.redirectEntry, statusChanged);
  }

  const ticketServiceIds = ref<string[]>([]);
  const notice = ref('');
  /** The ticket issued last at this counter, until printed and closed. */
  const issued = ref<IssuedTicket | null>(null);
  async function issueTicket() {
    notice.value = '';
    issued.value = null;
    await step(
      async () => {
        const answer = (await mutations.ticket({ input: { officeId: session.value!.officeId, serviceIds: ticketServiceIds.value } }))?.data?.issueTicket;
        if (answer?.__typename !== 'Ticket') return answer;
        issued.value = {
          number: answer.entry.displayNumber,
          services: answer.entry.services.map((service) => service.name),
          statusUrl: answer.statusUrl,
          issuedAt: answer.entry.arrivedAt,
          officeName: office.value?.name ?? '',
        };
        return answer.entry;
      },
      (entry) => (notice.value = t('counter.ticket.issued', { number: entry.displayNumber })),
    );
    if (notice.value) {
      panel.value = null;
      await nextTick();
      document.getElementById('issued-heading')?.focus();
    }
  }

  const checkInNumber = ref('');
  async function checkIn(number = Number(checkInNumber.value)) {
    notice.value = '';
    await step(
      async () => (await mutations.checkIn({ input: { officeId: session.value!.officeId, number } }))?.data?.checkIn,
      (entry) => (notice.value = t('counter.checkIn.done', { number: entry.displayNumber })),
    );
    if (notice.value) {
      panel.value = null;
      checkInNumber.value = '';
    }
  }

  async function stopWork() {
    await counter.stopWork();
    issued.value = null;
  }

  function onKey(event: KeyboardEvent) {
    const element = event.target as HTMLElement | null;
    const action = actionForKey({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      targetTag: element?.tagName ?? '',
      targetType: (element as HTMLInputElement | null)?.type,
      targetEditable: element?.isContentEditable ?? false,
    });
    if (!action || panel.value !== null) return;
    event.preventDefault();
    void run(action);
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
  watch(panel, (next) => {
    if (next === null) document.getElementById('queue-heading')?.focus();
  });

  return {
    announcement,
    entries,
    snapshot,
    queueError,
    myCounter,
    places,
    servesAll,
    selectedId,
    current,
    selected,
    target,
    panel,
    enabled,
    run,
    redirectOffices,
    servedIds,
    finish,
    redirectOfficeId,
    redirectServiceIds,
    redirect,
    ticketServiceIds,
    notice,
    issued,
    issueTicket,
    checkInNumber,
    checkIn,
    stopWork,
  };
}
