/** What changed where; every event carries the office version the change raised it to. */
export enum Topic {
  /** Capacity was taken or freed, or the calendar of an office changed. */
  availabilityChanged = 'availabilityChanged',
  /** The queue of an office changed. */
  queueChanged = 'queueChanged',
  /** A customer was called to a counter. */
  callIssued = 'callIssued',
  /** An office's settings changed, e.g. the line its call displays show. */
  officeSettingsChanged = 'officeSettingsChanged',
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

export interface TopicPayloads {
  [Topic.availabilityChanged]: AvailabilityChangedPayload;
  [Topic.queueChanged]: QueueChangedPayload;
  [Topic.callIssued]: CallIssuedPayload;
  [Topic.officeSettingsChanged]: QueueChangedPayload;
}

export type EventMessage = { [K in Topic]: { topic: K; payload: TopicPayloads[K] } }[Topic];
