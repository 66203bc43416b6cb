import { computed } from 'vue';
import type { QueueEntryFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { counterActions, type CounterAction } from './shortcuts';

/** A time of day as the counter shows it (sign-in, arrival, appointment, held back until). */
export function useClockTime(): (instant: string) => string {
  const { formatDateTime } = useI18n();
  return (instant) => formatDateTime(instant, { hour: '2-digit', minute: '2-digit' });
}

export const servicesOf = (entry: QueueEntryFieldsFragment) => entry.services.map((service) => service.name).join(', ');

/** Each counter action with its label, in the order of the buttons and of the shortcut list. */
export function useActionLabels() {
  const { t } = useI18n();
  return computed<[CounterAction, string][]>(() => counterActions.map((action) => [action, t(`counter.action.${action}`)]));
}
