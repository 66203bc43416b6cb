/* eslint-disable */
import * as types from './graphql';



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
    "mutation BookingReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code } } }": typeof types.BookingReleaseReservationDocument,
    "mutation QueueIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber position estimatedWaitMinutes } } ... on ErrorResult { code message } } }": typeof types.QueueIssueTicketDocument,
    "mutation QueueCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber status } ... on ErrorResult { code message } } }": typeof types.QueueCheckInDocument,
    "query QueueQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status withAppointment position estimatedWaitMinutes counterName } } }": typeof types.QueueQueueDocument,
    "mutation QueueSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName } } }": typeof types.QueueSignInAtCounterDocument,
    "mutation QueueCallNext { callNext { __typename ... on QueueEntry { id displayNumber status counterName } ... on ErrorResult { code } } }": typeof types.QueueCallNextDocument,
    "mutation QueueCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id name } } }": typeof types.QueueCreateCounterDocument,
    "mutation QueueCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": typeof types.QueueCreateDeviceDocument,
    "mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": typeof types.QueueCreateStaffAccountDocument,
    "mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.QueueSetOpeningHoursDocument,
    "subscription QueueCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName room version } }": typeof types.QueueCallIssuedDocument,
    "subscription QueueMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { status position counterName version } }": typeof types.QueueMyQueueStatusDocument,
    "mutation QueueFinishService($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": typeof types.QueueFinishServiceDocument,
    "subscription QueueMyQueueStatus2($input: QueueAccessInput!) { myQueueStatus(input: $input) { displayNumber status position } }": typeof types.QueueMyQueueStatus2Document,
    "mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.QueueUpdateOfficeSettingsDocument,
    "mutation QueueRedirectEntry($input: RedirectEntryInput!) { redirectEntry(input: $input) { __typename ... on QueueEntry { id displayNumber status } } }": typeof types.QueueRedirectEntryDocument,
    "query QueueQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status position } }": typeof types.QueueQueueStatusDocument,
    "mutation QueueCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }": typeof types.QueueCallEntryDocument,
    "mutation QueueFinishService2($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": typeof types.QueueFinishService2Document,
    "query QueueWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }": typeof types.QueueWaitingInfoDocument,
    "query QueueRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { versions { officeId version } calls { id displayNumber counterName callCount } } }": typeof types.QueueRecentCallsDocument,
    "subscription QueueQueueChanged { queueChanged(officeId: \"999999\") { version } }": typeof types.QueueQueueChangedDocument,
    "subscription QueueMyQueueStatus3 { myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) { status } }": typeof types.QueueMyQueueStatus3Document,
    "subscription QueueQueueChanged2($officeId: ID!) { queueChanged(officeId: $officeId) { version } }": typeof types.QueueQueueChanged2Document,
    "mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.QueueUpdateOfficeSettings2Document,
    "mutation QueueIssueTicket2($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id allowedActions } } } }": typeof types.QueueIssueTicket2Document,
    "mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename ... on WaitlistJoined { token entry { status appointmentNumber offices { id } services { id } } } ... on ErrorResult { code message } } }": typeof types.WaitlistJoinWaitlistDocument,
    "query WaitlistWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { status start holdExpiresAt appointmentNumber office { id } } }": typeof types.WaitlistWaitlistOfferDocument,
    "mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) { takeWaitlistOffer(input: $input) { __typename ... on WaitlistOfferTaken { secret manageUrl appointment { number status start } } ... on ErrorResult { code } } }": typeof types.WaitlistTakeWaitlistOfferDocument,
    "mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) { leaveWaitlist(input: $input) { __typename ... on WaitlistEntryView { status } ... on ErrorResult { code } } }": typeof types.WaitlistLeaveWaitlistDocument,
    "mutation WaitlistSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }": typeof types.WaitlistSetServiceTextDocument,
    "subscription WaitlistAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason } }": typeof types.WaitlistAvailabilityChangedDocument,
    "mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.WaitlistUpdateOfficeSettingsDocument,
    "mutation ReserveSlot($input: ReserveSlotInput!) {\n  reserveSlot(input: $input) {\n    __typename\n    ... on Reservation { id token expiresAt start end services { durationSlots service { id } } office { id } }\n    ... on ErrorResult { code message }\n  }\n}": typeof types.ReserveSlotDocument,
    "mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n  confirmAppointment(input: $input) {\n    __typename\n    ... on ConfirmedAppointment { secret manageUrl ics appointment { id number status channel start end contactEmail } }\n    ... on ErrorResult { code message }\n    ... on InvalidInput { problems }\n  }\n}": typeof types.ConfirmAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) { __typename ... on Appointment { status } ... on ErrorResult { code message } }\n}": typeof types.CancelAppointmentDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) { __typename ... on Appointment { status start end office { id } } ... on ErrorResult { code message } }\n}": typeof types.RescheduleAppointmentDocument,
    "query Appointment($input: AppointmentAccessInput!) {\n  appointment(input: $input) { number status start end channel office { id name } services { durationSlots service { id name } } }\n}": typeof types.AppointmentDocument,
    "query AvailableDays($input: AvailableDaysInput!) {\n  availableDays(input: $input) { date offices { id } }\n}": typeof types.AvailableDaysDocument,
    "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) { version startTimes office { id } }\n}": typeof types.AvailableSlotsDocument,
    "mutation AddClosure($input: AddClosureInput!) {\n  addClosure(input: $input) { __typename ... on CapacityChange { closure { id date } affectedAppointments { number start } } ... on ErrorResult { code message } }\n}": typeof types.AddClosureDocument,
    "mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n  updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}": typeof types.UpdateCapacityRuleDocument,
};
const documents: Documents = {
    "mutation BookingReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code } } }": types.BookingReleaseReservationDocument,
    "mutation QueueIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber position estimatedWaitMinutes } } ... on ErrorResult { code message } } }": types.QueueIssueTicketDocument,
    "mutation QueueCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber status } ... on ErrorResult { code message } } }": types.QueueCheckInDocument,
    "query QueueQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status withAppointment position estimatedWaitMinutes counterName } } }": types.QueueQueueDocument,
    "mutation QueueSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName } } }": types.QueueSignInAtCounterDocument,
    "mutation QueueCallNext { callNext { __typename ... on QueueEntry { id displayNumber status counterName } ... on ErrorResult { code } } }": types.QueueCallNextDocument,
    "mutation QueueCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id name } } }": types.QueueCreateCounterDocument,
    "mutation QueueCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": types.QueueCreateDeviceDocument,
    "mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": types.QueueCreateStaffAccountDocument,
    "mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.QueueSetOpeningHoursDocument,
    "subscription QueueCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName room version } }": types.QueueCallIssuedDocument,
    "subscription QueueMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { status position counterName version } }": types.QueueMyQueueStatusDocument,
    "mutation QueueFinishService($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": types.QueueFinishServiceDocument,
    "subscription QueueMyQueueStatus2($input: QueueAccessInput!) { myQueueStatus(input: $input) { displayNumber status position } }": types.QueueMyQueueStatus2Document,
    "mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.QueueUpdateOfficeSettingsDocument,
    "mutation QueueRedirectEntry($input: RedirectEntryInput!) { redirectEntry(input: $input) { __typename ... on QueueEntry { id displayNumber status } } }": types.QueueRedirectEntryDocument,
    "query QueueQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status position } }": types.QueueQueueStatusDocument,
    "mutation QueueCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }": types.QueueCallEntryDocument,
    "mutation QueueFinishService2($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": types.QueueFinishService2Document,
    "query QueueWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }": types.QueueWaitingInfoDocument,
    "query QueueRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { versions { officeId version } calls { id displayNumber counterName callCount } } }": types.QueueRecentCallsDocument,
    "subscription QueueQueueChanged { queueChanged(officeId: \"999999\") { version } }": types.QueueQueueChangedDocument,
    "subscription QueueMyQueueStatus3 { myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) { status } }": types.QueueMyQueueStatus3Document,
    "subscription QueueQueueChanged2($officeId: ID!) { queueChanged(officeId: $officeId) { version } }": types.QueueQueueChanged2Document,
    "mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.QueueUpdateOfficeSettings2Document,
    "mutation QueueIssueTicket2($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id allowedActions } } } }": types.QueueIssueTicket2Document,
    "mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename ... on WaitlistJoined { token entry { status appointmentNumber offices { id } services { id } } } ... on ErrorResult { code message } } }": types.WaitlistJoinWaitlistDocument,
    "query WaitlistWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { status start holdExpiresAt appointmentNumber office { id } } }": types.WaitlistWaitlistOfferDocument,
    "mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) { takeWaitlistOffer(input: $input) { __typename ... on WaitlistOfferTaken { secret manageUrl appointment { number status start } } ... on ErrorResult { code } } }": types.WaitlistTakeWaitlistOfferDocument,
    "mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) { leaveWaitlist(input: $input) { __typename ... on WaitlistEntryView { status } ... on ErrorResult { code } } }": types.WaitlistLeaveWaitlistDocument,
    "mutation WaitlistSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }": types.WaitlistSetServiceTextDocument,
    "subscription WaitlistAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason } }": types.WaitlistAvailabilityChangedDocument,
    "mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.WaitlistUpdateOfficeSettingsDocument,
    "mutation ReserveSlot($input: ReserveSlotInput!) {\n  reserveSlot(input: $input) {\n    __typename\n    ... on Reservation { id token expiresAt start end services { durationSlots service { id } } office { id } }\n    ... on ErrorResult { code message }\n  }\n}": types.ReserveSlotDocument,
    "mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n  confirmAppointment(input: $input) {\n    __typename\n    ... on ConfirmedAppointment { secret manageUrl ics appointment { id number status channel start end contactEmail } }\n    ... on ErrorResult { code message }\n    ... on InvalidInput { problems }\n  }\n}": types.ConfirmAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) { __typename ... on Appointment { status } ... on ErrorResult { code message } }\n}": types.CancelAppointmentDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) { __typename ... on Appointment { status start end office { id } } ... on ErrorResult { code message } }\n}": types.RescheduleAppointmentDocument,
    "query Appointment($input: AppointmentAccessInput!) {\n  appointment(input: $input) { number status start end channel office { id name } services { durationSlots service { id name } } }\n}": types.AppointmentDocument,
    "query AvailableDays($input: AvailableDaysInput!) {\n  availableDays(input: $input) { date offices { id } }\n}": types.AvailableDaysDocument,
    "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) { version startTimes office { id } }\n}": types.AvailableSlotsDocument,
    "mutation AddClosure($input: AddClosureInput!) {\n  addClosure(input: $input) { __typename ... on CapacityChange { closure { id date } affectedAppointments { number start } } ... on ErrorResult { code message } }\n}": types.AddClosureDocument,
    "mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n  updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}": types.UpdateCapacityRuleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookingReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code } } }"): typeof import('./graphql').BookingReleaseReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber position estimatedWaitMinutes } } ... on ErrorResult { code message } } }"): typeof import('./graphql').QueueIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber status } ... on ErrorResult { code message } } }"): typeof import('./graphql').QueueCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status withAppointment position estimatedWaitMinutes counterName } } }"): typeof import('./graphql').QueueQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName } } }"): typeof import('./graphql').QueueSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCallNext { callNext { __typename ... on QueueEntry { id displayNumber status counterName } ... on ErrorResult { code } } }"): typeof import('./graphql').QueueCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id name } } }"): typeof import('./graphql').QueueCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }"): typeof import('./graphql').QueueCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }"): typeof import('./graphql').QueueCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').QueueSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName room version } }"): typeof import('./graphql').QueueCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { status position counterName version } }"): typeof import('./graphql').QueueMyQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueFinishService($input: FinishServiceInput!) { finishService(input: $input) { __typename } }"): typeof import('./graphql').QueueFinishServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueMyQueueStatus2($input: QueueAccessInput!) { myQueueStatus(input: $input) { displayNumber status position } }"): typeof import('./graphql').QueueMyQueueStatus2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').QueueUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueRedirectEntry($input: RedirectEntryInput!) { redirectEntry(input: $input) { __typename ... on QueueEntry { id displayNumber status } } }"): typeof import('./graphql').QueueRedirectEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status position } }"): typeof import('./graphql').QueueQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }"): typeof import('./graphql').QueueCallEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueFinishService2($input: FinishServiceInput!) { finishService(input: $input) { __typename } }"): typeof import('./graphql').QueueFinishService2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }"): typeof import('./graphql').QueueWaitingInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { versions { officeId version } calls { id displayNumber counterName callCount } } }"): typeof import('./graphql').QueueRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueQueueChanged { queueChanged(officeId: \"999999\") { version } }"): typeof import('./graphql').QueueQueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueMyQueueStatus3 { myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) { status } }"): typeof import('./graphql').QueueMyQueueStatus3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueQueueChanged2($officeId: ID!) { queueChanged(officeId: $officeId) { version } }"): typeof import('./graphql').QueueQueueChanged2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').QueueUpdateOfficeSettings2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueIssueTicket2($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id allowedActions } } } }"): typeof import('./graphql').QueueIssueTicket2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename ... on WaitlistJoined { token entry { status appointmentNumber offices { id } services { id } } } ... on ErrorResult { code message } } }"): typeof import('./graphql').WaitlistJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitlistWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { status start holdExpiresAt appointmentNumber office { id } } }"): typeof import('./graphql').WaitlistWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) { takeWaitlistOffer(input: $input) { __typename ... on WaitlistOfferTaken { secret manageUrl appointment { number status start } } ... on ErrorResult { code } } }"): typeof import('./graphql').WaitlistTakeWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) { leaveWaitlist(input: $input) { __typename ... on WaitlistEntryView { status } ... on ErrorResult { code } } }"): typeof import('./graphql').WaitlistLeaveWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }"): typeof import('./graphql').WaitlistSetServiceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WaitlistAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason } }"): typeof import('./graphql').WaitlistAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').WaitlistUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReserveSlot($input: ReserveSlotInput!) {\n  reserveSlot(input: $input) {\n    __typename\n    ... on Reservation { id token expiresAt start end services { durationSlots service { id } } office { id } }\n    ... on ErrorResult { code message }\n  }\n}"): typeof import('./graphql').ReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n  confirmAppointment(input: $input) {\n    __typename\n    ... on ConfirmedAppointment { secret manageUrl ics appointment { id number status channel start end contactEmail } }\n    ... on ErrorResult { code message }\n    ... on InvalidInput { problems }\n  }\n}"): typeof import('./graphql').ConfirmAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) { __typename ... on Appointment { status } ... on ErrorResult { code message } }\n}"): typeof import('./graphql').CancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) { __typename ... on Appointment { status start end office { id } } ... on ErrorResult { code message } }\n}"): typeof import('./graphql').RescheduleAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Appointment($input: AppointmentAccessInput!) {\n  appointment(input: $input) { number status start end channel office { id name } services { durationSlots service { id name } } }\n}"): typeof import('./graphql').AppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailableDays($input: AvailableDaysInput!) {\n  availableDays(input: $input) { date offices { id } }\n}"): typeof import('./graphql').AvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) { version startTimes office { id } }\n}"): typeof import('./graphql').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddClosure($input: AddClosureInput!) {\n  addClosure(input: $input) { __typename ... on CapacityChange { closure { id date } affectedAppointments { number start } } ... on ErrorResult { code message } }\n}"): typeof import('./graphql').AddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n  updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}"): typeof import('./graphql').UpdateCapacityRuleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
