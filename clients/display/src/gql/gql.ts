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
    "fragment DisplayedCall on Call {\n  id\n  displayNumber\n  counterName\n  room\n  calledAt\n  callCount\n  version\n  office {\n    id\n  }\n}\n\nfragment DisplayedOffice on WaitingRoomOffice {\n  version\n  displayMessage\n  waitingCount\n  estimatedWaitMinutes\n  countersServing\n  withdrawnNumbers\n  office {\n    id\n    name\n    timeZone\n  }\n}\n\nquery DisplayDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nquery DisplaySnapshot($officeId: ID, $groupId: ID) {\n  recentCalls(officeId: $officeId, groupId: $groupId) {\n    versions {\n      officeId\n      version\n    }\n    calls {\n      ...DisplayedCall\n    }\n  }\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nsubscription DisplayCalls($officeId: ID, $groupId: ID) {\n  callIssued(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedCall\n  }\n}\n\nsubscription DisplayWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedOffice\n  }\n}": typeof types.DisplayedCallFragmentDoc,
};
const documents: Documents = {
    "fragment DisplayedCall on Call {\n  id\n  displayNumber\n  counterName\n  room\n  calledAt\n  callCount\n  version\n  office {\n    id\n  }\n}\n\nfragment DisplayedOffice on WaitingRoomOffice {\n  version\n  displayMessage\n  waitingCount\n  estimatedWaitMinutes\n  countersServing\n  withdrawnNumbers\n  office {\n    id\n    name\n    timeZone\n  }\n}\n\nquery DisplayDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nquery DisplaySnapshot($officeId: ID, $groupId: ID) {\n  recentCalls(officeId: $officeId, groupId: $groupId) {\n    versions {\n      officeId\n      version\n    }\n    calls {\n      ...DisplayedCall\n    }\n  }\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nsubscription DisplayCalls($officeId: ID, $groupId: ID) {\n  callIssued(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedCall\n  }\n}\n\nsubscription DisplayWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedOffice\n  }\n}": types.DisplayedCallFragmentDoc,
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
export function graphql(source: "fragment DisplayedCall on Call {\n  id\n  displayNumber\n  counterName\n  room\n  calledAt\n  callCount\n  version\n  office {\n    id\n  }\n}\n\nfragment DisplayedOffice on WaitingRoomOffice {\n  version\n  displayMessage\n  waitingCount\n  estimatedWaitMinutes\n  countersServing\n  withdrawnNumbers\n  office {\n    id\n    name\n    timeZone\n  }\n}\n\nquery DisplayDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nquery DisplaySnapshot($officeId: ID, $groupId: ID) {\n  recentCalls(officeId: $officeId, groupId: $groupId) {\n    versions {\n      officeId\n      version\n    }\n    calls {\n      ...DisplayedCall\n    }\n  }\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nsubscription DisplayCalls($officeId: ID, $groupId: ID) {\n  callIssued(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedCall\n  }\n}\n\nsubscription DisplayWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedOffice\n  }\n}"): (typeof documents)["fragment DisplayedCall on Call {\n  id\n  displayNumber\n  counterName\n  room\n  calledAt\n  callCount\n  version\n  office {\n    id\n  }\n}\n\nfragment DisplayedOffice on WaitingRoomOffice {\n  version\n  displayMessage\n  waitingCount\n  estimatedWaitMinutes\n  countersServing\n  withdrawnNumbers\n  office {\n    id\n    name\n    timeZone\n  }\n}\n\nquery DisplayDevice {\n  waitingRoom {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nquery DisplaySnapshot($officeId: ID, $groupId: ID) {\n  recentCalls(officeId: $officeId, groupId: $groupId) {\n    versions {\n      officeId\n      version\n    }\n    calls {\n      ...DisplayedCall\n    }\n  }\n  waitingRoom(officeId: $officeId, groupId: $groupId) {\n    groupId\n    name\n    offices {\n      ...DisplayedOffice\n    }\n  }\n}\n\nsubscription DisplayCalls($officeId: ID, $groupId: ID) {\n  callIssued(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedCall\n  }\n}\n\nsubscription DisplayWaitingRoom($officeId: ID, $groupId: ID) {\n  waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n    ...DisplayedOffice\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;