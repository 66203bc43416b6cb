import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, onScopeDispose, watch, type Ref } from 'vue';
import { LeadPanelChangedDocument, LeadPanelDocument } from '../gql/graphql';
import { reconnects } from '../live';

/** Waits grow by the minute: the panel asks again at least this often. */
const refreshAtLatestMs = 60_000;

/**
 * When to ask for the panel again without an event: when the alert is due to come on, and after a
 * minute at the latest. Both instants are the server's, so a browser clock that is off does not matter.
 */
export function panelRefreshMs(panel: { computedAt: string; alertAt?: string | null; alert: boolean }): number {
  if (!panel.alertAt || panel.alert) return refreshAtLatestMs;
  const untilAlert = Date.parse(panel.alertAt) - Date.parse(panel.computedAt);
  return Number.isFinite(untilAlert) ? Math.min(refreshAtLatestMs, Math.max(0, untilAlert) + 1_000) : refreshAtLatestMs;
}

/** An office's lead panel, live: subscribe first, then query, refetch for newer versions, after reconnects and as time passes. */
export function useLeadPanel(officeId: Ref<string | null>) {
  const enabled = computed(() => officeId.value !== null);
  const { onResult } = useSubscription(
    LeadPanelChangedDocument,
    () => ({ officeId: officeId.value ?? '' }),
    () => ({ enabled: enabled.value }),
  );
  const { result, refetch, error } = useQuery(
    LeadPanelDocument,
    () => ({ officeId: officeId.value ?? '' }),
    () => ({ enabled: enabled.value, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false }),
  );
  const panel = computed(() => result.value?.leadPanel ?? null);
  // One refetch at a time, so that an older answer never has the last word.
  let newestEvent = -1;
  let refetches: Promise<unknown> = Promise.resolve();
  const refresh = (always: boolean) => (refetches = refetches.then(() => (always || newestEvent > (panel.value?.version ?? -1) ? refetch() : undefined)).catch(() => undefined));
  onResult((event) => {
    newestEvent = Math.max(newestEvent, event.data?.leadPanelChanged.version ?? -1);
    void refresh(false);
  });
  watch(reconnects, () => enabled.value && void refresh(true));
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(panel, (current) => {
    clearTimeout(timer);
    if (current) timer = setTimeout(() => void refresh(true), panelRefreshMs(current));
  });
  onScopeDispose(() => clearTimeout(timer));
  return { panel, error };
}
