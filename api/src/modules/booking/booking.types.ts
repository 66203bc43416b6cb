import { Field, ID, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { AppointmentStatus, Channel } from '../../domain/booking/appointment-lifecycle';
import { InvalidInput, NoShowLimitReached, NotFound, OutsideBookingWindow, ProofOfWorkRequired, ReservationExpired, SlotUnavailable, TooManyAppointments } from '../../platform/graphql/errors';
import { personsOf } from '../../domain/booking/service-quantities';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { InvalidBookingFields } from './custom-fields.types';

registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Where an appointment is in its lifecycle.',
  valuesConfig: {
    reserved: { description: 'Held by reserveSlot, waiting for confirmAppointment; expires after the hold time.' },
    preconfirmed: { description: 'Confirmed by the caller, waiting for the email address to be confirmed (double opt-in).' },
    confirmed: { description: 'Booked.' },
    checkedIn: { description: 'The citizen has arrived and waits in the queue.' },
    called: { description: 'Called to a counter.' },
    inService: { description: 'Being served.' },
    finished: { description: 'Served.' },
    expired: { description: 'The hold or the opt-in ran out; the slots are free again.' },
    cancelled: { description: 'Cancelled; its slots return after the release delay.' },
    noShow: { description: 'Never checked in by the end of its day.' },
    missed: { description: 'Called without answer too often, or checked in and not served by the end of its day.' },
  },
});
registerEnumType(Channel, {
  name: 'Channel',
  description: 'How an appointment or ticket came in; set by who calls, never by an argument.',
  valuesConfig: {
    PORTAL: { description: 'Online, without a key: the citizen portal.' },
    PARTNER: { description: 'A third-party front end with an API key of level public.' },
    HOTLINE: { description: "The 115, Berlin's public-service phone line, with an API key of level callcenter." },
    COUNTER: { description: 'Staff on site.' },
    KIOSK: { description: 'A wait ticket drawn at a kiosk.' },
  },
});

@ObjectType({ description: 'A service booked within an appointment, for one or more persons.' })
export class BookedService {
  serviceId!: number;

  @Field(() => Int, { description: 'Persons this service is booked for; each takes its slots again.' })
  quantity = 1;

  @Field(() => Int, { description: 'Slots this service takes, for all its persons.' })
  durationSlots!: number;
}

@ObjectType({ description: 'A held slot chain, waiting for confirmAppointment before it expires.' })
export class Reservation {
  @Field(() => ID, { description: 'Opaque id of the reservation.' })
  id!: string;

  @Field(() => String, { description: 'Pass to confirmAppointment; shown once.' })
  token!: string;

  @Field(() => Date, { description: 'The hold ends at this instant unless confirmed.' })
  expiresAt!: Date;

  @Field(() => Date, { description: 'Start of the first slot held.' })
  start!: Date;

  @Field(() => Date, { description: 'End of the last slot held.' })
  end!: Date;

  officeId!: number;

  @Field(() => [BookedService], { description: 'The services held, in order.' })
  services!: BookedService[];
}

@ObjectType('Appointment', { description: 'An appointment (Termin; ZMS process), as its holder or staff see it.' })
export class AppointmentView {
  @Field(() => ID, { description: 'Opaque id of the appointment.' })
  id!: string;

  @Field(() => Int, { description: 'Shown to the citizen, called out at the counter.' })
  number!: number;

  @Field(() => AppointmentStatus, { description: 'Where the appointment is in its lifecycle.' })
  status!: AppointmentStatus;

  @Field(() => Channel, { description: 'How it was booked: PORTAL, PARTNER (third party), HOTLINE (115), COUNTER (staff on site).' })
  channel!: Channel;

  officeId!: number;

  @Field(() => [BookedService], { description: 'The services booked, in the order they are served, each with its persons.' })
  services!: BookedService[];

  @Field(() => Int, { description: 'How many persons the appointment is for: the most any of its services is booked for.' })
  get persons(): number {
    return personsOf(this.services);
  }

  @Field(() => Date, { description: 'Start of the appointment.' })
  start!: Date;

  @Field(() => Date, { description: 'End of its last slot.' })
  end!: Date;

  @Field(() => LocalDateScalar, { description: "The day of the appointment, in the office's time zone." })
  date!: string;

  @Field(() => Date, { nullable: true, description: 'While the booking waits for its email confirmation (preconfirmed): until when the link in the mail confirms it; null otherwise.' })
  confirmBy!: Date | null;

  @Field(() => String, { nullable: true, description: 'Name given at confirmation; null when none was given.' })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address given at confirmation; null when none was given.' })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number given at confirmation; null when none was given.' })
  contactPhone!: string | null;
}

@ObjectType({ description: 'A confirmed appointment with what the citizen needs to manage it.' })
export class ConfirmedAppointment {
  @Field(() => AppointmentView, { description: 'The confirmed appointment.' })
  appointment!: AppointmentView;

  @Field(() => String, { description: 'With the number, lets the citizen view, reschedule or cancel; shown once, stored only as a digest.' })
  secret!: string;

  @Field(() => String, { description: "The portal's page to view, reschedule or cancel the appointment, with the secret in its fragment (never sent to servers)." })
  manageUrl!: string;
}

export const ReserveSlotResult = createUnionType({
  name: 'ReserveSlotResult',
  description: 'The reservation, or why the slots could not be held.',
  types: () => [Reservation, SlotUnavailable, OutsideBookingWindow, ProofOfWorkRequired, NotFound, InvalidInput] as const,
});

export const ConfirmAppointmentResult = createUnionType({
  name: 'ConfirmAppointmentResult',
  description: 'The confirmed appointment with its secret, or why not.',
  types: () => [ConfirmedAppointment, ReservationExpired, TooManyAppointments, NoShowLimitReached, InvalidBookingFields, NotFound, InvalidInput] as const,
});

export const CancelAppointmentResult = createUnionType({
  name: 'CancelAppointmentResult',
  description: 'The cancelled appointment, or why not.',
  types: () => [AppointmentView, NotFound, InvalidInput] as const,
});

export const RescheduleAppointmentResult = createUnionType({
  name: 'RescheduleAppointmentResult',
  description: 'The moved appointment, or why it stays where it was.',
  types: () => [AppointmentView, SlotUnavailable, OutsideBookingWindow, NotFound, InvalidInput] as const,
});

@ObjectType({ description: 'The appointments an office cancelled; each citizen with contact data gets a notice.' })
export class CancelledAppointments {
  @Field(() => [AppointmentView], { description: 'The cancelled appointments.' })
  appointments!: AppointmentView[];
}

export const CancelOfficeAppointmentsResult = createUnionType({
  name: 'CancelOfficeAppointmentsResult',
  description: 'The cancelled appointments, or why none was cancelled.',
  types: () => [CancelledAppointments, NotFound, InvalidInput] as const,
});

export const AppointmentByLinkResult = createUnionType({
  name: 'AppointmentByLinkResult',
  description: 'The appointment after the one click of a mail link, or why not.',
  types: () => [AppointmentView, NotFound, ReservationExpired, InvalidInput] as const,
});
