import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { can, Permission } from '../../domain/accounts/principal';
import { forbidden } from '../../platform/graphql/errors';
import type { RequestContext } from '../../platform/request-context';
import { bookedServicesOf } from '../booking/appointment-repository';
import { BookedService } from '../booking/booking.types';
import type { BookingFormService } from '../booking/custom-fields.service';
import { BookingFieldValueView } from '../booking/custom-fields.types';
import { QueueEntryView } from '../queue/queue.types';
import type { NotesService } from './notes.service';
import { AddInternalNoteInput, AddInternalNoteResult, InternalNoteView, InternalNotesInput } from './notes.types';

/** What the counter sees of an entry's booking: for the office's staff only, as the citizen's name. */
function bookingDetailsOf(ctx: RequestContext, forms: BookingFormService, entry: QueueEntryView) {
  if (!can(ctx.principal, Permission.workQueue, entry.officeId)) throw forbidden("Only the office's staff see what its customers booked with.");
  return entry.appointmentId === null ? null : forms.detailsOf(ctx, entry.appointmentId);
}

export function createNotesResolvers(notes: NotesService, forms: BookingFormService) {
  @Resolver()
  class NotesResolver {
    @Mutation(() => AddInternalNoteResult, { description: "Keeps a note about an appointment (the office's staff: manageAppointments) or a customer of its queue (workQueue); never shown to the citizen." })
    addInternalNote(@Ctx() ctx: RequestContext, @Arg('input', () => AddInternalNoteInput, { description: 'What the note is about, and the note.' }) input: AddInternalNoteInput) {
      return notes.addInternalNote(ctx, input);
    }

    @Query(() => [InternalNoteView], { complexity: 20, description: "The internal notes of appointments, oldest first (the offices' staff: manageAppointments), e.g. beside a day plan." })
    internalNotes(@Ctx() ctx: RequestContext, @Arg('input', () => InternalNotesInput, { description: 'The appointments.' }) input: InternalNotesInput) {
      return notes.internalNotes(ctx, input);
    }
  }

  @Resolver(() => QueueEntryView)
  class QueueEntryNotesResolver {
    @FieldResolver(() => [InternalNoteView], { description: "Staff's notes about the customer (a checked-in appointment's notes), oldest first; for the office's staff only (others are refused)." })
    notes(@Root() entry: QueueEntryView, @Ctx() ctx: RequestContext) {
      return notes.entryNotes(ctx, entry);
    }

    @FieldResolver(() => String, { nullable: true, description: "The remarks the appointment was booked with; for the office's staff only (others are refused); null for walk-ins and when none were given." })
    async remarks(@Root() entry: QueueEntryView, @Ctx() ctx: RequestContext) {
      return (await bookingDetailsOf(ctx, forms, entry))?.remarks ?? null;
    }

    @FieldResolver(() => [BookingFieldValueView], { description: "The answers to the office's booking fields the appointment was booked with; for the office's staff only (others are refused); empty for walk-ins." })
    async bookingFields(@Root() entry: QueueEntryView, @Ctx() ctx: RequestContext) {
      return (await bookingDetailsOf(ctx, forms, entry))?.fields ?? [];
    }

    @FieldResolver(() => [BookedService], { description: "The services the appointment was booked with, each with its persons (a family books one appointment); for the office's staff only (others are refused); empty for walk-ins." })
    bookedServices(@Root() entry: QueueEntryView, @Ctx() ctx: RequestContext) {
      if (!can(ctx.principal, Permission.workQueue, entry.officeId)) throw forbidden("Only the office's staff see what its customers booked with.");
      return entry.appointmentId === null ? [] : bookedServicesOf(ctx, entry.appointmentId);
    }
  }

  return [NotesResolver, QueueEntryNotesResolver] as const;
}
