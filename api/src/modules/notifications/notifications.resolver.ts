import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { ConfirmedAppointment } from '../booking/booking.types';
import type { NotificationsService } from './notifications.service';

/** What the notifications area adds to booking's answers: the calendar file the citizen's mail carries too. */
export function createNotificationsResolvers(notifications: NotificationsService) {
  @Resolver(() => ConfirmedAppointment)
  class ConfirmedAppointmentResolver {
    @FieldResolver(() => String, { description: 'The appointment as an iCalendar (ICS) file.' })
    ics(@Root() confirmed: ConfirmedAppointment, @Ctx() ctx: RequestContext) {
      return notifications.calendarOf(ctx.em, Number(confirmed.appointment.id), ctx.clock.now(), confirmed.secret);
    }
  }
  return [ConfirmedAppointmentResolver] as const;
}
