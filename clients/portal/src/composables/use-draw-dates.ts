import { onBeforeUnmount, ref, type Ref } from 'vue';
import { useI18n } from '../i18n';

/** How the draw's pages write its days and moments: local dates as the day they name, instants in the offices' zone. */
export function useDrawDates() {
  const { t, formatDateTime } = useI18n();
  const day = (date: string) => formatDateTime(`${date}T12:00:00Z`, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }, 'UTC');
  const moment = (instant: string, timeZone: string) => formatDateTime(instant, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }, timeZone);
  const days = (from: string, until: string) => t('draw.range', { from: day(from), until: day(until) });
  const moments = (from: string, until: string, timeZone: string) => t('draw.range', { from: moment(from, timeZone), until: moment(until, timeZone) });
  return { day, moment, days, moments };
}

/** The time now, moving every `everyMs`: a draw's page left open turns from "opens soon" to "open" by itself. */
export function useNow(everyMs = 15_000): Ref<number> {
  const now = ref(Date.now());
  const timer = setInterval(() => (now.value = Date.now()), everyMs);
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
