import { useApolloClient } from '@vue/apollo-composable';
import { ref, type Ref } from 'vue';
import type { ChosenTime } from '../components/TimeList.vue';
import { answersInput, serverProblems, type AnswerProblem, type Answers, type OfficeForm } from '../flow/booking-form';
import { contactInput, type ContactFields } from '../flow/contact-form';
import { ConfirmAppointmentDocument, ReleaseReservationDocument, ReserveSlotDocument } from '../gql/graphql';
import { useI18n } from '../i18n';
import { problemOf, type Problem } from '../problem';
import type { BookingDraft } from './use-booking-draft';
import { ProofOfWorkFailed, useProofOfWork } from './use-proof-of-work';

/** How reserving a time ended: held (in the draft), or refused, and then whether the time was taken meanwhile. */
export type ReserveOutcome = { held: true } | { held: false; problem: Problem; slotTaken: boolean };

/** How confirming the hold ended: booked (in the draft), the hold gone (run out, or given back elsewhere), or refused. */
export type ConfirmOutcome = { kind: 'confirmed' } | { kind: 'holdGone' } | { kind: 'refused'; problem: Problem; fields?: Partial<Record<string, AnswerProblem>> };

/**
 * Holding one time and booking it: reserves the time chosen (with proof of work when the server
 * asks for it), gives the hold back, and confirms it with the citizen's contact data. The hold
 * and the booking live in the draft, so they outlive a reload; where to go next is the page's.
 */
export function useReservation(draft: BookingDraft, services: Ref<{ serviceId: string; quantity: number }[]>) {
  const apollo = useApolloClient().resolveClient();
  const { locale } = useI18n();
  const proofOfWork = useProofOfWork();
  const reserving = ref(false);
  const confirming = ref(false);

  /** Gives the held time back at once rather than blocking it, for this citizen too, until the hold runs out. */
  function releaseHold(): void {
    const held = draft.reservation;
    draft.reservation = null;
    if (!held) return;
    // Failing here only leaves the hold to run out: nothing to tell the citizen.
    apollo.mutate({ mutation: ReleaseReservationDocument, variables: { input: { reservationToken: held.token } } }).catch(() => undefined);
  }

  /** The hold ran out: nothing to give back. */
  function forgetLapsedHold(): void {
    draft.reservation = null;
  }

  async function reserveSlot(time: ChosenTime, proof: string | null) {
    const { data } = await apollo.mutate({
      mutation: ReserveSlotDocument,
      variables: { input: { officeId: time.officeId, services: services.value, start: time.start, proofOfWork: proof } },
    });
    return data!.reserveSlot;
  }

  async function reserve(time: ChosenTime): Promise<ReserveOutcome> {
    // One hold per citizen: one still held (another tab's click, a slow release) goes before the next.
    releaseHold();
    reserving.value = true;
    try {
      let result = await reserveSlot(time, await proofOfWork.take());
      // The server may start asking for proof of work while the page is open.
      if (result.__typename === 'ProofOfWorkRequired') result = await reserveSlot(time, await proofOfWork.take());
      if (result.__typename === 'Reservation') {
        draft.reservation = { ...result, timeZone: time.timeZone };
        draft.confirmed = null;
        return { held: true };
      }
      return { held: false, problem: problemOf(result), slotTaken: result.__typename === 'SlotUnavailable' };
    } catch (error) {
      return { held: false, problem: error instanceof ProofOfWorkFailed ? { key: 'time.proofOfWorkFailed' } : problemOf(error), slotTaken: false };
    } finally {
      reserving.value = false;
    }
  }

  /** Confirms the hold of the draft; without one there is nothing to confirm (null). */
  async function confirm(fields: ContactFields, form: OfficeForm | null, answers: Answers): Promise<ConfirmOutcome | null> {
    if (!draft.reservation) return null;
    confirming.value = true;
    try {
      const { data } = await apollo.mutate({
        mutation: ConfirmAppointmentDocument,
        variables: { input: { reservationToken: draft.reservation.token, contact: contactInput(fields), language: locale.value, ...(form ? answersInput(form, answers) : {}) }, language: locale.value },
      });
      const result = data!.confirmAppointment;
      if (result.__typename === 'ConfirmedAppointment') {
        draft.confirmed = result;
        draft.reservation = null;
        return { kind: 'confirmed' };
      }
      if (result.__typename === 'ReservationExpired' || result.__typename === 'NotFound') return { kind: 'holdGone' };
      if (result.__typename === 'InvalidBookingFields') return { kind: 'refused', problem: { key: 'bookingForm.refused' }, fields: serverProblems(result.refusedFields) };
      return { kind: 'refused', problem: problemOf(result) };
    } catch (error) {
      return { kind: 'refused', problem: problemOf(error) };
    } finally {
      confirming.value = false;
    }
  }

  return { reserving, confirming, solvingProofOfWork: proofOfWork.solving, prepareProofOfWork: proofOfWork.prepare, releaseHold, forgetLapsedHold, reserve, confirm };
}
