import { BigIntType, Embeddable, Embedded, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { defaultHolidayRegion } from '../../domain/calendar/holidays';
import { Department } from './department.entity';
import { Organisation } from './organisation.entity';

@ObjectType({ description: 'Postal address of an office.' })
@Embeddable()
export class Address {
  @Field(() => String, { description: 'Street name.' })
  @Property({ type: 'text' })
  street: string = '';

  @Field(() => String, { description: 'House number, with any suffix.' })
  @Property({ type: 'text' })
  houseNumber: string = '';

  @Field(() => String, { description: 'Postal code (PLZ).' })
  @Property({ type: 'text' })
  postalCode: string = '';

  @Field(() => String, { description: 'City.' })
  @Property({ type: 'text' })
  city: string = 'Berlin';
}

@ObjectType({ description: "An office's rules for bookings, holds and its walk-in queue." })
@Embeddable()
export class OfficeSettings {
  @Field(() => Int, { description: 'Minutes a reservation is held before it expires unless confirmed.' })
  @Property({ type: 'integer' })
  reservationMinutes: number = 20;

  @Field(() => Int, { description: 'Minutes before a cancelled appointment frees its slots (stops appointment trading).' })
  @Property({ type: 'integer' })
  releaseDelayMinutes: number = 5;

  @Field(() => Int, { description: 'Most services one appointment may hold.' })
  @Property({ type: 'integer' })
  maxServicesPerAppointment: number = 3;

  @Field(() => Boolean, { description: 'Whether online bookings need a confirmation of the email address (double opt-in).' })
  @Property({ type: 'boolean' })
  doubleOptIn: boolean = false;

  @Field(() => Int, { description: 'First number of the daily range of wait tickets.' })
  @Property({ type: 'integer' })
  ticketFirstNumber: number = 1;

  @Field(() => Int, { description: 'Last number of the daily range of wait tickets (the range wraps).' })
  @Property({ type: 'integer' })
  ticketLastNumber: number = 999;

  @Field(() => String, { description: 'Put before ticket numbers, so that offices sharing a display can be told apart (e.g. "M").' })
  @Property({ type: 'text' })
  ticketPrefix: string = '';

  @Field(() => Int, { description: 'Most wait tickets issued per day.' })
  @Property({ type: 'integer' })
  ticketDailyContingent: number = 300;

  @Field(() => Int, { description: 'Minutes before its time an appointment may check in.' })
  @Property({ type: 'integer' })
  checkInEarlyMinutes: number = 30;

  @Field(() => Int, { description: 'Minutes after its time an appointment may still check in.' })
  @Property({ type: 'integer' })
  checkInLateMinutes: number = 15;

  @Field(() => Int, { description: 'Calls without answer after which an entry counts as missed.' })
  @Property({ type: 'integer' })
  maxCalls: number = 3;

  @Field(() => String, { description: 'A line the call displays of the office show to the waiting room, e.g. "Counter 4 closes at noon"; empty for none.' })
  @Property({ type: 'text' })
  displayMessage: string = '';

  @Field(() => Int, { description: 'Days after an appointment that its contact data (name, email, phone) is erased.' })
  @Property({ type: 'integer', default: 30 })
  contactRetentionDays: number = 30;

  @Field(() => Int, { description: 'Open bookings a contact with no-shows in the last 180 days may hold at this office; 0 sets no limit.' })
  @Property({ type: 'integer', default: 0 })
  noShowLimit: number = 0;

  @Field(() => String, { description: 'Whose public holidays close the office: country, Land and region in date-holidays\' codes, e.g. "DE-BE" (Berlin), "DE-BY" (Bavaria) or "DE-BY-A" (Augsburg).' })
  @Property({ type: 'text', default: defaultHolidayRegion })
  holidayRegion: string = defaultHolidayRegion;

  @Field(() => Int, { description: "Minutes of waiting after which the office lead's panel raises its alert; 0 sets none." })
  @Property({ type: 'integer', default: 30 })
  waitAlertMinutes: number = 30;

  @Field(() => Int, { description: "Most persons one appointment may book a service for (a family booking for three); each person takes the service's slots again. 1 books for one person only." })
  @Property({ type: 'integer', default: 1 })
  maxPersonsPerService: number = 1;

  @Field(() => Int, { description: 'A waiting citizen who left a phone number, an email or a browser subscription is told their turn nears when this many are ahead of them; 0 sends no such notice by position.' })
  @Property({ type: 'integer', default: 2 })
  headsUpWhenAhead: number = 2;

  @Field(() => Int, { description: 'A waiting citizen who left a contact is told their turn nears when the estimated wait drops below this many minutes; 0 sends no such notice by time.' })
  @Property({ type: 'integer', default: 0 })
  headsUpWhenMinutes: number = 0;

  @Field(() => Boolean, { description: "Whether citizens may join today's queue from home (a remote ticket, counted against the day's ticket contingent), checking in when they arrive." })
  @Property({ type: 'boolean', default: false })
  remoteTickets: boolean = false;
}

@ObjectType({ description: 'Weekly opening hours of an office, local time.' })
export class OpeningHours {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  weekdays!: number[];

  @Field(() => String, { description: 'Opening time, HH:MM.' })
  open!: string;

  @Field(() => String, { description: 'Closing time, HH:MM.' })
  close!: string;
}

@ObjectType({ description: 'A public office (Standort; ZMS scope), e.g. a Bürgeramt, where citizens are served.' })
@Entity({ tableName: 'office' })
@Unique({ properties: ['organisation', 'externalId'] })
export class Office {
  @Field(() => ID, { description: 'Opaque id of the office.' })
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @ManyToOne(() => Department, { deleteRule: 'restrict', index: true })
  department!: Department;

  /** Its id in the organisation's catalogue (DLDB), unique in the organisation. */
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;

  @Field(() => String, { description: 'Name shown to citizens, e.g. "Bürgeramt Mitte".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Address, { description: 'Postal address.' })
  @Embedded(() => Address, { prefix: 'address_' })
  address: Address = new Address();

  @Field(() => String, { description: 'IANA time zone the office keeps its calendar in.' })
  @Property({ type: 'text' })
  timeZone: string = 'Europe/Berlin';

  @Field(() => String, { nullable: true, description: 'Web page of the office.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @Field(() => [OpeningHours], { description: 'Weekly opening hours, local time; kiosks issue tickets only then. Bookable times come from capacity rules.' })
  @Property({ type: 'json' })
  openingHours: OpeningHours[] = [];

  @Field(() => OfficeSettings, { description: 'Rules for bookings, holds and the walk-in queue.' })
  @Embedded(() => OfficeSettings, { prefix: 'settings_' })
  settings: OfficeSettings = new OfficeSettings();

  @Field(() => Int, { description: 'Raised by every committed change of the office; events and snapshots carry it.' })
  @Property({ type: 'integer' })
  version: number = 0;
}
