import { Field, ID, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { AppointmentStatus, Channel } from '../../domain/booking/appointment-lifecycle';
import { InvalidInput, NotFound, OutsideBookingWindow, ReservationExpired, SlotUnavailable } from '../../platform/graphql/errors';
import { LocalDateScalar } from '../../platform/graphql/scalars';

registerEnumType(AppointmentStatus, { name: 'AppointmentStatus', description: 'Where an appointment is in its lifecycle.' });
registerEnumType(Channel, { name: 'Channel', description: 'How an appointment or ticket came in; set by who calls, never by an argument.' });

@ObjectType({ description: 'A service booked within an appointment.' })
export class BookedService {
  serviceId!: number;

  @Field(() => Int, { description: 'Slots this service takes.' })
  durationSlots!: number;
}

@ObjectType({ description: 'A held slot chain, waiting for confirmAppointment before it expires.' })
export class Reservation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Pass to confirmAppointment; shown once.' })
  token!: string;

  @Field(() => Date, { description: 'The hold ends at this instant unless confirmed.' })
  expiresAt!: Date;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  officeId!: number;

  @Field(() => [BookedService])
  services!: BookedService[];
}

@ObjectType('Appointment', { description: 'An appointment, as its holder or staff see it.' })
export class AppointmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Shown to the citizen, called out at the counter.' })
  number!: number;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field(() => Channel)
  channel!: Channel;

  officeId!: number;

  @Field(() => [BookedService])
  services!: BookedService[];

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;
}

@ObjectType({ description: 'A confirmed appointment with what the citizen needs to manage it.' })
export class ConfirmedAppointment {
  @Field(() => AppointmentView)
  appointment!: AppointmentView;

  @Field(() => String, { description: 'With the number, lets the citizen view, reschedule or cancel; shown once, stored only as a digest.' })
  secret!: string;

  @Field(() => String, { description: 'Link to manage the appointment.' })
  manageUrl!: string;

  @Field(() => String, { description: 'The appointment as an iCalendar (ICS) file.' })
  ics!: string;
}

export const ReserveSlotResult = createUnionType({
  name: 'ReserveSlotResult',
  types: () => [Reservation, SlotUnavailable, OutsideBookingWindow, NotFound, InvalidInput] as const,
});

export const ConfirmAppointmentResult = createUnionType({
  name: 'ConfirmAppointmentResult',
  types: () => [ConfirmedAppointment, ReservationExpired, NotFound, InvalidInput] as const,
});

export const CancelAppointmentResult = createUnionType({
  name: 'CancelAppointmentResult',
  types: () => [AppointmentView, NotFound, InvalidInput] as const,
});

export const RescheduleAppointmentResult = createUnionType({
  name: 'RescheduleAppointmentResult',
  types: () => [AppointmentView, SlotUnavailable, OutsideBookingWindow, NotFound, InvalidInput] as const,
});
