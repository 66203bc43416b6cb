import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ProofOfWorkChallenge } from '../../platform/limits/proof-of-work';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { Service } from '../catalog/service.entity';
import { AppointmentAccessInput, CancelAppointmentInput, CancelOfficeAppointmentsInput, ConfirmAppointmentInput, LinkTokenInput, ReleaseReservationInput, RescheduleAppointmentInput, ReserveSlotInput } from './booking.inputs';
import { DeleteResult } from '../catalog/catalog.types';
import type { AppointmentChangesService } from './appointment-changes.service';
import type { ReservationService } from './reservation.service';
import { AppointmentByLinkResult, AppointmentView, BookedService, CancelAppointmentResult, CancelOfficeAppointmentsResult, ConfirmAppointmentResult, RescheduleAppointmentResult, Reservation, ReserveSlotResult } from './booking.types';

export function createBookingResolvers(reservations: ReservationService, changes: AppointmentChangesService) {
  @Resolver()
  class BookingResolver {
    @Mutation(() => ReserveSlotResult, { complexity: 20, description: "Holds the slots for the services from `start` in the caller's contingent until confirmed or expired." })
    reserveSlot(@Ctx() ctx: RequestContext, @Arg('input', () => ReserveSlotInput, { description: 'Office, services and start.' }) input: ReserveSlotInput) {
      return reservations.reserveSlot(ctx, input);
    }

    @Mutation(() => ConfirmAppointmentResult, { description: 'Turns a reservation into an appointment; answers with its number, secret and ICS.' })
    confirmAppointment(@Ctx() ctx: RequestContext, @Arg('input', () => ConfirmAppointmentInput, { description: 'The reservation token and the contact data.' }) input: ConfirmAppointmentInput) {
      return reservations.confirmAppointment(ctx, input);
    }

    @Mutation(() => DeleteResult, { description: 'Gives up a reservation before it is confirmed: its slots are free again at once.' })
    releaseReservation(@Ctx() ctx: RequestContext, @Arg('input', () => ReleaseReservationInput, { description: 'The reservation token.' }) input: ReleaseReservationInput) {
      return reservations.releaseReservation(ctx, input);
    }

    @Mutation(() => CancelAppointmentResult, { description: 'Cancels an appointment; its slots return after the release delay.' })
    cancelAppointment(@Ctx() ctx: RequestContext, @Arg('input', () => CancelAppointmentInput, { description: 'Number and secret of the appointment.' }) input: CancelAppointmentInput) {
      return changes.cancelAppointment(ctx, input);
    }

    @Mutation(() => RescheduleAppointmentResult, { description: 'Moves an appointment atomically: it keeps its old time unless the new one is secured.' })
    rescheduleAppointment(@Ctx() ctx: RequestContext, @Arg('input', () => RescheduleAppointmentInput, { description: 'Number and secret of the appointment, and where to move it.' }) input: RescheduleAppointmentInput) {
      return changes.rescheduleAppointment(ctx, input);
    }

    @Query(() => ProofOfWorkChallenge, { complexity: 50, description: 'A fresh proof-of-work challenge (ALTCHA) for reserveSlot; needed by anonymous callers while its `required` is true.' })
    proofOfWorkChallenge(@Ctx() ctx: RequestContext) {
      return reservations.proofOfWorkChallenge(ctx);
    }

    @Query(() => AppointmentView, { nullable: true, description: 'An appointment by number and secret; null when they do not match.' })
    appointment(@Ctx() ctx: RequestContext, @Arg('input', () => AppointmentAccessInput, { description: 'Number and secret of the appointment.' }) input: AppointmentAccessInput) {
      return changes.appointment(ctx, input);
    }

    @Query(() => AppointmentView, { nullable: true, description: 'The appointment a cancel or confirm link names (for the page behind the link); null when the token is not valid or has expired.' })
    appointmentByLink(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the link.' }) input: LinkTokenInput) {
      return changes.appointmentByLink(ctx, input);
    }

    @Mutation(() => CancelAppointmentResult, { description: 'Cancels the appointment of a cancel link (/portal/cancel#token=…); a second click answers the cancelled appointment again.' })
    cancelAppointmentByLink(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the cancel link.' }) input: LinkTokenInput) {
      return changes.cancelAppointmentByLink(ctx, input);
    }

    @Mutation(() => AppointmentByLinkResult, { description: 'Confirms a double-opt-in booking by the link in its mail (/portal/confirm#token=…) before the opt-in time runs out (ReservationExpired after).' })
    confirmAppointmentByLink(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the confirmation link.' }) input: LinkTokenInput) {
      return reservations.confirmAppointmentByLink(ctx, input);
    }

    @Mutation(() => CancelOfficeAppointmentsResult, { description: 'An office admin cancels appointments of the office (e.g. after a closure); every citizen with contact data gets a notice with the reason.' })
    cancelOfficeAppointments(@Ctx() ctx: RequestContext, @Arg('input', () => CancelOfficeAppointmentsInput, { description: 'Office, appointments and reason.' }) input: CancelOfficeAppointmentsInput) {
      return changes.cancelOfficeAppointments(ctx, input);
    }
  }

  @Resolver(() => AppointmentView)
  class AppointmentViewResolver {
    @FieldResolver(() => Office, { description: 'The office of the appointment.' })
    office(@Root() appointment: AppointmentView, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(appointment.officeId);
    }
  }

  @Resolver(() => Reservation)
  class ReservationResolver {
    @FieldResolver(() => Office, { description: 'The office of the reservation.' })
    office(@Root() reservation: Reservation, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(reservation.officeId);
    }
  }

  @Resolver(() => BookedService)
  class BookedServiceResolver {
    @FieldResolver(() => Service, { description: 'The service of the catalogue.' })
    service(@Root() booked: BookedService, @Ctx() ctx: RequestContext) {
      return ctx.loaders.service.load(booked.serviceId);
    }
  }

  return [BookingResolver, AppointmentViewResolver, ReservationResolver, BookedServiceResolver] as const;
}
