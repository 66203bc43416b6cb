/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Checks in a citizen with an appointment on arrival. */
export type CheckInInput = {
  /** The appointment number. */
  number: number;
  /** The office the citizen arrived at. */
  officeId: string | number;
};

/** Why an appointment cannot be checked in now, so that a kiosk can say what to do. */
export type CheckInRefusalReason =
  /** The appointment is checked in already (waiting, called or in service). */
  | 'ALREADY_CHECKED_IN'
  /** The appointment is not confirmed (not yet opted in, cancelled, expired, or over). */
  | 'NOT_CONFIRMED'
  /** The appointment is on another day. */
  | 'NOT_TODAY'
  /** Check-in opens later: see `opensAt`. */
  | 'TOO_EARLY'
  /** The check-in window of the appointment has passed. */
  | 'TOO_LATE';

/** Checks in a remote ticket on arrival, by the number it shows. */
export type CheckInRemoteTicketInput = {
  /** The ticket number with its prefix, as the ticket shows it (e.g. "A12"). */
  number: string;
  /** The office the citizen arrived at. */
  officeId: string | number;
};

/** Codes of the expected failures that mutations answer with. */
export type ErrorCode =
  | 'ACCOUNT_LOCKED'
  | 'CHECK_IN_REFUSED'
  | 'COUNTER_OCCUPIED'
  | 'DUPLICATE_REGISTRATION'
  | 'INVALID_BOOKING_FIELDS'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'LINK_NOT_ALLOWED'
  | 'NOT_AT_COUNTER'
  | 'NOT_FOUND'
  | 'NO_SHOW_LIMIT_REACHED'
  | 'OFFICE_CLOSED'
  | 'OUTSIDE_BOOKING_WINDOW'
  | 'PROOF_OF_WORK_REQUIRED'
  | 'QUEUE_EMPTY'
  | 'REMOTE_TICKETS_OFF'
  | 'REMOTE_TICKET_HELD'
  | 'RESERVATION_EXPIRED'
  | 'SLOT_UNAVAILABLE'
  | 'TICKETS_EXHAUSTED'
  | 'TOO_MANY_APPOINTMENTS'
  | 'UNKNOWN_PLACEHOLDER';

/** A wait ticket (Wartemarke) for a walk-in at one office. */
export type IssueTicketInput = {
  /** The office. */
  officeId: string | number;
  /** What the walk-in comes for. */
  serviceIds: Array<string | number>;
};

/** A phone number or an email (or neither, to forget them) for a ticket, by its number and secret. */
export type LeaveTicketContactInput = {
  /** Email address for the notice. */
  email?: string | null | undefined;
  /** Language of the notice. */
  language: MessageLanguage;
  /** The number shown to the citizen: the ticket number with its prefix, or the appointment number. */
  number: string;
  /** Phone number for the SMS (with area code). */
  phone?: string | null | undefined;
  /** The secret of the ticket or appointment. */
  secret: string;
};

/** Language of the mails and SMS to the citizen. Service names the catalogue has not translated into it stay German. */
export type MessageLanguage =
  /** Arabic (mails are written right to left). */
  | 'ar'
  /** German (the default). */
  | 'de'
  /** English. */
  | 'en'
  /** Polish. */
  | 'pl'
  /** Russian. */
  | 'ru'
  /** Turkish. */
  | 'tr'
  /** Ukrainian. */
  | 'uk';

export type KioskLeaveTicketContactMutationVariables = Exact<{
  input: LeaveTicketContactInput;
}>;


export type KioskLeaveTicketContactMutation = { leaveTicketContact:
    | { __typename: 'InvalidInput', code: ErrorCode, fieldProblems: Array<{ __typename: 'FieldProblem', field: string }> }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'TicketContact', phone: string | null, email: string | null }
   };

export type KioskOfficeStateFragment = { __typename: 'WaitingRoomOffice', version: number, open: boolean, opensAt: string | null, ticketsLeft: number, waitingCount: number, estimatedWaitMinutes: number, office: { __typename: 'Office', id: string } };

export type KioskDeviceQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskDeviceQuery = { waitingRoom: { __typename: 'WaitingRoom', groupId: string | null, name: string, offices: Array<{ __typename: 'WaitingRoomOffice', version: number, open: boolean, opensAt: string | null, ticketsLeft: number, waitingCount: number, estimatedWaitMinutes: number, office: { __typename: 'Office', id: string, name: string, timeZone: string, services: Array<{ __typename: 'OfficeService', service: { __typename: 'Service', id: string, name: string } }> } }> } };

export type KioskStateQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type KioskStateQuery = { waitingRoom: { __typename: 'WaitingRoom', offices: Array<{ __typename: 'WaitingRoomOffice', version: number, open: boolean, opensAt: string | null, ticketsLeft: number, waitingCount: number, estimatedWaitMinutes: number, office: { __typename: 'Office', id: string } }> } };

export type KioskWaitingRoomSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
  groupId?: string | number | null | undefined;
}>;


export type KioskWaitingRoomSubscription = { waitingRoomChanged: { __typename: 'WaitingRoomOffice', version: number, open: boolean, opensAt: string | null, ticketsLeft: number, waitingCount: number, estimatedWaitMinutes: number, office: { __typename: 'Office', id: string } } };

export type KioskIssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;


export type KioskIssueTicketMutation = { issueTicket:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'OfficeClosed', code: ErrorCode, message: string }
    | { __typename: 'Ticket', statusUrl: string, entry: { __typename: 'QueueEntry', id: string, displayNumber: string, position: number | null, estimatedWaitMinutes: number | null, arrivedAt: string } }
    | { __typename: 'TicketsExhausted', code: ErrorCode, message: string }
   };

export type KioskCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type KioskCheckInMutation = { checkIn:
    | { __typename: 'CheckInRefused', reason: CheckInRefusalReason, opensAt: string | null, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, position: number | null, estimatedWaitMinutes: number | null }
   };

export type KioskCheckInRemoteTicketMutationVariables = Exact<{
  input: CheckInRemoteTicketInput;
}>;


export type KioskCheckInRemoteTicketMutation = { checkInRemoteTicket:
    | { __typename: 'CheckInRefused', reason: CheckInRefusalReason, opensAt: string | null, code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
    | { __typename: 'QueueEntry', id: string, displayNumber: string, position: number | null, estimatedWaitMinutes: number | null }
   };

export const KioskOfficeStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskOfficeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingRoomOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KioskOfficeStateFragment, unknown>;
export const KioskLeaveTicketContactDocument = {"__meta__":{"hash":"sha256:2e12bd0e346bcc35f5f2869573693633ee7b087cb7cf6355e7721541fbbf7bfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskLeaveTicketContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveTicketContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveTicketContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<KioskLeaveTicketContactMutation, KioskLeaveTicketContactMutationVariables>;
export const KioskDeviceDocument = {"__meta__":{"hash":"sha256:c0b9ef58d84a73f6c3d5c391210463755dd3c2abf93c774cf4b3ecfe0b4f3687"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingRoom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskOfficeState"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskOfficeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingRoomOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KioskDeviceQuery, KioskDeviceQueryVariables>;
export const KioskStateDocument = {"__meta__":{"hash":"sha256:981178956c7e4454707a24d02813553a796cadd278d076abf0e657f169fcf10f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskOfficeState"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskOfficeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingRoomOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KioskStateQuery, KioskStateQueryVariables>;
export const KioskWaitingRoomDocument = {"__meta__":{"hash":"sha256:e3d62294e937ba987710e1cab3f83c323946265a26fd510827751d2643131755"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KioskWaitingRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingRoomChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskOfficeState"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskOfficeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingRoomOffice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KioskWaitingRoomSubscription, KioskWaitingRoomSubscriptionVariables>;
export const KioskIssueTicketDocument = {"__meta__":{"hash":"sha256:07ca763ff574ba1529153cb69f37bff75714c3f9e60997ee279dd8a8d52838b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskIssueTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<KioskIssueTicketMutation, KioskIssueTicketMutationVariables>;
export const KioskCheckInDocument = {"__meta__":{"hash":"sha256:72c5324240f0bb5f22f887d8bba265a114a3359d2d98007465cf0e0ef0a4f53e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<KioskCheckInMutation, KioskCheckInMutationVariables>;
export const KioskCheckInRemoteTicketDocument = {"__meta__":{"hash":"sha256:4b7fc90b6c67251f371980df1a9a351ee0a84753abb75bd293145fdc0b9b6739"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskCheckInRemoteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInRemoteTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInRemoteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<KioskCheckInRemoteTicketMutation, KioskCheckInRemoteTicketMutationVariables>;