import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef, type Ref } from 'vue';
import type { OfficeForm } from '../flow/booking-form';
import { BookingFormDocument } from '../gql/graphql';
import { useI18n } from '../i18n';

/** The booking form of the office the hold is at, with its labels in the page's language; null while it loads or without a hold. */
export function useBookingForm(officeId: Ref<string | null>): ComputedRef<OfficeForm | null> {
  const { locale } = useI18n();
  const { result } = useQuery(
    BookingFormDocument,
    () => ({ officeId: officeId.value ?? '', language: locale.value }),
    () => ({ enabled: officeId.value !== null }),
  );
  return computed(() => result.value?.office?.bookingForm ?? null);
}
