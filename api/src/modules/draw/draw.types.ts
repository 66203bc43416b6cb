import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DrawOfferStatus, DrawRegistrationStatus, DrawStatus } from '../../domain/draw/draw-lifecycle';
import { maxTimeWindows } from '../../domain/draw/registration-rules';
import { DuplicateRegistration, InvalidInput, NoShowLimitReached, NotFound, ProofOfWorkRequired, ReservationExpired, TooManyAppointments } from '../../platform/graphql/errors';
import { MessageLanguage } from '../../platform/graphql/languages';
import { LocalDateScalar } from '../../platform/graphql/scalars';
import { AppointmentView } from '../booking/booking.types';

registerEnumType(DrawStatus, {
  name: 'DrawStatus',
  description: 'Where a draw stands.',
  valuesConfig: {
    scheduled: { description: 'Announced with its commitment; registration has not opened yet.' },
    open: { description: 'Registration is open (until registrationClosesAt); the draw runs at drawAt.' },
    drawn: { description: 'The order is drawn and public (seed, entries); offers are made in that order until releaseAt.' },
    released: { description: 'Offering ended: what is left goes to the waitlist, then first come.' },
    cancelled: { description: 'Cancelled before it ran.' },
  },
});
registerEnumType(DrawRegistrationStatus, {
  name: 'DrawRegistrationStatus',
  description: 'Where a registration for a draw stands.',
  valuesConfig: {
    unverified: { description: 'Waiting for the mail link or the SMS code; does not take part until verified.' },
    registered: { description: 'Verified: takes part in the draw (after the draw: waits for a slot freed by others).' },
    offered: { description: 'A slot is held for it: see offer.' },
    booked: { description: 'The offer was accepted; the appointment is booked.' },
    unmatched: { description: 'The offering ended without a slot for it.' },
    rolledOver: { description: 'The offering ended without a slot; it takes part in the next draw of the service.' },
    withdrawn: { description: 'Withdrawn by the citizen, or the offer was declined.' },
    refusedDuplicate: { description: 'Refused at verification: the same person (email or phone) has an open registration for the service already.' },
  },
});
registerEnumType(DrawOfferStatus, {
  name: 'DrawOfferStatus',
  description: 'Where an offer of a draw stands.',
  valuesConfig: {
    open: { description: 'Held for the registration until holdExpiresAt: accept or decline it.' },
    taken: { description: 'Accepted and booked.' },
    declined: { description: 'Declined: the slot went to the next in draw order.' },
    lapsed: { description: 'Not accepted in time: the slot went to the next in draw order.' },
  },
});

@ObjectType({ description: "A draw's figures: filled when it is drawn, final when it is released." })
export class DrawStatistics {
  @Field(() => Int, { description: 'Appointments (slot chains for one person) free for the draw when it ran.' })
  offerableSlots!: number;

  @Field(() => Int, { description: 'Verified registrations that took part.' })
  registrations!: number;

  @Field(() => Int, { description: 'Offers made, the first round and the passed-on ones.' })
  offersMade!: number;

  @Field(() => Int, { description: 'Offers accepted and booked.' })
  booked!: number;

  @Field(() => Int, { description: 'Offers declined.' })
  declined!: number;

  @Field(() => Int, { description: 'Offers not answered within their hold.' })
  lapsed!: number;

  @Field(() => Float, { description: 'Booked ÷ offerableSlots (0 when nothing was offerable).' })
  fillRate!: number;

  @Field(() => Float, { nullable: true, description: 'Median days from registering to the booked appointment; null before anything is booked.' })
  medianDaysToAppointment!: number | null;
}

@ObjectType({ description: 'A draw: registrations in a window, a random order from a committed seed at drawAt, offers in that order (docs/draw.md).' })
export class Draw {
  @Field(() => ID, { description: 'Opaque id of the draw.' })
  id!: string;

  @Field(() => DrawStatus, { description: 'Where the draw stands.' })
  status!: DrawStatus;

  @Field(() => Date, { description: 'Registration opens at this instant.' })
  registrationOpensAt!: Date;

  @Field(() => Date, { description: 'Registration closes at this instant; only entries verified before count.' })
  registrationClosesAt!: Date;

  @Field(() => Date, { description: 'The draw runs at this instant.' })
  drawAt!: Date;

  @Field(() => Date, { description: 'Offering ends at this instant: what is left goes to the waitlist, then first come.' })
  releaseAt!: Date;

  @Field(() => LocalDateScalar, { description: 'First local date whose slots the draw allocates.' })
  slotsFrom!: string;

  @Field(() => LocalDateScalar, { description: 'Last local date whose slots the draw allocates.' })
  slotsTo!: string;

  @Field(() => Int, { description: 'Hours an offer is held for its registration.' })
  offerHoldHours!: number;

  @Field(() => Int, { nullable: true, description: 'How many urgent entries go first; null until drawn unless the office set it (default: a tenth of the offerable appointments).' })
  urgentQuota!: number | null;

  @Field(() => String, { description: 'hex(sha256(seed)), public from scheduling: the seed revealed after the draw must match it.' })
  commitment!: string;

  @Field(() => String, { nullable: true, description: 'The seed (64 hex digits), revealed once drawn; with the entries anyone recomputes the order (ops/draw/verify-draw.mjs).' })
  seed!: string | null;

  @Field(() => Int, { nullable: true, description: 'Verified registrations that took part; null until drawn.' })
  registrations!: number | null;

  @Field(() => DrawStatistics, { nullable: true, description: 'Figures of the draw; null until drawn.' })
  statistics!: DrawStatistics | null;

  @Field(() => String, { nullable: true, description: 'Where the published result is (GET, JSON), once drawn; null before.' })
  resultUrl!: string | null;

  serviceId!: number;
  officeIds!: number[];
}

@ObjectType({ description: "One entry of a draw's published list: its public random digest, whether it was urgent, its place." })
export class DrawEntry {
  @Field(() => String, { description: "The entry's public random id (32 hex digits); the registrant sees it as entryDigest." })
  digest!: string;

  @Field(() => Boolean, { description: 'Marked urgent by staff: the first urgentQuota urgent entries go first.' })
  urgent!: boolean;

  @Field(() => Int, { description: 'Place in the draw order, from 1.' })
  position!: number;
}

@ObjectType({ description: 'A time of day window, "HH:MM" in the office\'s time zone, from inclusive, to exclusive.' })
export class TimeWindow {
  @Field(() => String, { description: 'From, "HH:MM", inclusive.' })
  from!: string;

  @Field(() => String, { description: 'To, "HH:MM", exclusive.' })
  to!: string;
}

@ObjectType({ description: 'A slot a draw offers to one registration, held until holdExpiresAt; nobody else can book it meanwhile.' })
export class DrawOfferView {
  @Field(() => ID, { description: 'Opaque id of the offer.' })
  id!: string;

  @Field(() => DrawOfferStatus, { description: 'Where the offer stands.' })
  status!: DrawOfferStatus;

  @Field(() => Date, { description: 'Start of the offered appointment.' })
  start!: Date;

  @Field(() => Date, { description: 'The hold ends at this instant; then the slot goes to the next in draw order.' })
  holdExpiresAt!: Date;

  @Field(() => Int, { description: 'Persons the appointment is for.' })
  persons!: number;

  officeId!: number;
  serviceId!: number;
}

@ObjectType({ description: "A citizen's registration for a draw, as the citizen sees it (by the status token)." })
export class DrawRegistrationView {
  @Field(() => ID, { description: 'Opaque id of the registration.' })
  id!: string;

  @Field(() => DrawRegistrationStatus, { description: 'Where the registration stands.' })
  status!: DrawRegistrationStatus;

  @Field(() => LocalDateScalar, { description: 'First acceptable local date.' })
  dateFrom!: string;

  @Field(() => LocalDateScalar, { description: 'Last acceptable local date.' })
  dateTo!: string;

  @Field(() => [TimeWindow], { description: 'Acceptable times of day; empty: any time.' })
  timeWindows!: TimeWindow[];

  @Field(() => Int, { description: 'Persons the appointment is for.' })
  persons!: number;

  @Field(() => String, { description: 'The public random id of this entry in the published list of the draw.' })
  entryDigest!: string;

  @Field(() => Int, { nullable: true, description: 'Place in the draw order; null until drawn (and for entries that did not take part).' })
  position!: number | null;

  @Field(() => Boolean, { description: 'Marked urgent by staff.' })
  urgent!: boolean;

  @Field(() => Boolean, { description: 'Whether, left without a slot, the registration takes part in the next draw of the service.' })
  rollOver!: boolean;

  @Field(() => Boolean, { description: 'Whether a phone number was given: then the code sent by SMS (where the installation sends SMS) confirms the registration as the mail link does.' })
  hasPhone!: boolean;

  @Field(() => DrawOfferView, { nullable: true, description: 'The latest offer made to it, if any.' })
  offer!: DrawOfferView | null;

  drawId!: number;
  officeIds!: number[];
}

@ObjectType({ description: 'A registration as staff see it: with the name and contact.' })
export class DrawRegistrationStaffView {
  @Field(() => DrawRegistrationView, { description: 'The registration as the citizen sees it.' })
  registration!: DrawRegistrationView;

  @Field(() => String, { description: 'Name of the citizen; the booking carries it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Email address (erased with the registration).' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, if given.' })
  phone!: string | null;

  @Field(() => String, { description: "How it came in: portal, apiKey or staff (on the citizen's behalf)." })
  channel!: string;

  @Field(() => String, { nullable: true, description: 'Why staff marked it urgent.' })
  urgentReason!: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the contact was verified; null while unverified.' })
  verifiedAt!: Date | null;
}

@ObjectType({ description: 'A registration just made: verify it with the mail link, or the SMS code with statusToken.' })
export class DrawRegistered {
  @Field(() => DrawRegistrationView, { description: 'The registration (unverified).' })
  registration!: DrawRegistrationView;

  @Field(() => String, { description: 'Signed token of the status page (/portal/draw/status#token=…): see, withdraw, verify with the SMS code; shown once (also sent by mail).' })
  statusToken!: string;
}

@ObjectType({ description: 'The appointment booked from an accepted offer.' })
export class DrawOfferAccepted {
  @Field(() => AppointmentView, { description: 'The booked appointment, in the name of the registration.' })
  appointment!: AppointmentView;

  @Field(() => String, { nullable: true, description: 'The secret to manage it, shown once (the number is on the appointment).' })
  secret!: string | null;

  @Field(() => String, { nullable: true, description: 'The portal page to manage it, with the secret in the fragment.' })
  manageUrl!: string | null;
}

@InputType({ description: 'A time of day window, "HH:MM" in the office\'s time zone.' })
export class TimeWindowInput {
  @Field(() => String, { description: 'From, "HH:MM", inclusive.' })
  @Matches(/^\d\d:\d\d$/)
  from!: string;

  @Field(() => String, { description: 'To, "HH:MM", exclusive.' })
  @Matches(/^\d\d:\d\d$/)
  to!: string;
}

@InputType({ description: 'Who registers: the booking will carry this name.' })
export class DrawContactInput {
  @Field(() => String, { description: 'Name of the citizen; the booking made from an offer carries it and cannot be given to another person.' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'Email address: the verification link and the offers go there.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Phone number (optional): an SMS code verifies as well, and offers come by SMS too.' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: 'A registration for a draw: what the citizen accepts, and who they are.' })
export class RegisterForDrawInput {
  @Field(() => ID, { description: 'The draw, from draws.' })
  @MaxLength(40)
  drawId!: string;

  @Field(() => [ID], { description: "Acceptable offices (of the draw's), the preferred first: of two equal starts the one listed first is offered." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @MaxLength(40, { each: true })
  officeIds!: string[];

  @Field(() => LocalDateScalar, { description: "First acceptable local date, within the draw's slotsFrom..slotsTo." })
  dateFrom!: string;

  @Field(() => LocalDateScalar, { description: "Last acceptable local date, within the draw's slotsFrom..slotsTo." })
  dateTo!: string;

  @Field(() => [TimeWindowInput], { nullable: true, description: `Acceptable times of day, at most ${maxTimeWindows}; none: any time.` })
  @IsOptional()
  @ArrayMaxSize(maxTimeWindows)
  @ValidateNested()
  timeWindows?: TimeWindowInput[] | null;

  @Field(() => Int, { defaultValue: 1, description: "Persons the appointment is for, 1 up to the office's maxPersonsPerService." })
  @Min(1)
  @Max(20)
  persons!: number;

  @Field(() => DrawContactInput, { description: 'Name, email address and optionally the phone number.' })
  @ValidateNested()
  contact!: DrawContactInput;

  @Field(() => MessageLanguage, { nullable: true, description: 'Language of the mails and SMS; default German.' })
  @IsOptional()
  language?: MessageLanguage | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Without a slot from this draw, take part in the next draw of the service.' })
  rollOver!: boolean;

  @Field(() => String, { nullable: true, description: 'The solved proofOfWorkChallenge; anonymous callers need it where the server asks for it.' })
  @IsOptional()
  @MaxLength(2000)
  proofOfWork?: string | null;
}

@InputType({ description: 'A draw of one service at offices in draw mode for it.' })
export class ScheduleDrawInput {
  @Field(() => ID, { description: 'The service drawn for.' })
  @MaxLength(40)
  serviceId!: string;

  @Field(() => [ID], { description: 'The offices whose slots are drawn: each in draw mode for the service, each managed by the caller.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @MaxLength(40, { each: true })
  officeIds!: string[];

  @Field(() => Date, { description: 'Registration opens at this instant (now or later).' })
  registrationOpensAt!: Date;

  @Field(() => Date, { description: 'Registration closes at this instant.' })
  registrationClosesAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The draw runs at this instant; default registrationClosesAt.' })
  @IsOptional()
  drawAt?: Date | null;

  @Field(() => LocalDateScalar, { description: 'First local date whose slots are drawn.' })
  slotsFrom!: string;

  @Field(() => LocalDateScalar, { description: 'Last local date whose slots are drawn.' })
  slotsTo!: string;

  @Field(() => Int, { nullable: true, description: 'Hours an offer is held, 1 to 168; default 24.' })
  @IsOptional()
  @Min(1)
  @Max(168)
  offerHoldHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many urgent entries go first; default a tenth of the offerable appointments, counted at the draw.' })
  @IsOptional()
  @Min(0)
  @Max(100000)
  urgentQuota?: number | null;

  @Field(() => Date, { nullable: true, description: 'When offering ends and leftovers go to the waitlist, then first come; default drawAt + 3 × offerHoldHours.' })
  @IsOptional()
  releaseAt?: Date | null;
}

export const RegisterForDrawResult = createUnionType({
  name: 'RegisterForDrawResult',
  description: 'The registration (verify it next), or why not.',
  types: () => [DrawRegistered, ProofOfWorkRequired, NotFound, InvalidInput] as const,
});

export const VerifyDrawRegistrationResult = createUnionType({
  name: 'VerifyDrawRegistrationResult',
  description: 'The verified registration, or why not (DuplicateRegistration: the person has an open registration for the service already, this later one is refused).',
  types: () => [DrawRegistrationView, DuplicateRegistration, NotFound, InvalidInput] as const,
});

export const WithdrawDrawRegistrationResult = createUnionType({
  name: 'WithdrawDrawRegistrationResult',
  description: 'The withdrawn registration, or why not.',
  types: () => [DrawRegistrationView, NotFound, InvalidInput] as const,
});

export const AcceptDrawOfferResult = createUnionType({
  name: 'AcceptDrawOfferResult',
  description: "The booked appointment, or why not (the hold ran out: ReservationExpired; over the contact's limits: TooManyAppointments or NoShowLimitReached, and the slot goes to the next in order).",
  types: () => [DrawOfferAccepted, ReservationExpired, TooManyAppointments, NoShowLimitReached, NotFound, InvalidInput] as const,
});

export const DeclineDrawOfferResult = createUnionType({
  name: 'DeclineDrawOfferResult',
  description: 'The declined offer (its slot goes to the next in draw order), or why not.',
  types: () => [DrawOfferView, NotFound, InvalidInput] as const,
});

export const ScheduleDrawResult = createUnionType({
  name: 'ScheduleDrawResult',
  description: 'The scheduled draw with its commitment, or why not.',
  types: () => [Draw, NotFound, InvalidInput] as const,
});

export const CancelDrawResult = createUnionType({
  name: 'CancelDrawResult',
  description: 'The cancelled draw, or why not (it ran already).',
  types: () => [Draw, NotFound, InvalidInput] as const,
});

export const SetDrawRegistrationUrgentResult = createUnionType({
  name: 'SetDrawRegistrationUrgentResult',
  description: 'The registration, or why not (the draw ran already).',
  types: () => [DrawRegistrationStaffView, NotFound, InvalidInput] as const,
});
