import { useApolloClient, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, ref, watch, type Ref } from 'vue';
import { DayPlanChangedDocument, DayPlanDocument, DayPlanNotesDocument, type DayPlanNotesQuery, type MessageLanguage } from '../gql/graphql';
import { reconnects } from '../live';

/**
 * An office's day plan, live: subscribes to dayPlanChanged first, then reads the plan, and reads
 * it again for every event newer than the plan's version and after every reconnect; with each
 * plan, the staff's notes on its appointments.
 */
export function useDayPlan(officeId: Ref<string | null>, from: Ref<string>, days: Ref<number>, language: Ref<MessageLanguage>) {
  const enabled = computed(() => officeId.value !== null);
  const { onResult: onChange } = useSubscription(
    DayPlanChangedDocument,
    () => ({ officeId: officeId.value ?? '' }),
    () => ({ enabled: enabled.value }),
  );
  const { result, refetch, error, loading } = useQuery(
    DayPlanDocument,
    () => ({ officeId: officeId.value ?? '', from: from.value, days: days.value, language: language.value }),
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

  const { resolveClient } = useApolloClient();
  const notes = ref(new Map<string, DayPlanNotesQuery['internalNotes']>());
  watch(plan, async (current) => {
    const ids = current?.days.flatMap((day) => day.appointments.map((appointment) => appointment.id)) ?? [];
    const chunks = Array.from({ length: Math.ceil(ids.length / 500) }, (_, index) => ids.slice(index * 500, index * 500 + 500));
    const answers = await Promise.all(chunks.map((appointmentIds) => resolveClient().query({ query: DayPlanNotesDocument, variables: { appointmentIds }, fetchPolicy: 'network-only' })));
    const byAppointment = new Map<string, DayPlanNotesQuery['internalNotes']>();
    for (const note of answers.flatMap((answer) => answer.data.internalNotes)) byAppointment.set(note.appointmentId ?? '', [...(byAppointment.get(note.appointmentId ?? '') ?? []), note]);
    if (current === plan.value) notes.value = byAppointment;
  });
  return { plan, notes, error, loading };
}
