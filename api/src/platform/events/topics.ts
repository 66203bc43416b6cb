/** What changed where; every event carries the office version the change raised it to, but appointmentsChanged (see there). */
export enum Topic {
  /** Capacity was taken or freed, or the calendar of an office changed. */
  availabilityChanged = 'availabilityChanged',
  /** The queue of an office changed. */
  queueChanged = 'queueChanged',
  /** A customer was called to a counter. */
  callIssued = 'callIssued',
  /** An office's settings changed, e.g. the line its call displays show. */
  officeSettingsChanged = 'officeSettingsChanged',
  /** An office's appointments were booked, confirmed, moved or cancelled (the day plan). */
  appointmentsChanged = 'appointmentsChanged',
  /** A counter raised a silent alarm, or someone acknowledged one: only the office's staff hear it. */
  alarmChanged = 'alarmChanged',
}

export interface AvailabilityChangedPayload {
  officeId: number;
  version: number;
  /** Services whose availability may have changed; empty means all of the office. */
  serviceIds: number[];
  /** Office-local days affected; empty means any. */
  dates: string[];
  reason: 'taken' | 'freed' | 'calendar';
}

export interface QueueChangedPayload {
  officeId: number;
  version: number;
}

/**
 * Told from inside the change, before the change raises the office version (its reactions run
 * first): subscribers read the version once the change is committed, so the payload names none.
 */
export interface AppointmentsChangedPayload {
  officeId: number;
}

export interface CallIssuedPayload {
  officeId: number;
  version: number;
  callId: string;
  entryId: number;
  displayNumber: string;
  counterName: string;
  room: string | null;
  calledAt: string;
  callCount: number;
}

/** An alarm as its office's staff see it; instants as ISO text, so that the payload travels as JSON. */
export interface AlarmPayload {
  id: number;
  counterName: string;
  room: string | null;
  raisedAt: string;
  raisedBy: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

export interface AlarmChangedPayload {
  officeId: number;
  version: number;
  alarm: AlarmPayload;
}

export interface TopicPayloads {
  [Topic.availabilityChanged]: AvailabilityChangedPayload;
  [Topic.queueChanged]: QueueChangedPayload;
  [Topic.callIssued]: CallIssuedPayload;
  [Topic.officeSettingsChanged]: QueueChangedPayload;
  [Topic.appointmentsChanged]: AppointmentsChangedPayload;
  [Topic.alarmChanged]: AlarmChangedPayload;
}

export type EventMessage = { [K in Topic]: { topic: K; payload: TopicPayloads[K] } }[Topic];
