import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { AppointmentView, CancelAppointmentResult, RescheduleAppointmentResult } from './booking.types';
import { CancelAppointmentOnBehalfInput, CorrectAppointmentContactInput, HotlineAppointmentInput, RescheduleAppointmentOnBehalfInput, ResendAppointmentConfirmationInput } from './on-behalf.inputs';
import type { OnBehalfService } from './on-behalf.service';
import { CorrectAppointmentContactResult, ResendAppointmentConfirmationResult } from './on-behalf.types';

export function createOnBehalfResolvers(onBehalf: OnBehalfService) {
  @Resolver()
  class OnBehalfResolver {
    @Query(() => AppointmentView, {
      nullable: true,
      description: 'The 115 (callcenter keys): an appointment by its number with the email address or phone number the caller gives; null when they do not match. Each look-up counts against the budget of wrong secrets per number.',
    })
    hotlineAppointment(@Ctx() ctx: RequestContext, @Arg('input', () => HotlineAppointmentInput, { description: 'Number, and email or phone.' }) input: HotlineAppointmentInput) {
      return onBehalf.hotlineAppointment(ctx, input);
    }

    @Mutation(() => CancelAppointmentResult, { description: 'Staff (manageAppointments) or the 115 cancel an appointment for the citizen, who gets the notice with the reason; its slots return after the release delay.' })
    cancelAppointmentOnBehalf(@Ctx() ctx: RequestContext, @Arg('input', () => CancelAppointmentOnBehalfInput, { description: 'The appointment and the reason.' }) input: CancelAppointmentOnBehalfInput) {
      return onBehalf.cancel(ctx, input);
    }

    @Mutation(() => RescheduleAppointmentResult, { description: 'Staff (manageAppointments; on the intern contingent) or the 115 (on the public one) move an appointment for the citizen, atomically; the citizen is told.' })
    rescheduleAppointmentOnBehalf(@Ctx() ctx: RequestContext, @Arg('input', () => RescheduleAppointmentOnBehalfInput, { description: 'The appointment and where to move it.' }) input: RescheduleAppointmentOnBehalfInput) {
      return onBehalf.reschedule(ctx, input);
    }

    @Mutation(() => CorrectAppointmentContactResult, { description: 'Staff (manageAppointments) correct the contact data of a booked appointment.' })
    correctAppointmentContact(@Ctx() ctx: RequestContext, @Arg('input', () => CorrectAppointmentContactInput, { description: 'The appointment and its contact data as they should be.' }) input: CorrectAppointmentContactInput) {
      return onBehalf.correctContact(ctx, input);
    }

    @Mutation(() => ResendAppointmentConfirmationResult, { description: 'Staff (manageAppointments) or the 115 send the confirmation again, with a fresh code that replaces the old one; the answer never holds the code.' })
    resendAppointmentConfirmation(@Ctx() ctx: RequestContext, @Arg('input', () => ResendAppointmentConfirmationInput, { description: 'The appointment.' }) input: ResendAppointmentConfirmationInput) {
      return onBehalf.resendConfirmation(ctx, input);
    }
  }

  return [OnBehalfResolver] as const;
}
