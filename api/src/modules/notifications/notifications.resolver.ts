import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import type { BookingService } from '../booking/booking.service';
import { AppointmentView, CancelAppointmentResult } from '../booking/booking.types';
import { AppointmentByLinkResult, CancelOfficeAppointmentsInput, CancelOfficeAppointmentsResult, LinkTokenInput } from './notifications.types';

/** What the links in mails lead to: a portal page shows the appointment, one click acts. */
export function createNotificationsResolvers(booking: BookingService) {
  @Resolver()
  class NotificationsResolver {
    @Query(() => AppointmentView, { nullable: true, description: 'The appointment a cancel or confirm link names (for the page behind the link); null when the token is not valid or has expired.' })
    appointmentByLink(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the link.' }) input: LinkTokenInput) {
      return booking.appointmentByLink(ctx, input);
    }

    @Mutation(() => CancelAppointmentResult, { description: 'Cancels the appointment of a cancel link (/portal/cancel#token=…); a second click answers the cancelled appointment again.' })
    cancelAppointmentByLink(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the cancel link.' }) input: LinkTokenInput) {
      return booking.cancelAppointmentByLink(ctx, input);
    }

    @Mutation(() => AppointmentByLinkResult, { description: 'Confirms a double-opt-in booking by the link in its mail (/portal/confirm#token=…) before the opt-in time runs out (ReservationExpired after).' })
    confirmAppointmentByLink(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the confirmation link.' }) input: LinkTokenInput) {
      return booking.confirmAppointmentByLink(ctx, input);
    }

    @Mutation(() => CancelOfficeAppointmentsResult, { description: 'An office admin cancels appointments of the office (e.g. after a closure); every citizen with contact data gets a notice with the reason.' })
    cancelOfficeAppointments(@Ctx() ctx: RequestContext, @Arg('input', () => CancelOfficeAppointmentsInput, { description: 'Office, appointments and reason.' }) input: CancelOfficeAppointmentsInput) {
      return booking.cancelOfficeAppointments(ctx, input);
    }
  }
  return [NotificationsResolver] as const;
}
