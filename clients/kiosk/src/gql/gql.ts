/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation KioskLeaveTicketContact($input: LeaveTicketContactInput!) {\n  leaveTicketContact(input: $input) {\n    ... on TicketContact {\n      phone\n      email\n    }\n    ... on InvalidInput {\n      fieldProblems {\n        field\n      }\n    }\n    ... on ErrorResult {\n      code\n    }\n  }\n}": typeof types.KioskLeaveTicketContactDocument,
    "fragment KioskOfficeState on WaitingRoomOffice {\n  version\n  open\n  opensAt\n  ticketsLeft\n  waitingCount\n  estimatedWaitMinutes\n  office {\n    id\n  }\n}\n\nquery KioskDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...KioskOfficeState\n      office {\n        id\n        name\n        timeZone\n        services {\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery KioskState($officeId: ID, $groupId: ID) {\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    offices {\n      ...KioskOfficeState\n    }\n  }\n}\n\nsubscription KioskWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...KioskOfficeState\n  }\n}\n\nmutation KioskIssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    __typename\n    ... on Ticket {\n      statusUrl\n      entry {\n        id\n        displayNumber\n        position\n        estimatedWaitMinutes\n        arrivedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}\n\nmutation KioskCheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.KioskOfficeStateFragmentDoc,
    "mutation KioskCheckInRemoteTicket($input: CheckInRemoteTicketInput!) {\n  checkInRemoteTicket(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": typeof types.KioskCheckInRemoteTicketDocument,
};
const documents: Documents = {
    "mutation KioskLeaveTicketContact($input: LeaveTicketContactInput!) {\n  leaveTicketContact(input: $input) {\n    ... on TicketContact {\n      phone\n      email\n    }\n    ... on InvalidInput {\n      fieldProblems {\n        field\n      }\n    }\n    ... on ErrorResult {\n      code\n    }\n  }\n}": types.KioskLeaveTicketContactDocument,
    "fragment KioskOfficeState on WaitingRoomOffice {\n  version\n  open\n  opensAt\n  ticketsLeft\n  waitingCount\n  estimatedWaitMinutes\n  office {\n    id\n  }\n}\n\nquery KioskDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...KioskOfficeState\n      office {\n        id\n        name\n        timeZone\n        services {\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery KioskState($officeId: ID, $groupId: ID) {\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    offices {\n      ...KioskOfficeState\n    }\n  }\n}\n\nsubscription KioskWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...KioskOfficeState\n  }\n}\n\nmutation KioskIssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    __typename\n    ... on Ticket {\n      statusUrl\n      entry {\n        id\n        displayNumber\n        position\n        estimatedWaitMinutes\n        arrivedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}\n\nmutation KioskCheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.KioskOfficeStateFragmentDoc,
    "mutation KioskCheckInRemoteTicket($input: CheckInRemoteTicketInput!) {\n  checkInRemoteTicket(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}": types.KioskCheckInRemoteTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KioskLeaveTicketContact($input: LeaveTicketContactInput!) {\n  leaveTicketContact(input: $input) {\n    ... on TicketContact {\n      phone\n      email\n    }\n    ... on InvalidInput {\n      fieldProblems {\n        field\n      }\n    }\n    ... on ErrorResult {\n      code\n    }\n  }\n}"): (typeof documents)["mutation KioskLeaveTicketContact($input: LeaveTicketContactInput!) {\n  leaveTicketContact(input: $input) {\n    ... on TicketContact {\n      phone\n      email\n    }\n    ... on InvalidInput {\n      fieldProblems {\n        field\n      }\n    }\n    ... on ErrorResult {\n      code\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KioskOfficeState on WaitingRoomOffice {\n  version\n  open\n  opensAt\n  ticketsLeft\n  waitingCount\n  estimatedWaitMinutes\n  office {\n    id\n  }\n}\n\nquery KioskDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...KioskOfficeState\n      office {\n        id\n        name\n        timeZone\n        services {\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery KioskState($officeId: ID, $groupId: ID) {\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    offices {\n      ...KioskOfficeState\n    }\n  }\n}\n\nsubscription KioskWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...KioskOfficeState\n  }\n}\n\nmutation KioskIssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    __typename\n    ... on Ticket {\n      statusUrl\n      entry {\n        id\n        displayNumber\n        position\n        estimatedWaitMinutes\n        arrivedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}\n\nmutation KioskCheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["fragment KioskOfficeState on WaitingRoomOffice {\n  version\n  open\n  opensAt\n  ticketsLeft\n  waitingCount\n  estimatedWaitMinutes\n  office {\n    id\n  }\n}\n\nquery KioskDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...KioskOfficeState\n      office {\n        id\n        name\n        timeZone\n        services {\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery KioskState($officeId: ID, $groupId: ID) {\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    offices {\n      ...KioskOfficeState\n    }\n  }\n}\n\nsubscription KioskWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...KioskOfficeState\n  }\n}\n\nmutation KioskIssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    __typename\n    ... on Ticket {\n      statusUrl\n      entry {\n        id\n        displayNumber\n        position\n        estimatedWaitMinutes\n        arrivedAt\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}\n\nmutation KioskCheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KioskCheckInRemoteTicket($input: CheckInRemoteTicketInput!) {\n  checkInRemoteTicket(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation KioskCheckInRemoteTicket($input: CheckInRemoteTicketInput!) {\n  checkInRemoteTicket(input: $input) {\n    __typename\n    ... on QueueEntry {\n      id\n      displayNumber\n      position\n      estimatedWaitMinutes\n    }\n    ... on CheckInRefused {\n      reason\n      opensAt\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;