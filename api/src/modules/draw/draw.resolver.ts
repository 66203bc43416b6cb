import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { Service } from '../catalog/service.entity';
import type { DrawService } from './draw.service';
import {
  AcceptDrawOfferResult,
  CancelDrawResult,
  DeclineDrawOfferResult,
  Draw,
  DrawEntry,
  DrawOfferView,
  DrawRegistrationStaffView,
  DrawRegistrationView,
  RegisterForDrawInput,
  RegisterForDrawResult,
  ScheduleDrawInput,
  ScheduleDrawResult,
  SetDrawRegistrationUrgentResult,
  VerifyDrawRegistrationResult,
  WithdrawDrawRegistrationResult,
} from './draw.types';

async function officesOf(ctx: RequestContext, ids: number[]): Promise<Office[]> {
  return (await ctx.loaders.office.loadMany(ids)).filter((office): office is Office => office instanceof Office);
}

export function createDrawResolvers(draws: DrawService) {
  @Resolver()
  class DrawResolver {
    @Query(() => [Draw], { description: 'Draws of a service or at an office: the upcoming ones and the last few released (docs/draw.md).' })
    draws(
      @Ctx() ctx: RequestContext,
      @Arg('serviceId', () => ID, { nullable: true, description: 'Only draws of this service.' }) serviceId?: string | null,
      @Arg('officeId', () => ID, { nullable: true, description: 'Only draws at this office.' }) officeId?: string | null,
    ) {
      return draws.draws(ctx, serviceId, officeId);
    }

    @Query(() => [DrawEntry], { description: "A draw's published list in draw order (digest, urgent, position); empty before the draw." })
    drawEntries(@Ctx() ctx: RequestContext, @Arg('drawId', () => ID, { description: 'The draw.' }) drawId: string) {
      return draws.entries(ctx, drawId);
    }

    @Mutation(() => RegisterForDrawResult, { description: "Registers for a draw; the registration counts once verified (mail link, or SMS code with the status token). Staff and API keys register on the citizen's behalf." })
    registerForDraw(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterForDrawInput, { description: 'The draw, what is acceptable, who registers.' }) input: RegisterForDrawInput) {
      return draws.register(ctx, input);
    }

    @Mutation(() => VerifyDrawRegistrationResult, { description: 'Verifies a registration: the token of the mail link alone, or the status token with the SMS code.' })
    verifyDrawRegistration(
      @Ctx() ctx: RequestContext,
      @Arg('token', () => String, { description: 'The verify token of the mail link, or (with code) the status token.' }) token: string,
      @Arg('code', () => String, { nullable: true, description: 'The 6-digit SMS code, with the status token.' }) code?: string | null,
    ) {
      return draws.verify(ctx, token.slice(0, 1000), code?.slice(0, 20));
    }

    @Query(() => DrawRegistrationView, { nullable: true, description: 'A registration by its status token (/portal/draw/status#token=…); null when not valid.' })
    drawRegistration(@Ctx() ctx: RequestContext, @Arg('token', () => String, { description: 'The status token.' }) token: string) {
      return draws.registrationByToken(ctx, token.slice(0, 1000));
    }

    @Mutation(() => WithdrawDrawRegistrationResult, { description: 'Withdraws a registration; an open offer is declined with it.' })
    withdrawDrawRegistration(@Ctx() ctx: RequestContext, @Arg('token', () => String, { description: 'The status token.' }) token: string) {
      return draws.withdraw(ctx, token.slice(0, 1000));
    }

    @Query(() => DrawOfferView, { nullable: true, description: 'A slot offered by a draw, by the token of the offer link (/portal/draw/offer#token=…); null when not valid.' })
    drawOffer(@Ctx() ctx: RequestContext, @Arg('token', () => String, { description: 'The offer token.' }) token: string) {
      return draws.offerByLink(ctx, token.slice(0, 1000));
    }

    @Mutation(() => AcceptDrawOfferResult, { description: "Accepts an offered slot: booked in one step, in the registration's name." })
    acceptDrawOffer(@Ctx() ctx: RequestContext, @Arg('token', () => String, { description: 'The offer token.' }) token: string) {
      return draws.accept(ctx, token.slice(0, 1000));
    }

    @Mutation(() => DeclineDrawOfferResult, { description: 'Declines an offered slot; it goes to the next in draw order at once, and the registration is out.' })
    declineDrawOffer(@Ctx() ctx: RequestContext, @Arg('token', () => String, { description: 'The offer token.' }) token: string) {
      return draws.decline(ctx, token.slice(0, 1000));
    }

    @Mutation(() => ScheduleDrawResult, { description: 'Schedules a draw (manageOffice at every office; each in draw mode for the service); answers it with its commitment.' })
    scheduleDraw(@Ctx() ctx: RequestContext, @Arg('input', () => ScheduleDrawInput, { description: 'The service, offices, windows and dates.' }) input: ScheduleDrawInput) {
      return draws.schedule(ctx, input);
    }

    @Mutation(() => CancelDrawResult, { description: 'Cancels a draw before it ran (manageOffice at every office); its verified registrations that asked to roll over wait for the next draw, the others are withdrawn.' })
    cancelDraw(@Ctx() ctx: RequestContext, @Arg('drawId', () => ID, { description: 'The draw.' }) drawId: string) {
      return draws.cancel(ctx, drawId);
    }

    @Query(() => [DrawRegistrationStaffView], { description: "A draw's registrations with names and contacts (manageOffice or workQueue at one of its offices)." })
    drawRegistrations(@Ctx() ctx: RequestContext, @Arg('drawId', () => ID, { description: 'The draw.' }) drawId: string) {
      return draws.registrations(ctx, drawId);
    }

    @Mutation(() => SetDrawRegistrationUrgentResult, { description: 'Marks a registration urgent (or not) before the draw (manageOffice): the first urgentQuota urgent entries go first.' })
    setDrawRegistrationUrgent(
      @Ctx() ctx: RequestContext,
      @Arg('registrationId', () => ID, { description: 'The registration.' }) registrationId: string,
      @Arg('urgent', () => Boolean, { description: 'Urgent or not.' }) urgent: boolean,
      @Arg('reason', () => String, { nullable: true, description: 'Why (e.g. the deadline); required when urgent.' }) reason?: string | null,
    ) {
      return draws.setUrgent(ctx, registrationId, urgent, reason?.slice(0, 500));
    }
  }

  @Resolver(() => Draw)
  class DrawFieldsResolver {
    @FieldResolver(() => Service, { description: 'The service drawn for.' })
    service(@Root() draw: Draw, @Ctx() ctx: RequestContext) {
      return ctx.loaders.service.load(draw.serviceId);
    }

    @FieldResolver(() => [Office], { description: 'The offices whose slots are drawn.' })
    offices(@Root() draw: Draw, @Ctx() ctx: RequestContext) {
      return officesOf(ctx, draw.officeIds);
    }
  }

  @Resolver(() => DrawRegistrationView)
  class DrawRegistrationResolver {
    @FieldResolver(() => Draw, { description: 'The draw it takes part in (after a roll-over: the later one).' })
    async draw(@Root() registration: DrawRegistrationView, @Ctx() ctx: RequestContext) {
      return draws.drawById(ctx, registration.drawId);
    }

    @FieldResolver(() => [Office], { description: 'The acceptable offices, the preferred first.' })
    offices(@Root() registration: DrawRegistrationView, @Ctx() ctx: RequestContext) {
      return officesOf(ctx, registration.officeIds);
    }
  }

  @Resolver(() => DrawOfferView)
  class DrawOfferResolver {
    @FieldResolver(() => Office, { description: 'The office of the offered appointment.' })
    office(@Root() offer: DrawOfferView, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(offer.officeId);
    }

    @FieldResolver(() => Service, { description: 'The service of the offered appointment.' })
    service(@Root() offer: DrawOfferView, @Ctx() ctx: RequestContext) {
      return ctx.loaders.service.load(offer.serviceId);
    }
  }

  return [DrawResolver, DrawFieldsResolver, DrawRegistrationResolver, DrawOfferResolver] as const;
}
