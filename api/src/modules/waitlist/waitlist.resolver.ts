import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { Office } from '../catalog/office.entity';
import { Service } from '../catalog/service.entity';
import { LinkTokenInput } from '../booking/booking.inputs';
import type { WaitlistService } from './waitlist.service';
import { DeclineWaitlistOfferResult, JoinWaitlistInput, JoinWaitlistResult, LeaveWaitlistResult, TakeWaitlistOfferResult, WaitlistEntryView, WaitlistOfferView } from './waitlist.types';

export function createWaitlistResolvers(waitlist: WaitlistService) {
  @Resolver()
  class WaitlistResolver {
    @Mutation(() => JoinWaitlistResult, { description: 'Joins the waitlist for an earlier slot of the same services at chosen offices; offers come by mail, first come first offered.' })
    joinWaitlist(@Ctx() ctx: RequestContext, @Arg('input', () => JoinWaitlistInput, { description: 'With an appointment (number, secret) or without (services, offices, contact).' }) input: JoinWaitlistInput) {
      return waitlist.join(ctx, input);
    }

    @Query(() => WaitlistEntryView, { nullable: true, description: 'A waitlist entry by the token of its link (/portal/waitlist#token=…); null when not valid.' })
    waitlistEntry(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token from joinWaitlist or its mail.' }) input: LinkTokenInput) {
      return waitlist.entryByLink(ctx, input);
    }

    @Mutation(() => LeaveWaitlistResult, { description: 'Leaves the waitlist; no further offers are made.' })
    leaveWaitlist(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token from joinWaitlist or its mail.' }) input: LinkTokenInput) {
      return waitlist.leave(ctx, input);
    }

    @Query(() => WaitlistOfferView, { nullable: true, description: 'A slot offered from the waitlist, by the token of the offer mail (/portal/waitlist/offer#token=…); null when not valid or past its hold.' })
    waitlistOffer(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the offer link.' }) input: LinkTokenInput) {
      return waitlist.offerByLink(ctx, input);
    }

    @Mutation(() => TakeWaitlistOfferResult, { description: 'Takes an offered slot in one step: moves the appointment there, or books it for a citizen without one.' })
    takeWaitlistOffer(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the offer link.' }) input: LinkTokenInput) {
      return waitlist.take(ctx, input);
    }

    @Mutation(() => DeclineWaitlistOfferResult, { description: 'Declines an offered slot; it goes to the next in line at once. The entry keeps waiting.' })
    declineWaitlistOffer(@Ctx() ctx: RequestContext, @Arg('input', () => LinkTokenInput, { description: 'The token of the offer link.' }) input: LinkTokenInput) {
      return waitlist.decline(ctx, input);
    }
  }

  @Resolver(() => WaitlistEntryView)
  class WaitlistEntryResolver {
    @FieldResolver(() => [Office], { description: 'The offices the citizen waits at.' })
    async offices(@Root() entry: WaitlistEntryView, @Ctx() ctx: RequestContext) {
      return (await ctx.loaders.office.loadMany(entry.officeIds)).filter((office): office is Office => office instanceof Office);
    }

    @FieldResolver(() => [Service], { description: 'The services waited for.' })
    async services(@Root() entry: WaitlistEntryView, @Ctx() ctx: RequestContext) {
      return (await ctx.loaders.service.loadMany(entry.serviceIds)).filter((service): service is Service => service instanceof Service);
    }
  }

  @Resolver(() => WaitlistOfferView)
  class WaitlistOfferResolver {
    @FieldResolver(() => Office, { description: 'The office of the offered slot.' })
    office(@Root() offer: WaitlistOfferView, @Ctx() ctx: RequestContext) {
      return ctx.loaders.office.load(offer.officeId);
    }

    @FieldResolver(() => [Service], { description: 'The services the slot is held for.' })
    async services(@Root() offer: WaitlistOfferView, @Ctx() ctx: RequestContext) {
      return (await ctx.loaders.service.loadMany(offer.serviceIds)).filter((service): service is Service => service instanceof Service);
    }
  }

  return [WaitlistResolver, WaitlistEntryResolver, WaitlistOfferResolver] as const;
}
