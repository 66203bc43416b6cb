import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { CapacityRule } from './capacity-rule.entity';
import type { CapacityService } from './capacity.service';
import { AppointmentView } from '../booking/booking.types';
import {
  AddClosureInput,
  BookingReleaseView,
  CapacityChangeResult,
  CapacityPreviewInput,
  CapacityPreviewResult,
  CreateCapacityRuleInput,
  DeleteCapacityRuleInput,
  KeepClosureAppointmentsInput,
  KeepClosureAppointmentsResult,
  RemoveClosureInput,
  UpdateCapacityRuleInput,
} from './capacity.types';
import { Closure } from './closure.entity';

export function createCapacityResolvers(capacity: CapacityService) {
  @Resolver()
  class CapacityAdminResolver {
    @Query(() => CapacityPreviewResult, { complexity: 50, description: "The slots of a week and the booked appointments hit, were one capacity rule edited, added or deleted (the office's admins); nothing is saved." })
    capacityPreview(@Ctx() ctx: RequestContext, @Arg('input', () => CapacityPreviewInput, { description: 'The office, the week and the rule as edited.' }) input: CapacityPreviewInput) {
      return capacity.previewCapacity(ctx, input);
    }

    @Mutation(() => CapacityChangeResult, { description: 'Adds a capacity rule; lists booked appointments it hits.' })
    createCapacityRule(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCapacityRuleInput, { description: 'The office and the rule.' }) input: CreateCapacityRuleInput) {
      return capacity.createCapacityRule(ctx, input);
    }

    @Mutation(() => CapacityChangeResult, { description: 'Changes a capacity rule; lists booked appointments it hits.' })
    updateCapacityRule(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateCapacityRuleInput, { description: 'The rule and its new fields.' }) input: UpdateCapacityRuleInput) {
      return capacity.updateCapacityRule(ctx, input);
    }

    @Mutation(() => CapacityChangeResult, { description: 'Deletes a capacity rule; lists booked appointments it hits.' })
    deleteCapacityRule(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteCapacityRuleInput, { description: 'The rule.' }) input: DeleteCapacityRuleInput) {
      return capacity.deleteCapacityRule(ctx, input);
    }

    @Mutation(() => CapacityChangeResult, { description: 'Closes an office for a day or days in a row; lists the booked appointments of those days, to cancel (cancelOfficeAppointments) or keep (keepClosureAppointments).' })
    addClosure(@Ctx() ctx: RequestContext, @Arg('input', () => AddClosureInput, { description: 'The office and the day.' }) input: AddClosureInput) {
      return capacity.addClosure(ctx, input);
    }

    @Mutation(() => CapacityChangeResult, { description: 'Reopens closed days.' })
    removeClosure(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveClosureInput, { description: 'The closure.' }) input: RemoveClosureInput) {
      return capacity.removeClosure(ctx, input);
    }

    @Mutation(() => KeepClosureAppointmentsResult, { description: 'Keeps booked appointments on closed days as booked (e.g. served by a stand-in): the closure lists them as kept, no longer as open.' })
    keepClosureAppointments(@Ctx() ctx: RequestContext, @Arg('input', () => KeepClosureAppointmentsInput, { description: 'The closure and the appointments to keep.' }) input: KeepClosureAppointmentsInput) {
      return capacity.keepClosureAppointments(ctx, input);
    }
  }

  @Resolver(() => Closure)
  class ClosureResolver {
    @FieldResolver(() => [AppointmentView], { description: 'Booked appointments on these days that are neither cancelled nor kept: the office still owes their citizens an answer (admins).' })
    openAppointments(@Root() closure: Closure, @Ctx() ctx: RequestContext) {
      return capacity.closureAppointments(ctx, closure, 'open');
    }

    @FieldResolver(() => [AppointmentView], { description: 'Booked appointments on these days that the office keeps (keepClosureAppointments) (admins).' })
    keptAppointments(@Root() closure: Closure, @Ctx() ctx: RequestContext) {
      return capacity.closureAppointments(ctx, closure, 'kept');
    }
  }

  @Resolver(() => Office)
  class OfficeCapacityResolver {
    @FieldResolver(() => [CapacityRule], { description: 'The capacity rules of the office (admins).' })
    capacityRules(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return capacity.capacityRules(ctx, office);
    }

    // Reads the office's rules, closures and holidays: priced like a small list.
    @FieldResolver(() => BookingReleaseView, { nullable: true, complexity: 10, description: 'When new appointments are released for online booking; null when none are (no rule gives the public a counter).' })
    release(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return capacity.bookingRelease(ctx, office);
    }

    @FieldResolver(() => [Closure], { description: 'Days from today on that the office is closed.' })
    closures(@Root() office: Office, @Ctx() ctx: RequestContext) {
      return capacity.closures(ctx, office);
    }
  }

  return [CapacityAdminResolver, ClosureResolver, OfficeCapacityResolver] as const;
}
