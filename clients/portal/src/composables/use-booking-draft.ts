import { reactive, watch } from 'vue';
import type { DraftProgress } from '../flow/booking-steps';
import type { ConfirmAppointmentMutation, ReserveSlotMutation } from '../gql/graphql';

export interface ChosenService {
  id: string;
  name: string;
  /** Persons the service is for (issue 20); none in drafts from before, meaning one. */
  quantity?: number;
}

export interface ChosenOffice {
  id: string;
  name: string;
}

export type Reservation = Extract<ReserveSlotMutation['reserveSlot'], { __typename: 'Reservation' }> & { timeZone: string };
export type Confirmed = Extract<ConfirmAppointmentMutation['confirmAppointment'], { __typename: 'ConfirmedAppointment' }>;

/** What a citizen has chosen so far in this tab: it outlives a reload and the browser's Back and Forward. */
export interface BookingDraft {
  services: ChosenService[];
  /** null: any office (once officeChosen). */
  office: ChosenOffice | null;
  officeChosen: boolean;
  date: string | null;
  /** The held time, with the token that confirms or gives it back: one hold per tab, kept across a reload. */
  reservation: Reservation | null;
  confirmed: Confirmed | null;
}

// Per tab, gone with it: the hold's token and, once booked, the code are the citizen's alone.
const storageKey = 'zms.booking';

const empty = (): BookingDraft => ({ services: [], office: null, officeChosen: false, date: null, reservation: null, confirmed: null });

function stored(): BookingDraft {
  try {
    const text = globalThis.sessionStorage?.getItem(storageKey);
    return text ? { ...empty(), ...(JSON.parse(text) as Partial<BookingDraft>) } : empty();
  } catch {
    return empty();
  }
}

const draft = reactive<BookingDraft>(stored());
watch(draft, (current) => globalThis.sessionStorage?.setItem(storageKey, JSON.stringify(current)), { deep: true });

export function progressOf(current: BookingDraft): DraftProgress {
  return {
    services: current.services.length,
    officeChosen: current.officeChosen,
    date: current.date,
    holdExpiresAt: current.reservation?.expiresAt ?? null,
    confirmed: current.confirmed !== null,
  };
}

/** This tab's booking draft (one, shared by the steps and the router's guard). */
export function useBookingDraft(): BookingDraft {
  return draft;
}

/** Starts over: nothing chosen, nothing held (the caller gives a hold back first). */
export function clearBookingDraft(): void {
  Object.assign(draft, empty());
}
