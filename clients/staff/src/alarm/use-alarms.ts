import { useApolloClient, useSubscription } from '@vue/apollo-composable';
import { computed, onScopeDispose, ref, watch, type Ref } from 'vue';
import { AlarmChangedDocument, OpenAlarmsDocument } from '../gql/graphql';
import { reconnects } from '../live';
import { applyEvent, applySnapshot, openAlarmsOf, type AlarmState } from './alarm-state';

/** A snapshot every half minute catches an alarm raised while the subscription was still being set up. */
const resnapshotMs = 30_000;

/**
 * The open alarms of the offices followed, live: subscribes to alarmChanged first, then reads the
 * snapshot (again after every reconnect), and applies only what is newer than what it knows, so a
 * snapshot and an event that cross never bring back an acknowledged alarm.
 */
export function useAlarms(officeIds: Ref<string[]>) {
  const enabled = computed(() => officeIds.value.length > 0);
  const state = ref<AlarmState>(new Map());
  const { resolveClient } = useApolloClient();
  const { onResult } = useSubscription(
    AlarmChangedDocument,
    () => ({ officeIds: officeIds.value }),
    () => ({ enabled: enabled.value }),
  );
  onResult((result) => {
    const change = result.data?.alarmChanged;
    if (change) state.value = applyEvent(state.value, change.officeId, change.version, change.alarm);
  });
  const refresh = async () => {
    if (!enabled.value) return;
    const { data } = await resolveClient()
      .query({ query: OpenAlarmsDocument, variables: { officeIds: officeIds.value }, fetchPolicy: 'network-only' })
      .catch(() => ({ data: null }));
    for (const office of data?.openAlarms ?? []) state.value = applySnapshot(state.value, office.office.id, office.version, office.alarms);
  };
  watch(
    officeIds,
    (current, previous) => {
      if (previous && current.join() === previous.join()) return;
      state.value = new Map();
      void refresh();
    },
    { immediate: true },
  );
  watch(reconnects, () => void refresh());
  const timer = setInterval(() => void refresh(), resnapshotMs);
  onScopeDispose(() => clearInterval(timer));
  const alarms = computed(() => openAlarmsOf(state.value));
  return { alarms };
}
