import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';

@ObjectType({ description: 'Whom a counter has called or serves now.' })
export class CounterServing {
  @Field(() => ID, { description: 'The queue entry.' })
  entryId!: string;

  @Field(() => String, { description: 'Its number, as displays show it.' })
  displayNumber!: string;

  @Field(() => QueueEntryStatus, { description: 'called or inService.' })
  status!: QueueEntryStatus;

  @Field(() => Date, { description: 'Since when: the call, or the start of service.' })
  since!: Date;
}

@ObjectType({ description: 'A counter with staff signed in, and what it serves.' })
export class LeadPanelCounter {
  @Field(() => ID, { description: 'The counter.' })
  counterId!: string;

  @Field(() => String, { description: 'Its name.' })
  counterName!: string;

  @Field(() => String, { nullable: true, description: 'Its room.' })
  room!: string | null;

  @Field(() => String, { description: 'Who works there: the display name of the staff account.' })
  staffName!: string;

  @Field(() => Date, { description: 'Since when they work there.' })
  signedInAt!: Date;

  serviceIds!: string[] | null;

  @Field(() => CounterServing, { nullable: true, description: 'Whom it has called or serves now; null when idle.' })
  serving!: CounterServing | null;
}

@ObjectType({ description: 'Who waits for one service: an entry for several services counts for each.' })
export class ServiceWaiting {
  serviceId!: string;

  @Field(() => Int, { description: 'Customers waiting for it.' })
  waiting!: number;

  @Field(() => Int, { description: 'Minutes the longest of them has waited.' })
  longestWaitMinutes!: number;
}

@ObjectType({ description: "Today's booked appointments so far." })
export class AppointmentProgress {
  @Field(() => Int, { description: 'Booked for today (confirmed or later).' })
  booked!: number;

  @Field(() => Int, { description: 'Booked for now or earlier.' })
  due!: number;

  @Field(() => Int, { description: 'Of those due, the ones checked in.' })
  checkedIn!: number;

  @Field(() => Int, { description: 'Not checked in when their check-in window closed.' })
  noShows!: number;
}

@ObjectType({ description: 'A day counted up to one time of day.' })
export class DaySoFar {
  @Field(() => Int, { description: 'Customers arrived (tickets drawn, appointments checked in).' })
  arrived!: number;

  @Field(() => Int, { description: 'Of them walk-ins.' })
  walkIns!: number;

  @Field(() => Int, { description: 'Of them served to the end.' })
  served!: number;

  @Field(() => Int, { description: 'Appointments not checked in when their check-in window closed.' })
  noShows!: number;

  @Field(() => Float, { nullable: true, description: 'Mean minutes from arrival to the first call of those called; null when nobody was.' })
  meanWaitMinutes!: number | null;
}

@ObjectType({ description: 'The same weekday of recent weeks, each counted up to the same time of day, on average.' })
export class WeekdayAverage {
  @Field(() => Int, { description: 'How many of the last 8 same weekdays the office worked (days without visits or bookings are left out).' })
  days!: number;

  @Field(() => Float, { description: 'Customers arrived.' })
  arrived!: number;

  @Field(() => Float, { description: 'Walk-ins.' })
  walkIns!: number;

  @Field(() => Float, { description: 'Served to the end.' })
  served!: number;

  @Field(() => Float, { description: 'No-shows.' })
  noShows!: number;

  @Field(() => Float, { nullable: true, description: 'Mean minutes from arrival to the first call.' })
  meanWaitMinutes!: number | null;
}

@ObjectType({ description: "An office's day at a glance, for its lead: live (subscribe to leadPanelChanged, then query; and ask again every minute, since waits grow with time)." })
export class LeadPanel {
  officeId!: number;

  @Field(() => Int, { description: 'The office version this answer reflects; apply only leadPanelChanged events newer than it.' })
  version!: number;

  @Field(() => Date, { description: 'The instant the figures were counted for.' })
  computedAt!: Date;

  @Field(() => [LeadPanelCounter], { description: 'Counters with staff signed in, by name.' })
  counters!: LeadPanelCounter[];

  @Field(() => Int, { description: 'Customers waiting to be called (parked and missed ones not counted).' })
  waiting!: number;

  @Field(() => [ServiceWaiting], { description: 'Waiting per service, the longest wait first.' })
  waitingByService!: ServiceWaiting[];

  @Field(() => Int, { nullable: true, description: 'Minutes the longest waiting customer has waited (an appointment checked in early from its time); null when nobody waits.' })
  longestWaitMinutes!: number | null;

  @Field(() => Int, { description: "The office's waitAlertMinutes: minutes of waiting that raise the alert; 0 raises none." })
  waitAlertMinutes!: number;

  @Field(() => Boolean, { description: 'Whether the longest wait has reached waitAlertMinutes.' })
  alert!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the longest wait reaches waitAlertMinutes: past while the alert is on, ahead while not yet (ask again then); null with no threshold or nobody waiting.' })
  alertAt!: Date | null;

  @Field(() => AppointmentProgress, { description: 'Appointments due against those checked in, and no-shows so far.' })
  appointments!: AppointmentProgress;

  @Field(() => Int, { description: 'Customers who missed their calls today so far.' })
  missed!: number;

  @Field(() => DaySoFar, { description: 'Today so far.' })
  today!: DaySoFar;

  @Field(() => WeekdayAverage, { nullable: true, description: 'The same weekday of the last 8 weeks up to the same time of day, on average; null when the office worked none of them.' })
  weekdayAverage!: WeekdayAverage | null;
}

@ObjectType({ description: "Something on an office's lead panel changed: refetch `leadPanel` if the version is newer than yours." })
export class LeadPanelChangedEvent {
  @Field(() => ID, { description: 'The office.' })
  officeId!: string;

  @Field(() => Int, { description: 'The office version after the change.' })
  version!: number;
}
