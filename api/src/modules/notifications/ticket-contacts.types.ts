import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { MessageLanguage } from '../../platform/graphql/languages';

@ObjectType('TicketContact', { description: 'How a waiting citizen is told that their turn nears: what they left for their queue entry (kept until the day ends).' })
export class TicketContactView {
  @Field(() => String, { nullable: true, description: 'The email address the notice goes to.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The phone number the SMS goes to, in international form.' })
  phone!: string | null;

  @Field(() => MessageLanguage, { description: 'The language of the notice.' })
  language!: MessageLanguage;

  @Field(() => Int, { description: 'Browsers subscribed to a notice for this entry (Web Push).' })
  browserNotifications!: number;
}

/** What a walk-in leaves for the heads-up, the same whether they leave it themselves or staff enter it. */
@InputType()
abstract class TicketContactFields {
  @Field(() => String, { nullable: true, description: 'Email address for the notice.' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number for the SMS (with area code).' })
  @MaxLength(30)
  phone?: string | null;

  @Field(() => MessageLanguage, { description: 'Language of the notice.' })
  language!: MessageLanguage;
}

@InputType({ description: 'A phone number or an email (or neither, to forget them) for a ticket, by its number and secret.' })
export class LeaveTicketContactInput extends TicketContactFields {
  @Field(() => String, { description: 'The number shown to the citizen: the ticket number with its prefix, or the appointment number.' })
  @MaxLength(20)
  number!: string;

  @Field(() => String, { description: 'The secret of the ticket or appointment.' })
  @MaxLength(100)
  secret!: string;
}

@InputType({ description: "Staff enter a walk-in's phone number or email (or neither, to forget them) for a queue entry." })
export class SetTicketContactInput extends TicketContactFields {
  @Field(() => ID, { description: 'The queue entry.' })
  @MaxLength(20)
  entryId!: string;
}

@InputType({ description: "A browser's push subscription (PushSubscription.toJSON()) for a ticket, by its number and secret." })
export class SubscribeTicketPushInput {
  @Field(() => String, { description: 'The number shown to the citizen.' })
  @MaxLength(20)
  number!: string;

  @Field(() => String, { description: 'The secret of the ticket or appointment.' })
  @MaxLength(100)
  secret!: string;

  @Field(() => String, { description: "The push service's endpoint URL (https)." })
  @MaxLength(2000)
  endpoint!: string;

  @Field(() => String, { description: "The browser's P-256 public key, base64url (keys.p256dh)." })
  @MaxLength(200)
  p256dh!: string;

  @Field(() => String, { description: "The browser's authentication secret, base64url (keys.auth)." })
  @MaxLength(100)
  auth!: string;
}

export const TicketContactResult = createUnionType({ name: 'TicketContactResult', description: "The entry's contact as stored, or why not.", types: () => [TicketContactView, NotFound, InvalidInput] as const });
